import Foundation

/// Builds claims from claim-rule matches. Rules capture `subject`, `partner` (the other party of a total),
/// `owner`, `measure` with an optional `qualifier` before it, `value`, `time` and `period` (alternatives folded, see `ExtractedItem.fields`),
/// and what the value is compared with as `earlier` and `earlier_time` (see `earlierClaim`). A rule about counted things (a purchase) may
/// capture `thing` instead of `measure`: the measure is then the rule's id and the thing ("purchase: planes").
/// A rule may instead name its measure in its file, with captures to fill (`measure: "{output} growth"`); one
/// whose value is a fall ("the economy shrank 0.2%") captures `fall`, and the value is negated; one that reads a measure with no owner
/// in its words ("Imports rose 5 pct") captures `unowned`, and the owner is the country the title names.
struct ClaimBuilder: Sendable {
    let countries: Lexicon?
    let measures: Lexicon?
    let normalizer: FigureNormalizer
    /// The measures rules name in their files, by rule id.
    let ruleMeasures: [String: MessageTemplate]
    let titleCountry: TitleCountry
    /// What a country's name stood for in a year.
    let settings: Settings

    init(book: RuleBook) {
        settings = book.settings
        countries = book.lexicons["country"]
        measures = book.lexicons["measure"]
        normalizer = FigureNormalizer(book: book)
        ruleMeasures = Dictionary(book.rules.compactMap { rule in rule.measure.map { (rule.id, $0) } }) { first, _ in first }
        titleCountry = TitleCountry(countries: countries, sectorWords: book.lexicons["sector_word"])
    }

    func claim(from item: ExtractedItem, in context: ClaimContext) -> Claim? {
        let fields = item.fields
        let dating = context.dating
        let sentence = context.document.sentence(containing: item.range.lowerBound)
        let currencies = Set(context.amounts.filter { sentence.contains($0.offset) }.map(\.unit))
        let sentenceCurrency = currencies.count == 1 ? currencies.first : nil
        guard let valueText = fields["value"],
              let quantity = normalizer.quantity(of: valueText)
                .map({ unitWrittenOnce($0, fields, sentenceCurrency: sentenceCurrency, valueText: valueText) })
                .map({ fields["fall"] == nil ? $0 : $0.negated }),
              let measureText = fields["measure"] ?? ruleMeasures[item.rule]?.filled(match: item.text, captures: fields)
                ?? fields["thing"].map({ "\(item.rule): \($0.lowercased())" })
        else { return nil }
        if fields["unowned"] != nil, let written = fields["measure"], continuesAnotherMeasure(written, after: sentence, in: context.document) {
            return nil
        }
        // A measure of one thing is most often a week's or a month's figure ("U.S. car production declined to
        // 358,661"): without a time or period in its own words it holds for no slot that can be compared.
        if fields["qualifier"] != nil && fields["time"] == nil && fields["period"] == nil { return nil }
        var subject = fields["subject"].map(entity)
        // A country's own measures are money or rates: a measure with no owner counted in tonnes ("Imports in
        // October totalled 23,803 tonnes" under "SOVIET SUGAR IMPORTS HIGHER") is a commodity's.
        let countryWide = normalizer.isCurrency(quantity.unit) || quantity.unit == "percent"
        var owner = fields["owner"].map(entity) ?? (fields["unowned"] != nil && countryWide ? context.titleCountry : nil)
        if subject == nil { subject = owner; owner = nil }
        guard let named = subject else { return nil }
        // A measure of one thing ("wheat imports", "car production") keeps its words as written: it is a measure
        // of its own, never paired with the country's whole imports or output.
        let measure = fields["qualifier"].map { "\($0.trimmed.lowercased()) \(measureText.lowercased())" }
            ?? measures?.canonical(for: measureText) ?? measureText.lowercased()

        let period = fields["period"].flatMap { ClaimBuilder.period($0, articleMonth: dating.articleMonth) }
        var (years, timeText, source) = time(for: item, written: fields["time"], sentence: sentence, in: context)
        if let written = fields["period"] {
            (years, timeText, source) = ClaimBuilder.periodYears(written, period: period, dating: dating)
        }
        let key = key(parties: [named] + [fields["partner"].map(entity)].compactMap { $0 }, measure: measure, owner: owner,
                      unit: quantity.unit, year: years?.last ?? dating.effectiveYear)
        // A dateline the text contradicts gives no date: its year was wrong, so nothing says its day is right.
        let asOf = source == .articleDate && !dating.contradictsDateline ? dating.datelineDate : nil
        return Claim(item: item, key: key,
                     quantity: quantity, valueText: valueText, years: years, period: period, timeText: timeText, timeSource: source,
                     asOf: asOf, attribution: nil, path: context.document.path, recordID: context.document.recordID)
    }

