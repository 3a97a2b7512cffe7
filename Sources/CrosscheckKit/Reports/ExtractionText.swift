/// Human-readable extraction output: one heading per article, then `path:line:column: kind [rule] text`.
public enum ExtractionText {
    public static func render(_ documents: [DocumentFacts]) -> String {
        var output = ""
        for document in documents {
            let name = Document.name(path: document.path, recordID: document.recordID)
            let metadata = document.metadata
            output += "== \(name)\n"
            for (label, value) in [("title", metadata.title), ("byline", metadata.byline), ("dateline", metadata.dateline),
                                   ("date", metadata.date?.description), ("url", metadata.url)] {
                if let value { output += "   \(label): \(value)\n" }
            }
            let figures = document.figures.map { ("figure", $0.item, " = " + $0.quantity.description) }
            let claims = document.claims.map { claim in
                ("claim", claim.item, " = \(claim.key): \(claim.quantity.description)" + (claim.years.map { " (\($0))" } ?? ""))
            }
            let quotes = document.quotes.map { quote in
                ("quote", quote.item, " = \(quote.speaker.name ?? quote.speaker.mention ?? "unknown")\(quote.partial ? " (partial)" : ""): \"\(quote.text)\"")
            }
            let attributions = document.attributions.map { attribution in
                ("attribution", attribution.item, " = \(attribution.speaker.name ?? attribution.speaker.mention ?? "unknown")\(attribution.speaker.anonymous ? " (anonymous)" : "")")
            }
            let times = document.times.map { time in ("time", time.item, time.span.map { " = \($0)" } ?? "") }
            let items = (figures + claims + quotes + attributions + times).map { (kind: $0.0, item: $0.1, note: $0.2) }
                .sorted { ($0.item.line, $0.item.column, $0.kind) < ($1.item.line, $1.item.column, $1.kind) }
            for (kind, item, note) in items {
                output += "\(document.path):\(item.line):\(item.column): \(kind) [\(item.rule)] \(item.text)\(note)\n"
            }
        }
        return output
    }
}
