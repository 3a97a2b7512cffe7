/// What `crosscheck explain ID` prints for a check or a rule: what it finds, why, its examples and how to tune it.
public enum Explanation {
    public static func text(for id: String, book: RuleBook) -> String? {
        if let check = CheckRegistry.all.first(where: { $0.id == id }) {
            return """
                \(check.id) (check, \(check.severity.rawValue))
                  Finds: \(check.summary)
                  What to do and how to tune: \(check.help)
                  Silence it in an article with <!-- crosscheck-disable-next-line \(check.id) --> or, for CI, record it \
                with `crosscheck baseline create`.

                """
        }
        guard let rule = book.rules.first(where: { $0.id == id }) else { return nil }
        var text = """
            \(rule.id) (\(rule.kind.rawValue) rule, \(rule.severity.rawValue))
              Finds: \(rule.description)
              Defined in: \(rule.file):\(rule.line)
              Pattern: \(rule.source)

            """
        var seen = Set<String>()
        let calls = FragmentComposer.calls(in: rule.source).filter { seen.insert($0).inserted }
        if !calls.isEmpty {
            let lexicons = calls.filter { book.lexicons[$0] != nil }
            text += "  Uses fragments: \(calls.joined(separator: ", "))\n"
            if !lexicons.isEmpty {
                text += "  To add words, extend the lexicons \(lexicons.joined(separator: ", ")) (a file with `lexicon: NAME` in a --rules folder adds to them).\n"
            }
        }
        if !rule.prefilter.isEmpty { text += "  Runs only on paragraphs with one of: \(rule.prefilter.prefix(12).joined(separator: ", "))\(rule.prefilter.count > 12 ? ", ..." : "")\n" }
        if let reach = rule.reach { text += "  Tried only within \(reach) bytes before one of them\n" }
        if let measure = rule.measure { text += "  Its claims measure: \(measure.written) (named in the rule file)\n" }
        text += "  Examples (`crosscheck rules test` runs them):\n"
        for example in rule.examples {
            switch example.expectation {
            case let .match(whole, captures):
                let expected = ([whole.map { "\"\($0)\"" }].compactMap { $0 }
                    + captures.keys.sorted().map { "\($0)=\"\(captures[$0]!)\"" }).joined(separator: ", ")
                text += "    match:    \(example.text)\(expected.isEmpty ? "" : "  -> \(expected)")\n"
            case .noMatch:
                text += "    no match: \(example.text)\n"
            }
        }
        return text
    }
}
