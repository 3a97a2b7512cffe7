/// One article states the same figure twice, for the same time and seasonal adjustment, with values that do not
/// agree.
public struct FigureRestatedCheck: DocumentCheck {
    public let id = "figure-restated"
    public let summary = "An article gives the same figure twice with different values."
    public let help = "The article contradicts itself. Check which value is right and correct the other."
    public let severity = Severity.warning

    public init() {}

    public func findings(in document: DocumentFacts, settings: Settings) -> [Finding] {
        struct Slot: Hashable { let key: Claim.Key; let time: TimeSlot; let adjusted: Bool? }
        var seen: [Slot: Claim] = [:]
        var findings: [Finding] = []
        for claim in document.claims {
            guard let time = claim.slot else { continue }
            let slot = Slot(key: claim.key, time: time, adjusted: claim.seasonalAdjustment)
            guard let first = seen[slot] else { seen[slot] = claim; continue }
            guard !first.quantity.overlaps(claim.quantity, tolerance: settings.tolerance(for: claim.key.measure)) else { continue }
            let message = "\(claim.key.description.capitalizedFirst) \(time.phrase) is given as \(first.valueText) at line "
                + "\(first.item.line) and as \(claim.valueText) at line \(claim.item.line)."
            findings.append(Finding(check: id, severity: severity, message: message, evidence: [Evidence(first), Evidence(claim)]))
        }
        return findings
    }
}
