/// `Reports/report.json`, the contract CI scripts read (see README):
/// `{"version", "summary", "findings": [{"check", "severity", "message", "suppressed", "evidence": [{"path", "id",
/// "line", "column", "text"}]}], "articles": [{...header as in extract..., "counts", "anonymousClaims", "claims"}]}`.
/// Version 2: articles carry counts and claims rather than every fact (`extract` gives those), so a run over a
/// large archive writes a report of bounded size.
public enum ReportJSON {
    public static let version = 2

    public static func render(_ result: CheckRun.Result) -> String {
        var output = ReportOutput()
        try! write(result, to: &output) // An in-memory output never throws.
        return output.text
    }

    /// Writes the report one article and one finding at a time, so only a piece of it is ever in memory. The text
    /// is what `JSONValue` gives for the whole object: keys in order, two-space indentation.
    public static func write(_ result: CheckRun.Result, to output: inout ReportOutput) throws {
        output.append("{\n")
        try writeArray("articles", result.articles, to: &output) { value($0) }
        try writeArray("findings", result.findings, to: &output) { value($0) }
        output.append("  \"summary\": ")
        output.append(summary(result), indent: 2)
        output.append(",\n  \"version\": \(version)\n}\n")
    }

    /// `"name": [...],` as the second level of the report object. The report is written after the run, on one
    /// thread, so its elements are rendered on every core, in chunks; a group of chunks at a time, so no more than
    /// that group is ever held rendered.
    private static func writeArray<Element: Sendable>(_ name: String, _ elements: [Element], to output: inout ReportOutput,
                                                      _ value: @escaping @Sendable (Element) -> JSONValue) throws {
        guard !elements.isEmpty else { output.append("  \"\(name)\": [],\n"); return }
        output.append("  \"\(name)\": [\n")
        let chunkStarts = Array(stride(from: 0, to: elements.count, by: chunkSize))
        for group in stride(from: 0, to: chunkStarts.count, by: chunksPerGroup) {
            let starts = Array(chunkStarts[group..<min(group + chunksPerGroup, chunkStarts.count)])
            let rendered = Parallel.compactMap(starts, chunkSize: 1) { first -> [UInt8]? in
                var bytes: [UInt8] = []
                for index in first..<min(first + chunkSize, elements.count) {
                    bytes += "    ".utf8
                    value(elements[index]).write(to: &bytes, indent: 4)
                    bytes += (index == elements.count - 1 ? "\n" : ",\n").utf8
                }
                return bytes
            }
            for piece in rendered {
                output.append(piece)
                try output.flushIfLarge()
            }
        }
        output.append("  ],\n")
    }

    private static let chunkSize = 256
    private static let chunksPerGroup = 32

    static func value(_ article: ArticleSummary) -> JSONValue {
        var object = ExtractionJSON.header(path: article.path, recordID: article.recordID, metadata: article.metadata,
                                           dating: article.dating)
        let counts = article.counts
        object["counts"] = .object(["figures": .int(counts.figures), "claims": .int(counts.claims), "quotes": .int(counts.quotes),
                                    "attributions": .int(counts.attributions), "times": .int(counts.times)])
        object["anonymousClaims"] = .int(article.anonymousClaims)
        object["claims"] = .array(article.claims.map(ExtractionJSON.value))
        return .object(object)
    }

    static func value(_ finding: Finding) -> JSONValue {
        .object([
            "check": .string(finding.check),
            "severity": .string(finding.severity.rawValue),
            "message": .string(finding.message),
            "suppressed": .optional(finding.suppression?.reason),
            "evidence": .array(finding.evidence.map { evidence in
                .object([
                    "path": .string(evidence.path),
                    "id": .optional(evidence.recordID),
                    "line": .int(evidence.line),
                    "column": .int(evidence.column),
                    "text": .string(evidence.text),
                ])
            }),
        ])
    }

    static func summary(_ result: CheckRun.Result) -> JSONValue {
        let counts = ReportSummary(result)
        return .object([
            "articles": .int(counts.articles),
            "figures": .int(counts.figures),
            "claims": .int(counts.claims),
            "quotes": .int(counts.quotes),
            "anonymousClaims": .int(counts.anonymousClaims),
            "suppressed": .int(counts.suppressed),
            "findings": .object(Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0.rawValue, JSONValue.int(counts.findings[$0] ?? 0)) })),
        ])
    }
}

/// The counts every report opens with.
struct ReportSummary {
    let articles: Int
    let figures: Int
    let claims: Int
    let quotes: Int
    let anonymousClaims: Int
    /// Findings that count, by severity; suppressed ones are counted apart.
    let findings: [Severity: Int]
    let suppressed: Int

    init(_ result: CheckRun.Result) {
        // Parts of one large file are one article, and they come one after another.
        articles = zip(result.articles, [nil] + result.articles.dropLast()).filter { article, previous in
            previous.map { $0.path != article.path || $0.recordID != article.recordID } ?? true
        }.count
        figures = result.articles.reduce(0) { $0 + $1.counts.figures }
        claims = result.articles.reduce(0) { $0 + $1.counts.claims }
        quotes = result.articles.reduce(0) { $0 + $1.counts.quotes }
        anonymousClaims = result.articles.reduce(0) { $0 + $1.anonymousClaims }
        findings = Dictionary(grouping: result.findings.filter { $0.suppression == nil }, by: \.severity).mapValues(\.count)
        suppressed = result.findings.filter { $0.suppression != nil }.count
    }
}
