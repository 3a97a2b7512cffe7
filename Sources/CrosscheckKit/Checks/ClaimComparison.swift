/// Claims grouped by key and then by the years they hold for: the shared first step of the cross-article checks,
/// linear in the number of claims.
struct ClaimGroups: Sendable {
    /// For each key, the claims of each distinct time slot, slots in time order.
    let groups: [(key: Claim.Key, slots: [(time: TimeSlot, claims: [Claim])])]

    init(_ claims: [Claim]) {
        var byKey: [Claim.Key: [TimeSlot: [Claim]]] = [:]
        for claim in claims {
            guard let slot = claim.slot else { continue }
            byKey[claim.key, default: [:]][slot, default: []].append(claim)
        }
        // Keys sort by their description; each is built once, not once per comparison.
        groups = byKey.keys.map { ($0.description, $0) }.sorted { $0.0 < $1.0 }.map(\.1).map { key in
            let spans = byKey[key]!.keys.sorted().map { ($0, byKey[key]![$0]!) }
            return (key, spans)
        }
    }

    /// How far apart two intervals are: the smallest and largest possible difference `second - first`.
    static func difference(from first: Quantity, to second: Quantity) -> (smallest: Double?, largest: Double?) {
        let smallest = second.low.flatMap { low in first.high.map { low - $0 } }
        let largest = second.high.flatMap { high in first.low.map { high - $0 } }
        return (smallest, largest)
    }

    /// "a fall of at least 30 percentage points", "a rise of $1–2 billion".
    static func describeChange(from first: Quantity, to second: Quantity) -> String {
        let (smallest, largest) = difference(from: first, to: second)
        let unit = first.unit == "percent" ? "percentage points" : first.unit
        let falling = (largest ?? 0) < 0 || (smallest == nil && (largest ?? 0) <= 0)
        let word = falling ? "a fall" : "a rise"
        let magnitudes = [smallest, largest].compactMap { $0 }.map(abs).sorted()
        guard let minimum = magnitudes.first else { return "a change of unknown size" }
        if smallest == nil || largest == nil { return "\(word) of at least \(Quantity.format([minimum], unit))" }
        if magnitudes.count == 2, magnitudes[1] != minimum { return "\(word) of \(Quantity.format(magnitudes, unit))" }
        return "\(word) of \(Quantity.format([minimum], unit))"
    }

    static func place(_ claim: Claim) -> String {
        Document.place(path: claim.path, recordID: claim.recordID)
    }
}
