import Yams

/// YAML front matter at the top of a Markdown or text article (`---` ... `---`), which overrides detection.
enum FrontMatter {
    /// Reads front matter if the units begin with it: the metadata it gives and the index where the body starts.
    static func read(_ units: [TextUnit], path: String, source: SourceLines) throws(Diagnostic)
        -> (metadata: DocumentMetadata, ignored: [String], bodyStart: Int)? {
        guard units.hasPrefix("---\n", at: 0) else { return nil }
        var lineStart = 4
        while lineStart < units.count {
            var lineEnd = lineStart
            while lineEnd < units.count, !units[lineEnd].isNewline { lineEnd += 1 }
            let line = units.string(lineStart..<lineEnd).trimmed
            if line == "---" || line == "..." {
                let yaml = units.string(4..<lineStart)
                let (metadata, ignored) = try parse(yaml, path: path)
                return (metadata, ignored, min(lineEnd + 1, units.count))
            }
            lineStart = lineEnd + 1
        }
        throw Diagnostic(path: path, line: 1, column: 1, "front matter opened with '---' is never closed")
    }

    /// The metadata, and the checks `crosscheck: ignore CHECK` silences for the whole article.
    private static func parse(_ yaml: String, path: String) throws(Diagnostic) -> (DocumentMetadata, [String]) {
        let node: Node?
        do { node = try Yams.compose(yaml: yaml) } catch {
            let position = YAMLErrorPosition(error)
            throw Diagnostic(path: path, line: position.line.map { $0 + 1 }, column: position.column,
                             "malformed front matter: \(position.problem)")
        }
        guard let node else { return (DocumentMetadata(), []) }
        guard case let .mapping(mapping) = node else {
            throw Diagnostic(path: path, line: (node.mark?.line ?? 0) + 1, column: node.mark?.column,
                             "front matter must be a mapping of keys to values")
        }
        var metadata = DocumentMetadata()
        var ignored: [String] = []
        for (key, value) in mapping {
            let text = value.string?.trimmed
            switch key.string {
            case "title": metadata.title = text
            case "author": metadata.byline = text
            case "source": metadata.source = text
            case "url": metadata.url = text
            case "date":
                guard let text, let date = CalendarDate(iso: text) ?? NewsDateParser.firstDate(in: text) else {
                    throw Diagnostic(path: path, line: (value.mark?.line ?? 0) + 1, column: value.mark?.column,
                                     "front matter 'date' is not a date: \(value.string ?? "")")
                }
                metadata.date = date
            case "crosscheck":
                let words = (value.string ?? "").split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
                guard words.first == "ignore" else {
                    throw Diagnostic(path: path, line: (value.mark?.line ?? 0) + 1, column: value.mark?.column,
                                     "front matter 'crosscheck' must be 'ignore CHECK...'")
                }
                ignored += words.count > 1 ? Array(words.dropFirst()) : ["all"]
            default: continue // Other keys (tags, categories, ...) belong to the publishing system.
            }
        }
        return (metadata, ignored)
    }
}
