import Testing
@testable import CrosscheckKit

/// A sentence written for the test, the figure expected in it, and its interval.
struct FigureCase: CustomTestStringConvertible, Sendable {
    let sentence: String
    let text: String
    let low: Double?
    let high: Double?
    let unit: String
    var approximate = false
    var testDescription: String { text }
}

private func figures(in sentence: String) -> [Figure] {
    TestFiles.facts("Title\n\n\(sentence)\n")?.figures ?? []
}

private func close(_ a: Double?, _ b: Double?) -> Bool {
    switch (a, b) {
    case (nil, nil): return true
    case let (a?, b?): return abs(a - b) <= max(abs(b) * 1e-9, 1e-9)
    default: return false
    }
}

@Suite struct FigureTests {
    /// Found by the figure fuzzer: U+070F before a hyphen makes one `Character` of the two, which once made the
    /// tokenizer split on nothing and recurse until the stack ran out.
    @Test func aHyphenFusedWithAMarkStillSplitsWords() {
        #expect(NumberParser.tokens("p\u{070F}-twenty").count == 2)
        #expect(NumberParser.value(of: "\u{070F}-twenty-four") == 24)
    }

    @Test func anAmountInMillionsOrMoreIsToldFromASmallerOne() {
        #expect(["8.61 billion", "525 mln", "6.9m", "1.2 trillion", "3 Million"].allSatisfy(NumberParser.writesMillions))
        #expect(!["213,790", "5 thousand", "two hundred", "12 pct"].contains(where: NumberParser.writesMillions))
    }

