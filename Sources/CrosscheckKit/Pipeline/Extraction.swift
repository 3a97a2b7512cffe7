import Foundation
import Synchronization

/// Loads articles and runs the rule book over them on every core, returning facts in a stable order
/// (input path, then record order) whatever the thread count.
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

    public struct Result: Sendable {
        public var documents: [DocumentFacts]
        /// Problems with inputs (skipped files, bad records) and rules that stopped; each names its place.
        public var diagnostics: [Diagnostic]
        public var bytesRead: Int
    }

    /// One unit of parallel work: a whole article file, or a slice of a JSON Lines file's lines.
    enum WorkItem: Sendable {
        case file(String)
        case records(path: String, bytes: ArraySlice<UInt8>, firstLine: Int)
    }

    /// Runs over every article under `paths`; `progress`, if given, hears (work items done, all work items) as
    /// the run goes, from whichever thread finished one.
    public func run(paths: [String], progress: (@Sendable (Int, Int) -> Void)? = nil) throws(Diagnostic) -> Result {
        let files = try loader.articlePaths(in: paths)
        var items: [WorkItem] = []
        var diagnostics: [Diagnostic] = []
        var bytesRead = 0
        for file in files {
            guard file.lowercased().hasSuffix(".jsonl") else { items.append(.file(file)); continue }
            guard let data = FileManager.default.contents(atPath: file) else {
                diagnostics.append(Diagnostic(path: file, "cannot read the file"))
                continue
            }
            bytesRead += data.count
            let chunks = JSONLinesLoader.chunks(of: [UInt8](data), linesPerChunk: 200)
            if chunks.isEmpty { diagnostics.append(Diagnostic(path: file, "empty file: no records")) }
            items += chunks.map { WorkItem.records(path: file, bytes: $0.bytes, firstLine: $0.firstLine) }
        }

        let results = Mutex<[Int: ([DocumentFacts], [Diagnostic], Int)]>([:])
        let next = Atomic<Int>(0)
        let workItems = items
        DispatchQueue.concurrentPerform(iterations: min(threads, max(1, workItems.count))) { _ in
            let matcher = Matcher(limits: limits)
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < workItems.count else { return }
                let outcome = process(workItems[index], matcher: matcher)
                let done = results.withLock { all -> Int in
                    all[index] = outcome
                    return all.count
                }
                progress?(done, workItems.count)
            }
        }
        var documents: [DocumentFacts] = []
        results.withLock { all in
            for index in workItems.indices {
                guard let (facts, problems, size) = all[index] else { continue }
                documents += facts
                diagnostics += problems
                bytesRead += size
            }
        }
        return Result(documents: documents, diagnostics: diagnostics, bytesRead: bytesRead)
    }

    private func process(_ item: WorkItem, matcher: Matcher) -> ([DocumentFacts], [Diagnostic], Int) {
        let loaded: ArticleLoader.Loaded
        var size = 0
        switch item {
        case let .file(path):
            loaded = loader.load(path: path)
            size = loaded.documents.first?.source.bytes.count ?? 0
        case let .records(path, bytes, firstLine):
            loaded = JSONLinesLoader.load(bytes: bytes, path: path, firstLine: firstLine)
        }
        var diagnostics = loaded.diagnostics
        var documents: [DocumentFacts] = []
        for document in loaded.documents {
            diagnostics += document.warnings
            let (matches, failures) = runner.run(on: document, matcher: matcher)
            diagnostics += failures
            documents.append(self.facts.facts(for: document, matches: matches))
        }
        return (documents, diagnostics, size)
    }
}
