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

    init(_ claim: Claim) {
        self.init(claim.item, path: claim.path, recordID: claim.recordID)
    }
}

/// Something a careful desk editor would flag, with the check that found it and its evidence.
public struct Finding: Sendable, Equatable {
    public let check: String
    public let severity: Severity
    public let message: String
    public let evidence: [Evidence]

    public init(check: String, severity: Severity, message: String, evidence: [Evidence]) {
        self.check = check
        self.severity = severity
        self.message = message
        self.evidence = evidence
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
    var summary: String { get }
    var severity: Severity { get }
}

/// A check that looks at one article at a time.
public protocol DocumentCheck: Check {
    func findings(in document: DocumentFacts, settings: Settings) -> [Finding]
}

/// A check that compares facts across articles, grouped by key rather than pair by pair.
public protocol CollectionCheck: Check {
    func findings(in documents: [DocumentFacts], settings: Settings) -> [Finding]
}