    static let cases: [FigureCase] = [
        // Digits, separators, decimals and scales.
        FigureCase(sentence: "The ministry spent 1,250,000 dollars on repairs.", text: "1,250,000 dollars", low: 1_250_000, high: 1_250_000, unit: "USD"),
        FigureCase(sentence: "Shares of the carrier rose 3.75 percent on Tuesday.", text: "3.75 percent", low: 3.75, high: 3.75, unit: "percent"),
        FigureCase(sentence: "The fund now holds 4.2 bn euros in bonds.", text: "4.2 bn euros", low: 4.2e9, high: 4.2e9, unit: "EUR"),
        FigureCase(sentence: "Quarterly profits reached 7.3 mln dlrs.", text: "7.3 mln dlrs", low: 7.3e6, high: 7.3e6, unit: "USD"),
        FigureCase(sentence: "The charity raised $450k at the gala.", text: "$450k", low: 450_000, high: 450_000, unit: "USD"),
        FigureCase(sentence: "Parliament approved a 108-billion-dlr spending package.", text: "108-billion-dlr", low: 108e9, high: 108e9, unit: "USD"),
        FigureCase(sentence: "M-3 money supply rose to 607.17 billion H.K. Dlrs in January.", text: "607.17 billion H.K. Dlrs",
                   low: 607.17e9, high: 607.17e9, unit: "HKD"),
        FigureCase(sentence: "Imports dropped to 4.31 billion Taka in October.", text: "4.31 billion Taka", low: 4.31e9, high: 4.31e9, unit: "BDT"),
        FigureCase(sentence: "The refinery ships 1.2 trillion yen of fuel a year.", text: "1.2 trillion yen", low: 1.2e12, high: 1.2e12, unit: "JPY"),
        // Number words.
        FigureCase(sentence: "Output dropped twenty-four percent after the strike.", text: "twenty-four percent", low: 24, high: 24, unit: "percent"),
        FigureCase(sentence: "The council hired two hundred teachers this spring.", text: "two hundred teachers", low: 200, high: 200, unit: "teachers"),
        FigureCase(sentence: "A dozen ministers resigned over the affair.", text: "A dozen ministers", low: 12, high: 12, unit: "ministers"),
        // Fractions.
        FigureCase(sentence: "Farmers own half of the irrigated land.", text: "half", low: 50, high: 50, unit: "percent"),
        FigureCase(sentence: "A third of the voters stayed at home.", text: "A third", low: 100.0 / 3, high: 100.0 / 3, unit: "percent"),
        FigureCase(sentence: "Two-thirds of the forest burned.", text: "Two-thirds", low: 200.0 / 3, high: 200.0 / 3, unit: "percent"),
        FigureCase(sentence: "Three-quarters of the staff joined the walkout.", text: "Three-quarters", low: 75, high: 75, unit: "percent"),
        FigureCase(sentence: "Soybean oil futures gained 6-3/16 pct in Chicago.", text: "6-3/16 pct", low: 6.1875, high: 6.1875, unit: "percent"),
        // Percentages and percentage points apart.
        FigureCase(sentence: "The central bank cut its rate by 0.5 percentage points.", text: "0.5 percentage points", low: 0.5, high: 0.5, unit: "percentage points"),
        FigureCase(sentence: "Unemployment stood at 7 per cent in the north.", text: "7 per cent", low: 7, high: 7, unit: "percent"),
        FigureCase(sentence: "Inflation slowed to ten pct.", text: "ten pct", low: 10, high: 10, unit: "percent"),
        // Currencies.
        FigureCase(sentence: "The start-up raised US$3 million from investors.", text: "US$3 million", low: 3e6, high: 3e6, unit: "USD"),
        FigureCase(sentence: "The stadium will cost €40 million.", text: "€40 million", low: 40e6, high: 40e6, unit: "EUR"),
        FigureCase(sentence: "The club paid 500 million roubles for the striker.", text: "500 million roubles", low: 500e6, high: 500e6, unit: "RUB"),
        FigureCase(sentence: "Provinces invested 20 billion yuan in rail.", text: "20 billion yuan", low: 20e9, high: 20e9, unit: "CNY"),
        FigureCase(sentence: "The levy brought in 3 mln stg last year.", text: "3 mln stg", low: 3e6, high: 3e6, unit: "GBP"),
        FigureCase(sentence: "The bank lent 5 mln Hong Kong dollars to the firm.", text: "5 mln Hong Kong dollars", low: 5e6, high: 5e6, unit: "HKD"),
        FigureCase(sentence: "Reserves fell to 7.15 billion New Zealand dlrs.", text: "7.15 billion New Zealand dlrs", low: 7.15e9, high: 7.15e9, unit: "NZD"),
        FigureCase(sentence: "It paid 2 mln H.K. dlrs for the site.", text: "2 mln H.K. dlrs", low: 2e6, high: 2e6, unit: "HKD"),
        // Hedges: bounds.
        FigureCase(sentence: "The plant will hire up to 300 workers.", text: "up to 300 workers", low: nil, high: 300, unit: "workers"),
        FigureCase(sentence: "Turnout reached more than 40 percent.", text: "more than 40 percent", low: 40, high: nil, unit: "percent"),
        FigureCase(sentence: "Over 5,000 people marched in the capital.", text: "Over 5,000 people", low: 5000, high: nil, unit: "people"),
        FigureCase(sentence: "The navy sent at least 12 vessels.", text: "at least 12 vessels", low: 12, high: nil, unit: "vessels"),
        FigureCase(sentence: "Growth was less than 2 percent.", text: "less than 2 percent", low: nil, high: 2, unit: "percent"),
        FigureCase(sentence: "The ferry carried under 30 passengers.", text: "under 30 passengers", low: nil, high: 30, unit: "passengers"),
        // Hedges: approximations, with the widths of Rules/settings.yml.
        FigureCase(sentence: "Nearly 80 percent of the ballots were counted.", text: "Nearly 80 percent", low: 72, high: 80, unit: "percent", approximate: true),
        FigureCase(sentence: "The deal is worth almost $5 billion.", text: "almost $5 billion", low: 4.5e9, high: 5e9, unit: "USD", approximate: true),
        FigureCase(sentence: "About 150 soldiers crossed the border.", text: "About 150 soldiers", low: 135, high: 165, unit: "soldiers", approximate: true),
        FigureCase(sentence: "Exports grew around 20 percent.", text: "around 20 percent", low: 18, high: 22, unit: "percent", approximate: true),
        FigureCase(sentence: "Some 3,000 troops took part in the drill.", text: "Some 3,000 troops", low: 2700, high: 3300, unit: "troops", approximate: true),
        FigureCase(sentence: "The field pumps roughly 1.2 million barrels a day.", text: "roughly 1.2 million barrels", low: 1.08e6, high: 1.32e6, unit: "barrels", approximate: true),
        // Ranges.
        FigureCase(sentence: "Prices fell between 5 and 7 percent.", text: "between 5 and 7 percent", low: 5, high: 7, unit: "percent"),
        FigureCase(sentence: "Wages rose 3 to 4 percent.", text: "3 to 4 percent", low: 3, high: 4, unit: "percent"),
        FigureCase(sentence: "Repairs will cost $2-3 billion.", text: "$2-3 billion", low: 2e9, high: 3e9, unit: "USD"),
        FigureCase(sentence: "Margins shrank 10-15 pct.", text: "10-15 pct", low: 10, high: 15, unit: "percent"),
        FigureCase(sentence: "Analysts see growth anywhere from $4 billion to $6 billion.", text: "$4 billion to $6 billion", low: 4e9, high: 6e9, unit: "USD"),
        // Not ranges: a change and the new value, two figures joined by "and", a year before "and".
        FigureCase(sentence: "M-1 fell 430 mln dlrs to 35.65 billion dlrs in the week.", text: "430 mln dlrs", low: 430e6, high: 430e6, unit: "USD"),
        FigureCase(sentence: "M-1 fell 430 mln dlrs to 35.65 billion dlrs in the week.", text: "35.65 billion dlrs", low: 35.65e9, high: 35.65e9, unit: "USD"),
        FigureCase(sentence: "Its stake went from 12.9 pct to 18.5 pct.", text: "18.5 pct", low: 18.5, high: 18.5, unit: "percent"),
        FigureCase(sentence: "Net losses were 2,345,000 dlrs and 515,000 dlrs, respectively.", text: "515,000 dlrs", low: 515e3, high: 515e3, unit: "USD"),
        FigureCase(sentence: "Inflation was 4.1 pct in 1986 and 19.77 pct a year later.", text: "19.77 pct", low: 19.77, high: 19.77, unit: "percent"),
        // British-style conversions are one figure.
        FigureCase(sentence: "Annual profits hit $27.5bn (£14.5bn) for the group.", text: "$27.5bn (£14.5bn)", low: 27.5e9, high: 27.5e9, unit: "USD"),
    ]

