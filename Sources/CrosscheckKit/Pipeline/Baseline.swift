import Foundation

/// Findings recorded as known (`crosscheck baseline create`), so a CI run with `--baseline FILE` reports only new
/// ones. Entries match on path, check and the normalized evidence text, never on line numbers: editing above a
/// finding does not bring it back.
public struct Baseline: Sendable, Equatable {
    public struct Entry: Sendable, Equatable, Hashable {
        public let path: String
        public let check: String
        public let evidence: String
        public let fingerprint: String
    }

    public let entries: [Entry]
    private let fingerprints: Set<String>

    public init(findings: [Finding]) {
        let entries = findings.filter { $0.suppression == nil }.map { finding in
            Entry(path: finding.evidence.first?.path ?? "", check: finding.check, evidence: finding.normalizedEvidence,
                  fingerprint: finding.fingerprint)
        }
        self.init(entries: Array(Set(entries)).sorted { ($0.path, $0.check, $0.evidence) < ($1.path, $1.check, $1.evidence) })
    }

    init(entries: [Entry]) {
        self.entries = entries
        fingerprints = Set(entries.map(\.fingerprint))
    }

    public func contains(_ finding: Finding) -> Bool { fingerprints.contains(finding.fingerprint) }

    /// The baseline file: `{"version": 1, "entries": [{"path", "check", "evidence", "fingerprint"}]}`.
    public func rendered() -> String {
        JSONValue.object([
            "version": .int(1),
            "entries": .array(entries.map { entry in
                .object(["path": .string(entry.path), "check": .string(entry.check), "evidence": .string(entry.evidence),
                         "fingerprint": .string(entry.fingerprint)])
            }),
        ]).rendered()
    }

    public static func load(path: String) throws(Diagnostic) -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else { throw Diagnostic(path: path, "cannot read the baseline file") }
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let list = root["entries"] as? [[String: Any]] else {
            throw Diagnostic(path: path, "not a Crosscheck baseline: expected {\"version\": 1, \"entries\": [...]}")
        }
        var entries: [Entry] = []
        for (index, item) in list.enumerated() {
            guard let path = item["path"] as? String, let check = item["check"] as? String,
                  let evidence = item["evidence"] as? String, let fingerprint = item["fingerprint"] as? String else {
                throw Diagnostic(path: path, "baseline entry \(index + 1) needs path, check, evidence and fingerprint")
            }
            entries.append(Entry(path: path, check: check, evidence: evidence, fingerprint: fingerprint))
        }
        return Baseline(entries: entries)
    }
}
