import Testing
@testable import CrosscheckKit

/// Articles dated 2012-06-15 by front matter, so relative times have a year to count from.
private func times(in sentence: String) -> [TimeMention] {
    TestFiles.facts("---\ndate: 2012-06-15\n---\nTitle\n\n\(sentence)\n", named: "dated.md")?.times ?? []
}

@Suite struct TimeTests {
    @Test(arguments: [
        ("The plant opened in 2002 near the river.", "in 2002", 2002, 2002, false),
        ("Prices have climbed since 2001, traders say.", "since 2001", 2001, 2012, false),
        ("He farmed the valley in the 1970s.", "in the 1970s", 1970, 1979, false),
        ("The band toured widely in the '80s.", "in the '80s", 1980, 1989, false),
        ("The bridge must be finished by 2010.", "by 2010", 2010, 2010, false),
        ("Sales fell sharply last year.", "last year", 2011, 2011, true),
        ("The tender closes next year.", "next year", 2013, 2013, true),
        ("Critics panned this year's festival.", "this year's", 2012, 2012, true),
        ("Ties have deepened in recent years.", "in recent years", 2009, 2012, true),
        ("The minister resigned on Friday.", "on Friday", 2012, 2012, true),
        ("The mine closed two years ago.", "two years ago", 2010, 2010, true),
        ("The law changed a year ago.", "a year ago", 2011, 2011, true),
        ("The vote is set for Nov. 6 in the capital.", "Nov. 6", 2012, 2012, false),
        ("The treaty was signed on 20 November 2011 in Paris.", "20 November 2011", 2011, 2011, false),
    ])
    func timeResolvesAgainstTheArticleDate(_ sentence: String, _ text: String, _ first: Int, _ last: Int, _ relative: Bool) throws {
        let found = times(in: sentence)
        let mention = try #require(found.first { $0.item.text == text }, "times found: \(found.map(\.item.text))")
        #expect(mention.span == YearSpan(first, last))
        #expect(mention.relative == relative)
    }

    @Test func datesWrittenInTheTextAreRead() {
        #expect(NewsDateParser.firstDate(in: "July 7, 2008 | 8:14 PM EDT") == CalendarDate(year: 2008, month: 7, day: 7))
        #expect(NewsDateParser.firstDate(in: "Nov. 20, 2012") == CalendarDate(year: 2012, month: 11, day: 20))
        #expect(NewsDateParser.firstDate(in: "20 November 2012") == CalendarDate(year: 2012, month: 11, day: 20))
        #expect(NewsDateParser.firstDate(in: "SALVADOR, Feb 26 -", defaultYear: 1987) == CalendarDate(year: 1987, month: 2, day: 26))
        #expect(NewsDateParser.firstDate(in: "SALVADOR, Feb 26 -") == nil)
    }
}

@Suite struct ArticleDatingTests {
    @Test func exampleArticleIsDatedByItsContent() throws {
        let result = try Extraction(book: TestFiles.builtinBook).run(paths: [TestFiles.examples])
        let cns = try #require(result.documents.first { $0.path.hasSuffix("cnsnews-russia-steps-up-weapons-sales-to-china.txt") })
        #expect(cns.dating.datelineYear == 2008)
        #expect(cns.dating.contentYear == 2003)
        #expect(cns.dating.effectiveYear == 2003)
        #expect(cns.dating.evidence.count == 2)
        let moscow = try #require(result.documents.first { $0.path.hasSuffix("moscow-times-shoigu-visits-china-at-key-moment.txt") })
        #expect(!moscow.dating.contradictsDateline)
        #expect(moscow.dating.effectiveYear == 2012)
    }

    @Test func aKnownEventDatesAnArticleWrittenOtherwise() throws {
        let facts = try #require(TestFiles.facts("""
            Stadium plans

            By Ana Ruiz | March 3, 2015

            Organisers said last year's Beijing Olympics left a legacy of empty venues.
            """))
        #expect(facts.dating.contentYear == 2009)
        #expect(facts.dating.contradictsDateline)
    }

    @Test func oneRepeatedAmountIsNotEnoughToRedateAnArticle() throws {
        let facts = try #require(TestFiles.facts("""
            Budget

            By Ana Ruiz | March 3, 2015

            The city will spend $40 million on roads in 2016.

            Officials confirmed the $40 million plan next year would include bridges.
            """))
        #expect(facts.dating.contentYear == nil)
        #expect(facts.dating.effectiveYear == 2015)
    }

    @Test func aRepeatedAmountAndAnEventTogetherRedateAnArticle() throws {
        let facts = try #require(TestFiles.facts("""
            Arms

            By Ana Ruiz | May 1, 2010

            Ministers agreed a $3 billion package of purchases in 2004.

            Next year the $3 billion will buy frigates. Both sides condemned this year's invasion of Iraq.
            """))
        #expect(facts.dating.contentYear == 2003)
        #expect(facts.dating.evidence.count == 2)
    }
}
