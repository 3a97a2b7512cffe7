/// The whole pipeline: documents -> rule matches -> facts -> findings.
public struct CheckRun: Sendable {
    public let extraction: Extraction
    public let settings: Settings
    public let configuration: Configuration

    /// Transcripts and other sources quotes are checked against; empty when none were given.
    public let sources: QuoteSources
    /// The rule book's house-style spellings, folded when quotes are compared.
    let spelling: SpellingVariants

    /// A run with the rule book's settings, on `threads` threads (default: every core).
    public init(book: RuleBook, threads: Int? = nil, sources: QuoteSources = .none,
                configuration: Configuration = Configuration()) {
        let extraction = threads.map { Extraction(book: book, threads: $0) } ?? Extraction(book: book)
        self.init(extraction: extraction, settings: book.settings, sources: sources, configuration: configuration)
    }

    public init(extraction: Extraction, settings: Settings, sources: QuoteSources = .none,
                configuration: Configuration = Configuration()) {
        self.extraction = extraction
        var settings = settings
        settings.overrideTolerances(configuration.tolerances)
        self.settings = settings
        self.sources = sources
        self.configuration = configuration
        spelling = SpellingVariants(book: extraction.runner.book)
    }

    /// Loads the source folders given with `--sources`; they are read as text, no rules run on them.
    public static func loadSources(_ paths: [String], spelling: SpellingVariants,
                                   loader: ArticleLoader = ArticleLoader()) throws(Diagnostic)
        -> (sources: QuoteSources, diagnostics: [Diagnostic]) {
        let found = try ArticleFinder.articlePaths(in: paths)
        var documents: [Document] = []
        var diagnostics = found.diagnostics
        for path in found.paths {
            let loaded = loader.load(path: path)
            documents += loaded.documents
            diagnostics += loaded.diagnostics
        }
        return (QuoteSources(documents: documents, spelling: spelling), diagnostics)
    }

    public struct Result: Sendable {
        /// The articles checked in this run, in input order.
        public let articles: [ArticleSummary]
        public let findings: [Finding]
        public let diagnostics: [Diagnostic]
        /// Claims from the archive the new articles were compared with; empty without an archive.
        public let archivedClaims: [Claim]

        public init(articles: [ArticleSummary], findings: [Finding], diagnostics: [Diagnostic], archivedClaims: [Claim] = []) {
            self.articles = articles
            self.findings = findings
            self.diagnostics = diagnostics
            self.archivedClaims = archivedClaims
        }
    }

    /// What the run keeps of one article after its own checks: the summary, its quotes for the cross-article
    /// checks, and its findings.
    struct CheckedArticle: Sendable {
        let summary: ArticleSummary
        var quotes: [Quote]
        let findings: [Finding]
    }

    /// Runs the pipeline, streaming: each article's own checks run as soon as its facts exist, and only its
    /// claims and quotes are kept for the cross-article checks. With an archive, the new articles are also
    /// compared with every archived one (except earlier copies of themselves), and only findings that involve a
    /// new article are reported. Findings silenced by the articles' own directives or by the baseline are kept,
    /// marked as suppressed, so SARIF can show them and exit codes ignore them.
    public func run(paths: [String], baseline: Baseline? = nil, archive: Archive? = nil,
                    progress: (@Sendable (Int, Int) -> Void)? = nil) throws(Diagnostic) -> Result {
        let settings = self.settings
        // Without sources, quotes too short to pair are of no use to any cross-article check.
        let everyQuote = !sources.isEmpty
        var extracted = try extraction.run(paths: paths, progress: progress) { _, extract in
            let facts = extract()
            let quotes = facts.quotes.filter { everyQuote || QuoteMatching.canPair($0) }.map(\.forComparison)
            return CheckedArticle(summary: ArticleSummary(facts), quotes: quotes,
                                  findings: CheckRegistry.findings(in: facts, settings: settings))
        }
        // Each article's quotes are let go as they are moved, so they are never held twice.
        var outputs = extracted.outputs
        extracted.outputs = []
        var articles: [ArticleSummary] = [], quotes: [Quote] = [], ownFindings: [Finding] = []
        articles.reserveCapacity(outputs.count)
        quotes.reserveCapacity(outputs.reduce(0) { $0 + $1.quotes.count })
        for index in outputs.indices {
            articles.append(outputs[index].summary)
            quotes += outputs[index].quotes
            ownFindings += outputs[index].findings
            outputs[index].quotes = []
        }
        outputs = []
        var claims = articles.flatMap(\.claims)
        var archivedClaims: [Claim] = []
        if let archive {
            let archived = try archive.claimsAndQuotes(excluding: articles.map { ($0.path, $0.recordID) })
            archivedClaims = archived.claims
            claims = archived.claims + claims
            quotes = archived.quotes + quotes
        }
        let sourceCheck: [any CollectionCheck] = sources.isEmpty ? [] : [QuoteSourceCheck(sources: sources)]
        var crossFindings = CheckRegistry.findings(in: CheckCollection(claims: claims, quotes: quotes, spelling: spelling),
                                                   settings: settings,
                                                   additional: sourceCheck)
        if archive != nil {
            let newArticles = Set(articles.map(\.name))
            crossFindings = crossFindings.filter { finding in
                finding.evidence.contains { newArticles.contains($0.articleName) }
            }
        }
        let findings = Finding.ordered(ownFindings + crossFindings)
        let reported = CheckRun.suppressed(configuration.apply(to: findings), articles: articles, baseline: baseline)
        return Result(articles: articles, findings: reported, diagnostics: extracted.diagnostics,
                      archivedClaims: archivedClaims)
    }

    static func suppressed(_ findings: [Finding], articles: [ArticleSummary], baseline: Baseline?) -> [Finding] {
        var directives: [String: SuppressionDirectives] = [:]
        for article in articles where !article.suppressions.spans.isEmpty { directives[article.path] = article.suppressions }
        return findings.map { finding in
            var finding = finding
            if let place = finding.evidence.first,
               let span = directives[place.path]?.suppression(of: finding.check, atLine: place.line) {
                finding.suppression = Finding.Suppression(kind: "inSource", reason: span.reason)
            } else if let baseline, baseline.contains(finding) {
                finding.suppression = Finding.Suppression(kind: "external", reason: "in the baseline")
            }
            return finding
        }
    }
}
