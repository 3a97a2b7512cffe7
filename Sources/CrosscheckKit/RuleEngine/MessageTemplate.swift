/// A rule's message split once, when the rule loads, into text and `{name}` placeholders: a run fills it for
/// every one of its hundred thousand matches, and searching the braces each time was over half the time of
/// making an extracted item.
/// `{match}` stands for the whole match; `{speaker|anonymous}` for the first of those captures that took part; a
/// `{` with no `}` after it is text.
public struct MessageTemplate: Sendable, Equatable {
    enum Piece: Sendable, Equatable {
        case text(String)
        /// The names it may be filled from, first choice first.
        case placeholder([String])
    }

    /// The message as the rule wrote it.
    public let written: String
    let pieces: [Piece]

    public init(_ message: String) {
        written = message
        var pieces: [Piece] = []
        var rest = Substring(message)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { pieces.append(.text(String(rest[..<open]))) }
            let names = rest[rest.index(after: open)..<close].split(separator: "|", omittingEmptySubsequences: false)
            pieces.append(.placeholder(names.map(String.init)))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { pieces.append(.text(String(rest))) }
        self.pieces = pieces
    }

    /// The names between braces, in order.
    public var placeholders: [String] {
        pieces.flatMap { piece -> [String] in if case let .placeholder(names) = piece { names } else { [] } }
    }

    /// The message for one match: each placeholder replaced by the text of its first capture that took part, or
    /// by nothing when none did; then the spaces an empty placeholder leaves at an end or doubled are dropped
    /// (`{speaker} {cue}: ...` with no speaker is `said: ...`).
    public func filled(match: String, captures: [String: String]) -> String {
        var message = ""
        var leftEmpty = false
        for piece in pieces {
            switch piece {
            case let .text(text): message += text
            case let .placeholder(names):
                if let value = names.lazy.compactMap({ $0 == "match" ? match : captures[$0] }).first, !value.isEmpty {
                    message += value
                } else {
                    leftEmpty = true
                }
            }
        }
        guard leftEmpty else { return message }
        return message.spaceSeparatedWords.joined(separator: " ")
    }
}
