/// Where an article's author silenced checks: `<!-- crosscheck-disable CHECK -->` ... `<!-- crosscheck-enable CHECK -->`,
/// `<!-- crosscheck-disable-next-line CHECK -->`, and `crosscheck: ignore CHECK` in front matter. A directive
/// without a check name, or with `all`, covers every check.
public struct SuppressionDirectives: Sendable, Equatable {
    public struct Span: Sendable, Equatable {
        /// Nil for every check.
        public let check: String?
        public let lines: ClosedRange<Int>
        public let reason: String
    }

    public private(set) var spans: [Span] = []

    public init(spans: [Span] = []) { self.spans = spans }

    /// The directive that silences `check` at `line`, if any.
    public func suppression(of check: String, atLine line: Int) -> Span? {
        spans.first { ($0.check == nil || $0.check == check) && $0.lines.contains(line) }
    }

    /// Reads the directives in HTML comments of the original text (Markdown and HTML articles alike).
    /// `firstLine` is the file line `text` starts on (a part of a large file starts further down).
    static func parse(_ text: String, wholeFile: [String], firstLine: Int = 1) -> SuppressionDirectives {
        var directives = SuppressionDirectives()
        for check in wholeFile {
            directives.spans.append(Span(check: check == "all" ? nil : check, lines: 1...Int.max,
                                         reason: "front matter: crosscheck: ignore \(check)"))
        }
        guard text.utf8.contains(UInt8(ascii: "<")), text.contains("<!--") else { return directives }
        var open: [String: Int] = [:]
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            let number = index + firstLine
            var rest = Substring(line)
            while let start = rest.range(of: "<!--"), let end = rest[start.upperBound...].range(of: "-->") {
                let words = rest[start.upperBound..<end.lowerBound].split(separator: " ").map(String.init)
                rest = rest[end.upperBound...]
                guard let command = words.first, command.hasPrefix("crosscheck-") else { continue }
                let checks = words.count > 1 ? Array(words.dropFirst()) : ["all"]
                for check in checks {
                    switch command {
                    case "crosscheck-disable": open[check] = number
                    case "crosscheck-enable":
                        if let from = open.removeValue(forKey: check) {
                            directives.spans.append(Span(check: check == "all" ? nil : check, lines: from...number,
                                                         reason: "crosscheck-disable at line \(from)"))
                        }
                    case "crosscheck-disable-next-line":
                        directives.spans.append(Span(check: check == "all" ? nil : check, lines: (number + 1)...(number + 1),
                                                     reason: "crosscheck-disable-next-line at line \(number)"))
                    default: continue
                    }
                }
            }
        }
        for (check, from) in open.sorted(by: { $0.key < $1.key }) {
            directives.spans.append(Span(check: check == "all" ? nil : check, lines: from...Int.max,
                                         reason: "crosscheck-disable at line \(from)"))
        }
        return directives
    }
}
