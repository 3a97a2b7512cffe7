import Testing
@testable import CrosscheckKit

/// A sentence written for the test and the claim expected from it.
struct ClaimCase: CustomTestStringConvertible, Sendable {
    let sentence: String
    let subject: String
    let measure: String
    var owner: String? = nil
    let low: Double?
    let high: Double?
    let unit: String
    let years: YearSpan?
    var period: String? = nil
    var testDescription: String { sentence }
}

private func claims(in sentence: String) -> [Claim] {
    TestFiles.facts("---\ndate: 2012-06-15\n---\nTitle\n\n\(sentence)\n", named: "dated.md")?.claims ?? []
}

@Suite struct ClaimTests {
    static let cases: [ClaimCase] = [
        // Shares, three ways, with entity and measure aliases.
        ClaimCase(sentence: "India accounts for 40 percent of Russian weapons sales.", subject: "India", measure: "arms exports",
                  owner: "Russia", low: 40, high: 40, unit: "percent", years: YearSpan(year: 2012)),
        ClaimCase(sentence: "Nearly a quarter of Japan's exports go to China.", subject: "China", measure: "exports",
                  owner: "Japan", low: 22.5, high: 25, unit: "percent", years: YearSpan(year: 2012)),
        ClaimCase(sentence: "Beijing's share of Moscow's military exports was about 30 percent in 2005.", subject: "China",
                  measure: "arms exports", owner: "Russia", low: 27, high: 33, unit: "percent", years: YearSpan(year: 2005)),
        // Totals between two parties, and deals since a year.
        ClaimCase(sentence: "Trade between Brazil and Argentina reached $9 billion in 2010.", subject: "Argentina and Brazil",
                  measure: "trade", low: 9e9, high: 9e9, unit: "USD", years: YearSpan(year: 2010)),
        ClaimCase(sentence: "Russia and India have signed arms deals worth $5 billion since 2005.", subject: "India and Russia",
                  measure: "arms deals", low: 5e9, high: 5e9, unit: "USD", years: YearSpan(2005, 2012)),
        // A measure's value, with modifiers, months and relative years.
        ClaimCase(sentence: "Brazil's inflation rate was 10 pct in 1986.", subject: "Brazil", measure: "inflation",
                  low: 10, high: 10, unit: "percent", years: YearSpan(year: 1986)),
        ClaimCase(sentence: "Chile's seasonally adjusted unemployment rate rose to 7.5 pct in May.", subject: "Chile",
                  measure: "unemployment", low: 7.5, high: 7.5, unit: "percent", years: YearSpan(year: 2012), period: "May"),
        ClaimCase(sentence: "Canadian retail sales totalled 18 billion Canadian dlrs last year.", subject: "Canada",
                  measure: "retail sales", low: 18e9, high: 18e9, unit: "CAD", years: YearSpan(year: 2011)),
        ClaimCase(sentence: "Taiwan's trade surplus in the first quarter of 2011 was 4.2 billion dlrs.", subject: "Taiwan",
                  measure: "trade surplus", low: 4.2e9, high: 4.2e9, unit: "USD", years: YearSpan(year: 2011), period: "first quarter"),
        ClaimCase(sentence: "Taiwan's trade surplus hit a record 14.95 billion dlrs in the first nine months of 2011.",
                  subject: "Taiwan", measure: "trade surplus", low: 14.95e9, high: 14.95e9, unit: "USD", years: YearSpan(year: 2011),
                  period: "first 9 months"),
        ClaimCase(sentence: "Malaysia's exports for the first 2 months were 9 billion dlrs.", subject: "Malaysia",
                  measure: "exports", low: 9e9, high: 9e9, unit: "USD", years: YearSpan(year: 2012), period: "first 2 months"),
        ClaimCase(sentence: "Unemployment in Spain fell to 14 percent last year.", subject: "Spain", measure: "unemployment",
                  low: 14, high: 14, unit: "percent", years: YearSpan(year: 2011)),
        // A percent sign against the number, and units a value is counted in.
        ClaimCase(sentence: "Spain's jobless rate was 12% in 2011.", subject: "Spain", measure: "unemployment",
                  low: 12, high: 12, unit: "percent", years: YearSpan(year: 2011)),
        ClaimCase(sentence: "Iraq's exports in February were about 1.5 mln bpd.", subject: "Iraq", measure: "exports",
                  low: 1.35e6, high: 1.65e6, unit: "barrels per day", years: YearSpan(year: 2012), period: "February"),
        // Countries of Africa, the Gulf and Latin America, by name, adjective or capital.
        ClaimCase(sentence: "Ivory Coast's trade surplus was 1.1 billion dlrs in 2010.", subject: "Ivory Coast",
                  measure: "trade surplus", low: 1.1e9, high: 1.1e9, unit: "USD", years: YearSpan(year: 2010)),
        ClaimCase(sentence: "Ghanaian cocoa exports rose to 228,000 tonnes in 2010.", subject: "Ghana",
                  measure: "cocoa exports", low: 228_000, high: 228_000, unit: "tonnes", years: YearSpan(year: 2010)),
        ClaimCase(sentence: "Bolivia's inflation rate was 11 pct in 2010.", subject: "Bolivia", measure: "inflation",
                  low: 11, high: 11, unit: "percent", years: YearSpan(year: 2010)),
        // A measure of one thing keeps its words, and needs a time of its own.
        ClaimCase(sentence: "China's wheat imports in January were 218,000 tonnes, down from 393,000.", subject: "China",
                  measure: "wheat imports", low: 218_000, high: 218_000, unit: "tonnes", years: YearSpan(year: 2012), period: "January"),
        ClaimCase(sentence: "Thai natural rubber exports rose to 763,331 tonnes in 2010.", subject: "Thailand",
                  measure: "natural rubber exports", low: 763_331, high: 763_331, unit: "tonnes", years: YearSpan(year: 2010)),
        // Changes: the value the measure moved to.
        ClaimCase(sentence: "Germany's unemployment fell from 9 pct to 7.5 pct in 1999.", subject: "Germany", measure: "unemployment",
                  low: 7.5, high: 7.5, unit: "percent", years: YearSpan(year: 1999)),
        ClaimCase(sentence: "Swedish industrial output rose 3 pct to 104 billion crowns last year.", subject: "Sweden",
                  measure: "industrial production", low: 104e9, high: 104e9, unit: "crowns", years: YearSpan(year: 2011)),
        // A period between the change and the value; a unit written once, on the change.
        ClaimCase(sentence: "German unemployment rose 7,000 in November to 4.5 million people.", subject: "Germany",
                  measure: "unemployment", low: 4.5e6, high: 4.5e6, unit: "people", years: YearSpan(year: 2011), period: "November"),
        ClaimCase(sentence: "French official reserves rose 12.73 billion francs to 388.68 billion at the end of February.",
                  subject: "France", measure: "foreign reserves", low: 388.68e9, high: 388.68e9, unit: "francs",
                  years: YearSpan(year: 2012), period: "February"),
        // Growth of an economy: "GDP growth" or "GNP growth" when its words name which output, else "economic
        // growth"; a fall is a negative growth.
        ClaimCase(sentence: "Brazil's GDP grew 8 pct in 2011, the central bank said.", subject: "Brazil",
                  measure: "GDP growth", low: 8, high: 8, unit: "percent", years: YearSpan(year: 2011)),
        ClaimCase(sentence: "The Mexican economy contracted by 1.5% in the three months to March.", subject: "Mexico",
                  measure: "economic growth", low: -1.5, high: -1.5, unit: "percent", years: YearSpan(year: 2012), period: "first quarter"),
        ClaimCase(sentence: "Kenya's economy expanded about 5 percent in the first half.", subject: "Kenya",
                  measure: "economic growth", low: 4.5, high: 5.5, unit: "percent", years: YearSpan(year: 2012), period: "first half"),
        // The time between the economy and the verb.
        ClaimCase(sentence: "Finland's real GNP in 2010 advanced by 1.5 pct, the ministry said.", subject: "Finland",
                  measure: "GNP growth", low: 1.5, high: 1.5, unit: "percent", years: YearSpan(year: 2010)),
        ClaimCase(sentence: "Chile's economy in the third quarter of 2011 grew 2.1 pct.", subject: "Chile",
                  measure: "economic growth", low: 2.1, high: 2.1, unit: "percent", years: YearSpan(year: 2011), period: "third quarter"),
        // A quarter that starts after the article's month (June) is last year's.
        ClaimCase(sentence: "Canada's current account deficit widened to 2.27 billion dlrs in the fourth quarter.", subject: "Canada",
                  measure: "current account deficit", low: 2.27e9, high: 2.27e9, unit: "USD", years: YearSpan(year: 2011),
                  period: "fourth quarter"),
        // Output growth in a quarter named by its months, by "the last quarter" (the one before the article's,
        // which is the second), or with its year first; growth at an annual rate is a measure of its own.
        ClaimCase(sentence: "Norway's real gross domestic product, seasonally adjusted, fell 0.4 pct in the October/December quarter.",
                  subject: "Norway", measure: "GDP growth", low: -0.4, high: -0.4, unit: "percent", years: YearSpan(year: 2011),
                  period: "fourth quarter"),
        ClaimCase(sentence: "Peru's GDP rose 1.2 pct in the last quarter.", subject: "Peru", measure: "GDP growth",
                  low: 1.2, high: 1.2, unit: "percent", years: YearSpan(year: 2012), period: "first quarter"),
        ClaimCase(sentence: "Italy's GDP grew 0.9 pct in the last quarter of 2011.", subject: "Italy", measure: "GDP growth",
                  low: 0.9, high: 0.9, unit: "percent", years: YearSpan(year: 2011), period: "fourth quarter"),
        ClaimCase(sentence: "Chile's economy grew 2.1 pct in the 2011 third quarter.", subject: "Chile", measure: "economic growth",
                  low: 2.1, high: 2.1, unit: "percent", years: YearSpan(year: 2011), period: "third quarter"),
        ClaimCase(sentence: "The US economy grew at an annual rate of 3.1% in the January to March period.", subject: "United States",
                  measure: "annualised economic growth", low: 3.1, high: 3.1, unit: "percent", years: YearSpan(year: 2012),
                  period: "first quarter"),
        ClaimCase(sentence: "Japan's gross national product rose at a 1.3 pct annual rate in the first quarter.", subject: "Japan",
                  measure: "annualised GNP growth", low: 1.3, high: 1.3, unit: "percent", years: YearSpan(year: 2012),
                  period: "first quarter"),
        ClaimCase(sentence: "Spain's exports rose to 9.5 billion euros in the January-May period.", subject: "Spain",
                  measure: "exports", low: 9.5e9, high: 9.5e9, unit: "EUR", years: YearSpan(year: 2012), period: "January to May"),
        // A purchase: a buyer, a number of things and a price.
        ClaimCase(sentence: "The Indian government will buy 36 Rafale jets for about 7.9 billion euros.", subject: "India",
                  measure: "purchase: jets", low: 7.11e9, high: 8.69e9, unit: "EUR", years: YearSpan(year: 2012)),
    ]

