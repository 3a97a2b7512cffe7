/// A rule match made readable: its text, the rule, where it stands in the original file, and its captures.
public struct ExtractedItem: Sendable, Equatable, Codable {
    public let text: String
    public let rule: String
    public let line: Int
    public let column: Int
    /// Named captures that took part in the match, as text.
    public let captures: [String: String]
    /// The rule's message with its placeholders filled in.
    public let message: String

    init(match: RuleMatch, in document: Document) {
        let place = document.location(ofByte: match.range.lowerBound)
        text = document.string(match.range)
        rule = match.rule.id
        line = place.line
        column = place.column
        captures = match.captures.mapValues { document.string($0) }
        message = ExtractedItem.fill(match.rule.message, match: text, captures: captures)
    }

    /// Replaces each `{name}` in one pass; `{match}` is the whole match.
    static func fill(_ template: String, match: String, captures: [String: String]) -> String {
        guard template.contains("{") else { return template }
        var message = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            message += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            message += name == "match" ? match : captures[name] ?? ""
            rest = rest[rest.index(after: close)...]
        }
        return message + rest
    }
}

/// Everything extracted from one article, grouped by what the rules found.
public struct DocumentFacts: Sendable, Equatable {
    public let path: String
    public let recordID: String?
    public let metadata: DocumentMetadata
    public let figures: [ExtractedItem]
    public let quotes: [ExtractedItem]
    public let claims: [ExtractedItem]
    public let times: [ExtractedItem]

    /// Figures may be found by several rules at once (`$1 billion` is money and a count); the longest one wins,
    /// so every figure in the text is reported once.
    init(document: Document, matches: [RuleMatch]) {
        path = document.path
        recordID = document.recordID
        metadata = document.metadata
        func items(_ kind: RuleKind) -> [ExtractedItem] {
            matches.filter { $0.rule.kind == kind }.map { ExtractedItem(match: $0, in: document) }
        }
        figures = DocumentFacts.longestFirst(matches.filter { $0.rule.kind == .figure }).map { ExtractedItem(match: $0, in: document) }
        quotes = items(.quote)
        claims = items(.claim)
        times = items(.time)
    }

    private static func longestFirst(_ matches: [RuleMatch]) -> [RuleMatch] {
        let ranked = matches.sorted {
            ($0.range.count, -$0.range.lowerBound, $1.rule.id) > ($1.range.count, -$1.range.lowerBound, $0.rule.id)
        }
        var kept: [RuleMatch] = []
        for match in ranked where !kept.contains(where: { $0.range.overlaps(match.range) }) { kept.append(match) }
        return kept.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
