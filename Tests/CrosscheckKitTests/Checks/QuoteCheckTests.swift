import Foundation
import Testing
@testable import CrosscheckKit

private func check(_ files: [String: String], sources: [String: String] = [:]) throws -> CheckRun.Result {
    let root = try TestFiles.folder(files)
    var quoteSources = QuoteSources(documents: [])
    if !sources.isEmpty {
        quoteSources = try CheckRun.loadSources([try TestFiles.folder(sources).path]).sources
    }
    return try CheckRun(book: TestFiles.builtinBook, sources: quoteSources).run(paths: [root.path])
}

private func article(_ body: String) -> String { "---\ndate: 2022-05-01\n---\nHeadline\n\n\(body)\n" }

@Suite struct QuoteCheckTests {
    @Test func sameSpeakerDifferentWordsIsAnAlteredQuote() throws {
        let result = try check([
            "a.md": article("Mayor Ruth Ellis spoke at the rally. \"We will never back down from this fight,\" Ellis said."),
            "b.md": article("\"We will not back down from this fight,\" said Ruth Ellis, the mayor."),
        ])
        #expect(result.findings.map(\.check) == ["quote-altered"])
        let finding = try #require(result.findings.first)
        #expect(finding.message.hasSuffix("Words ([-first-] {+second+}): we will [-never-] {+not+} back down from this fight."))
        #expect(finding.evidence.count == 2)
    }

    @Test func sameWordsDifferentSpeakersIsAMisattribution() throws {
        let result = try check([
            "a.md": article("\"The budget is a betrayal of every pensioner in the country,\" said Tom Hardy, the opposition leader."),
            "b.md": article("\"The budget is a betrayal of every pensioner in the country,\" said Anna Lund, a union official."),
        ])
        #expect(result.findings.map(\.check) == ["quote-misattributed"])
        #expect(result.findings.first?.message.contains("attributed to Tom Hardy in a.md and to Anna Lund in b.md") == true)
    }

    @Test func quoteMarksSpacingCaseAndEllipsisAreForgiven() throws {
        let result = try check([
            "a.md": article("\"We will rebuild this town, street by street, and we will not forget,\" said Ruth Ellis."),
            "b.md": article("“We will rebuild this town ... and we will NOT forget,” said Ruth Ellis."),
        ])
        #expect(result.findings.isEmpty)
    }

    @Test func bracketedInsertionsAreShownAsEditorial() throws {
        let result = try check([
            "a.md": article("\"The minister has broken every promise he made to this region,\" said Ruth Ellis."),
            "b.md": article("\"[Lund] has broken every pledge he made to this region,\" said Ruth Ellis."),
        ])
        let finding = try #require(result.findings.first)
        #expect(finding.check == "quote-altered")
        #expect(finding.message.contains("[-promise-] {+pledge+}"))
        #expect(finding.message.contains("Editorial insertions: [lund]."))
    }

    @Test func aBracketedNameForAPronounIsNotAnAlteration() throws {
        let result = try check([
            "a.md": article("\"The minister has broken every promise he made to this region,\" said Ruth Ellis."),
            "b.md": article("\"[Lund] has broken every promise he made to this region,\" said Ruth Ellis."),
        ])
        #expect(result.findings.isEmpty)
    }

    @Test func quotingLessOfAStatementIsNotAlteringIt() throws {
        let result = try check([
            "a.md": article("\"We rebuilt the bridge in six months. Nobody believed we could do it,\" said Ruth Ellis."),
            "b.md": article("\"We rebuilt the bridge in six months,\" said Ruth Ellis."),
        ])
        #expect(result.findings.isEmpty)
    }

    @Test func oneArticleIsNotComparedWithItself() throws {
        let result = try check(["a.md": article("""
            "We will never back down from this fight," Ruth Ellis said.

            "We will not back down from this fight," said Ruth Ellis again.
            """)])
        #expect(result.findings.isEmpty)
    }

    @Test func theThreeSourceVerdicts() throws {
        let result = try check(
            ["a.md": article("""
                Finance Minister Anna Berg was defiant. "We will not back down from this," Berg said.

                "I have no plans to resign," she added.

                "The unions are wrong about everything," Berg told reporters.

                "The weather was lovely," said Tom Lee, a tourist.
                """)],
            sources: ["transcript.txt": """
                Press conference

                MINISTER ANNA BERG: Good morning. We will never back down from this, and the budget stays.

                MINISTER ANNA BERG: I have no plans to resign. The unions know where I stand.
                """])
        let messages = result.findings.filter { $0.check == "quote-source" }.map(\.message)
        #expect(messages.count == 3)
        #expect(messages[0].hasPrefix("Altered: Anna Berg's \"We will not back down from this\""))
        #expect(messages[0].hasSuffix("we will [-not-] {+never+} back down from this."))
        #expect(messages[1].hasPrefix("Verbatim: Anna Berg's \"I have no plans to resign\""))
        #expect(messages[2] == "Not found: Anna Berg appears in the sources, but not \"The unions are wrong about everything\".")
        #expect(result.findings.filter { $0.check == "quote-source" }.map(\.severity) == [.warning, .info, .warning])
    }

    @Test func wordDiffMarksRemovedAndAddedWords() {
        let comparison = QuoteComparison(QuoteWords("we will never back down from this"), QuoteWords("We will not back down from this!"))
        #expect(comparison.description == "we will [-never-] {+not+} back down from this")
        #expect(comparison.similarity > 0.8)
        #expect(!comparison.isVerbatim)
    }
}
