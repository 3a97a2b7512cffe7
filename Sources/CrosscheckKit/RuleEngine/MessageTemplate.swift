/// A rule's message split once, when the rule loads, into text and `{name}` placeholders: a run fills it for
/// every one of its hundred thousand matches, and searching the braces each time was over half the time of
/// making an extracted item.
/// `{match}` stands for the whole match; a `{` with no `}` after it is text.
public struct MessageTemplate: Sendable, Equatable {
    enum Piece: Sendable, Equatable {
        case text(String)
        case placeholder(String)
    }

    let pieces: [Piece]

    public init(_ message: String) {
        var pieces: [Piece] = []
        var rest = Substring(message)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { pieces.append(.text(String(rest[..<open]))) }
            pieces.append(.placeholder(String(rest[rest.index(after: open)..<close])))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { pieces.append(.text(String(rest))) }
        self.pieces = pieces
    }

    /// The names between braces, in order.
    public var placeholders: [String] {
        pieces.compactMap { if case let .placeholder(name) = $0 { name } else { nil } }
    }

    /// The message for one match: each placeholder replaced by its capture's text, or by nothing when that
    /// group took no part in the match.
    public func filled(match: String, captures: [String: String]) -> String {
        var message = ""
        for piece in pieces {
            switch piece {
            case let .text(text): message += text
            case let .placeholder(name): message += name == "match" ? match : captures[name] ?? ""
            }
        }
        return message
    }
}
