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
        // Changes: the value the measure moved to.
        ClaimCase(sentence: "Germany's unemployment fell from 9 pct to 7.5 pct in 1999.", subject: "Germany", measure: "unemployment",
                  low: 7.5, high: 7.5, unit: "percent", years: YearSpan(year: 1999)),
        ClaimCase(sentence: "Swedish industrial output rose 3 pct to 104 billion crowns last year.", subject: "Sweden",
                  measure: "industrial production", low: 104e9, high: 104e9, unit: "crowns", years: YearSpan(year: 2011)),
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

    @Test(arguments: [
        "China accounts for much of the growth in the region.",
        "Brazil's inflation rate was high in 1986.",
        "Trade between the two neighbours grew quickly.",
        "Russia and China have done deals before.",
    ])
    func notAClaim(_ sentence: String) {
        #expect(claims(in: sentence).isEmpty)
    }
}
