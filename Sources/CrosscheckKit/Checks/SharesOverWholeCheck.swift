/// Shares of one whole in one article that add up to more than all of it (60 percent to China and 55 percent to
/// India of the same exports in the same year).
public struct SharesOverWholeCheck: DocumentCheck {
    public let id = "shares-over-whole"
    public let summary = "Shares of one whole in one article add up to more than 100 percent."
    public let help = "Shares of one whole cannot add up to more than all of it. Check each share and whether they measure the same whole and time."
    public let severity = Severity.error

    public init() {}

    public func findings(in document: DocumentFacts, settings: Settings) -> [Finding] {
        struct Whole: Hashable { let owner: String; let measure: String; let time: TimeSlot }
        var wholes: [Whole: [String: Claim]] = [:]
        for claim in document.claims where claim.key.unit == "percent" {
            guard let owner = claim.key.owner, let time = claim.slot else { continue }
            let whole = Whole(owner: owner, measure: claim.key.measure, time: time)
            if wholes[whole]?[claim.key.subject] == nil { wholes[whole, default: [:]][claim.key.subject] = claim }
        }
        var findings: [Finding] = []
        for (whole, bySubject) in wholes where bySubject.count > 1 {
            let claims = bySubject.keys.sorted().map { bySubject[$0]! }
            let total = claims.compactMap(\.quantity.low).reduce(0, +)
            guard total > 100 * (1 + settings.tolerance(for: whole.measure)) else { continue }
            let parts = claims.map { "\($0.key.subject) \($0.valueText)" }.joined(separator: ", ")
            let message = "Shares of \(whole.owner)'s \(whole.measure) \(whole.time.phrase) add up to at least "
                + "\(Quantity.format([total], "percent")): \(parts)."
            findings.append(Finding(check: id, severity: severity, message: message,
                                    evidence: claims.map(Evidence.init).sorted { $0.line < $1.line }))
        }
        return findings
    }
}