    /// A claim's key, with each country named as the state it stood for in `year` ("German" in 1987 is West
    /// German) and the parties of a total in a fixed order.
    private func key(parties: [String], measure: String, owner: String?, unit: String, year: Int?) -> Claim.Key {
        Claim.Key(subject: parties.map { settings.country($0, in: year) }.sorted().joined(separator: " and "), measure: measure,
                  owner: owner.map { settings.country($0, in: year) }, unit: unit)
    }

    /// The economy's own measures, and rates: a sentence naming them does not make a bare "growth" after it another
    /// measure's.
    private static let economyAndRates: Set<String> = [
        "economic growth", "GDP growth", "GNP growth", "annualised economic growth", "annualised GDP growth",
        "annualised GNP growth", "gross domestic product", "gross national product", "inflation", "unemployment",
    ]

    /// A bare "growth" with no owner goes on from its sentence's predecessor: after "Money supply rose at an
    /// annualised rate of 16.7 pct last month", "Growth was 11.4 pct in 1986" is the money supply's, not the
    /// economy's. It is read as the economy's unless the sentence before names another measure of an amount
    /// (money supply, exports, output); a rate such as inflation or unemployment is not said to grow.
    private func continuesAnotherMeasure(_ measureText: String, after sentence: Range<Int>, in document: Document) -> Bool {
        guard let measures, measures.canonical(for: measureText) == "economic growth",
              ["growth", "growth rate"].contains(measureText.lowercased()),
              let before = document.sentences.last(where: { $0.upperBound <= sentence.lowerBound }) else { return false }
        let previous = " " + document.string(before).lowercased()
            .map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : " " } + " "
        return measures.entries.contains { canonical, spellings in
            !ClaimBuilder.economyAndRates.contains(canonical)
                && ([canonical] + spellings).contains { previous.contains(" \($0.lowercased()) ") }
        }
    }

    /// The figure a claim is compared with in its own words, for the time they give it ("GDP rose 1.7 pct in 1986
    /// compared with 2.2 pct in 1985", "rose 2.6 pct in 1986 after a 3.4 pct increase a year earlier"): a claim
    /// of its own, with the same key. A rule captures it as `earlier`, its time as `earlier_time`, and a fall as
    /// `earlier_fall`. "A year earlier" is the claim's own period a year before; a period ("in the third quarter")
    /// takes the claim's year unless it writes one; a bare year is taken only for a claim about a whole year, since
    /// "0.9 pct in 1985" after a quarter's figure may mean that year or its same quarter. A claim dated only by its
    /// article holds as of a day, so only a written year dates what it is compared with.
    func earlierClaim(of claim: Claim, in context: ClaimContext) -> Claim? {
        let fields = claim.item.fields
        guard let valueText = fields["earlier"], let timeText = fields["earlier_time"],
              var quantity = normalizer.quantity(of: valueText) else { return nil }
        if quantity.unit == "count" { quantity = quantity.counted(in: claim.key.unit) }
        guard quantity.unit == claim.key.unit else { return nil }
        if fields["earlier_fall"] != nil { quantity = quantity.negated }
        let words = Set(timeText.lowercased().split(separator: " "))
        let ownYear = claim.timeSource == .articleDate ? nil : claim.years.flatMap { $0.first == $0.last ? $0.first : nil }
        let writtenYear = ClaimBuilder.writtenYear(in: timeText)
        let years: YearSpan, period: String?, source: Claim.TimeSource
        if words.contains("year"), !words.isDisjoint(with: ["earlier", "before", "previous", "preceding", "ago"]) {
            guard let ownYear else { return nil }
            (years, period, source) = (YearSpan(year: ownYear - 1), claim.period, claim.timeSource)
        } else if let written = ClaimBuilder.period(timeText, articleMonth: context.dating.articleMonth) {
            guard var year = writtenYear ?? ownYear else { return nil }
            // "7.9 pct in January from 7.8 pct in December": a period later in the year than the claim's own is
            // last year's.
            if writtenYear == nil, let own = claim.period,
               TimeSlot(years: YearSpan(year: year), period: written).months.lowerBound
                > TimeSlot(years: YearSpan(year: year), period: own).months.lowerBound {
                year -= 1
            }
            (years, period, source) = (YearSpan(year: year), written, writtenYear == nil ? claim.timeSource : .explicit)
        } else if let year = writtenYear, claim.period == nil {
            (years, period, source) = (YearSpan(year: year), nil, .explicit)
        } else {
            return nil
        }
        guard years != claim.years || period != claim.period else { return nil }
        // "German exports rose to ... in 1991 from ... in 1989": the earlier figure is West Germany's.
        let key = key(parties: [claim.key.subject], measure: claim.key.measure, owner: claim.key.owner, unit: claim.key.unit,
                      year: years.last)
        var earlier = Claim(item: claim.item, key: key, quantity: quantity, valueText: valueText, years: years, period: period,
                            timeText: timeText, timeSource: source, asOf: nil, attribution: claim.attribution, path: claim.path,
                            recordID: claim.recordID)
        earlier.anonymous = claim.anonymous
        return earlier
    }

    /// A unit written once, on the earlier value or the change ("rose 12.73 billion francs to 388.68 billion"),
    /// is the value's unit too. A change in percent says nothing of it: "rose 2.2 pct to 213,790" counts cars.
    /// Millions or billions of nothing are the one currency their sentence writes ("exports rose to 16.75 billion
    /// dlrs and imports fell to 8.61 billion"), so they are not compared with counts of things.
    private func unitWrittenOnce(_ value: Quantity, _ fields: [String: String], sentenceCurrency: String?,
                                 valueText: String) -> Quantity {
        guard value.unit == "count" else { return value }
        let previous = fields["previous"].flatMap(normalizer.quantity(of:))?.unit
        let change = fields["change"].flatMap(normalizer.quantity(of:))?.unit
        let unit = [previous, change == "percent" || change == "percentage points" ? nil : change,
                    NumberParser.writesMillions(valueText) ? sentenceCurrency : nil]
            .compactMap { $0 }.first { $0 != "count" }
        return unit.map(value.counted(in:)) ?? value
    }

    /// "in February 1987" gives "February"; "for the first quarter" gives "first quarter"; a part of a month
    /// ("the first 10 days of March") or a quarter ending in another month than a calendar quarter keeps its
    /// words, so it is not mistaken for the whole month. Three months are a quarter ("the three months to
    /// September", "the last three months of 2004", "the October/December quarter", "the July to September
    /// period"); other spans of months keep their first and last ("January to May"); "in the first nine months"
    /// gives "first 9 months", the year so far. "The last quarter" with no year is the one before the article's
    /// month's quarter when the article's month is known (else the fourth); with a year it is the year's fourth.
    static func period(_ text: String, articleMonth: Int? = nil) -> String? {
        let words = text.split { $0.isWhitespace || $0 == "/" || $0 == "-" }.map { String($0).trimmingCharacters(in: ".,") }
        let lowered = words.map { $0.lowercased() }
        let months = lowered.compactMap { NewsDateParser.months[$0] }
        if months.count == 2, let first = months.first, let last = months.last {
            if (last - first + 12) % 12 == 2 { return quarter(endingIn: last) }
            if first < last { return "\(monthNames[first - 1]) to \(monthNames[last - 1])" }
        }
        if let index = lowered.firstIndex(of: "months"), index > 1, let count = NumberParser.value(of: lowered[index - 1]).map(Int.init) {
            switch (lowered[index - 2], count, months.last) {
            case ("first", 3, _): return "first quarter"
            case ("first", 6, _): return "first half"
            case ("first", _, _): return "first \(count) months"
            case ("last", 3, nil), ("final", 3, nil): return "fourth quarter"
            case ("the", 3, let month?): return quarter(endingIn: month)
            default: break
            }
        }
        if let month = months.first {
            let name = monthNames[month - 1]
            if lowered.contains("quarter") && (lowered.contains("ended") || lowered.contains("to")) { return quarter(endingIn: month) }
            if lowered.contains("days") || lowered.contains("quarter") || lowered.contains("half") || lowered.contains("year") {
                let start = lowered.firstIndex { $0 == "first" || $0 == "quarter" || $0 == "half" || $0 == "year" } ?? 0
                return lowered[start...].prefix { NewsDateParser.months[$0] == nil }.joined(separator: " ") + " \(name)"
            }
            return name
        }
        guard let index = lowered.firstIndex(where: { $0 == "quarter" || $0 == "half" }), index > 0 else { return nil }
        if lowered[index - 1] == "last", lowered[index] == "quarter", writtenYear(in: text) == nil, let articleMonth {
            return quarter(endingIn: articleMonth <= 3 ? 12 : (articleMonth - 1) / 3 * 3)
        }
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

    /// The year a period's words write out ("the fourth quarter of 1986", "the 1986 fourth quarter"), if any.
    private static func writtenYear(in text: String) -> Int? {
        text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }.first { $0 > 1000 }
    }

    /// The year of a period: written out ("February 1987"), or the article's year, or the year before when the
    /// period starts later in the year than the article's month (a March article about "December" or "the fourth
    /// quarter" means last year's).
    static func periodYears(_ written: String, period: String?, dating: ArticleDating) -> (YearSpan?, String?, Claim.TimeSource) {
        if let year = writtenYear(in: written) { return (YearSpan(year: year), written, .explicit) }
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

    /// When the claim holds: the time it captures, else the nearest time in its sentence that is not the time of
    /// something it is compared with ("..., compared with 85.52 billion in December"), else the article's date.
    private func time(for item: ExtractedItem, written: String?, sentence: Range<Int>, in context: ClaimContext)
        -> (YearSpan?, String?, Claim.TimeSource) {
        let inSentence = context.times.filter { sentence.contains($0.range.lowerBound) && $0.span != nil && $0.item.rule != "dated-event" }
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
        // A time inside the claim's own words comes first; "the highest since 1953" does not date a claim, nor
        // does a time after what its rule read it compared with (`earlier`), which is that figure's or another's.
        let ownEnd = ClaimBuilder.ownWordsEnd(of: item)
        let candidates = inSentence.filter { mention in
            mention.item.captures["preposition"]?.lowercased() != "since"
                && mention.range.lowerBound < ownEnd
                && !(mention.range.lowerBound >= item.range.upperBound
                     && ClaimBuilder.opensComparison(context.document.string(item.range.upperBound..<mention.range.lowerBound)))
        }
        if let inside = candidates.first(where: { item.range.contains($0.range.lowerBound) }) {
            return dated(by: inside)
        }
        if let nearest = candidates.min(by: { abs($0.range.lowerBound - item.range.upperBound) < abs($1.range.lowerBound - item.range.upperBound) }) {
            return dated(by: nearest)
        }
        return (context.dating.effectiveYear.map(YearSpan.init(year:)), nil, .articleDate)
    }

    /// Where a claim's own words end: before the value its rule read it compared with (`earlier`), if any; else
    /// nowhere (times after the claim are then weighed by the words before them).
    private static func ownWordsEnd(of item: ExtractedItem) -> Int {
        guard let earlier = item.fields["earlier"], let start = item.text.range(of: earlier, options: .backwards) else {
            return .max
        }
        return item.range.lowerBound + item.text.utf8.distance(from: item.text.startIndex, to: start.lowerBound)
    }

    /// Whether words after a claim start what it is compared with, whose time is not the claim's.
    private static func opensComparison(_ words: String) -> Bool {
        words.split { !$0.isLetter }.contains { ["compared", "against", "from", "versus", "vs", "than"].contains($0.lowercased()) }
    }

    /// A claim dated by a time mention; one of days or weeks around the article (`the ministry said on Tuesday`)
    /// dates it by the article's date.
    private func dated(by mention: TimeMention) -> (YearSpan?, String?, Claim.TimeSource) {
        (mention.span, mention.item.text, mention.nearArticleDate ? .articleDate : mention.relative ? .relative : .explicit)
    }
}

/// What a claim is read against in its article.
struct ClaimContext {
    let document: Document
    let times: [TimeMention]
    let dating: ArticleDating
    /// The one country the article's title names, if any (see `TitleCountry`).
    let titleCountry: String?
    /// The article's money amounts: their currencies and where they start, for an amount whose currency its
    /// sentence writes once.
    let amounts: [(unit: String, offset: Int)]
}
