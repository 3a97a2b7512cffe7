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

    /// Failures of every example of every rule in the book; empty when all pass.
    public static func run(_ book: RuleBook, limits: MatchLimits = MatchLimits()) -> (examples: Int, failures: [Failure]) {
        let matcher = Matcher(limits: limits)
        var failures: [Failure] = []
        var count = 0
        for (index, rule) in book.rules.enumerated() {
            for example in rule.examples {
                count += 1
                if let failure = check(example, of: rule, matcher: matcher)
                    ?? prefilterFailure(example, of: rule, at: index, in: book, matcher: matcher) {
                    failures.append(failure)
                }
            }
        }
        return (count, failures)
    }

    /// A `match` example must hold one of the rule's prefilter words; with a `reach`, tried only within reach of
    /// them, the rule must find there just what it finds searching the whole text.
    private static func prefilterFailure(_ example: RuleExample, of rule: Rule, at index: Int, in book: RuleBook,
                                         matcher: Matcher) -> Failure? {
        guard case .match = example.expectation, !rule.prefilter.isEmpty else { return nil }
        let bytes = Array(folded(example.text).utf8)
        let outcome = Result { () throws(MatchFailure) -> (whole: [PatternMatch], windowed: [PatternMatch], hits: Int) in
            try bytes.withUnsafeBufferPointer { subject throws(MatchFailure) in
                let hits = try book.prefilterHits(in: subject, matcher: matcher)[index]
                var whole: [PatternMatch] = [], windowed: [PatternMatch] = []
                if let reach = rule.reach, !hits.isEmpty {
                    try matcher.forEachMatch(of: rule.pattern, in: subject) { whole.append($0) }
                    try StartWindows(hits: hits, reach: reach, paragraph: 0..<subject.count, of: subject)
                        .forEachMatch(of: rule.pattern, in: subject, matcher: matcher, limit: .max) { windowed.append($0) }
                }
                return (whole, windowed, hits.count)
            }
        }
        switch outcome {
        case let .failure(error):
            return Failure(rule: rule, example: example, expected: "a prefilter word", actual: error.description)
        case let .success(found) where found.hits == 0:
            return Failure(rule: rule, example: example, expected: "one of the prefilter words \(rule.prefilter)",
                           actual: "none, so the rule would not run on this text")
        case let .success(found) where found.whole != found.windowed:
            func texts(_ matches: [PatternMatch]) -> String {
                matches.isEmpty ? "no match" : matches.map { "\"\(String(decoding: bytes[$0.range], as: UTF8.self))\"" }.joined(separator: "; ")
            }
            return Failure(rule: rule, example: example, expected: "what a search of the whole text finds: \(texts(found.whole))",
                           actual: "within \(rule.reach!) bytes before a prefilter word: \(texts(found.windowed)); raise 'reach'")
        case .success:
            return nil
        }
    }

    /// Examples see the same character folding as documents (curly quotes, dashes, spaces).
    private static func folded(_ text: String) -> String {
        String(String.UnicodeScalarView(TextDecoder.fold(text.unicodeScalars.map { TextUnit($0, 0) }).map(\.scalar)))
    }

    private static func check(_ example: RuleExample, of rule: Rule, matcher: Matcher) -> Failure? {
        let text = folded(example.text)
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
