/// Claims grouped by key and then by the years they hold for: the shared first step of the cross-article checks,
/// linear in the number of claims.
struct ClaimGroups: Sendable {
    /// For each key, the claims of each distinct time slot, slots in time order.
    let groups: [(key: Claim.Key, slots: [(time: TimeSlot, claims: [Claim])])]

    /// Keys and slots are numbered once each and the claims sorted by those numbers, so a run of a million
    /// claims builds no dictionary per key and compares no key or slot more than once per distinct value.
    init(_ claims: [Claim]) {
        var keyNumbers: [Claim.Key: Int] = [:], slotNumbers: [TimeSlot: Int] = [:]
        var keys: [Claim.Key] = [], slots: [TimeSlot] = []
        var entries: [(key: Int, slot: Int, claim: Int)] = []
        entries.reserveCapacity(claims.count)
        for index in claims.indices {
            guard let slot = claims[index].slot else { continue }
            entries.append((ClaimGroups.number(claims[index].key, in: &keyNumbers, &keys),
                            ClaimGroups.number(slot, in: &slotNumbers, &slots), index))
        }
        // Keys sort as `Claim.Key` orders them, with each description built once per key, not once per comparison.
        let descriptions = keys.map(\.description)
        let keyRanks = ClaimGroups.ranks(keys.indices.sorted {
            (descriptions[$0], keys[$0].unit) < (descriptions[$1], keys[$1].unit)
        })
        let slotRanks = ClaimGroups.ranks(slots.indices.sorted { slots[$0] < slots[$1] })
        entries.sort { (keyRanks[$0.key], slotRanks[$0.slot], $0.claim) < (keyRanks[$1.key], slotRanks[$1.slot], $1.claim) }

        var groups: [(key: Claim.Key, slots: [(time: TimeSlot, claims: [Claim])])] = []
        for entry in entries {
            if groups.isEmpty || groups[groups.count - 1].key != keys[entry.key] {
                groups.append((keys[entry.key], []))
            }
            if groups[groups.count - 1].slots.last?.time != slots[entry.slot] {
                groups[groups.count - 1].slots.append((slots[entry.slot], []))
            }
            let last = groups[groups.count - 1].slots.count - 1
            groups[groups.count - 1].slots[last].claims.append(claims[entry.claim])
        }
        self.groups = groups
    }

    /// The number of `value` among `values`, giving it the next one when it is new.
    private static func number<Value: Hashable>(_ value: Value, in numbers: inout [Value: Int], _ values: inout [Value]) -> Int {
        if let known = numbers[value] { return known }
        numbers[value] = values.count
        values.append(value)
        return values.count - 1
    }

    /// For each number, its place in `order`.
    private static func ranks(_ order: [Int]) -> [Int] {
        var ranks = [Int](repeating: 0, count: order.count)
        for (rank, number) in order.enumerated() { ranks[number] = rank }
        return ranks
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
