/// Runs every rule's own examples, the way `crosscheck rules test` does.
public enum RuleExampleRunner {
    public struct Failure: Sendable, CustomStringConvertible {
        public let rule: Rule
        public let example: RuleExample
        public let expected: String
        public let actual: String

        public var description: String {
            """
            \(rule.file):\(example.line): rule '\(rule.id)' failed example: \(example.text)
              expected: \(expected)
              got:      \(actual)
            """
        }
    }

    /// Failures of every example of every rule; empty when all pass.
    public static func run(_ rules: [Rule], limits: MatchLimits = MatchLimits()) -> (examples: Int, failures: [Failure]) {
        let matcher = Matcher(limits: limits)
        var failures: [Failure] = []
        var count = 0
        for rule in rules {
            for example in rule.examples {
                count += 1
                if let failure = check(example, of: rule, matcher: matcher) { failures.append(failure) }
            }
        }
        return (count, failures)
    }

    private static func check(_ example: RuleExample, of rule: Rule, matcher: Matcher) -> Failure? {
        // Examples see the same character folding as documents (curly quotes, dashes, spaces).
        let text = String(String.UnicodeScalarView(TextDecoder.fold(example.text.unicodeScalars.map { TextUnit($0, 0) }).map(\.scalar)))
        let bytes = Array(text.utf8)
        let found: [PatternMatch]
        do { found = try matcher.matches(of: rule.pattern, in: text) } catch {
            return Failure(rule: rule, example: example, expected: "a result", actual: error.description)
        }
        func describe(_ match: PatternMatch) -> String {
            let captures = match.groups.keys.sorted().map { "\($0)=\"\(String(decoding: bytes[match.groups[$0]!], as: UTF8.self))\"" }
            return "\"\(String(decoding: bytes[match.range], as: UTF8.self))\"" + (captures.isEmpty ? "" : " {\(captures.joined(separator: ", "))}")
        }
        let actual = found.isEmpty ? "no match" : found.map(describe).joined(separator: "; ")
        switch example.expectation {
        case .noMatch:
            return found.isEmpty ? nil : Failure(rule: rule, example: example, expected: "no match", actual: actual)
        case let .match(whole, captures):
            let satisfied = found.contains { match in
                if let whole, String(decoding: bytes[match.range], as: UTF8.self) != whole { return false }
                return captures.allSatisfy { name, value in
                    match.groups[name].map { String(decoding: bytes[$0], as: UTF8.self) } == value
                }
            }
            if satisfied { return nil }
            var expected = whole.map { "\"\($0)\"" } ?? "a match"
            if !captures.isEmpty {
                expected += " {" + captures.keys.sorted().map { "\($0)=\"\(captures[$0]!)\"" }.joined(separator: ", ") + "}"
            }
            return Failure(rule: rule, example: example, expected: expected, actual: actual)
        }
    }
}
