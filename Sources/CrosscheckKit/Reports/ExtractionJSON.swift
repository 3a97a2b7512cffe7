/// The `crosscheck extract --format json` contract (see docs/json-contract.md):
/// `{"version": 1, "documents": [{"path", "id", "title", "byline", "dateline", "date", "url", "source",
/// "figures", "quotes", "claims", "times"}]}`. Keys are sorted and absent values are `null`, so output is stable.
public enum ExtractionJSON {
    public static let version = 1

    public static func render(_ documents: [DocumentFacts]) -> String {
        JSONValue.object(["version": .int(version), "documents": .array(documents.map(value))]).rendered()
    }

    static func value(_ facts: DocumentFacts) -> JSONValue {
        let metadata = facts.metadata
        return .object([
            "path": .string(facts.path),
            "id": .optional(facts.recordID),
            "title": .optional(metadata.title),
            "byline": .optional(metadata.byline),
            "dateline": .optional(metadata.dateline),
            "date": .optional(metadata.date?.description),
            "url": .optional(metadata.url),
            "source": .optional(metadata.source),
            "figures": .array(facts.figures.map(value)),
            "quotes": .array(facts.quotes.map(value)),
            "claims": .array(facts.claims.map(value)),
            "times": .array(facts.times.map(value)),
        ])
    }

    static func value(_ item: ExtractedItem) -> JSONValue {
        .object([
            "text": .string(item.text),
            "rule": .string(item.rule),
            "line": .int(item.line),
            "column": .int(item.column),
            "message": .string(item.message),
            "captures": .object(item.captures.mapValues(JSONValue.string)),
        ])
    }
}

/// Human-readable extraction output: one heading per article, then `path:line:column: kind [rule] text`.
public enum ExtractionText {
    public static func render(_ documents: [DocumentFacts]) -> String {
        var output = ""
        for document in documents {
            let name = document.path + (document.recordID.map { "#\($0)" } ?? "")
            let metadata = document.metadata
            output += "== \(name)\n"
            for (label, value) in [("title", metadata.title), ("byline", metadata.byline), ("dateline", metadata.dateline),
                                   ("date", metadata.date?.description), ("url", metadata.url)] {
                if let value { output += "   \(label): \(value)\n" }
            }
            let items = [("figure", document.figures), ("quote", document.quotes), ("claim", document.claims), ("time", document.times)]
                .flatMap { kind, list in list.map { (kind, $0) } }
                .sorted { ($0.1.line, $0.1.column, $0.0) < ($1.1.line, $1.1.column, $1.0) }
            for (kind, item) in items {
                output += "\(document.path):\(item.line):\(item.column): \(kind) [\(item.rule)] \(item.text)\n"
            }
        }
        return output
    }
}
