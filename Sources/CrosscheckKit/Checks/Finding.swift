/// A place that supports a finding: the article, where in it, and the sentence quoted.
public struct Evidence: Sendable, Equatable, Hashable {
    public let path: String
    public let recordID: String?
    public let line: Int
    public let column: Int
    public let text: String

    public init(path: String, recordID: String?, line: Int, column: Int, text: String) {
        self.path = path
        self.recordID = recordID
        self.line = line
        self.column = column
        self.text = text
    }

    init(_ item: ExtractedItem, path: String, recordID: String?) {
        self.init(path: path, recordID: recordID, line: item.line, column: item.column, text: item.sentence)
    }

    /// The article this place is in, named as `ArticleSummary.name` names it.
    public var articleName: String { Document.name(path: path, recordID: recordID) }

    init(_ claim: Claim) {
        self.init(claim.item, path: claim.path, recordID: claim.recordID)
    }
}

/// Something a careful desk editor would flag, with the check that found it and its evidence.
public struct Finding: Sendable, Equatable {
    /// Why a finding is not counted: a baseline entry or an inline directive. Suppressed findings stay in SARIF.
    public struct Suppression: Sendable, Equatable {
        /// SARIF's kind: `inSource` for a directive in the article, `external` for a baseline.
        public let kind: String
        public let reason: String
    }

    public let check: String
    public let severity: Severity
    public let message: String
    public let evidence: [Evidence]
    public internal(set) var suppression: Suppression?

    public init(check: String, severity: Severity, message: String, evidence: [Evidence]) {
        self.check = check
        self.severity = severity
        self.message = message
        self.evidence = evidence
    }

    /// The evidence text as compared across runs: lower case, single spaces. Line numbers are left out, so
    /// editing above a finding does not change it.
    var normalizedEvidence: String {
        (evidence.first?.text ?? message).lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A fingerprint stable across runs and edits elsewhere in the file: check, path and evidence text.
    public var fingerprint: String {
        FNV1a.hex("\(check)\u{1F}\(evidence.first?.path ?? "")\u{1F}\(normalizedEvidence)".utf8)
    }

    /// Reports list findings by the place of their first evidence, then by check, so output is stable.
    static func ordered(_ findings: [Finding]) -> [Finding] {
        findings.sorted { a, b in
            let first = a.evidence.first, second = b.evidence.first
            return (first?.path ?? "", first?.recordID ?? "", first?.line ?? 0, first?.column ?? 0, a.check, a.message)
                < (second?.path ?? "", second?.recordID ?? "", second?.line ?? 0, second?.column ?? 0, b.check, b.message)
        }
    }
}

/// What every check says about itself, for reports and `explain`.
public protocol Check: Sendable {
    var id: String { get }
    /// One line: what the check finds.
    var summary: String { get }
    /// What an editor should do about a finding, and how to tune the check.
    var help: String { get }
    var severity: Severity { get }
}

/// A check that looks at one article at a time.
public protocol DocumentCheck: Check {
    func findings(in document: DocumentFacts, settings: Settings) -> [Finding]
}

/// A check that compares facts across articles, grouped by key rather than pair by pair.
public protocol CollectionCheck: Check {
    func findings(in collection: CheckCollection, settings: Settings) -> [Finding]
}
