import Foundation
import Testing
@testable import CrosscheckKit

@Suite struct ExtractionTests {
    func extractExamples(threads: Int = 2) throws -> Extraction.Result {
        try Extraction(book: TestFiles.builtinBook, threads: threads).run(paths: [TestFiles.examples])
    }

    @Test func splitFigureIsOneFigureWithItsOriginalPosition() throws {
        let result = try extractExamples()
        let moscow = try #require(result.documents.first { $0.path.hasSuffix("moscow-times-shoigu-visits-china-at-key-moment.txt") })
        let figure = try #require(moscow.figures.map(\.item).first { $0.text == "$1.5 billion" })
        #expect(figure.rule == "money")
        // `\$1.5` stands at line 53 (after the escape's backslash); "billion" is on line 55.
        #expect(figure.line == 53)
        #expect(figure.column == 85)
        #expect(!moscow.figures.contains { $0.item.text.contains("Su-35") && $0.item.rule != "count" })
        #expect(!moscow.figures.contains { $0.item.text.contains("Su-27") || $0.item.text.contains("Mi-26") })
    }

    @Test func exampleArticlesGiveTheirQuotesClaimsAndTimes() throws {
        let result = try extractExamples()
        #expect(result.diagnostics.isEmpty)
        let cns = try #require(result.documents.first { $0.path.hasSuffix("cnsnews-russia-steps-up-weapons-sales-to-china.txt") })
        #expect(cns.claims.map(\.item.text) == ["China accounts for nearly half of Russia's arms exports"])
        #expect(cns.quotes.map(\.text) == ["serious progress in military-technical cooperation", "in Chinese colors"])
        #expect(cns.times.contains { $0.item.text == "next year" })
        #expect(cns.times.contains { $0.item.text == "this year's" })
        let moscow = try #require(result.documents.first { $0.path.hasSuffix("moscow-times-shoigu-visits-china-at-key-moment.txt") })
        #expect(moscow.quotes.count == 6)
        #expect(moscow.claims.contains { $0.item.captures["value"] == "up to 15 percent" })
    }

    @Test func outputIsTheSameWhateverTheThreadCount() throws {
        let corpus = try TestFiles.folder([
            "a.txt": "A\n\nPrices rose 5 percent in 2003.\n",
            "b/c.md": "C\n\nShe paid $3 million, \"a fair price,\" she said.\n",
            "d.jsonl": (1...50).map { "{\"id\": \"\($0)\", \"body\": \"Sales rose \($0) pct to \($0) mln dlrs.\"}" }.joined(separator: "\n"),
        ])
        let book = TestFiles.builtinBook
        let one = try Extraction(book: book, threads: 1).run(paths: [corpus.path])
        let four = try Extraction(book: book, threads: 4).run(paths: [corpus.path])
        #expect(one.documents.count == 52)
        #expect(ExtractionJSON.render(one.documents) == ExtractionJSON.render(four.documents))
    }

    @Test func jsonHasTheDocumentedContract() throws {
        let result = try extractExamples()
        let data = Data(ExtractionJSON.render(result.documents).utf8)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(root["version"] as? Int == 1)
        let documents = try #require(root["documents"] as? [[String: Any]])
        #expect(documents.count == 2)
        for document in documents {
            #expect(Set(document.keys) == ["path", "id", "title", "byline", "dateline", "date", "url", "source", "year",
                                           "figures", "quotes", "attributions", "anonymousClaims", "claims", "times"])
            for quote in (document["quotes"] as? [[String: Any]] ?? []) {
                #expect(Set(quote.keys).isSuperset(of: ["text", "speaker", "speakerMention", "role", "cue", "partial",
                                                        "anonymous", "line", "column"]))
            }
            for item in (document["figures"] as? [[String: Any]] ?? []) {
                #expect(Set(item.keys) == ["text", "rule", "line", "column", "captures", "message", "low", "high", "unit",
                                           "approximate", "conversions"])
            }
            for item in (document["claims"] as? [[String: Any]] ?? []) {
                #expect(Set(item.keys).isSuperset(of: ["text", "rule", "line", "column", "subject", "measure", "owner", "key",
                                                       "value", "low", "high", "unit", "approximate", "years", "period"]))
            }
        }
        let moscow = try #require(documents.first { ($0["byline"] as? String) == "Alexander Bratersky" })
        #expect(moscow["date"] as? String == "2012-11-20")
    }

    @Test func badFilesAreReportedAndTheRunGoesOn() throws {
        let corpus = try TestFiles.folder(["good.txt": "T\n\nIt cost $5 billion.\n", "empty.txt": ""])
        let result = try Extraction(book: TestFiles.builtinBook).run(paths: [corpus.path])
        #expect(result.documents.count == 1)
        #expect(result.diagnostics.map(\.message) == ["empty file: no article text"])
    }
}
