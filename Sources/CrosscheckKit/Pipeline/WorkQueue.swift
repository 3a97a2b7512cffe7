
/// Hands the extraction threads their work one piece at a time: an article file, or the next megabyte of records
/// of a JSON Lines file, read only when a thread asks for it. Memory holds about one piece per thread, however
/// large the input, and a large archive is still spread over every core.
final class WorkQueue: Sendable {
    enum Item: Sendable {
        /// An article file; a large one is read part by part by the thread that takes it.
        case file(String)
        case records(path: String, bytes: [UInt8], firstLine: Int)
        case problem(Diagnostic)
    }

    private struct State {
        var paths: [String]
        var nextPath = 0
        /// The JSON Lines file being handed out, if any.
        var records: ArticleLoader.RecordPieces?
        var issued = 0
    }

    private let state: Locked<State>
    private let loader: ArticleLoader

    init(paths: [String], loader: ArticleLoader) {
        state = Locked(State(paths: paths))
        self.loader = loader
    }

    /// The next piece of work and its place in the input order, or nil when all is handed out.
    func next() -> (index: Int, item: Item)? {
        state.withLock { state in
            guard let item = Self.nextItem(&state, loader: loader) else { return nil }
            state.issued += 1
            return (state.issued - 1, item)
        }
    }

    private static func nextItem(_ state: inout State, loader: ArticleLoader) -> Item? {
        while true {
            if let pieces = state.records {
                do {
                    if let piece = try pieces.next() {
                        return .records(path: pieces.path, bytes: piece.bytes, firstLine: piece.firstLine)
                    }
                    state.records = nil
                } catch {
                    state.records = nil
                    return .problem(error)
                }
            }
            guard state.nextPath < state.paths.count else { return nil }
            let path = state.paths[state.nextPath]
            state.nextPath += 1
            guard ArticleLoader.format(of: path) == nil else { return .file(path) }
            do {
                state.records = try ArticleLoader.RecordPieces(path: path, loader: loader)
            } catch {
                return .problem(error)
            }
        }
    }
}