    @Test(arguments: cases)
    func figureBecomesItsInterval(_ expected: FigureCase) throws {
        let found = figures(in: expected.sentence)
        let figure = try #require(found.first { $0.item.text == expected.text },
                                  "figures found: \(found.map(\.item.text))")
        #expect(close(figure.quantity.low, expected.low), "low \(String(describing: figure.quantity.low))")
        #expect(close(figure.quantity.high, expected.high), "high \(String(describing: figure.quantity.high))")
        #expect(figure.quantity.unit == expected.unit)
        #expect(figure.quantity.approximate == expected.approximate)
    }

    @Test func aCurrencyAddedToTheLexiconIsFoundAndGivenItsUnit() throws {
        let sentence = "Title\n\nThe state paid 5 mln naira for the mill and 2 mln Nigerian naira for the road.\n"
        // Unknown to the built-in lexicon: "5 mln" is no figure without a currency word, and none follows.
        #expect(TestFiles.facts(sentence)?.figures.isEmpty == true)
        let extra = try TestFiles.folder(["currencies.yml": """
            lexicon: currency
            description: The naira, for the test.
            entries:
              NGN: [naira, Nigerian naira]
            """])
        let book = try RuleBook.load(directories: [TestFiles.builtinRules, extra.path])
        let document = try #require(TestFiles.document(sentence))
        let (matches, _) = RuleRunner(book: book).run(on: document, matcher: Matcher())
        let figures = FactExtractor(book: book).facts(for: document, matches: matches).figures
        #expect(figures.map(\.item.text) == ["5 mln naira", "2 mln Nigerian naira"])
        #expect(figures.map(\.quantity.unit) == ["NGN", "NGN"])
        #expect(FigureNormalizer(book: book).isCurrency("NGN"))
    }

    @Test func conversionIsKeptWithTheFigure() throws {
        let figure = try #require(figures(in: "Annual profits hit $27.5bn (£14.5bn) for the group.").first)
        #expect(figure.conversions == [Quantity(low: 14.5e9, high: 14.5e9, unit: "GBP", approximate: false)])
    }

    @Test(arguments: [
        "The Su-35 and the MiG-29 flew over the parade.",
        "Boeing 747 jets landed in Frankfurt.",
        "F-16 fighters were sold to the air force.",
        "Call 555-1234 for details about the sale.",
        "In 2004 the plant opened its doors.",
        "The 3rd Infantry Division moved north.",
        "The Mi-26 helicopter lifted the truck.",
        "Version 2.0 of the software was released in 2012.",
        "The minister's Jan.3-9 tour includes stops in Lyon.",
    ])
    func notAFigure(_ sentence: String) {
        #expect(figures(in: sentence).isEmpty, "found \(figures(in: sentence).map(\.item.text))")
    }

    @Test func exampleArticleFiguresHaveTheRightIntervals() throws {
        let result = try Extraction(book: TestFiles.builtinBook).run(paths: [TestFiles.examples])
        let all = result.documents.flatMap(\.figures)
        func quantity(_ text: String) throws -> Quantity {
            try #require(all.first { $0.item.text == text }, "no figure \(text)").quantity
        }
        #expect(try quantity("$2 billion") == Quantity(low: 2e9, high: 2e9, unit: "USD", approximate: false))
        #expect(try quantity("30 percent") == Quantity(low: 30, high: 30, unit: "percent", approximate: false))
        #expect(try quantity("nearly half") == Quantity(low: 45, high: 50, unit: "percent", approximate: true))
        #expect(try quantity("$4.8 billion") == Quantity(low: 4.8e9, high: 4.8e9, unit: "USD", approximate: false))
        #expect(try quantity("at least 1.5 million hectares") == Quantity(low: 1.5e6, high: nil, unit: "hectares", approximate: false))
        #expect(try quantity("$83 billion") == Quantity(low: 83e9, high: 83e9, unit: "USD", approximate: false))
        #expect(try quantity("$16 billion") == Quantity(low: 16e9, high: 16e9, unit: "USD", approximate: false))
        #expect(try quantity("more than $1 billion") == Quantity(low: 1e9, high: nil, unit: "USD", approximate: false))
        #expect(try quantity("up to 15 percent") == Quantity(low: nil, high: 15, unit: "percent", approximate: false))
        #expect(try quantity("$1.5 billion") == Quantity(low: 1.5e9, high: 1.5e9, unit: "USD", approximate: false))
        #expect(try quantity("24 Su-35 planes") == Quantity(low: 24, high: 24, unit: "planes", approximate: false))
        let models = ["Su-35", "Su-27", "Mi-26"]
        #expect(!all.contains { figure in models.contains { figure.item.text.hasPrefix($0) } })
    }
}