    @Test(arguments: cases)
    func claimHasSubjectMeasureValueAndTime(_ expected: ClaimCase) throws {
        let found = claims(in: expected.sentence)
        let claim = try #require(found.first, "no claim")
        #expect(claim.key.subject == expected.subject)
        #expect(claim.key.measure == expected.measure)
        #expect(claim.key.owner == expected.owner)
        #expect(claim.quantity.low.map { abs($0 - expected.low!) < 1e-6 * max(1, expected.low!) } ?? (expected.low == nil))
        #expect(claim.quantity.high.map { abs($0 - expected.high!) < 1e-6 * max(1, expected.high!) } ?? (expected.high == nil))
        #expect(claim.quantity.unit == expected.unit)
        #expect(claim.years == expected.years)
        #expect(claim.period == expected.period)
    }

    @Test func aTimeOfItsOwnThatCannotBePlacedLeavesTheClaimUndated() throws {
        // No date anywhere: "last year" cannot be placed, and "in 2003" is when the economy shrank, not this figure.
        let facts = try #require(TestFiles.facts("Title\n\nGermany's economy grew 1.6% last year after shrinking in 2003.\n"))
        let claim = try #require(facts.claims.first)
        #expect(claim.key.measure == "economic growth")
        #expect(claim.years == nil)
        #expect(claim.timeText == "last year")
    }

