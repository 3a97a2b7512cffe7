import Foundation

/// A figure found in an article: the rule match and the interval it stands for. A British-style pair such as
/// `$27.5bn (£14.5bn)` is one figure with a conversion.
public struct Figure: Sendable, Equatable {
    public let item: ExtractedItem
    public let quantity: Quantity
    public let conversions: [Quantity]
}

/// Turns figure matches into quantities, using the captures rules give (`hedge`, `amount`, `upper`, `unit`,
/// `fraction`, `thing`, `converted`), the hedge lexicon and the hedge bounds in `Rules/settings.yml`.
public struct FigureNormalizer: Sendable {
    let hedges: Lexicon?
    /// The units a claim's value may be counted in ("tonnes", "bpd"), from `Rules/lexicons/units.yml`.
    let units: Lexicon?
    let settings: Settings
    /// Hedge words, lower-cased and longest first, to read a hedge at the start of a claim's value.
    let hedgePrefixes: [String]
    /// Each currency word or name of the `currency` lexicon (`Rules/lexicons/currencies.yml`), as its number
    /// tokens joined by spaces ("hong kong dlrs"), with its unit; the same lexicon is the money fragment's list.
    let currencyNames: [String: String]
    /// How many tokens the longest currency name has.
    let longestCurrencyName: Int
    /// Every unit a currency sign or name stands for.
    let currencyUnits: Set<String>

    public init(book: RuleBook) {
        hedges = book.lexicons["hedge"]
        units = book.lexicons["measure_unit"]
        settings = book.settings
        hedgePrefixes = (hedges?.allSpellings ?? []).map { $0.lowercased() }.sorted { ($0.count, $0) > ($1.count, $1) }
        // Through the lexicon's own lookup, so a spelling two units list gets the unit the money rule's does.
        var names: [String: String] = [:]
        let currencies = book.lexicons["currency"]
        for spelling in currencies?.allSpellings ?? [] {
            names[NumberParser.tokens(spelling.lowercased()).joined(separator: " ")] = currencies?.canonical(for: spelling)
        }
        currencyNames = names
        longestCurrencyName = names.keys.map { $0.split(separator: " ").count }.max() ?? 0
        currencyUnits = Set(names.values).union(FigureNormalizer.currencySigns.map(\.1))
    }

