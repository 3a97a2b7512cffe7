/// Two articles give the same claim for the same time with values that cannot both be true, even allowing the
/// measure's tolerance for rounding.
public struct ClaimConflictCheck: CollectionCheck {
    public let id = "claim-conflict"
    public let summary = "Two articles give different values for the same figure at the same time."
    public let help = "Two articles disagree about one figure at one time. Check both against the source. Widen the measure's tolerance in Rules/settings.yml if the difference is rounding."
    public let severity = Severity.error

    public init() {}

    public func findings(in collection: CheckCollection, settings: Settings) -> [Finding] {
        var findings: [Finding] = []
        for (key, slots) in collection.claimGroups.groups {
            let tolerance = settings.tolerance(for: key.measure)
            for (time, claims) in slots where claims.count > 1 {
                // The claim with the lowest ceiling against the one with the highest floor: if any pair is
                // disjoint, this pair is.
                guard let lowest = claims.min(by: { ($0.quantity.high ?? .infinity) < ($1.quantity.high ?? .infinity) }),
                      let highest = claims.max(by: { ($0.quantity.low ?? -.infinity) < ($1.quantity.low ?? -.infinity) }),
                      lowest.path != highest.path || lowest.recordID != highest.recordID,
                      !lowest.quantity.overlaps(highest.quantity, tolerance: tolerance) else { continue }
                let message = "\(key.description.capitalizedFirst) \(time.phrase): \(ClaimGroups.place(lowest)) says "
                    + "\(lowest.valueText) (\(lowest.quantity.description)), \(ClaimGroups.place(highest)) says "
                    + "\(highest.valueText) (\(highest.quantity.description))."
                let evidence = [Evidence(lowest), Evidence(highest)].sorted { ($0.path, $0.line) < ($1.path, $1.line) }
                findings.append(Finding(check: id, severity: severity, message: message, evidence: evidence))
            }
        }
        return findings
    }
}
