/// Detects a plain-text article's title, byline, dateline and source URL from its first and last lines,
/// and tells which lines they were so they are not read as body text.
enum MetadataDetector {
    struct Result {
        var metadata = DocumentMetadata()
        var metadataLines: Set<Int> = []
        /// The line that holds the dateline, so findings can point at it.
        var datelineLine: Int?
    }

    /// How many non-blank lines at the top may hold the title, byline and dateline.
    private static let headerLineCount = 5

    static func detect(_ units: [TextUnit], lines: [ParagraphAssembler.Line]) -> Result {
        var result = Result()
        var seen = 0
        for (index, line) in lines.enumerated() where !line.isBlank {
            let text = units.string(line.range)
            seen += 1
            if seen > headerLineCount { break }
            if result.metadata.byline == nil, let (byline, dateline) = byline(text) {
                result.metadata.byline = byline
                if let dateline, let date = NewsDateParser.firstDate(in: dateline) {
                    result.metadata.dateline = dateline
                    result.metadata.date = date
                    result.datelineLine = index
                }
                result.metadataLines.insert(index)
            } else if result.metadata.date == nil, isDateLine(text), let date = NewsDateParser.firstDate(in: text) {
                result.metadata.dateline = text
                result.metadata.date = date
                result.datelineLine = index
                result.metadataLines.insert(index)
            } else if seen == 1, isHeadline(text) {
                result.metadata.title = text
                result.metadataLines.insert(index)
            }
        }
        // Source lines are short and start with a label; only those become strings.
        for (index, line) in lines.enumerated() where line.range.count < 400 && line.range.count > 8 {
            let first = units[line.range.lowerBound]
            guard first.is("O") || first.is("o") || first.is("S") || first.is("s") || first.is("U") || first.is("u") else { continue }
            if let url = sourceURL(units.string(line.range)) {
                result.metadata.url = url
                result.metadataLines.insert(index)
            }
        }
        if let url = result.metadata.url { result.metadata.source = host(of: url) }
        return result
    }

    /// A line that is a date and little else ("November 20, 2012", "Monday, Nov. 20, 2012 10:15 GMT"), not a
    /// short sentence that mentions one.
    private static func isDateLine(_ text: String) -> Bool {
        text.count <= 50 && !text.hasSuffix(".") && text.split(separator: " ").count <= 8
    }

    /// A short line that does not end a sentence, opening with a letter or a quote mark (`"We will win," says PM`).
    /// A lede that opens with a quote ends with a full stop, so it stays body text.
    private static func isHeadline(_ text: String) -> Bool {
        text.count <= 200 && !text.hasSuffix(".") && (text.first?.isLetter == true || text.first == "\"")
    }

    /// `By Sergei Blagov | July 7, 2008 | 8:14 PM EDT` gives the name and what follows the first bar.
    private static func byline(_ text: String) -> (String, String?)? {
        guard text.hasPrefix("By ") || text.hasPrefix("BY ") else { return nil }
        let parts = text.dropFirst(3).split(separator: "|", omittingEmptySubsequences: true)
            .map { String($0).trimmed }
        guard let name = parts.first, !name.isEmpty, name.count <= 120 else { return nil }
        let rest = parts.dropFirst().joined(separator: " | ")
        return (name, rest.isEmpty ? nil : rest)
    }

    /// `Original url: <https://...>` and similar source lines.
    private static func sourceURL(_ text: String) -> String? {
        let lowered = text.lowercased()
        for label in ["original url:", "original link:", "source url:", "url:", "source:"] where lowered.hasPrefix(label) {
            var value = text.dropFirst(label.count).trimmingPrefix(while: \.isWhitespace)
            if value.hasPrefix("<"), value.hasSuffix(">") { value = value.dropFirst().dropLast() }
            guard value.hasPrefix("http://") || value.hasPrefix("https://"), !value.contains(" ") else { return nil }
            return String(value)
        }
        return nil
    }

    static func host(of url: String) -> String? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        var host = url[schemeEnd.upperBound...].prefix { $0 != "/" && $0 != ":" && $0 != "?" }
        if host.hasPrefix("www.") { host = host.dropFirst(4) }
        return host.isEmpty ? nil : String(host)
    }
}

private extension Substring {
    func trimmingPrefix(while predicate: (Character) -> Bool) -> Substring {
        var text = self
        while let first = text.first, predicate(first) { text = text.dropFirst() }
        return text
    }
}
