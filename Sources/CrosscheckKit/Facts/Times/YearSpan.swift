/// The years a statement holds for, inclusive: `in 2002` is 2002...2002, `since 2001` runs to the article's year,
/// `in the 1970s` is 1970...1979.
public struct YearSpan: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    public let first: Int
    public let last: Int

    public init(_ first: Int, _ last: Int) {
        self.first = min(first, last)
        self.last = max(first, last)
    }

    public init(year: Int) { self.init(year, year) }

    public func overlaps(_ other: YearSpan) -> Bool { first <= other.last && other.first <= last }

    public static func < (a: YearSpan, b: YearSpan) -> Bool { (a.first, a.last) < (b.first, b.last) }

    public var description: String { first == last ? String(first) : "\(first)-\(last)" }
}

/// A time expression found by a time rule, resolved against the article's year.
public struct TimeMention: Sendable, Equatable {
    public let item: ExtractedItem
    /// Byte range in the document's clean text, to find the mentions of a sentence.
    let range: Range<Int>
    /// Nil when the expression cannot be pinned to years (no article date for `last year`).
    public let span: YearSpan?
    /// Whether the span depends on the article's own date (`next year`), rather than being written out.
    public let relative: Bool
    /// Whether it names a day, week or month counted from the article's date (`on Tuesday`, `last month`): a
    /// figure so dated is the figure as of its article, not one for the whole year.
    public let nearArticleDate: Bool
}

/// Resolves time expressions: explicit years stand alone, relative ones count from the article's year.
enum TimeResolver {
    static func resolve(_ item: ExtractedItem, range: Range<Int>, articleYear: Int?) -> TimeMention {
        let text = item.text.lowercased()
        if let when = item.captures["when"], let explicit = explicitSpan(when, preposition: item.captures["preposition"], articleYear: articleYear) {
            return TimeMention(item: item, range: range, span: explicit, relative: false, nearArticleDate: false)
        }
        let span = articleYear.flatMap { relativeSpan(text, articleYear: $0) }
        return TimeMention(item: item, range: range, span: span, relative: true, nearArticleDate: isNearArticleDate(text))
    }

    /// A relative time of days, weeks or months (`on Friday`, `this week`, `two months ago`), not of years.
    static func isNearArticleDate(_ text: String) -> Bool {
        let words = text.split { !$0.isLetter && !$0.isNumber }
        return !words.contains { $0.hasPrefix("year") || $0 == "decade" || $0 == "recent" }
    }

    /// `2002`, `1970s`, `'80s`, `Nov. 6` (which needs the article year), `20 November 2012`.
    static func explicitSpan(_ when: String, preposition: String?, articleYear: Int?) -> YearSpan? {
        let digits = when.split { !$0.isNumber }.compactMap { Int($0) }
        if when.hasSuffix("s"), let decade = digits.last {
            let start = decade < 100 ? 1900 + decade : decade
            return YearSpan(start, start + 9)
        }
        guard !digits.isEmpty else { return nil }
        // A date without a year ("Nov. 6") is in the article's year.
        guard let year = digits.first(where: { $0 >= 1000 }) else { return articleYear.map(YearSpan.init(year:)) }
        switch preposition?.lowercased() {
        case "since", "from": return YearSpan(year, max(year, articleYear ?? year))
        default: return YearSpan(year: year)
        }
    }

    static func relativeSpan(_ text: String, articleYear year: Int) -> YearSpan? {
        let words = text.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        let unit = words.last { ["year", "years", "decade", "month", "months", "week", "weeks"].contains($0) } ?? ""
        if words.contains("ago"), let count = words.compactMap({ $0 == "a" || $0 == "an" ? 1 : NumberParser.value(of: $0) }).first {
            return unit.hasPrefix("year") ? YearSpan(year: year - Int(count)) : YearSpan(year: year)
        }
        if words.contains("recent") { return YearSpan(year - 3, year) }
        let direction = words.contains("last") || words.contains("previous") || words.contains("past") ? -1
            : words.contains("next") || words.contains("coming") ? 1 : 0
        switch unit {
        case "year", "years": return YearSpan(year: year + direction)
        case "decade": return direction == 0 ? YearSpan(year: year) : direction > 0 ? YearSpan(year + 1, year + 10) : YearSpan(year - 10, year - 1)
        default: return YearSpan(year: year) // this week, last month, on Friday: the article's own year
        }
    }
}
