import Foundation

/// The `crosscheck extract --format json` contract (see docs/json-contract.md):
/// `{"version": 1, "documents": [{"path", "id", "title", "byline", "dateline", "date", "url", "source",
/// "figures", "quotes", "claims", "times"}]}`. Keys are sorted and absent values are `null`, so output is stable.
public enum ExtractionJSON {
    public static let version = 1

    public static func render(_ documents: [DocumentFacts]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try! encoder.encode(Envelope(version: version, documents: documents.map(DocumentRecord.init)))
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    struct Envelope: Encodable {
        let version: Int
        let documents: [DocumentRecord]
    }

    struct DocumentRecord: Encodable {
        let facts: DocumentFacts

        init(_ facts: DocumentFacts) { self.facts = facts }

        enum Keys: String, CodingKey {
            case path, id, title, byline, dateline, date, url, source, figures, quotes, claims, times
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            let metadata = facts.metadata
            try container.encode(facts.path, forKey: .path)
            try container.encode(facts.recordID, forKey: .id)
            try container.encode(metadata.title, forKey: .title)
            try container.encode(metadata.byline, forKey: .byline)
            try container.encode(metadata.dateline, forKey: .dateline)
            try container.encode(metadata.date, forKey: .date)
            try container.encode(metadata.url, forKey: .url)
            try container.encode(metadata.source, forKey: .source)
            try container.encode(facts.figures, forKey: .figures)
            try container.encode(facts.quotes, forKey: .quotes)
            try container.encode(facts.claims, forKey: .claims)
            try container.encode(facts.times, forKey: .times)
        }
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
