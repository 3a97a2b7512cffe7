import Foundation
import Testing
@testable import CrosscheckKit

private func check(_ files: [String: String]) throws -> CheckRun.Result {
    let root = try TestFiles.folder(files)
    return try CheckRun(book: TestFiles.builtinBook).run(paths: [root.path])
}

private func article(_ date: String, _ body: String) -> String {
    "---\ndate: \(date)\n---\nHeadline\n\n\(body)\n"
}

@Suite struct CheckTests {
    @Test func conflictAgreementAndDifferentMeasuresAcrossArticles() throws {
        let result = try check([
            // Two claims that truly conflict: same key, same year, disjoint values.
            "conflict/a.md": article("2010-05-01", "Officials said Brazil's unemployment rate was 8 pct in 2009, down from the year before."),
            "conflict/b.md": article("2010-06-01", "Brazil's jobless rate was 12 pct in 2009, the statistics office reported."),
            // Two that only write the number differently: they agree.
            "agree/a.md": article("2009-02-01", "Chile's inflation rate was ten pct in 2008."),
            "agree/b.md": article("2009-03-01", "Economists noted that Chile's inflation was 10 pct in 2008."),
            // Two that measure different things: never paired.
            "different/a.md": article("2008-02-01", "Peru's inflation rate was 5 pct in 2007."),
            "different/b.md": article("2008-03-01", "Peru's unemployment rate was 9 pct in 2007."),
        ])
        #expect(result.articles.flatMap(\.claims).count == 6)
        #expect(result.findings.map(\.check) == ["claim-conflict"])
        let conflict = try #require(result.findings.first)
        #expect(conflict.severity == .error)
        #expect(conflict.message.hasPrefix("Brazil's unemployment in 2009: a.md says 8 pct (8 percent), b.md says 12 pct (12 percent)."))
        #expect(conflict.evidence.map(\.line) == [6, 6])
        #expect(conflict.evidence.map(\.text) == [
            "Officials said Brazil's unemployment rate was 8 pct in 2009, down from the year before.",
            "Brazil's jobless rate was 12 pct in 2009, the statistics office reported.",
        ])
    }

    @Test func growthOfGrossDomesticProductConflictsOnlyWithItself() throws {
        let result = try check([
            // Gross national and gross domestic product differ by design: no conflict between them.
            "a.md": article("1987-04-01", "Norway's gross national product rose 1.3 pct in 1986, the bureau said."),
            "b.md": article("1987-05-01", "Norway's real GDP grew 1.7 pct in 1986, the ministry said."),
            "c.md": article("1987-06-01", "Norway's gross domestic product grew by 2.9 pct in 1986."),
        ])
        #expect(result.articles.flatMap(\.claims).count == 3)
        #expect(result.findings.map(\.message).map { $0.prefix(60) } == ["Norway's GDP growth in 1986: b.md says 1.7 pct (1.7 percent)"])
    }

    /// News of 1987 calls West Germany "Germany" as often as by its name: both are one state then, and one
    /// conflict; a figure for Germany in 2004 is another state's.
    @Test func germanyBeforeNineteenNinetyIsWestGermany() throws {
        let result = try check([
            "a.md": article("1987-03-10", "West Germany's trade surplus was 10.4 billion marks in February, the office said."),
            "b.md": article("1987-03-12", "The German trade surplus was 12.9 billion marks in February, officials said."),
            "c.md": article("2004-03-12", "Germany's trade surplus was 12.9 billion euros in February, officials said."),
        ])
        #expect(result.articles.flatMap(\.claims).map(\.key.subject) == ["West Germany", "West Germany", "Germany"])
        #expect(result.findings.count == 1)
        #expect(result.findings.first?.message.hasPrefix("West Germany's trade surplus in February 1987: a.md says 10.4 billion") == true)
    }

    @Test func toleranceKeepsRoundingFromBeingAConflict() throws {
        let result = try check([
            "a.md": article("2010-05-01", "Chile's inflation rate was 10 pct in 2009."),
            "b.md": article("2010-06-01", "Chile's inflation rate was 10.1 pct in 2009."),
        ])
        #expect(result.findings.isEmpty)
    }

    @Test func differentTimesAreAChangeWithItsSize() throws {
        let result = try check([
            "old.md": article("2003-05-01", "Officials estimate that India accounts for about 40 percent of Russia's arms exports."),
            "new.md": article("2012-05-01", "India now accounts for more than 60 percent of Russian weapons sales, analysts say."),
        ])
        #expect(result.findings.map(\.check) == ["claim-change"])
        let change = try #require(result.findings.first)
        #expect(change.severity == .warning)
        #expect(change.message == "India's share of Russia's arms exports changed from about 40 percent (36–44 percent) as of May 1, 2003 "
            + "to more than 60 percent (at least 60 percent) as of May 1, 2012: a rise of at least 16 percentage points (old.md, new.md).")
    }

    @Test func figuresWithNoTimeOfTheirOwnHoldAsOfTheirArticlesDate() throws {
        let result = try check([
            // Four articles of one year, none giving its figure a time of its own ("on Tuesday" is when it was
            // said): March and June disagree (a change), and so do two articles of one June day (a conflict); an
            // article later that month is a change again, since new figures may have come out in between.
            "march.md": article("2018-03-02", "Spain's jobless rate is 17.2%, the highest in the euro zone after Greece."),
            "june.md": article("2018-06-05", "Unemployment in Spain was 14 percent, the labour ministry said on Tuesday."),
            "june-other.md": article("2018-06-05", "Economists said Spain's unemployment rate was 15.5 pct."),
            "june-late.md": article("2018-06-28", "Spain's unemployment rate is 13 pct, the ministry said."),
        ])
        #expect(result.articles.flatMap(\.claims).map { $0.asOf?.description } == ["2018-06-28", "2018-06-05", "2018-06-05", "2018-03-02"])
        #expect(result.findings.map(\.check).sorted() == ["claim-change", "claim-change", "claim-conflict"])
        let changes = result.findings.filter { $0.check == "claim-change" }.map(\.message)
        #expect(changes.contains { $0.hasPrefix("Spain's unemployment changed from 17.2% (17.2 percent) as of March 2, 2018 to ") })
        #expect(changes.contains { $0.contains(" as of June 5, 2018 to 13 pct (13 percent) as of June 28, 2018") })
        let conflict = try #require(result.findings.first { $0.check == "claim-conflict" })
        #expect(conflict.message == "Spain's unemployment as of June 5, 2018: june.md says 14 percent (14 percent), "
            + "june-other.md says 15.5 pct (15.5 percent).")
    }

    @Test func aFigureAsOfAnArticlesDateMeetsExplicitYearsOnlyOutsideItsYear() throws {
        let result = try check([
            "year-before.md": article("2018-01-20", "Italy's inflation rate was 1.2 pct in 2017."),
            "same-year.md": article("2019-01-20", "Italy's inflation rate was 1.2 pct in 2018."),
            "as-of.md": article("2018-09-14", "Italy's inflation rate is 2 percent, the statistics institute said."),
        ])
        // 2017 against as of September 2018 is a change; "in 2018" (the year's average) against the September
        // figure is neither a change nor a conflict.
        #expect(result.findings.map(\.check) == ["claim-change"])
        #expect(result.findings.first?.message.hasPrefix("Italy's inflation changed from 1.2 pct (1.2 percent) in 2017 to 2 percent (2 percent) as of September 14, 2018") == true)
    }

    @Test func overlappingValuesAtDifferentTimesAgree() throws {
        let result = try check([
            "old.md": article("2003-05-01", "India accounts for about 40 percent of Russia's arms exports."),
            "new.md": article("2012-05-01", "India now accounts for as much as 60 percent of Russian weapons sales."),
        ])
        #expect(result.findings.isEmpty)
    }

    @Test func exampleArticlesGiveTheChangeAndTheDatelineContradiction() throws {
        let result = try CheckRun(book: TestFiles.builtinBook).run(paths: [TestFiles.examples])
        #expect(result.findings.map(\.check) == ["dateline-contradiction", "claim-change"])
        let change = try #require(result.findings.first { $0.check == "claim-change" })
        #expect(change.message.hasPrefix("China's share of Russia's arms exports changed from nearly half (45–50 percent) in 2003 "
            + "to up to 15 percent (at most 15 percent) as of November 20, 2012: a fall of at least 30 percentage points"))
        #expect(change.evidence.map { "\($0.path.split(separator: "/").last!):\($0.line):\($0.column)" } == [
            "cnsnews-russia-steps-up-weapons-sales-to-china.txt:17:1",
            "moscow-times-shoigu-visits-china-at-key-moment.txt:45:195",
        ])
        let dateline = try #require(result.findings.first { $0.check == "dateline-contradiction" })
        #expect(dateline.message.hasPrefix("The dateline says 2008 (July 7, 2008 | 8:14 PM EDT), but the text reads as written in 2003"))
        #expect(dateline.evidence.map(\.line) == [3, 33, 9])
    }

    @Test func claimGroupsOrderKeysSlotsByTimeAndClaimsAsGiven() {
        func claim(_ subject: String, _ year: Int, _ value: Double, _ path: String, unit: String = "percent") -> Claim {
            let text = "\(subject)'s net profit was \(value) \(unit) in \(year)."
            return Claim(item: ExtractedItem(text: text, rule: "test", line: 1, column: 1, sentence: text),
                         key: Claim.Key(subject: subject, measure: "net profit", owner: nil, unit: unit),
                         quantity: Quantity(low: value, high: value, unit: unit, approximate: false),
                         valueText: "\(value) \(unit)", years: YearSpan(year: year), timeText: "in \(year)",
                         timeSource: .explicit, path: path)
        }
        let claims = [claim("Peru", 2001, 3, "a.md"), claim("Chile", 2003, 4, "b.md"), claim("Peru", 1999, 5, "c.md"),
                      claim("Chile", 2003, 6, "d.md"), claim("Peru", 2001, 7, "e.md")]
        let groups = ClaimGroups(claims).groups
        #expect(groups.map(\.key.subject) == ["Chile", "Peru"])
        #expect(groups[1].slots.map(\.time.years.first) == [1999, 2001])
        #expect(groups[0].slots.map { $0.claims.map(\.path) } == [["b.md", "d.md"]])
        #expect(groups[1].slots.map { $0.claims.map(\.path) } == [["c.md"], ["a.md", "e.md"]])
        // Amounts in two currencies read alike; they sort by unit, whatever order they come in.
        let currencies = [claim("Qantas", 1987, 1, "a.md", unit: "USD"), claim("Qantas", 1987, 2, "b.md", unit: "AUD")]
        for given in [currencies, currencies.reversed()] {
            #expect(ClaimGroups(given).groups.map(\.key.unit) == ["AUD", "USD"])
        }
    }

    @Test func sharesOfOneWholeOverOneHundredPercent() throws {
        let result = try check(["shares.md": article("2011-01-01", """
            China accounts for 60 percent of Russia's arms exports.

            India accounts for more than 55 percent of Russian arms sales, officials said.
            """)])
        #expect(result.findings.map(\.check) == ["shares-over-whole"])
        #expect(result.findings.first?.message == "Shares of Russia's arms exports as of January 1, 2011 add up to at least 115 percent: China 60 percent, India more than 55 percent.")
    }

    @Test func sameFigureTwiceWithDifferentValuesInOneArticle() throws {
        let result = try check(["restated.md": article("1987-05-01", """
            Brazil's inflation rate was 10 pct in 1986, the bank said.

            Later in the report, Brazil's inflation rate was 14 pct in 1986.
            """)])
        #expect(result.findings.map(\.check) == ["figure-restated"])
        #expect(result.findings.first?.message == "Brazil's inflation in 1986 is given as 10 pct at line 6 and as 14 pct at line 8.")
    }

    @Test func aFigureGivenSeasonallyAdjustedAndNotIsTwoFigures() throws {
        let result = try check(["adjusted.md": article("1987-03-27", """
            Japan's trade surplus rose to 8.14 billion dlrs in February from 5.7 billion in January.

            Japan's seasonally adjusted trade surplus fell to 9.16 billion dlrs in February.
            """)])
        // February's figure, January's it is compared with, and February's seasonally adjusted one.
        #expect(result.articles.flatMap(\.claims).map(\.seasonalAdjustment) == [nil, nil, true])
        #expect(result.articles.flatMap(\.claims).map { $0.period ?? "" } == ["February", "January", "February"])
        #expect(result.findings.isEmpty)
    }

    @Test func monthlyFiguresAreNotComparedWithQuarterlyOnes() throws {
        let result = try check([
            "a.md": article("1987-04-10", "Thailand's trade deficit in the first quarter of 1987 was 4.5 billion baht."),
            "b.md": article("1987-03-10", "Thailand's trade deficit was 1.7 billion baht in February."),
        ])
        #expect(result.findings.isEmpty)
    }

    @Test func theYearSoFarIsComparedOnlyWithTheSameMonthsOfAnotherYear() throws {
        let result = try check([
            "year.md": article("1987-01-12", "Taiwan's trade surplus was 15.6 billion dlrs in 1986, officials said."),
            "so-far-1986.md": article("1986-10-20", "Taiwan's trade surplus in the first nine months of 1986 was 11.05 billion dlrs."),
            "so-far-1987.md": article("1987-10-20", "Taiwan's trade surplus hit a record 14.95 billion U.S. Dlrs in the first nine months of 1987."),
        ])
        #expect(result.findings.map(\.message) == [
            "Taiwan's trade surplus changed from 11.05 billion dlrs ($11.05 billion) in the first 9 months of 1986 to "
                + "14.95 billion U.S. Dlrs ($14.95 billion) in the first 9 months of 1987: a rise of $3.9 billion (so-far-1986.md, so-far-1987.md).",
        ])
    }

    @Test func reportsAreWrittenAndIdenticalAcrossRunsAndThreadCounts() throws {
        let output = try TestFiles.scratch()
        let book = TestFiles.builtinBook
        var reports: [String] = []
        for threads in [1, 2, 4] {
            let result = try CheckRun(book: book, threads: threads).run(paths: [TestFiles.examples])
            let writer = ReportWriter(directory: output.path)
            let rendered = [
                ("report.md", ReportMarkdown.render(result)), ("report.json", ReportJSON.render(result)),
                ("report.sarif", ReportSARIF.render(result, rules: book.rules)), ("report.html", ReportHTML.render(result)),
                ("report.junit.xml", ReportJUnit.render(result, failOn: .error)), ("terminal.txt", ReportTerminal.render(result)),
            ]
            var all = ""
            for (name, contents) in rendered {
                try writer.write(contents, named: name)
                all += try String(contentsOf: output.appendingPathComponent(name), encoding: .utf8)
            }
            reports.append(all)
        }
        #expect(Set(reports).count == 1)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        #expect(leftovers == ["report.html", "report.json", "report.junit.xml", "report.md", "report.sarif", "terminal.txt"])
    }

    @Test func reportJSONHasTheDocumentedContract() throws {
        let result = try CheckRun(book: TestFiles.builtinBook).run(paths: [TestFiles.examples])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(ReportJSON.render(result).utf8)) as? [String: Any])
        #expect(Set(root.keys) == ["version", "summary", "findings", "articles"])
        #expect(root["version"] as? Int == 2)
        let articles = try #require(root["articles"] as? [[String: Any]])
        #expect(articles.count == 2)
        #expect(articles.allSatisfy { Set($0.keys).isSuperset(of: ["path", "counts", "claims", "year"]) })
        let findings = try #require(root["findings"] as? [[String: Any]])
        for finding in findings {
            #expect(Set(finding.keys) == ["check", "severity", "message", "suppressed", "evidence"])
            for evidence in finding["evidence"] as? [[String: Any]] ?? [] {
                #expect(Set(evidence.keys) == ["path", "id", "line", "column", "text"])
            }
        }
        let summary = try #require(root["summary"] as? [String: Any])
        #expect(summary["articles"] as? Int == 2)
    }

    @Test func markdownReportLinksEvidenceToItsLine() throws {
        let result = try CheckRun(book: TestFiles.builtinBook).run(paths: [TestFiles.examples])
        let markdown = ReportMarkdown.render(result)
        #expect(markdown.contains("| 2 | "))
        #expect(markdown.contains("moscow-times-shoigu-visits-china-at-key-moment.txt#L45)"))
        #expect(markdown.contains("  > China currently accounts for up to 15 percent of Russian arms sales."))
        #expect(markdown.contains("## Claims resting on anonymous sources\n\n| article | claims |"))
        #expect(markdown.contains("moscow-times-shoigu-visits-china-at-key-moment.txt | 1 |"))
    }

    @Test func corpusCheckFinishes() throws {
        let corpus = TestFiles.shared.appendingPathComponent("corpus/bbc/business").path
        guard FileManager.default.fileExists(atPath: corpus) else {
            print("skipping: \(corpus) is absent")
            return
        }
        let result = try CheckRun(book: TestFiles.builtinBook).run(paths: [corpus])
        #expect(result.articles.count > 500)
        #expect(result.articles.reduce(0) { $0 + $1.counts.figures } > 1000)
    }
}