    static let currencySigns: [(String, String)] = [("US$", "USD"), ("HK$", "HKD"), ("C$", "CAD"), ("A$", "AUD"),
                                                    ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY")]
    /// The figure for a match, or nil when its amount cannot be read as a number.
    public func figure(for item: ExtractedItem) -> Figure? {
        let fields = item.fields
        guard let quantity = quantity(amount: fields["amount"] ?? fields["fraction"] ?? item.text, upper: fields["upper"],
                                      hedge: fields["hedge"], unitText: fields["unit"], fraction: fields["fraction"] != nil,
                                      thing: fields["thing"]) else { return nil }
        let conversions = fields["converted"].flatMap {
            self.quantity(amount: $0, upper: nil, hedge: fields["hedge"], unitText: nil, fraction: false, thing: nil)
        }
        return Figure(item: item, quantity: quantity, conversions: conversions.map { [$0] } ?? [])
    }

    /// The quantity a piece of text states: a value with an optional hedge in front, as claims capture it.
    public func quantity(of text: String) -> Quantity? {
        var rest = text.trimmed
        var hedge: String?
        let lowered = rest.lowercased()
        if let spelling = hedgePrefixes.first(where: { lowered.hasPrefix($0 + " ") }) {
            hedge = String(rest.prefix(spelling.count))
            rest = String(rest.dropFirst(spelling.count + 1))
        }
        let lower = rest.lowercased()
        let fraction = NumberParser.tokens(lower).contains { NumberParser.fractions[$0] != nil }
        var unitText: String?
        var amount = rest
        for marker in ["percentage points", "percentage point", "per cent", "percent", "pct", "%"] {
            guard let unit = rest.range(of: marker, options: .caseInsensitive) else { continue }
            unitText = marker
            // The number is what stands before its unit: "16.1%" is 16.1, with the sign written against it.
            amount = String(rest[..<unit.lowerBound])
            break
        }
        var thing: String?
        if unitText == nil, let counted = countedUnit(endingValue: rest) {
            (amount, thing) = (counted.amount, counted.unit)
        }
        return quantity(amount: amount, upper: nil, hedge: hedge, unitText: unitText, fraction: fraction, thing: thing)
    }

    /// The unit a value ends with, by its canonical name, and the words before it: "882 tonnes" is 882 counted
    /// in tonnes, "1.2 mln barrels a day" 1.2 million in barrels per day.
    private func countedUnit(endingValue text: String) -> (unit: String, amount: String)? {
        guard let units else { return nil }
        let words = text.split(separator: " ")
        for length in stride(from: min(3, words.count - 1), through: 1, by: -1) {
            if let unit = units.canonical(for: words.suffix(length).joined(separator: " ")) {
                return (unit, words.dropLast(length).joined(separator: " "))
            }
        }
        return nil
    }

    func quantity(amount: String, upper: String?, hedge: String?, unitText: String?, fraction: Bool,
                          thing: String?) -> Quantity? {
        guard var low = NumberParser.value(of: amount) else { return nil }
        var high = upper.flatMap { NumberParser.value(of: $0) } ?? low
        // "$2-3 billion": a scale written once, after the upper end, belongs to both ends.
        if let upper, let upperBare = NumberParser.value(of: NumberParser.bareNumber(upper)), upperBare > 0,
           NumberParser.value(of: NumberParser.bareNumber(amount)) == low {
            low *= high / upperBare
        }
        let unit: String
        if fraction {
            low *= 100; high *= 100
            unit = "percent"
        } else if let unitText {
            unit = unitText.lowercased().contains("point") ? "percentage points" : "percent"
        } else if let currency = currency(in: amount) ?? upper.flatMap(currency(in:)) {
            unit = currency
        } else if let thing {
            unit = thing.lowercased()
        } else {
            unit = "count"
        }
        let bounds = hedge.flatMap { hedges?.canonical(for: $0.trimmed) }.flatMap { settings.hedges[$0] }
        let approximate = bounds.map { $0.low != nil && $0.high != nil && ($0.low != 1 || $0.high != 1) } ?? false
        return Quantity(low: bounds.map { $0.low.map { $0 * low } } ?? low,
                        high: bounds.map { $0.high.map { $0 * high } } ?? high,
                        unit: unit, approximate: approximate)
    }

    /// Whether a unit is a currency code rather than percent or a counted thing.
    func isCurrency(_ unit: String) -> Bool { currencyUnits.contains(unit) }

    /// The unit of the first currency sign or name in `text`.
    func currency(in text: String) -> String? {
        let scalars = text.unicodeScalars
        if let signIndex = scalars.firstIndex(where: NumberParser.isCurrencySign) {
            // The letters glued before the sign name the country: "US$", "HK$".
            let glued = scalars[..<signIndex].reversed().prefix { $0.properties.isAlphabetic }
            let signOnly = String(scalars[signIndex])
            let sign = String(String.UnicodeScalarView(glued.reversed())) + signOnly
            return Self.currencySigns.first { $0.0 == sign }?.1 ?? Self.currencySigns.first { $0.0 == signOnly }?.1
        }
        // Every currency word has letters: an amount without any ("24", "1,500") needs no splitting.
        guard text.utf8.contains(where: { $0.isASCIILetter || $0 >= 0x80 }) else { return nil }
        let tokens = NumberParser.tokens(text.lowercased())
        for start in tokens.indices {
            // The longest name first: "hong kong dollars" is not the "dollars" it ends with.
            for length in stride(from: min(longestCurrencyName, tokens.count - start), through: 1, by: -1) {
                if let unit = currencyNames[tokens[start..<(start + length)].joined(separator: " ")] { return unit }
            }
        }
        return nil
    }
}
