import Foundation

/// Loads articles and runs the rule book over them on every core, streaming: each article's facts go to the
/// caller's `keep` as soon as they exist, and only what it returns is kept, in a stable order (input path,
/// then record order) whatever the thread count.
public struct Extraction: Sendable {
    public let runner: RuleRunner
    public let facts: FactExtractor
    public let loader: ArticleLoader
    public let limits: MatchLimits
    public let threads: Int

    public init(book: RuleBook, loader: ArticleLoader = ArticleLoader(), limits: MatchLimits = MatchLimits(),
                threads: Int = ProcessInfo.processInfo.activeProcessorCount, profile: RuleProfile? = nil) {
        runner = RuleRunner(book: book, profile: profile)
        facts = FactExtractor(book: book)
        self.loader = loader
        self.limits = limits
        self.threads = max(1, threads)
    }

    /// What a run kept: one output per article `keep` did not drop, and the problems met on the way.
    public struct Run<Output: Sendable>: Sendable {
        public var outputs: [Output]
        /// Problems with inputs (skipped files, bad records) and rules that stopped; each names its place.
        public var diagnostics: [Diagnostic]
        public var bytesRead: Int
    }

    public typealias Result = Run<DocumentFacts>

    /// Every article's facts, all kept: for `extract`, which prints them all.
    public func run(paths: [String], progress: (@Sendable (Int, Int) -> Void)? = nil) throws(Diagnostic) -> Result {
        try run(paths: paths, progress: progress) { _, facts in facts() }
    }

    /// Runs over every article under `paths`. `keep` gets each loaded document and a function that extracts
    /// its facts (so it may skip an article without running rules, as the archive does for unchanged ones); it
    /// runs on the worker threads. `progress`, if given, hears (bytes done, all bytes) as the run goes.
    public func run<Output: Sendable>(paths: [String], progress: (@Sendable (Int, Int) -> Void)? = nil,
                                      keep: @escaping @Sendable (Document, () -> DocumentFacts) -> Output?)
        throws(Diagnostic) -> Run<Output> {
        let found = try ArticleFinder.articlePaths(in: paths)
        let totalBytes = found.paths.reduce(0) { $0 + ((try? loader.checkedSize(of: $1)) ?? 0) }
        let queue = WorkQueue(paths: found.paths, loader: loader)
        let results = Locked<(pieces: [Int: ([Output], [Diagnostic], Int)], bytes: Int)>(([:], 0))
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            let matcher = Matcher(limits: limits)
            while let (index, item) = queue.next() {
                let outcome = self.process(item, matcher: matcher, keep)
                let done = results.withLock { all -> Int in
                    all.pieces[index] = outcome
                    all.bytes += outcome.2
                    return all.bytes
                }
                progress?(done, totalBytes)
            }
        }
        var run = Run<Output>(outputs: [], diagnostics: found.diagnostics, bytesRead: 0)
        results.withLock { all in
            for index in all.pieces.keys.sorted() {
                let (outputs, problems, size) = all.pieces[index]!
                run.outputs += outputs
                run.diagnostics += problems
                run.bytesRead += size
            }
        }
        return run
    }

    /// One document's facts: the rule book run over it, and the matches made into facts; `failures` names the
    /// rules that stopped on it.
    func facts(of document: Document, matcher: Matcher) -> (facts: DocumentFacts, failures: [Diagnostic]) {
        let (matches, failures) = runner.run(on: document, matcher: matcher)
        return (facts.facts(for: document, matches: matches), failures)
    }

    private func process<Output>(_ item: WorkQueue.Item, matcher: Matcher,
                                 _ keep: (Document, () -> DocumentFacts) -> Output?) -> ([Output], [Diagnostic], Int) {
        var outputs: [Output] = []
        var diagnostics: [Diagnostic] = []
        var size = 0
        func take(_ loaded: ArticleLoader.Loaded) {
            diagnostics += loaded.diagnostics
            for document in loaded.documents {
                diagnostics += document.warnings
                let output = keep(document) {
                    let (facts, failures) = self.facts(of: document, matcher: matcher)
                    diagnostics += failures
                    return facts
                }
                if let output { outputs.append(output) }
            }
        }
        switch item {
        case let .file(path):
            loader.load(path: path, take)
            // Counted as the run's total counts it, so progress ends at 100% even when a file could not be read.
            size = (try? loader.checkedSize(of: path)) ?? 0
        case let .records(path, bytes, firstLine):
            take(JSONLinesLoader.load(bytes: bytes[...], path: path, firstLine: firstLine))
            size = bytes.count
        case let .problem(diagnostic):
            diagnostics.append(diagnostic)
        }
        return (outputs, diagnostics, size)
    }
}

extension Extraction.Run where Output == DocumentFacts {
    /// Every article's facts, for a run that kept them all.
    public var documents: [DocumentFacts] { outputs }
}
