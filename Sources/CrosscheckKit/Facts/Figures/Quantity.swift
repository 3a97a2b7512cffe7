/// A figure as an interval of values with a unit: `nearly half` is 45-50 percent, `up to 15 percent` is at most 15.
/// An open end is nil. Two figures are compared as intervals, never as single numbers.
public struct Quantity: Sendable, Equatable, Hashable, Codable {
    public let low: Double?
    public let high: Double?
    /// `percent`, `percentage points`, an ISO currency code (`USD`), or the counted thing (`planes`).
    public let unit: String
    /// The value is an approximation ("nearly", "about"), not a bound or an exact figure.
    public let approximate: Bool

    public init(low: Double?, high: Double?, unit: String, approximate: Bool) {
        self.low = low
        self.high = high
        self.unit = unit
        self.approximate = approximate
    }

    /// The interval of the opposite values: a fall of 0.2 percent, as a change, is -0.2 percent.
    var negated: Quantity { Quantity(low: high.map { -$0 }, high: low.map { -$0 }, unit: unit, approximate: approximate) }

    /// The same values in another unit: for an amount whose unit is written once, elsewhere in its sentence.
    func counted(in unit: String) -> Quantity { Quantity(low: low, high: high, unit: unit, approximate: approximate) }

    /// Whether the intervals share a value once each is widened by `tolerance` (a fraction of its bounds).
    public func overlaps(_ other: Quantity, tolerance: Double = 0) -> Bool {
        let lowA = low.map { $0 - abs($0) * tolerance } ?? -.infinity
        let highA = high.map { $0 + abs($0) * tolerance } ?? .infinity
        let lowB = other.low.map { $0 - abs($0) * tolerance } ?? -.infinity
        let highB = other.high.map { $0 + abs($0) * tolerance } ?? .infinity
        return lowA <= highB && lowB <= highA
    }

    /// How a journalist would say the interval: "45–50 percent", "at most 15 percent", "$4.32–5.28 billion".
    public var description: String {
        switch (low, high) {
        case let (low?, high?) where low == high: return Quantity.format([low], unit)
        case let (low?, high?): return Quantity.format([low, high], unit)
        case let (nil, high?): return "at most " + Quantity.format([high], unit)
        case let (low?, nil): return "at least " + Quantity.format([low], unit)
        case (nil, nil): return "any amount of \(unit)"
        }
    }

    static let currencySymbols = ["USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥"]

    /// One value or a range, in one scale (`$4.32–5.28 billion`), with the unit where news puts it.
    static func format(_ values: [Double], _ unit: String) -> String {
        let largest = values.map(abs).max() ?? 0
        let (divisor, word): (Double, String) = largest >= 1e12 ? (1e12, " trillion") : largest >= 1e9 ? (1e9, " billion")
            : largest >= 1e6 ? (1e6, " million") : (1, "")
        let numbers = values.map { value -> String in
            // Two decimals at most, trailing zeros dropped: 45, 12.5, 0.25.
            let rounded = (value / divisor * 100).rounded() / 100
            if abs(rounded) >= 1e15 { return String(format: "%.0f", rounded) }
            return rounded == rounded.rounded() ? String(Int(rounded)) : "\(rounded)"
        }.joined(separator: "–") + word
        if let symbol = currencySymbols[unit] { return symbol + numbers }
        return "\(numbers) \(unit)"
    }
}
