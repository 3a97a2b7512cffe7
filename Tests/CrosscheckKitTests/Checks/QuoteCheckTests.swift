import Foundation
import Testing
@testable import CrosscheckKit

private func check(_ files: [String: String], sources: [String: String] = [:]) throws -> CheckRun.Result {
    let root = try TestFiles.folder(files)
    var quoteSources = QuoteSources.none
    if !sources.isEmpty {
        quoteSources = try CheckRun.loadSources([try TestFiles.folder(sources).path], spelling: TestFiles.spelling).sources
    }
    return try CheckRun(book: TestFiles.builtinBook, sources: quoteSources).run(paths: [root.path])
}

private func quoteWords(_ text: String) -> QuoteWords { QuoteWords(text, spelling: TestFiles.spelling) }

private func article(_ body: String) -> String { "---\ndate: 2022-05-01\n---\nHeadline\n\n\(body)\n" }

/// Two wordings of one quote, in two articles, that must give no finding; then `old` changed to `new` in the
/// second, which must give one `quote-altered` finding, whose message is returned.
private func alteredMessage(_ first: String, _ second: String, changing old: String, to new: String) throws -> String {
    #expect(try check(["a.md": article(first), "b.md": article(second)]).findings.isEmpty)
    let changed = second.replacingOccurrences(of: old, with: new)
    let result = try check(["a.md": article(first), "b.md": article(changed)])
    #expect(result.findings.map(\.check) == ["quote-altered"])
    return try #require(result.findings.first?.message)
}

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

    /// "The group said" resolved to the wrong firm must not accuse an article of misattributing: only names given at
    /// the words count.
    @Test func wordsGivenToABodyReferredBackToAreNoMisattribution() throws {
        let words = "\"We are in talks with other holders about taking control of the company,\""
        let result = try check([
            "a.md": article("Talks are under way at Corvane Broadcasting Co. \(words) the company said."),
            "b.md": article("\(words) said Ilse Brandt, the lead investor."),
        ])
        #expect(!result.findings.contains { $0.check == "quote-misattributed" })
    }

    @Test func aNameSpelledTwoWaysIsAMilderMisattribution() throws {
        let result = try check([
            "a.md": article("\"The dividend will be restored by the end of next year,\" said Harriet Kowalczyk, the chairman."),
            "b.md": article("\"The dividend will be restored by the end of next year,\" Kowalczik said."),
            "c.md": article("\"The dividend will be restored by the end of next year,\" said Harriet Kowal."),
        ])
        let findings = result.findings.filter { $0.check == "quote-misattributed" }
        #expect(findings.count == 3)
        let spelling = findings.filter { $0.message.contains("one may be misspelled") }
        #expect(spelling.count == 1)
        #expect(spelling.first?.severity == .warning)
        #expect(spelling.first?.message.contains("Harriet Kowalczyk in a.md and to Kowalczik in b.md") == true)
        #expect(findings.filter { $0.severity == .error }.count == 2)
    }

    @Test func wordsGivenToABodyAndToAPersonAreAMilderMisattribution() throws {
        let words = "\"The scheme breaches the rights of every tenant in the borough,\""
        let result = try check([
            "a.md": article("\(words) said Mary Doyle, a councillor."),
            "b.md": article("\(words) the Law Lords said on Monday."),
            "c.md": article("\(words) said Senate Democrats."),
        ])
        let findings = result.findings.filter { $0.check == "quote-misattributed" }.sorted { $0.message < $1.message }
        #expect(findings.count == 3)
        // A person and a body: a warning that says why.
        let member = findings.filter { $0.message.contains("is a body of people") }
        #expect(member.count == 2)
        #expect(member.allSatisfy { $0.severity == .warning })
        #expect(member.contains { $0.message.hasSuffix("Law Lords is a body of people: Mary Doyle may have spoken for it.") })
        // Two bodies are two sources.
        let bodies = findings.filter { $0.message.contains("Law Lords in b.md and to Senate Democrats in c.md") }
        #expect(bodies.map(\.severity) == [.error])
    }

    @Test func spellingsAreToldFromOtherPeople() {
        #expect(QuoteMisattributedCheck.mayBeOneNameMisspelled("William Raftery", "William Raferty"))
        #expect(QuoteMisattributedCheck.mayBeOneNameMisspelled("Harvey Kapnick", "Kapnik"))
        #expect(!QuoteMisattributedCheck.mayBeOneNameMisspelled("Angel Gurria", "Gustavo Petricioli"))
        #expect(!QuoteMisattributedCheck.mayBeOneNameMisspelled("John Smith", "Jane Smyth"))
        #expect(!QuoteMisattributedCheck.mayBeOneNameMisspelled("Tom Hale", "Tom Hyde"))
        #expect(QuoteMisattributedCheck.editDistance(Array("kitten"), Array("sitting")) == 3)
    }

    @Test func anApostropheWrittenAsAQuoteMarkDoesNotCutTheQuote() throws {
        let result = try check([
            "a.md": article("\"We don\"t think the bank will need more capital this year,\" Lena Ortiz said."),
            "b.md": article("\"We don't think the bank will need more capital this year,\" Lena Ortiz said."),
        ])
        #expect(result.findings.isEmpty)
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

    @Test func wireStyleDifferencesAreNotAlterations() throws {
        // An insertion in parentheses, a hyphen, a number in words, "U.S." spelled out: one quote in two styles.
        let first = "\"All indications are they will take effect, and the full-court press by the U.S. on Group of 7 allies goes on,\" said Marlin Reed."
        let second = "\"All indications are they (the tariffs) will take effect, and the full court press by the United States on Group of Seven allies goes on,\" said Marlin Reed."
        // A word changed among them is still reported, with the insertion shown as an editor's.
        let message = try alteredMessage(first, second, changing: "goes on", to: "will stop")
        #expect(message.hasSuffix("[-goes on-] {+will stop+}. Editorial insertions: [the tariffs]."))
    }

    @Test func aMarkForgivesACutOnlyWhereItStands() {
        // A note at the end does not excuse words dropped earlier; an ellipsis where they were dropped does.
        func verbatim(_ one: String, _ other: String) -> Bool { QuoteComparison(quoteWords(one), quoteWords(other)).isVerbatim }
        #expect(!verbatim("a great loss to the IBM Company and to his family", "a great loss to IBM and to his family (corrects spelling)"))
        #expect(verbatim("a great loss to the IBM Company and to his family", "a great loss to ... and to his family (corrects spelling)"))
        #expect(verbatim("we will rebuild the school and the bridge", "[they] will rebuild ... the bridge"))
        #expect(!verbatim("we will rebuild the school and the bridge", "[they] will rebuild the bridge"))
    }

    @Test func aParenthesisNeverClosedIsNoInsertion() {
        #expect(quoteWords("we rose (by a third").words == ["we", "rose", "by", "a", "third"])
        #expect(quoteWords("a (b) c [d] e").words == ["a", "c", "e"])
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

    @Test func aQuoteCopiedIntoManyArticlesIsPairedWithEveryOtherArticle() throws {
        let original = "\"We will never back down from this fight,\" said Ruth Ellis, the mayor."
        var files: [String: String] = [:]
        for copy in 1...4 { files["c\(copy).md"] = article(original) }
        files["d.md"] = article("\"We will not back down from this fight,\" said Ruth Ellis, the mayor.")
        files["e.md"] = article("\"We will never back down from this fight,\" said Anna Lund, a union official.")
        let result = try check(files)
        let altered = result.findings.filter { $0.check == "quote-altered" }
        let misattributed = result.findings.filter { $0.check == "quote-misattributed" }
        // Each copy against the altered article; the copies among themselves agree and make no finding.
        #expect(altered.map { $0.evidence.map(\.articleName).map { ($0 as NSString).lastPathComponent } }
            == (1...4).map { ["c\($0).md", "d.md"] })
        // Each copy and the altered one against the other speaker.
        #expect(Set(misattributed.map { ($0.evidence[0].path as NSString).lastPathComponent })
            == ["c1.md", "c2.md", "c3.md", "c4.md", "d.md"])
        #expect(misattributed.allSatisfy { ($0.evidence[1].path as NSString).lastPathComponent == "e.md" })
        #expect(result.findings.count == 9)
    }

    @Test func aPairKeepsArticleOrderWhenTheLaterWordingComesFirst() throws {
        let changed = "\"We will not back down from this fight,\" said Ruth Ellis, the mayor."
        let result = try check([
            "a.md": article(changed),
            "b.md": article("\"We will never back down from this fight,\" said Ruth Ellis, the mayor."),
            "c.md": article(changed),
        ])
        let messages = result.findings.filter { $0.check == "quote-altered" }.map(\.message)
        #expect(messages.count == 2)
        #expect(messages.first { $0.contains("a.md has") }?.hasSuffix("we will [-not-] {+never+} back down from this fight.") == true)
        #expect(messages.first { $0.contains("c.md has") }?.hasSuffix("we will [-never-] {+not+} back down from this fight.") == true)
    }

    @Test func shortQuotesAreStillCheckedAgainstSources() throws {
        let result = try check(["a.md": article("\"Not on my watch,\" Anna Berg said.")],
                               sources: ["transcript.txt": "MINISTER ANNA BERG: Not on my watch. Next question.\n"])
        #expect(result.findings.count == 1)
        #expect(result.findings.first?.message.hasPrefix("Verbatim: Anna Berg's \"Not on my watch\"") == true)
    }

    @Test func aQuoteRespelledInAnotherHouseStyleIsNotAlteredButAChangedWordStillIs() throws {
        let british = "\"We are kicking the tyres of every games company, whatever the colour of its programme,\" said Peter Marsh."
        let american = "\"We are kicking the tires of every games company, whatever the color of its program,\" said Peter Marsh."
        // Only the changed word is a change; each article's spelling is quoted as it wrote it.
        let message = try alteredMessage(british, american, changing: "every", to: "some")
        #expect(message.contains("[-every-] {+some+}"))
        #expect(message.contains("kicking the tyres of"))
        #expect(!message.contains("[-tyres-]") && !message.contains("[-colour-]"))
        #expect(message.contains("b.md has \"We are kicking the tires of some games company, whatever the color of its program\""))
    }

    @Test func aQuoteInBritishSpellingIsVerbatimAgainstAnAmericanTranscript() throws {
        let result = try check(["a.md": article("\"We will not jeopardise the centre of this city,\" said Anna Berg, the mayor.")],
                               sources: ["transcript.txt": "MAYOR ANNA BERG: We will not jeopardize the center of this city.\n"])
        #expect(result.findings.count == 1)
        #expect(result.findings.first?.message.hasPrefix("Verbatim: Anna Berg's \"We will not jeopardise the centre of this city\" is in ") == true)
    }

    @Test func britishAndAmericanSpellingsShareAKeyAndShortLookalikesDoNot() {
        let pairs = [("colour", "color"), ("favourites", "favorites"), ("labourers", "laborers"), ("emphasise", "emphasize"),
                     ("organisation", "organization"), ("criticised", "criticized"), ("analysed", "analyzed"),
                     ("centre", "center"), ("theatres", "theaters"), ("travelled", "traveled"), ("cancelling", "canceling"),
                     ("counsellor", "counselor"), ("catalogue", "catalog"), ("tyres", "tires"), ("programme", "program"),
                     ("defence", "defense"), ("metres", "meters"), ("grey", "gray"), ("cheques", "checks"),
                     ("seven", "7"), ("twenty", "20"), ("thirty", "30"), ("zero", "0")]
        for (british, american) in pairs {
            #expect(TestFiles.spelling.key(british) == TestFiles.spelling.key(american), "\(british) / \(american)")
        }
        let distinct = [("four", "for"), ("hour", "hor"), ("prise", "prize"), ("rise", "rize"), ("filled", "filed"),
                        ("called", "caled"), ("killed", "kiled"), ("mitre", "miter"), ("your", "yor"), ("tours", "tors")]
        for (one, other) in distinct {
            #expect(TestFiles.spelling.key(one) != TestFiles.spelling.key(other), "\(one) / \(other)")
        }
        // Words with capitals, digits or marks are not folded.
        #expect(TestFiles.spelling.key("colour's") == "colour's")
        // "U.S." is two words, "u" and "s", compared as "united states"; a lone "u" or "s" is itself.
        #expect(TestFiles.spelling.keys(["the", "u", "s", "and", "u", "k", "s"]) == ["the", "united", "states", "and", "united", "kingdom", "s"])
        #expect(TestFiles.spelling.keys(["u"]) == ["u"])
    }

    /// The irregular spellings are a lexicon: without it "tyre" is itself, and a user's entry adds a pair.
    @Test func irregularSpellingsComeFromTheLexiconAUserExtends() throws {
        #expect(SpellingVariants(lexicon: nil).key("tyres") == "tyres")
        var lexicon = try #require(TestFiles.builtinBook.lexicons["spelling_variant"])
        lexicon.merge(Lexicon(name: "spelling_variant", description: "a newsroom's own", entries: ["donut": ["doughnut"]],
                              caseless: true, file: "house.yml"))
        let extended = SpellingVariants(lexicon: lexicon)
        #expect(extended.key("doughnuts") == extended.key("donuts"))
        #expect(extended.key("tyre") == "tire")
        #expect(TestFiles.spelling.key("doughnut") != TestFiles.spelling.key("donut"))
    }

    @Test func aQuoteIsCountedAsItIsRead() {
        let texts = ["We will not back down", "they [the tariffs] will ... take effect", "a 3:1 (or better",
                     "''' 'tis 'twas", "Déjà vu, über-cool, naïve", "U.S.-led talks (the first)", ""]
        for text in texts {
            #expect(QuoteWords.wordCount(text) == quoteWords(text).words.count, "\(text)")
        }
        // The insertion and the ellipsis are not words; a parenthesis never closed holds words.
        #expect(QuoteWords.wordCount("they [the tariffs] will ... take effect") == 4)
        #expect(QuoteWords.wordCount("a 3:1 (or better") == 5)
    }

    @Test func quoteClassesGroupTheSameTextInQuoteOrderAcrossSlices() {
        // More distinct texts than one hashing slice holds, each repeated after the others, so classes cross a
        // slice's edge and every class has members far apart.
        let texts = (0..<5_000).map { "Quote number \($0) says Colours and TYRES" }
        let all = texts + texts.reversed().prefix(100)
        let quotes = all.enumerated().map { index, text in
            Quote(item: ExtractedItem(text: text, rule: "test", line: 1, column: 1, sentence: text), text: text,
                  speaker: Speaker(mention: "A", name: "A", role: nil, anonymous: false), cue: "said", partial: false,
                  path: "q\(index).md")
        }
        let classes = QuoteClasses(quotes, spelling: TestFiles.spelling)
        #expect(classes.count == 5_000)
        #expect(Array(classes.members(4_999)) == [4_999, 5_000])
        #expect(Array(classes.members(4_900)) == [4_900, 5_099])
        #expect(Array(classes.members(4_899)) == [4_899])
        for quoteClass in [0, 4_095, 4_096, 4_999] {
            let words = quoteWords(texts[quoteClass])
            #expect(classes.words(quoteClass) == words)
            #expect(Array(classes.wordHashes(quoteClass)) == words.keyHashes)
            #expect(Array(classes.sortedWordHashes(quoteClass)) == words.keyHashes.sorted())
        }
        // Spelling is folded before hashing: the British and American texts hash alike.
        #expect(quoteWords("colours and tyres").keyHashes == quoteWords("colors and tires").keyHashes)
    }

    @Test func theSharedWordBoundIsNeverBelowTheComparison() {
        let texts = ["We will never back down from this fight", "this fight, we will never back down from",
                     "We will not back down", "Prices rose in every region", "back down from this fight we will, never",
                     "We will never back down from this fight over tyres and colours"]
        // Hashed as QuoteClasses hashes them, and sorted as it keeps them for the bound.
        func hashes(_ words: QuoteWords) -> ArraySlice<UInt64> { words.keyHashes.sorted()[...] }
        for first in texts {
            for second in texts {
                let a = quoteWords(first), b = quoteWords(second)
                #expect(QuoteMatching.similarityBound(hashes(a), hashes(b)) >= QuoteComparison(a, b).similarity)
            }
        }
        // Words in another order share every word but few in order; words in common with nothing bound at zero.
        let moved = (quoteWords(texts[0]), quoteWords(texts[4]))
        #expect(QuoteMatching.similarityBound(hashes(moved.0), hashes(moved.1)) == 1)
        #expect(QuoteComparison(moved.0, moved.1).similarity < 1)
        #expect(QuoteMatching.similarityBound(hashes(quoteWords(texts[0])), hashes(quoteWords(texts[3]))) == 0)
    }

    @Test func wordDiffMarksRemovedAndAddedWords() {
        let comparison = QuoteComparison(quoteWords("we will never back down from this"), quoteWords("We will not back down from this!"))
        #expect(comparison.description == "we will [-never-] {+not+} back down from this")
        #expect(comparison.similarity > 0.8)
        #expect(!comparison.isVerbatim)
    }

    @Test func wordDiffShowsWordsTheShorterQuoteLeftOutAsEllipses() {
        let longer = quoteWords("I think we will never back down from this fight, whatever they say")
        let excerpt = quoteWords("we will not back down from this fight")
        #expect(QuoteComparison(longer, excerpt).descriptionFoldingCuts == "... we will [-never-] {+not+} back down from this fight ...")
        #expect(QuoteComparison(excerpt, longer).descriptionFoldingCuts == "... we will [-not-] {+never+} back down from this fight ...")
        #expect(QuoteComparison(longer, excerpt).description.hasPrefix("[-i think-] we will [-never-] {+not+}"))
        // Words both quotes have of their own at an edge are a change, and are shown.
        #expect(QuoteComparison(quoteWords("frankly we will win this"), quoteWords("honestly we will win this")).descriptionFoldingCuts
                == "[-frankly-] {+honestly+} we will win this")
    }
}
