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
    /// The sentence the match stands in (at most a few hundred bytes either side of it), quoted as evidence.
    public let sentence: String
    /// The match's bytes in the document's clean text.
    let range: Range<Int>

    init(match: RuleMatch, in document: Document) {
        let place = document.location(ofByte: match.range.lowerBound)
        text = document.string(match.range)
        rule = match.rule.id
        line = place.line
        column = place.column
        captures = match.captures.mapValues { document.string($0) }
        // A rule with several shapes writes `{speaker}` for whichever of `speaker` and `speaker2` took part.
        message = match.rule.template.filled(match: text, captures: ExtractedItem.folded(captures))
        sentence = document.string(document.excerpt(around: match.range))
        range = match.range
    }

    /// The captures with alternative names folded together: a rule with several shapes names the same field
    /// `value`, `value2`, `value3` (PCRE2 group names must differ), and this gives it as `value`.
    public var fields: [String: String] { ExtractedItem.folded(captures) }

    private static func folded(_ captures: [String: String]) -> [String: String] {
        // Most matches have no numbered alternative, and nothing to fold.
        guard captures.keys.contains(where: { $0.last?.isNumber == true }) else { return captures }
        var fields: [String: String] = [:]
        for name in captures.keys.sorted() {
            let base = String(name.trimmingSuffix(while: \.isNumber))
            if fields[base] == nil { fields[base] = captures[name] }
        }
        return fields
    }
}

extension ExtractedItem {
    /// An item made outside a rule run (a benchmark's synthetic facts, an import): `range` is left empty.
    public init(text: String, rule: String, line: Int, column: Int, sentence: String,
                captures: [String: String] = [:], message: String = "") {
        self.text = text
        self.rule = rule
        self.line = line
        self.column = column
        self.captures = captures
        self.message = message
        self.sentence = sentence
        range = 0..<0
    }

    /// What evidence quotes of the item: the rule, the place and the sentence, without the match's own text,
    /// captures or message.
    var evidenceOnly: ExtractedItem {
        ExtractedItem(text: "", rule: rule, line: line, column: column, sentence: sentence)
    }
}
