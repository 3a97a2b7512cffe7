/// Builds claims from claim-rule matches. Rules capture `subject`, `partner` (the other party of a total),
/// `owner`, `measure` with an optional `qualifier` before it, `value`, `time` and `period` (alternatives folded, see `ExtractedItem.fields`). A rule about counted things (a purchase) may
/// capture `thing` instead of `measure`: the measure is then the rule's id and the thing ("purchase: planes").
/// A rule may instead name its measure in its file (`measure: economic growth`); one whose value is a fall
/// ("the economy shrank 0.2%") captures `fall`, and the value is negated.
struct ClaimBuilder: Sendable {
    let countries: Lexicon?
    let measures: Lexicon?
    let normalizer: FigureNormalizer
    /// The measures rules name in their files, by rule id.
    let ruleMeasures: [String: String]

    init(book: RuleBook) {
        countries = book.lexicons["country"]
        measures = book.lexicons["measure"]
        normalizer = FigureNormalizer(book: book)
        ruleMeasures = Dictionary(book.rules.compactMap { rule in rule.measure.map { (rule.id, $0) } }) { first, _ in first }
    }

    func claim(from item: ExtractedItem, times: [TimeMention], dating: ArticleDating, path: String, recordID: String?) -> Claim? {
        let fields = item.fields
        guard let valueText = fields["value"],
              let quantity = normalizer.quantity(of: valueText).map({ unitWrittenOnce($0, fields) }).map({ fields["fall"] == nil ? $0 : $0.negated }),
              let measureText = fields["measure"] ?? ruleMeasures[item.rule] ?? fields["thing"].map({ "\(item.rule): \($0.lowercased())" })
        else { return nil }
        // A measure of one thing is most often a week's or a month's figure ("U.S. car production declined to
        // 358,661"): without a time or period in its own words it holds for no slot that can be compared.
        if fields["qualifier"] != nil && fields["time"] == nil && fields["period"] == nil { return nil }
        var subject = fields["subject"].map(entity)
        var owner = fields["owner"].map(entity)
        if subject == nil { subject = owner; owner = nil }
        guard var subject else { return nil }
        if let partner = fields["partner"].map(entity) { subject = [subject, partner].sorted().joined(separator: " and ") }
        // A measure of one thing ("wheat imports", "car production") keeps its words as written: it is a measure
        // of its own, never paired with the country's whole imports or output.
        let measure = fields["qualifier"].map { "\($0.trimmed.lowercased()) \(measureText.lowercased())" }
            ?? measures?.canonical(for: measureText) ?? measureText.lowercased()

        let period = fields["period"].flatMap(ClaimBuilder.period)
        var (years, timeText, source) = time(for: item, written: fields["time"], times: times, dating: dating)
        if let written = fields["period"] {
            (years, timeText, source) = ClaimBuilder.periodYears(written, period: period, dating: dating)
        }
        // A dateline the text contradicts gives no month: its year was wrong, so nothing says its month is right.
        let articleMonth = source == .articleDate && !dating.contradictsDateline ? dating.articleMonth : nil
        return Claim(item: item, key: Claim.Key(subject: subject, measure: measure, owner: owner, unit: quantity.unit),
                     quantity: quantity, valueText: valueText, years: years, period: period, timeText: timeText, timeSource: source,
                     articleMonth: articleMonth, attribution: nil, path: path, recordID: recordID)
    }

    /// A unit written once, on the earlier value or the change ("rose 12.73 billion francs to 388.68 billion"),
    /// is the value's unit too. A change in percent says nothing of it: "rose 2.2 pct to 213,790" counts cars.
    private func unitWrittenOnce(_ value: Quantity, _ fields: [String: String]) -> Quantity {
        guard value.unit == "count" else { return value }
        let previous = fields["previous"].flatMap(normalizer.quantity(of:))?.unit
        let change = fields["change"].flatMap(normalizer.quantity(of:))?.unit
        let unit = [previous, change == "percent" || change == "percentage points" ? nil : change]
            .compactMap { $0 }.first { $0 != "count" }
        return unit.map { Quantity(low: value.low, high: value.high, unit: $0, approximate: value.approximate) } ?? value
    }