    @Test func growthIsComparedWithGrowthReadAnotherWay() throws {
        let grew = try #require(claims(in: "China's economy grew by 9.5% in 2004, officials said.").first)
        let rate = try #require(claims(in: "China's economic growth was 9.1 pct in 2004.").first)
        #expect(grew.key == rate.key)
        #expect(grew.slot == rate.slot)
        #expect(!grew.quantity.overlaps(rate.quantity, tolerance: 0.02))
    }

    @Test func growthOfDomesticAndOfNationalProductAreNeverCompared() throws {
        let domestic = try #require(claims(in: "Sweden's gross domestic product rose 1.7 pct in 2011.").first)
        let national = try #require(claims(in: "Sweden's GNP grew 1.3 pct in 2011.").first)
        let economy = try #require(claims(in: "Sweden's economy grew 1.5 pct in 2011.").first)
        #expect([domestic, national, economy].map(\.key.measure) == ["GDP growth", "GNP growth", "economic growth"])
        #expect(domestic.slot == national.slot)
        #expect(Set([domestic.key, national.key, economy.key]).count == 3)
        // Either output written either way is the same measure.
        #expect(try #require(claims(in: "Sweden's real GDP rose 1.6 pct in 2011.").first).key == domestic.key)
    }

    /// A country's name is the state it stood for at the claim's time, which its own words give before its
    /// article's date does.
    @Test func aCountrysNameIsTheStateItStoodForAtTheClaimsTime() throws {
        func subjects(dated date: String, _ sentence: String) -> [String] {
            TestFiles.facts("---\ndate: \(date)\n---\nTitle\n\n\(sentence)\n", named: "era.md")?.claims.map(\.key.subject) ?? []
        }
        #expect(subjects(dated: "1987-03-10", "German exports rose to 40.1 billion marks in February.") == ["West Germany"])
        #expect(subjects(dated: "2004-05-10", "German exports rose to 60.2 billion euros in March.") == ["Germany"])
        #expect(subjects(dated: "2004-05-10", "Germany's trade surplus was 112 billion marks in 1989.") == ["West Germany"])
        #expect(subjects(dated: "1987-03-10", "East Germany's trade surplus was 2 billion marks in February.") == ["East Germany"])
        // What a 1991 figure is compared with in 1989 is West Germany's.
        #expect(subjects(dated: "1992-02-10", "German GNP rose 3.1 pct in 1991 compared with 3.8 pct in 1989.")
            == ["Germany", "West Germany"])
    }

    @Test func aSlotSaysItsTime() {
        #expect(TimeSlot(years: YearSpan(year: 2012), period: nil, asOf: CalendarDate(year: 2012, month: 11, day: 20)).phrase
            == "as of November 20, 2012")
        #expect(TimeSlot(years: YearSpan(year: 1987), period: "first 9 months").phrase == "in the first 9 months of 1987")
        #expect(TimeSlot(years: YearSpan(year: 1987), period: "February").phrase == "in February 1987")
        #expect(TimeSlot(years: YearSpan(year: 1987), period: "fourth quarter").phrase == "in the fourth quarter of 1987")
        #expect(TimeSlot(years: YearSpan(year: 1987), period: "January to May").phrase == "in January to May 1987")
    }

    @Test func monthsNamedAtBothEndsSpanThem() {
        #expect(TimeSlot(years: YearSpan(year: 1987), period: "January to May").months == 1...5)
        #expect(ClaimBuilder.period("in the three months between July and September") == "third quarter")
        #expect(ClaimBuilder.period("in Oct/Dec") == "fourth quarter")
        #expect(ClaimBuilder.period("in the December/February quarter") == "quarter ended February")
        // The last quarter with no year is the one before the article's: in January, last year's fourth.
        #expect(ClaimBuilder.period("in the last quarter", articleMonth: 1) == "fourth quarter")
        #expect(ClaimBuilder.period("in the last quarter", articleMonth: 8) == "second quarter")
        #expect(ClaimBuilder.period("in the last quarter of 1986", articleMonth: 8) == "fourth quarter")
    }

    @Test func growthAtAnAnnualRateIsNeverComparedWithTheQuartersOwn() throws {
        let annual = try #require(claims(in: "The US economy grew at an annual rate of 3.6% in the first quarter.").first)
        let plain = try #require(claims(in: "The US economy grew 0.9% in the first quarter.").first)
        #expect(annual.key.measure == "annualised economic growth")
        #expect(plain.key.measure == "economic growth")
        #expect(annual.key != plain.key)
        #expect(annual.slot == plain.slot)
    }

    @Test func twoWordingsOfOneClaimShareAKey() throws {
        let first = try #require(claims(in: "China accounts for nearly half of Russia's arms exports.").first)
        let second = try #require(claims(in: "Beijing currently accounts for up to 15 percent of Russian arms sales.").first)
        #expect(first.key == second.key)
        #expect(first.key.description == "China's share of Russia's arms exports")
    }

    @Test func claimCarriedInsideAnAttributionKeepsItsSource() throws {
        let claim = try #require(claims(in: "According to the finance ministry, Peru's budget deficit was 2 pct in 2011.").first)
        #expect(claim.attribution == "the finance ministry")
        #expect(claim.key.measure == "budget deficit")
    }

    @Test func aMeasureWithNoOwnerIsTheTitlesCountry() throws {
        func claims(title: String, _ body: String) -> [Claim] {
            TestFiles.facts("---\ntitle: \(title)\ndate: 1987-03-27\n---\nTOKYO, March 27 - Reuter\n\n\(body)\n", named: "owned.md")?.claims ?? []
        }
        let body = """
            The trade surplus rose to 8.14 billion dlrs in February. Imports fell to 8.61 billion in February, as
            exports rose 3 pct to 16.75 billion dlrs. The economy grew 2.5 pct in 1986. Net profit rose to 12 mln dlrs in 1986.
            """
        let found = claims(title: "JAPAN FEBRUARY TRADE SURPLUS RISES", body)
        #expect(found.map(\.key.description) == ["Japan's trade surplus", "Japan's imports", "Japan's economic growth"])
        // Millions or billions of nothing take the currency their sentence writes.
        #expect(found.map(\.key.unit) == ["USD", "USD", "percent"])
        #expect(claims(title: "U.S. SAYS JAPAN MUST CUT SURPLUS", body).isEmpty)
        #expect(claims(title: "Markets close higher", body).isEmpty)
        // A measure counted in tonnes is a commodity's, not the country's.
        #expect(claims(title: "SOVIET SUGAR IMPORTS HIGHER", "Imports in October totalled 23,803 tonnes.").isEmpty)
    }

    @Test func theTimeOfWhatAClaimIsComparedWithIsNotItsTime() throws {
        let facts = try #require(TestFiles.facts("---\ndate: 1987-03-24\n---\nTitle\n\nNorway's foreign exchange reserves totalled "
            + "83.68 billion crowns, compared with 85.52 billion in December and 99.19 billion crowns a year ago.\n"))
        let claim = try #require(facts.claims.first)
        #expect(claim.timeSource == .articleDate)
        #expect(claim.asOf?.description == "1987-03-24")
    }

    /// The figure a claim is compared with, for a time its words give, is a claim of its own with the same key.
    @Test(arguments: [
        ("Chile's economy grew 5.7 pct in 2011, compared with a decline of 0.5 pct in 2010.", -0.5, YearSpan(year: 2010), nil as String?),
        ("Kenya's GDP rose by 2.6 pct in 2011 after a 3.4 pct increase a year earlier.", 3.4, YearSpan(year: 2010), nil),
        ("Peru's real GDP rose 1.1 pct in the fourth quarter of 2011, after rising 0.2 pct in the third quarter.", 0.2,
         YearSpan(year: 2011), "third quarter"),
        ("Kenya's economy grew 1.9 pct last year, after shrinking 1.8 pct in 2010.", -1.8, YearSpan(year: 2010), nil),
        ("Norway's economy grew 2.1 pct in the second quarter of 2011 against 1.4 pct a year earlier.", 1.4,
         YearSpan(year: 2010), "second quarter"),
        ("Denmark's unemployment rate rose to 7.9 pct in January 2012 from 7.8 pct in December.", 7.8,
         YearSpan(year: 2011), "December"),
        ("Brazil's inflation rate was 10 pct in 2011, compared with 8.5 pct in 2010.", 8.5, YearSpan(year: 2010), nil),
        ("China's trade deficit in January 2012 fell to 310 mln dlrs from 460 mln in January 2011.", 460e6, YearSpan(year: 2011), "January"),
        // After a change and its value: "rose 3 pct to X in May from Y a year earlier", "from Y at the end of April".
        ("Taiwan's exports rose 8.2 pct to 4.1 billion dlrs in May from 3.79 billion a year earlier.", 3.79e9,
         YearSpan(year: 2011), "May"),
        ("French official reserves rose 258 mln francs in May to 420.50 billion francs from 420.24 billion at the end of April.",
         420.24e9, YearSpan(year: 2012), "April"),
    ])
    func whatAClaimIsComparedWithIsAClaimForItsOwnTime(_ sentence: String, value: Double, years: YearSpan, period: String?) throws {
        let found = claims(in: sentence)
        try #require(found.count == 2, "\(found.map(\.valueText))")
        let (claim, earlier) = (found[0], found[1])
        #expect(earlier.key == claim.key)
        #expect(earlier.quantity.low == value)
        #expect(earlier.years == years)
        #expect(earlier.period == period)
        #expect(earlier.slot != claim.slot)
    }

    /// A claim dated only by its article holds as of its day: what it is compared with "in December" or "a year
    /// ago" has no year to take, and the time of the comparison is never the claim's own.
    @Test func aClaimDatedByItsArticleTakesNoTimeFromWhatItIsComparedWith() throws {
        let found = claims(in: "Norway's foreign exchange reserves totalled 83.68 billion crowns, compared with 85.52 billion "
            + "in December and 99.19 billion crowns a year ago.")
        #expect(found.map(\.valueText) == ["83.68 billion crowns"])
        #expect(found.first?.timeSource == .articleDate)
        // A written year still dates it.
        let dated = claims(in: "Peru's trade deficit was 1.2 billion dlrs, compared with 900 mln in 2010.")
        #expect(dated.map(\.valueText) == ["1.2 billion dlrs", "900 mln"])
        #expect(dated.last?.years == YearSpan(year: 2010))
        #expect(dated.last?.key.unit == "USD")
    }

    /// No claim for what a figure is compared with when its time is unclear (a year alone after a quarter's figure:
    /// that year, or its same quarter?) or when it is another measure (a deficit against a surplus).
    @Test(arguments: [
        ("Peru's economy grew 1.1 pct in the fourth quarter of 2011, compared with 0.9 pct in 2010.", "1.1 pct"),
        ("Peru's trade surplus was 1.2 billion dlrs in 2011 against a deficit of 300 mln in 2010.", "1.2 billion dlrs"),
    ])
    func noEarlierClaimWithoutItsOwnTimeOrMeasure(_ sentence: String, value: String) {
        #expect(claims(in: sentence).map(\.valueText) == [value])
    }

    /// A bare "Growth" goes on from the sentence before: the money supply's after a sentence about money supply.
    @Test func bareGrowthAfterAnotherMeasureIsThatMeasures() throws {
        func claims(_ body: String) -> [Claim] {
            TestFiles.facts("---\ntitle: ITALY RAISES RATES\ndate: 1987-03-24\n---\nROME, March 24 - Reuter\n\n\(body)\n", named: "growth.md")?.claims ?? []
        }
        #expect(claims("Money supply rose at an annualised rate of 16.7 pct last month. Growth was 11.4 pct in 1986.").isEmpty)
        #expect(claims("Exports rose sharply in February. Growth was 3.1 pct in 1986.").isEmpty)
        let economy = claims("The country is among the slowest economies in Europe. Growth was 2.4 pct in 1986.")
        #expect(economy.map(\.key.description) == ["Italy's economic growth"])
        #expect(claims("Inflation rose to 5 pct. Growth was 2.4 pct in 1986.").map(\.key.description) == ["Italy's inflation", "Italy's economic growth"])
    }

    @Test func oneStatementReadByTwoRulesIsOneClaim() {
        let found = claims(in: "Spanish unemployment fell to 14 percent in 2011.")
        #expect(found.count == 1)
        #expect(found.first?.key.measure == "unemployment")
    }

    @Test(arguments: [
        "China accounts for much of the growth in the region.",
        // A product's figure with no time of its own, and the source of a figure read as no measure.
        "U.S. car production declined to 358,661 from 398,823 a year ago.",
        "Thailand statistics show foreign reserves rose to 3.95 billion baht.",
        "Brazil's inflation rate was high in 1986.",
        "Trade between the two neighbours grew quickly.",
        "Russia and China have done deals before.",
        // A ratio to something else is no level of the measure.
        "Denmark's net foreign debt rose to 129 pct of total exports in 1986.",
        // Growth against the same quarter a year before is not the quarter's growth.
        "Australia's GDP rose 2.1 pct in the first quarter from a year earlier.",
    ])
    func notAClaim(_ sentence: String) {
        #expect(claims(in: sentence).isEmpty)
    }
}