@Suite struct NumberParserTests {
    @Test(arguments: [
        ("1,234.5", 1234.5), ("twenty-four", 24.0), ("two hundred", 200.0), ("a dozen", 12.0), ("1.5 million", 1.5e6),
        ("14.5bn", 14.5e9), ("6-3/16", 6.1875), ("three thousand", 3000.0), ("ninety-nine", 99.0), ("5.93 mln", 5.93e6),
        // Read from bytes without splitting words, and so each must give what the word loop gives.
        ("$1.13bn", 1.13e9), ("US$3", 3.0), ("£14.5 Billion", 14.5e9), ("€2", 2.0), ("0 million", 1e6), ("5 hundred", 500.0),
        ("1,500.", 1500.0), ("HK$ 3", 3.0), ("$2-3", 5.0), ("5.93 mln dlrs", 5.93e6), ("12m", 12e6),
        // A scale gives the decimal written, not the product of two doubles (34030.3 * 1e9 is 34030300000000.004).
        ("34,030.3 billion", 34_030_300_000_000), ("34,030.3 billion won", 34_030_300_000_000), ("0.07 mln", 70_000),
    ])
    func readsNumbers(_ text: String, _ value: Double) {
        #expect(NumberParser.value(of: text) == value)
    }

    /// The shortcut for plain words must split as the scalar tokenizer does, and leave to it every word it would
    /// change (signs, hyphens, edge punctuation, letters fused to digits, non-ASCII letters).
    @Test func plainWordsSplitAsTheScalarTokenizerDoes() {
        let plain = ["525 mln dlrs", "1,250 Tonnes", "34,030.3  billion WON", "two hundred", "7.3 MLN", "a dozen"]
        for text in plain {
            #expect(NumberParser.plainWords(text) == NumberParser.scalarTokens(text), "\(text)")
        }
        let other = ["$1.13bn", "14.5bn", "1,500.", "(12 pct)", "twenty-four", "6-3/16", "dlrs,", "Zürich francs", ".5 pct"]
        for text in other {
            #expect(NumberParser.plainWords(text) == nil, "\(text)")
        }
    }
}