    /// "in February 1987" gives "February"; "for the first quarter" gives "first quarter"; a part of a month
    /// ("the first 10 days of March") or a quarter ending in another month than a calendar quarter keeps its
    /// words, so it is not mistaken for the whole month. Three months are a quarter ("the three months to
    /// September", "the last three months of 2004"); "in the first nine months" gives "first 9 months", the
    /// year so far.
    static func period(_ text: String) -> String? {
        let words = text.split(whereSeparator: \.isWhitespace).map { String($0).trimmingCharacters(in: ".,") }
        let lowered = words.map { $0.lowercased() }
        let month = lowered.compactMap { NewsDateParser.months[$0] }.first
        if let index = lowered.firstIndex(of: "months"), index > 1, let count = NumberParser.value(of: lowered[index - 1]).map(Int.init) {
            switch (lowered[index - 2], count, month) {
            case ("first", 3, _): return "first quarter"
            case ("first", 6, _): return "first half"
            case ("first", _, _): return "first \(count) months"
            case ("last", 3, nil), ("final", 3, nil): return "fourth quarter"
            case ("the", 3, let month?): return quarter(endingIn: month)
            default: break
            }
        }
        if let month {
            let name = monthNames[month - 1]
            if lowered.contains("quarter") && (lowered.contains("ended") || lowered.contains("to")) { return quarter(endingIn: month) }
            if lowered.contains("days") || lowered.contains("quarter") || lowered.contains("half") || lowered.contains("year") {
                let start = lowered.firstIndex { $0 == "first" || $0 == "quarter" || $0 == "half" || $0 == "year" } ?? 0
                return lowered[start...].prefix { NewsDateParser.months[$0] == nil }.joined(separator: " ") + " \(name)"
            }
            return name
        }
        guard let index = lowered.firstIndex(where: { $0 == "quarter" || $0 == "half" }), index > 0 else { return nil }
        let ordinal = lowered[index - 1] == "final" || lowered[index - 1] == "last"
            ? (lowered[index] == "half" ? "second" : "fourth") : lowered[index - 1]
        return "\(ordinal) \(lowered[index])"
    }

    /// A calendar quarter by its ordinal ("third quarter" for one ending in September); any other three months
    /// by their last ("quarter ended August").
    private static func quarter(endingIn month: Int) -> String {
        month % 3 == 0 ? "\(["first", "second", "third", "fourth"][month / 3 - 1]) quarter" : "quarter ended \(monthNames[month - 1])"
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]

    /// The year of a period: written out ("February 1987"), or the article's year, or the year before when the
    /// period starts later in the year than the article's month (a March article about "December" or "the fourth
    /// quarter" means last year's).
    static func periodYears(_ written: String, period: String?, dating: ArticleDating) -> (YearSpan?, String?, Claim.TimeSource) {
        if let year = written.split(whereSeparator: { !$0.isNumber }).compactMap({ Int($0) }).first(where: { $0 > 1000 }) {
            return (YearSpan(year: year), written, .explicit)
        }
        guard let articleYear = dating.effectiveYear else { return (nil, written, .relative) }
        if let period, let articleMonth = dating.articleMonth,
           TimeSlot(years: YearSpan(year: articleYear), period: period).months.lowerBound > articleMonth {
            return (YearSpan(year: articleYear - 1), written, .relative)
        }
        return (YearSpan(year: articleYear), written, .relative)
    }

    /// The canonical name of an entity: its lexicon entry, or the words themselves without "the" and "'s".
    func entity(_ text: String) -> String {
        var name = text.trimmed.withoutPossessive
        if name.lowercased().hasPrefix("the ") { name = String(name.dropFirst(4)) }
        return countries?.canonical(for: name) ?? countries?.canonical(for: text.trimmed) ?? name
    }

    /// When the claim holds: the time it captures, else the nearest time in its sentence, else the article's year.
    private func time(for item: ExtractedItem, written: String?, times: [TimeMention], dating: ArticleDating)
        -> (YearSpan?, String?, Claim.TimeSource) {
        let inSentence = times.filter { item.sentence.contains($0.item.text) && $0.span != nil && $0.item.rule != "dated-event" }
        if let written {
            if let mention = inSentence.first(where: { $0.item.text.contains(written) || written.contains($0.item.text) }) {
                return dated(by: mention)
            }
            if let year = Int(written.filter(\.isNumber)), written.filter(\.isNumber).count == 4 {
                return (YearSpan(year: year), written, .explicit)
            }
            // Its own time, which cannot be placed (`last year` in an undated article): another time in the
            // sentence ("grew 1.6% last year after shrinking in 2003") is not its time.
            return (nil, written, .relative)
        }
        // A time inside the claim's own words comes first; "the highest since 1953" does not date a claim.
        let candidates = inSentence.filter { $0.item.captures["preposition"]?.lowercased() != "since" }
        if let inside = candidates.first(where: { item.range.contains($0.range.lowerBound) }) {
            return dated(by: inside)
        }
        if let nearest = candidates.min(by: { abs($0.range.lowerBound - item.range.upperBound) < abs($1.range.lowerBound - item.range.upperBound) }) {
            return dated(by: nearest)
        }
        return (dating.effectiveYear.map(YearSpan.init(year:)), nil, .articleDate)
    }

    /// A claim dated by a time mention; one of days or weeks around the article (`the ministry said on Tuesday`)
    /// dates it by the article's date.
    private func dated(by mention: TimeMention) -> (YearSpan?, String?, Claim.TimeSource) {
        (mention.span, mention.item.text, mention.nearArticleDate ? .articleDate : mention.relative ? .relative : .explicit)
    }
}
