/// The same claim at different times with values that do not overlap: reported as a change, with both values,
/// both times and its size. Not an error: news moves on, but an editor should know the figure is not current.
public struct ClaimChangeCheck: CollectionCheck {
    public let id = "claim-change"
    public let summary = "A figure that another article gives for a different time, with a different value."
    public let help = "Claims are paired on subject, measure, owner and unit, from the lexicons in Rules/lexicons. A change is normal news; check that the older figure is not presented as current. Tune tolerances per measure in Rules/settings.yml."
    public let severity = Severity.warning

    public init() {}

    public func findings(in collection: CheckCollection, settings: Settings) -> [Finding] {
        var findings: [Finding] = []
        for (key, slots) in collection.claimGroups.groups where slots.count > 1 {
            // Each slot against the latest earlier one of the same kind (months with months, years with years)
            // that cannot hold at the same time: a year's figure and one as of a day in it are no change.
            let pairs = slots.indices.compactMap { index -> (earlier: (time: TimeSlot, claims: [Claim]), later: (time: TimeSlot, claims: [Claim]))? in
                let later = slots[index]
                guard let earlier = slots[..<index].last(where: { $0.time.isComparable(with: later.time) && !$0.time.overlaps(later.time) })
                else { return nil }
                return (earlier, later)
            }
            for (earlier, later) in pairs {
                guard let before = earlier.claims.first,
                      let after = later.claims.first(where: { $0.path != before.path || $0.recordID != before.recordID }),
                      !before.quantity.overlaps(after.quantity, tolerance: settings.tolerance(for: key.measure)) else { continue }
                let message = "\(key.description.capitalizedFirst) changed from \(before.valueText) (\(before.quantity.description)) "
                    + "\(earlier.time.phrase) to \(after.valueText) (\(after.quantity.description)) \(later.time.phrase): "
                    + "\(ClaimGroups.describeChange(from: before.quantity, to: after.quantity)) "
                    + "(\(ClaimGroups.place(before)), \(ClaimGroups.place(after)))."
                findings.append(Finding(check: id, severity: severity, message: message, evidence: [Evidence(before), Evidence(after)]))
            }
        }
        return findings
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
