/// `crosscheck index`: extracts the facts of every article under the given paths into an archive. An article
/// whose bytes, rules and extracting code are unchanged since it was stored is skipped before any rule runs; a
/// changed one is replaced; one gone from disk (under the paths given) is removed. Articles are written as they
/// are extracted, so memory stays bounded and an interrupted run keeps every article finished before it.
public struct Indexing: Sendable {
    public let extraction: Extraction

    public init(extraction: Extraction) { self.extraction = extraction }

    public struct Result: Sendable {
        public var stored = 0
        public var unchanged = 0
        public var removed = 0
        public var diagnostics: [Diagnostic] = []
    }

    enum Outcome: Sendable {
        case stored(Archive.Key)
        case unchanged(Archive.Key)
        case failed(Archive.Key, Diagnostic)
    }

    public func run(paths: [String], archive: Archive,
                    progress: (@Sendable (Int, Int) -> Void)? = nil) throws(Diagnostic) -> Result {
        let known = try archive.stamps()
        let run = try extraction.run(paths: paths, progress: progress) { document, extract -> Outcome in
            let key = Archive.Key(document)
            let stamp = Archive.Stamp(contentHash: FNV1a.hex(document.source.bytes),
                                      extractedBy: extraction.facts.fingerprint)
            if known[key] == stamp { return .unchanged(key) }
            do throws(Diagnostic) {
                try archive.store(extract(), key: key, stamp: stamp)
                return .stored(key)
            } catch {
                return .failed(key, error)
            }
        }
        var result = Result(diagnostics: run.diagnostics)
        var present: Set<Archive.Key> = []
        for outcome in run.outputs {
            switch outcome {
            case let .stored(key): result.stored += 1; present.insert(key)
            case let .unchanged(key): result.unchanged += 1; present.insert(key)
            case let .failed(key, problem): result.diagnostics.append(problem); present.insert(key)
            }
        }
        // A file that could not be read this time keeps its stored articles: only what is gone is removed.
        let unreadable = Set(result.diagnostics.filter { $0.severity == .error }.map { Archive.canonical($0.path) })
        let kept = try archive.stamps().keys.filter { unreadable.contains($0.path) }
        result.removed = try archive.removeArticles(under: paths, except: present.union(kept))
        return result
    }
}
