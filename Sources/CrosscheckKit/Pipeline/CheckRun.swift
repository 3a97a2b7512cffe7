/// The whole pipeline: documents -> rule matches -> facts -> findings.
public struct CheckRun: Sendable {
    public let extraction: Extraction
    public let settings: Settings
    public let configuration: Configuration

    /// Transcripts and other sources quotes are checked against; empty when none were given.
    public let sources: QuoteSources

    public init(book: RuleBook, threads: Int? = nil, loader: ArticleLoader = ArticleLoader(),
                sources: QuoteSources = QuoteSources(documents: []), configuration: Configuration = Configuration(),
                profile: RuleProfile? = nil) {
        extraction = threads.map { Extraction(book: book, loader: loader, threads: $0, profile: profile) }
            ?? Extraction(book: book, loader: loader, profile: profile)
        var settings = book.settings
        settings.overrideTolerances(configuration.tolerances)
        self.settings = settings
        self.sources = sources
        self.configuration = configuration
    }

    /// Loads the source folders given with `--sources`; they are read as text, no rules run on them.
    public static func loadSources(_ paths: [String], loader: ArticleLoader = ArticleLoader()) throws(Diagnostic)
        -> (sources: QuoteSources, diagnostics: [Diagnostic]) {
        var documents: [Document] = []
        var diagnostics: [Diagnostic] = []
        for path in try loader.articlePaths(in: paths) {
            let loaded = loader.load(path: path)
            documents += loaded.documents
            diagnostics += loaded.diagnostics
        }
        return (QuoteSources(documents: documents), diagnostics)
    }

    public struct Result: Sendable {
        public let documents: [DocumentFacts]
        public let findings: [Finding]
        public let diagnostics: [Diagnostic]
    }

    /// Runs the pipeline; findings silenced by the articles' own directives or by the baseline are kept, marked
    /// as suppressed, so SARIF can show them and exit codes ignore them.
    public func run(paths: [String], baseline: Baseline? = nil,
                    progress: (@Sendable (Int, Int) -> Void)? = nil) throws(Diagnostic) -> Result {
        let extracted = try extraction.run(paths: paths, progress: progress)
        let sourceCheck: [any CollectionCheck] = sources.isEmpty ? [] : [QuoteSourceCheck(sources: sources)]
        let findings = CheckRegistry.run(on: extracted.documents, settings: settings, additional: sourceCheck)
        let reported = CheckRun.suppressed(configuration.apply(to: findings), documents: extracted.documents, baseline: baseline)
        return Result(documents: extracted.documents, findings: reported, diagnostics: extracted.diagnostics)
    }

    static func suppressed(_ findings: [Finding], documents: [DocumentFacts], baseline: Baseline?) -> [Finding] {
        var directives: [String: SuppressionDirectives] = [:]
        for document in documents where !document.suppressions.spans.isEmpty { directives[document.path] = document.suppressions }
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
