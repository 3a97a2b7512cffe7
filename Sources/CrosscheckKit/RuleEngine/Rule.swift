/// What a rule's matches become downstream.
public enum RuleKind: String, Sendable, CaseIterable, Codable {
    case figure, claim, quote, time, person, organisation, attribution

    /// People and bodies are found only to name who speaks: where no quote or attribution was found, finding
    /// them would be work for nothing.
    var namesSpeakers: Bool { self == .person || self == .organisation }
    /// Quotes and attributions: the matches whose speakers people and bodies name.
    var hasSpeakers: Bool { self == .quote || self == .attribution }
}

public enum Severity: String, Sendable, CaseIterable, Codable, Comparable {
    case info, warning, error

    private var rank: Int { Severity.allCases.firstIndex(of: self)! }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// A rule as written in a YAML file, compiled and ready to run. A class: every match refers to its rule, and a
/// reference is one count to keep, where a copy of the struct kept eight.
public final class Rule: Sendable {
    public let id: String
    public let kind: RuleKind
    public let description: String
    public let severity: Severity
    /// The message split into text and placeholders once, when the rule file is read.
    public let template: MessageTemplate
    /// The message as written: `{name}` stands for the named capture's text, `{a|b}` for the first of a and b that
    /// took part, `{match}` for the whole match.
    public var message: String { template.written }
    /// The pattern as written, before fragments are added.
    public let source: String
    public let pattern: Pattern
    /// Lower-cased words of which at least one must occur in a paragraph for the rule to run there.
    public let prefilter: [String]
    /// When set, every match starts at most this many bytes before one of the prefilter words (or on it), so the
    /// rule is tried only there: a speaker stands a sentence's length before the verb that names them.
    public let reach: Int?
    /// For a claim rule whose pattern captures no measure: what its claims measure, with captures in braces
    /// filled as in the message ("{output} growth" is "GDP growth" for "GDP grew 2%", "growth" for "the economy
    /// grew 2%"), then read through the measure lexicon.
    public let measure: MessageTemplate?
    public let examples: [RuleExample]
    public let file: String
    public let line: Int

    init(id: String, kind: RuleKind, description: String, severity: Severity, template: MessageTemplate, source: String,
         pattern: Pattern, prefilter: [String], reach: Int?, measure: MessageTemplate?, examples: [RuleExample], file: String, line: Int) {
        self.id = id
        self.kind = kind
        self.description = description
        self.severity = severity
        self.template = template
        self.source = source
        self.pattern = pattern
        self.prefilter = prefilter
        self.reach = reach
        self.measure = measure
        self.examples = examples
        self.file = file
        self.line = line
    }
}

/// One of a rule's own examples, which `crosscheck rules test` runs.
public struct RuleExample: Sendable {
    public enum Expectation: Sendable {
        /// Some match must have these captures (and, if given, this whole-match text).
        case match(match: String?, captures: [String: String])
        case noMatch
    }
    public let text: String
    public let expectation: Expectation
    public let line: Int
}
