/// A day in the proleptic Gregorian calendar, with no time zone: news dates are days, not instants.
public struct CalendarDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` (a longer ISO timestamp is cut to its date).
    public init?(iso text: String) {
        let parts = text.prefix(10).split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]),
              let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CalendarDate(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// Reads the dates news text writes: `July 7, 2008`, `Nov. 20, 2012`, `20 November 2012`, `2012-11-20`,
/// and `Feb 26` when the year comes from elsewhere (a wire record).
enum NewsDateParser {
    static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
        "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
        "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]

    /// The first date found in `text`, using `defaultYear` when the text gives only a month and a day.
    static func firstDate(in text: String, defaultYear: Int? = nil) -> CalendarDate? {
        let words = NewsDateParser.words(text)
        for (index, word) in words.enumerated() {
            if let date = CalendarDate(iso: word), word.count == 10 { return date }
            let next = index + 1 < words.count ? words[index + 1] : nil
            let third = index + 2 < words.count ? words[index + 2] : nil
            if let month = months[word.lowercased()], let next, let day = Int(next), (1...31).contains(day) {
                if let third, let year = Int(third), third.count == 4 {
                    return CalendarDate(year: year, month: month, day: day)
                }
                if let defaultYear { return CalendarDate(year: defaultYear, month: month, day: day) }
            }
            if let day = Int(word), (1...31).contains(day), let next, let month = months[next.lowercased()],
               let third, third.count == 4, let year = Int(third) {
                return CalendarDate(year: year, month: month, day: day)
            }
        }
        return nil
    }

    /// The runs of letters, digits and hyphens. Datelines are nearly all ASCII, where a byte is a character:
    /// splitting bytes gives the same words as splitting `Character`s, without breaking graphemes per record.
    private static func words(_ text: String) -> [String] {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
            return text.split { !($0.isLetter || $0.isNumber || $0 == "-") }.map(String.init)
        }
        return text.utf8.split { !($0.isASCIILetter || $0.isASCIIDigit || $0 == UInt8(ascii: "-")) }
            .map { String(decoding: $0, as: UTF8.self) }
    }
}
