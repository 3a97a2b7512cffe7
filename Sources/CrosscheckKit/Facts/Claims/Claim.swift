/// A claim: who or what (subject), which measure (of whose, the owner), what value, and when.
/// Subjects, owners and measures are canonical names from the lexicons, so two wordings get one key.
public struct Claim: Sendable, Equatable, Codable {
    /// What two claims must share to be compared: subject, measure, owner and the kind of unit.
    public struct Key: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
        public let subject: String
        public let measure: String
        public let owner: String?
        public let unit: String

        public init(subject: String, measure: String, owner: String?, unit: String) {
            self.subject = subject
            self.measure = measure
            self.owner = owner
            self.unit = unit
        }

        /// By description, then by unit: amounts in two currencies read alike ("Air New Zealand's net profit").
        public static func < (a: Key, b: Key) -> Bool { (a.description, a.unit) < (b.description, b.unit) }

        /// "China's share of Russia's arms exports", "Brazil's inflation rate".
        public var description: String {
            if let owner {
                return unit == "percent" ? "\(subject)'s share of \(owner)'s \(measure)" : "\(subject)'s \(measure) of \(owner)"
            }
            return "\(subject)'s \(measure)"
        }
    }

    public enum TimeSource: String, Sendable, Codable { case explicit, relative, articleDate = "article date" }

    public let item: ExtractedItem
    public let key: Key
    public let quantity: Quantity
    /// The value as written ("nearly half").
    public let valueText: String
    public let years: YearSpan?
    /// A part of the year ("February", "first quarter") that keeps monthly figures apart from yearly ones.
    public let period: String?
    /// The words that set the time, or nil when nothing in its sentence does.
    public let timeText: String?
    public let timeSource: TimeSource
    /// For a claim with no time of its own: its article's date (when the text does not contradict the dateline's
    /// year). Such a claim is the figure as its article saw it, so two of them from articles of different days are
    /// two times, a change and not a conflict.
    public let asOf: CalendarDate?
    /// Who the claim is attributed to in its sentence (`according to the ministry`), if anyone.
    public internal(set) var attribution: String?
    /// Whether that source is unnamed (`a military industry source told Vedomosti`).
    public internal(set) var anonymous = false
    public let path: String
    public let recordID: String?

    /// Whether its words say the figure is seasonally adjusted (true), unadjusted (false), or neither (nil): one
    /// article giving a figure both ways gives two figures, not one restated.
    public var seasonalAdjustment: Bool? {
        let words = item.text.lowercased()
        if words.contains("unadjusted") || words.contains("not seasonally adjusted") { return false }
        return words.contains("adjusted") ? true : nil
    }

    /// When the claim holds, as one comparable value: its years and the period within them.
    public var slot: TimeSlot? { years.map { TimeSlot(years: $0, period: period, asOf: asOf) } }
}

extension Claim {
    /// A claim made outside a rule run, from its parts: a benchmark's synthetic claims, an import.
    public init(item: ExtractedItem, key: Key, quantity: Quantity, valueText: String, years: YearSpan?,
                period: String? = nil, timeText: String?, timeSource: TimeSource, asOf: CalendarDate? = nil, path: String,
                recordID: String? = nil) {
        self.init(item: item, key: key, quantity: quantity, valueText: valueText, years: years, period: period,
                  timeText: timeText, timeSource: timeSource, asOf: asOf, attribution: nil, path: path,
                  recordID: recordID)
    }
}

/// The years and part of a year a claim holds for, or the date of the article it holds as of; claims are
/// compared only within one slot.
public struct TimeSlot: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let years: YearSpan
    public let period: String?
    /// The date of the article a claim with no time of its own holds as of (see `Claim.asOf`).
    public let asOf: CalendarDate?

    public init(years: YearSpan, period: String?, asOf: CalendarDate? = nil) {
        self.years = years
        self.period = period
        self.asOf = asOf
    }

    public static func < (a: TimeSlot, b: TimeSlot) -> Bool {
        (a.years, a.months.lowerBound, a.months.upperBound, a.period ?? "", a.asOf?.description ?? "")
            < (b.years, b.months.lowerBound, b.months.upperBound, b.period ?? "", b.asOf?.description ?? "")
    }

    public var description: String {
        if let asOf { return "\(ClaimBuilder.monthNames[asOf.month - 1]) \(asOf.day), \(asOf.year)" }
        guard let period else { return years.description }
        // "February 1987", "January to May 1987".
        if NewsDateParser.months[String(period.lowercased().prefix { $0 != " " })] != nil { return "\(period) \(years)" }
        // "the first 10 days of March 1987"; "the first quarter of 1987", "the first 9 months of 1987".
        return ClaimBuilder.monthNames.contains { period.hasSuffix($0) } ? "the \(period) \(years)" : "the \(period) of \(years)"
    }

    /// The slot as a message says it: "in 1986", "in February 1987", or "as of November 20, 2012" for the
    /// figure an article of that day gives with no time of its own.
    public var phrase: String { asOf == nil ? "in \(self)" : "as of \(self)" }

    /// Two slots are comparable when they are the same kind of period (a whole year, a month, a quarter, a half,
    /// or the same part of a month): a quarter's figure says nothing against one month's.
    public func isComparable(with other: TimeSlot) -> Bool { kind == other.kind }

    /// Whether the two can hold at once; a slot as of an article's date overlaps another such slot only on the
    /// same day, and any slot without one in its years.
    public func overlaps(_ other: TimeSlot) -> Bool {
        years.overlaps(other.years) && (period == nil || other.period == nil || months.overlaps(other.months))
            && (asOf == nil || other.asOf == nil || asOf == other.asOf)
    }

    enum Kind: Equatable { case year, month, quarter, half, part(String) }

    var kind: Kind {
        guard let period = period?.lowercased() else { return .year }
        if NewsDateParser.months[period] != nil { return .month }
        if period.hasSuffix("quarter") { return .quarter }
        if period.hasSuffix("half") { return .half }
        return .part(period.split(separator: " ").dropLast().joined(separator: " "))
    }

    /// The months a period covers, to order slots and tell overlapping ones.
    var months: ClosedRange<Int> {
        guard let period = period?.lowercased() else { return 1...12 }
        let words = period.split(separator: " ").map(String.init)
        let named = words.compactMap { NewsDateParser.months[$0] }
        if named.count == 2, named[0] < named[1] { return named[0]...named[1] }
        if let month = named.last {
            return words.contains("quarter") && words.contains("ended") ? max(1, month - 2)...month : month...month
        }
        if words.last == "months", let count = words.dropLast().last.flatMap({ Int($0) }), (1...12).contains(count) {
            return 1...count
        }
        let ordinals = ["first": 1, "second": 2, "third": 3, "fourth": 4]
        guard let ordinal = words.first.flatMap({ ordinals[$0] }) else { return 1...12 }
        return words.contains("half") ? (ordinal == 1 ? 1...6 : 7...12) : (ordinal * 3 - 2)...(ordinal * 3)
    }
}
