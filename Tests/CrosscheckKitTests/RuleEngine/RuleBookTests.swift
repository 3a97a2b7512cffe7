import Foundation
import Testing
@testable import CrosscheckKit

/// A minimal valid rule file, which each error test breaks in one place.
private func ruleFile(id: String = "demo", kind: String = "figure", pattern: String = "'(?<n>\\d+) widgets'",
                      extra: String = "", message: String = "\"{n} widgets\"") -> String {
    """
    id: \(id)
    kind: \(kind)
    description: Counts widgets.
    severity: info
    message: \(message)
    pattern: \(pattern)
    \(extra)examples:
      match:
        - text: "We sold 12 widgets."
          captures: {n: "12"}
        - "3 widgets left"
      no-match:
        - "No gadgets here."
    """
}

private func loadErrors(_ files: [String: String]) throws -> [String] {
    let root = try TestFiles.folder(files)
    do {
        _ = try RuleBook.load(directories: [root.path])
        return []
    } catch {
        return error.diagnostics.map { $0.description.replacingOccurrences(of: root.path + "/", with: "") }
    }
}

@Suite struct RuleBookTests {
    @Test func validRuleLoadsAndItsExamplesPass() throws {
        let root = try TestFiles.folder(["widgets.yml": ruleFile()])
        let book = try RuleBook.load(directories: [root.path])
        #expect(book.rules.map(\.id) == ["demo"])
        let (count, failures) = RuleExampleRunner.run(book)
        #expect(count == 3)
        #expect(failures.isEmpty)
    }

    @Test func unknownKeyIsAnError() throws {
        #expect(try loadErrors(["r.yml": ruleFile(extra: "colour: red\n")]) ==
                ["r.yml:7:1: error: rule: unknown key 'colour' (allowed: id, kind, description, pattern, severity, message, examples, options, prefilter, reach, measure)"])
    }

    @Test func missingFieldIsAnError() throws {
        let text = ruleFile().replacingOccurrences(of: "severity: info\n", with: "")
        #expect(try loadErrors(["r.yml": text]) == ["r.yml:1:1: error: rule 'demo': missing required field 'severity'"])
    }

    @Test func patternThatDoesNotCompileNamesLineAndColumn() throws {
        #expect(try loadErrors(["r.yml": ruleFile(pattern: "'(?<n>\\d+ widgets'")]) ==
                ["r.yml:6:27: error: rule 'demo': pattern does not compile: missing closing parenthesis (pattern offset 16)"])
    }

    @Test func patternErrorInABlockScalarPointsIntoTheBlock() throws {
        let pattern = "|\n  (?x) (?<n>\\d+)\n  \\s widgets ++ (\n"
        let errors = try loadErrors(["r.yml": ruleFile(pattern: pattern)])
        #expect(errors.count == 1)
        #expect(errors[0].hasPrefix("r.yml:8:"))
        #expect(errors[0].contains("rule 'demo': pattern does not compile"))
    }

    /// Fragments are checked on their own (compiled, not JIT-compiled), so the error names the fragment's file.
    @Test func fragmentThatDoesNotCompileNamesItsOwnFile() throws {
        let fragments = "description: Shared parts.\nfragments:\n  unit: '(?:widgets|gadgets'\n"
        let errors = try loadErrors(["r.yml": ruleFile(pattern: "'(?<n>\\d+) (?&unit)'"), "f.yml": fragments])
        #expect(errors.first?.hasPrefix("f.yml:3:") == true)
        #expect(errors.first?.contains("fragment 'unit' does not compile") == true)
        #expect(errors.first?.contains("missing closing parenthesis") == true)
    }

    @Test func unknownFragmentIsAnError() throws {
        #expect(try loadErrors(["r.yml": ruleFile(pattern: "'(?<n>(?&numbr)) widgets'")]) ==
                ["r.yml:6:16: error: rule 'demo': calls unknown fragment or lexicon 'numbr' (pattern offset 5)"])
    }

    @Test func unknownKindAndSeverityAreErrors() throws {
        #expect(try loadErrors(["r.yml": ruleFile(kind: "gossip")]) ==
                ["r.yml:2:7: error: rule 'demo': unknown kind 'gossip' (one of figure, claim, quote, time, person, organisation, attribution)"])
        let text = ruleFile().replacingOccurrences(of: "severity: info", with: "severity: fatal")
        #expect(try loadErrors(["r.yml": text]) ==
                ["r.yml:4:11: error: rule 'demo': unknown severity 'fatal' (one of info, warning, error)"])
    }

    @Test func messagePlaceholderMustBeACapture() throws {
        #expect(try loadErrors(["r.yml": ruleFile(message: "\"{count} widgets\"")]) ==
                ["r.yml:5:10: error: rule 'demo': message uses {count}, which is not a named group of the pattern"])
    }

    @Test func duplicateRuleIdIsAnError() throws {
        #expect(try loadErrors(["a.yml": ruleFile(), "b.yml": ruleFile()]) ==
                ["b.yml:1:1: error: rule 'demo': rule id 'demo' is already used in a.yml:1"])
    }

    @Test func invalidYAMLNamesLineAndColumn() throws {
        #expect(try loadErrors(["r.yml": "id: x\nkind: [figure\n"]) ==
                ["r.yml:3:1: error: invalid YAML: while parsing a flow sequence did not find expected ',' or ']'"])
    }

    @Test func everyProblemIsReportedAtOnce() throws {
        let errors = try loadErrors(["a.yml": ruleFile(id: "a", kind: "nope"), "b.yml": ruleFile(id: "b", pattern: "'('")])
        #expect(errors.count == 2)
    }

    @Test func customDirectoryAddsARuleThatUsesBuiltinFragments() throws {
        let custom = try TestFiles.folder(["tonnes.yml": """
            id: tonnage
            kind: figure
            description: Tonnes of cargo.
            severity: info
            message: "{amount} tonnes"
            pattern: '(?<amount>(?&amount))\\s(?:metric\\s)?tonnes'
            examples:
              match:
                - text: "It carried 4.5 million metric tonnes."
                  captures: {amount: "4.5 million"}
                - "twenty tonnes"
              no-match:
                - "It carried a lot."
            """])
        let book = try RuleBook.load(directories: [TestFiles.builtinRules, custom.path])
        #expect(book.rules.contains { $0.id == "tonnage" })
        #expect(RuleExampleRunner.run(book).failures.isEmpty)
    }

    @Test func aRuleSeesLettersBeyondASCIIAsLettersInAnArticleThatHasThem() throws {
        let custom = try TestFiles.folder(["words.yml": """
            id: capitalised-word
            kind: figure
            description: A capitalised word.
            severity: info
            message: "{name}"
            pattern: '\\b(?<name>[A-Z]\\w+)\\b'
            examples:
              match: ["Herr Weber"]
              no-match: ["nein"]
            """])
        let book = try RuleBook.load(directories: [custom.path])
        func words(_ body: String) throws -> [String] {
            let document = try #require(TestFiles.document("Title\n\n\(body)\n"))
            return RuleRunner(book: book).run(on: document, matcher: Matcher()).matches.map { document.string($0.range) }
        }
        // The rule runs in its ASCII form on the first article and in its Unicode form on the second: both read
        // whole words.
        #expect(try words("Herr Weber sagte nein.") == ["Herr", "Weber"])
        #expect(try words("Herr Müller sagte nein.") == ["Herr", "Müller"])
    }

    @Test func peopleAndBodiesAreFoundOnlyInAnArticleWhereSomeoneSpeaks() throws {
        func kinds(_ body: String) throws -> Set<RuleKind> {
            let document = try #require(TestFiles.document("Title\n\n\(body)\n"))
            return Set(RuleRunner(book: TestFiles.builtinBook).run(on: document, matcher: Matcher()).matches.map(\.rule.kind))
        }
        let silent = try kinds("Defense Minister Sergei Shoigu visited the Bank of China in Beijing.")
        #expect(!silent.contains(.person) && !silent.contains(.organisation))
        let speaking = try kinds("Defense Minister Sergei Shoigu visited the Bank of China. Shoigu said the talks went well.")
        #expect(speaking.isSuperset(of: [.person, .organisation, .attribution]))
        let quoting = try kinds("Defense Minister Sergei Shoigu visited the Bank of China. \"The talks went well,\" he said.")
        #expect(quoting.isSuperset(of: [.person, .organisation, .quote]))
    }

    @Test func userLexiconAddsACountryWithoutTouchingAPattern() throws {
        let text = "Title\n\nChina accounts for nearly half of Freedonia's arms exports.\n"
        let before = try #require(TestFiles.facts(text))
        #expect(before.claims.isEmpty)
        let custom = try TestFiles.folder(["more-countries.yml": """
            lexicon: country
            description: Countries our desk covers.
            entries:
              Freedonia: [Freedonia, Freedonian, Fredville]
            """])
        let book = try RuleBook.load(directories: [TestFiles.builtinRules, custom.path])
        let document = try #require(TestFiles.document(text))
        let (matches, _) = RuleRunner(book: book).run(on: document, matcher: Matcher())
        let claims = FactExtractor(book: book).facts(for: document, matches: matches).claims
        #expect(claims.map(\.key.owner) == ["Freedonia"])
        #expect(book.lexicons["country"]?.canonical(for: "Fredville") == "Freedonia")
    }

    @Test func failingExampleIsReportedWithExpectedAndActual() throws {
        let text = ruleFile().replacingOccurrences(of: "captures: {n: \"12\"}", with: "captures: {n: \"13\"}")
        let root = try TestFiles.folder(["r.yml": text])
        let book = try RuleBook.load(directories: [root.path])
        let failures = RuleExampleRunner.run(book).failures
        #expect(failures.count == 1)
        #expect(failures[0].expected == "a match {n=\"13\"}")
        #expect(failures[0].actual == "\"12 widgets\" {n=\"12\"}")
    }

    @Test func anExampleWithoutAPrefilterWordFailsTheRuleTest() throws {
        // "sold" is in the first match example only: the second would never be reached by the rule in a document.
        let root = try TestFiles.folder(["r.yml": ruleFile(extra: "prefilter: [sold]\n")])
        let failures = RuleExampleRunner.run(try RuleBook.load(directories: [root.path])).failures
        #expect(failures.map(\.example.text) == ["3 widgets left"])
        #expect(failures.first?.actual == "none, so the rule would not run on this text")
        let passing = try TestFiles.folder(["r.yml": ruleFile(extra: "prefilter: [widget]\n")])
        #expect(RuleExampleRunner.run(try RuleBook.load(directories: [passing.path])).failures.isEmpty)
    }

    /// "@unit " is each word of the lexicon followed by a space: "sold 12 widgets left" lets the rule run at
    /// "widgets ", and "12 widgets." ends a sentence, so no window opens there.
    @Test func aLexiconInAPrefilterMayBeFollowedByMarks() throws {
        let lexicon = "lexicon: unit\ndescription: Units.\nwords: [widgets, Gizmos]\n"
        let root = try TestFiles.folder(["unit.yml": lexicon, "r.yml": ruleFile(extra: "prefilter: [\"@unit \"]\n")])
        let book = try RuleBook.load(directories: [root.path])
        #expect(book.rules[0].prefilter == ["gizmos ", "widgets "])
        let bytes = Array("Sold 12 widgets left, 3 GIZMOS today and 4 widgets.".utf8)
        let hits = try bytes.withUnsafeBufferPointer { try book.prefilterHits(in: $0, matcher: Matcher()) }
        #expect(hits[0] == [8, 24])
        #expect(try loadErrors(["r.yml": ruleFile(extra: "prefilter: [\"@units,\"]\n")]) ==
                ["r.yml:7:12: error: rule 'demo': prefilter names unknown lexicon 'units'"])
    }

    @Test func reachNeedsAPrefilterAndAWholeNumber() throws {
        #expect(try loadErrors(["r.yml": ruleFile(extra: "reach: 20\n")]) ==
                ["r.yml:7:8: error: rule 'demo': 'reach' counts bytes back from a prefilter word, so the rule needs a 'prefilter'"])
        #expect(try loadErrors(["r.yml": ruleFile(extra: "prefilter: [widget]\nreach: -3\n")]) ==
                ["r.yml:8:8: error: rule 'demo': 'reach' must be a whole number from 0 to 100000"])
        #expect(try loadErrors(["r.yml": ruleFile(extra: "prefilter: [widget]\nreach: far\n")]).count == 1)
        // The prefilter trie never holds an empty word, which would be found everywhere.
        #expect(try loadErrors(["r.yml": ruleFile(extra: "prefilter: [widget, '']\n")]) ==
                ["r.yml:7:21: error: rule 'demo': 'prefilter' must be a non-empty string"])
    }

    @Test func aClaimRuleMayNameItsMeasureInItsFile() throws {
        let custom = try TestFiles.folder(["jobless-claims.yml": """
            id: jobless-claims
            kind: claim
            description: Weekly claims for jobless benefits.
            severity: info
            measure: jobless benefit claims
            message: "{owner} jobless claims {value}"
            pattern: '(?<owner>(?&country))\\s(?i:initial\\s)?jobless\\sclaims\\s(?:rose|fell)\\sto\\s(?<value>(?&value))\\s(?<period>(?&period))'
            examples:
              match:
                - "U.S. jobless claims fell to 312,000 in January."
              no-match:
                - "Jobless claims fell."
            """])
        let book = try RuleBook.load(directories: [TestFiles.builtinRules, custom.path])
        let document = try #require(TestFiles.document("Title\n\nCanadian initial jobless claims rose to 41,000 in March 2011.\n"))
        let (matches, _) = RuleRunner(book: book).run(on: document, matcher: Matcher())
        let claims = FactExtractor(book: book).facts(for: document, matches: matches).claims
        #expect(claims.map(\.key.description) == ["Canada's jobless benefit claims"])
        #expect(claims.map(\.period) == ["March"])
        // Only a claim rule measures something.
        #expect(try loadErrors(["r.yml": ruleFile(extra: "measure: widgets sold\n")]) ==
                ["r.yml:7:10: error: rule 'demo': 'measure' names what a claim measures, so the rule must be of kind claim"])
        #expect(try loadErrors(["r.yml": ruleFile(kind: "claim", extra: "measure: ''\n")]) ==
                ["r.yml:7:10: error: rule 'demo': 'measure' must be a non-empty string"])
        #expect(try loadErrors(["r.yml": ruleFile(kind: "claim", extra: "measure: '{colour} widgets'\n")]) ==
                ["r.yml:7:10: error: rule 'demo': measure uses {colour}, which is not a named group of the pattern"])
    }

    @Test func aMeasureNamedInTheFileIsFilledFromTheMatch() throws {
        // Initial and continuing claims are two measures; with neither word, the claims are just "jobless claims".
        let custom = try TestFiles.folder(["jobless-claims.yml": """
            id: jobless-claims
            kind: claim
            description: Weekly claims for jobless benefits, initial or continuing.
            severity: info
            measure: "{stage} jobless claims"
            message: "{owner} jobless claims {value}"
            pattern: '(?<owner>(?&country))\\s(?:(?<stage>initial|continuing)\\s)?jobless\\sclaims\\s(?:rose|fell)\\sto\\s(?<value>(?&value))\\s(?<period>(?&period))'
            examples:
              match:
                - "U.S. continuing jobless claims fell to 312,000 in January."
              no-match:
                - "Jobless claims fell."
            """])
        let book = try RuleBook.load(directories: [TestFiles.builtinRules, custom.path])
        let document = try #require(TestFiles.document("""
            Title

            Canadian initial jobless claims rose to 41,000 in March 2011. Canadian continuing jobless claims rose to 90,000 \
            in March 2011. Canadian jobless claims rose to 131,000 in March 2011.

            """))
        let (matches, _) = RuleRunner(book: book).run(on: document, matcher: Matcher())
        let claims = FactExtractor(book: book).facts(for: document, matches: matches).claims
        #expect(claims.map(\.key.description) == ["Canada's initial jobless claims", "Canada's continuing jobless claims",
                                                  "Canada's jobless claims"])
    }

    @Test func aReachTooShortForAnExampleFailsTheRuleTest() throws {
        // "12" starts 3 bytes before "widgets": a reach of 1 never tries it, and one of 2 finds "2 widgets".
        for (reach, found) in [(1, "no match"), (2, "\"2 widgets\"")] {
            let short = try TestFiles.folder(["r.yml": ruleFile(extra: "prefilter: [widget]\nreach: \(reach)\n")])
            let failures = RuleExampleRunner.run(try RuleBook.load(directories: [short.path])).failures
            #expect(failures.map(\.example.text) == (reach == 1 ? ["We sold 12 widgets.", "3 widgets left"] : ["We sold 12 widgets."]))
            #expect(failures.first?.expected == "what a search of the whole text finds: \"12 widgets\"")
            #expect(failures.first?.actual == "within \(reach) bytes before a prefilter word: \(found); raise 'reach'")
        }
        let enough = try TestFiles.folder(["r.yml": ruleFile(extra: "prefilter: [widget]\nreach: 3\n")])
        #expect(RuleExampleRunner.run(try RuleBook.load(directories: [enough.path])).failures.isEmpty)
    }

    @Test func aRuleWithAReachFindsWhatAWholeScanFindsNearItsWords() throws {
        func book(_ extra: String) throws -> RuleBook {
            let pattern = #"'(?<n>\d+)(?:\s[a-z]+){0,2}\swidgets'"#
            return try RuleBook.load(directories: [try TestFiles.folder(["r.yml": ruleFile(pattern: pattern, extra: extra)]).path])
        }
        let reaching = try book("prefilter: [widget]\nreach: 10\n")
        let whole = try book("prefilter: [widget]\n")
        // Matches in a row (windows that merge), a paragraph without any, and one far from its word.
        let text = "Widgets\n\nWe sold 12 widgets, 3 widgets and 40 widgets.\n\nNone here.\n\n"
            + "£4 for 5 widgets; 7 big blue widgets.\n"
        let document = try #require(TestFiles.document(text))
        func found(_ book: RuleBook) -> [String] {
            RuleRunner(book: book).run(on: document, matcher: Matcher()).matches.map { document.string($0.range) }
        }
        #expect(found(whole) == ["12 widgets", "3 widgets", "40 widgets", "5 widgets", "7 big blue widgets"])
        // "7" starts 11 bytes before "widgets": past a reach of 10, so the rule does not try it.
        #expect(found(reaching) == ["12 widgets", "3 widgets", "40 widgets", "5 widgets"])
    }

    @Test func theMatchLimitCountsTheWholeArticleAcrossParagraphsAndWindows() throws {
        let root = try TestFiles.folder(["x.yml": ruleFile(pattern: "'(?<n>x)'", extra: "prefilter: [x]\nreach: 0\n")])
        let book = try RuleBook.load(directories: [root.path])
        // The first paragraph ends a sentence, so the second is not joined to it.
        let text = "Title\n\n" + String(repeating: "x ", count: 15_000) + "end.\n\n" + String(repeating: "x ", count: 6_000) + "\n"
        let document = try #require(TestFiles.document(text))
        let (matches, failures) = RuleRunner(book: book).run(on: document, matcher: Matcher())
        #expect(matches.count == RuleRunner.matchesPerRule)
        #expect(failures.map(\.description) == ["article.txt:5:1: error: rule 'demo' stopped: more than 20000 matches in one article (does the pattern match nearly everything?)"])
    }

    @Test func aWindowOpeningInsideACharacterStartsAfterIt() throws {
        let pattern = try Pattern(#"in\sJanuary"#, options: .startLimit)
        let text = Array("It rose by £4bn in January.".utf8)
        let hit = text.count - "January.".utf8.count
        let matches = text.withUnsafeBufferPointer { subject in
            var found: [Range<Int>] = []
            // Eight bytes back from "January" is the second byte of "£".
            let windows = StartWindows(hits: [hit], reach: 8, paragraph: 0..<subject.count, of: subject)
            #expect(windows.windows.first?.lowerBound == hit - 7)
            try? windows.forEachMatch(of: pattern, in: subject, matcher: Matcher(), limit: .max) { found.append($0.range) }
            return found
        }
        #expect(matches == [hit - 3..<hit + 7])
    }

    @Test func runawayRuleIsStoppedAndNamedWithinASecond() throws {
        let root = try TestFiles.folder(["slow.yml": """
            id: runaway
            kind: figure
            description: Backtracks without end.
            severity: info
            message: "{match}"
            pattern: '(a+)+$'
            examples:
              match: ["aaa", "a"]
              no-match: ["b"]
            """])
        let book = try RuleBook.load(directories: [root.path])
        let document = try #require(TestFiles.document("Title\n\n" + String(repeating: "a", count: 20_000) + "b\n"))
        let started = Date()
        let (_, failures) = RuleRunner(book: book).run(on: document, matcher: Matcher())
        #expect(Date().timeIntervalSince(started) < 1)
        #expect(failures.map(\.description) == [
            "article.txt:3:1: error: rule 'runaway' stopped: the pattern backtracked past the match limit (catastrophic backtracking?)",
        ])
    }
}

@Suite struct BuiltinRuleTests {
    @Test func everyBuiltinRuleHasEnoughExamplesAndTheyPass() {
        let book = TestFiles.builtinBook
        #expect(book.rules.count >= 10)
        for rule in book.rules {
            let matches = rule.examples.filter { if case .match = $0.expectation { true } else { false } }.count
            let misses = rule.examples.count - matches
            #expect(matches >= 2, "rule \(rule.id) has \(matches) match examples")
            #expect(misses >= 1, "rule \(rule.id) has \(misses) no-match examples")
        }
        let failures = RuleExampleRunner.run(book).failures
        #expect(failures.isEmpty, "\(failures.map(\.description).joined(separator: "\n"))")
    }

    /// A former meaning names two countries of the country lexicon and the last year the one meant the other.
    @Test func aFormerMeaningIsCheckedAgainstTheCountryLexicon() throws {
        let countries = "lexicon: country\ndescription: Countries.\nentries:\n  Germany: [German]\n  West Germany: [Bonn]\n"
        func files(_ entry: String) -> [String: String] {
            ["r.yml": ruleFile(), "countries.yml": countries, "settings.yml": "settings:\n  former_meanings:\n    Germany: \(entry)\n"]
        }
        #expect(try loadErrors(files("{until: 1989, meant: Prussia}")) == [
            "settings.yml:3:5: error: settings: former meaning of 'Germany' names 'Prussia', which is not a country of the 'country' lexicon",
        ])
        #expect(try loadErrors(files("{until: soon, meant: West Germany}"))
            == ["settings.yml:3:22: error: former meaning of 'Germany': 'until' must be a year"])
        #expect(try loadErrors(files("{meant: West Germany}"))
            == ["settings.yml:3:14: error: former meaning of 'Germany': missing required field 'until'"])
        let book = try RuleBook.load(directories: [try TestFiles.folder(files("{until: 1989, meant: West Germany}")).path])
        #expect(book.settings.country("Germany", in: 1989) == "West Germany")
        #expect(book.settings.country("Germany", in: 1990) == "Germany")
        #expect(book.settings.country("Germany", in: nil) == "Germany")
        #expect(book.settings.country("Bonn", in: 1980) == "Bonn")
    }

    @Test func prefilterSkipsParagraphsWithoutTheRuleWords() throws {
        let book = TestFiles.builtinBook
        let money = try #require(book.rules.first { $0.id == "money" })
        #expect(money.prefilter.contains("$"))
        #expect(money.prefilter.contains("dlrs"))
    }

    @Test func prefilterMatchesWordsWholeAndSignsAnywhere() throws {
        let book = TestFiles.builtinBook
        let text = "The market rose. It cost US$3 and 40 MARKS, \"he said\". Ann said, Bo said unsaid said."
        let bytes = Array(text.utf8)
        let found = try bytes.withUnsafeBufferPointer { try book.prefilterHits(in: $0, matcher: Matcher()) }
        func hits(of id: String) throws -> [String] {
            let index = try #require(book.rules.firstIndex { $0.id == id })
            return found[index].map { String(decoding: bytes[$0..<min($0 + 5, bytes.count)], as: UTF8.self) }
        }
        // "mark" lets the money rule run on "MARKS", not on "market".
        #expect(try hits(of: "money") == ["$3 an", "MARKS"])
        #expect(try hits(of: "count") == ["3 and", "40 MA", "0 MAR"])
        // A quote opens after a space; a closing mark opens no window.
        #expect(try hits(of: "speaker-then-quote") == [" \"he "])
        #expect(try hits(of: "quote-then-speaker") == [" \"he ", "\"he s", "\". An"], "a hit on ' \"' holds one on '\"'")
        // "@cue_verb " and "@cue_verb,": a verb before a space or a comma, starting a word, never one ending a sentence.
        #expect(try hits(of: "said-that") == ["said,", "said "])
    }

    /// The prefilter trie finds, at each place, the rules of every prefilter word found there: checked against a
    /// plain search for each word, caseless, whole for words, anywhere for signs, over the example articles.
    @Test func prefilterTrieFindsWhatASearchForEachWordFinds() throws {
        let book = TestFiles.builtinBook
        #expect(book.prefilter == nil, "every built-in prefilter word is ASCII, so the trie finds them all")
        let documents = try Extraction(book: book).run(paths: [TestFiles.examples]) { document, _ in document }.outputs
        #expect(documents.count == 2)
        let words = book.prefilterIndex.map {
            (bytes: Array($0.key.utf8), rules: $0.value, needsStart: PrefilterTrie.needsWordStart($0.key), needsEnd: PrefilterTrie.needsWordEnd($0.key))
        }
        func lower(_ byte: UInt8) -> UInt8 { byte.isASCIILetter ? byte | 0x20 : byte }
        for document in documents {
            let text = document.bytes
            var expected = [Set<Int>](repeating: [], count: book.rules.count)
            for start in text.indices {
                for word in words where start + word.bytes.count <= text.count {
                    guard zip(text[start...], word.bytes).allSatisfy({ lower($0) == $1 }) else { continue }
                    if word.needsStart, start > 0, text[start - 1].isASCIILetter { continue }
                    if word.needsEnd {
                        let end = start + word.bytes.count
                        func letter(_ at: Int) -> UInt8? { at < text.count && text[at].isASCIILetter ? lower(text[at]) : nil }
                        let plural = letter(end) == nil || (letter(end) == UInt8(ascii: "s") && letter(end + 1) == nil)
                            || (letter(end) == UInt8(ascii: "e") && letter(end + 1) == UInt8(ascii: "s") && letter(end + 2) == nil)
                        guard plural else { continue }
                    }
                    for rule in word.rules { expected[rule].insert(start) }
                }
            }
            let found = try text.withUnsafeBufferPointer { try book.prefilterHits(in: $0, matcher: Matcher()) }
            for rule in book.rules.indices {
                #expect(found[rule] == expected[rule].sorted(), "rule \(book.rules[rule].id) in \(document.path)")
            }
        }
    }

    /// A prefilter word with a non-ASCII letter is matched by a caseless pattern, which folds its case as Unicode
    /// does; hits from it and from the trie come in order.
    @Test func aPrefilterWordWithANonASCIILetterIsFoundInEitherCase() throws {
        let root = try TestFiles.folder(["r.yml": ruleFile(extra: "prefilter: [café, tea]\n")])
        let book = try RuleBook.load(directories: [root.path])
        #expect(book.prefilter != nil)
        let bytes = Array("Tea at the CAFÉ, then tea and a café.".utf8)
        let hits = try bytes.withUnsafeBufferPointer { try book.prefilterHits(in: $0, matcher: Matcher()) }
        #expect(hits[0] == [0, 11, 23, 33])
    }

    /// A built-in rule's `reach` is a promise about every text, not only its examples: over the example articles
    /// and the BBC business news, each rule finds, with its prefilter and within reach, just what it finds searching
    /// every paragraph whole.
    @Test func builtinReachesLoseNoMatch() throws {
        let book = TestFiles.builtinBook
        let reaching = book.rules.indices.filter { book.rules[$0].reach != nil }
        #expect(reaching.count >= 8)
        var paths = [TestFiles.examples]
        let business = TestFiles.shared.appendingPathComponent("corpus/bbc/business").path
        if FileManager.default.fileExists(atPath: business) { paths.append(business) } else { print("skipping: \(business) is absent") }
        let documents = try Extraction(book: book).run(paths: paths) { document, _ in document }.outputs
        #expect(documents.count > 2)
        let matcher = Matcher()
        var compared = 0
        for document in documents {
            let found = RuleRunner(book: book).run(on: document, matcher: matcher).matches
            // Rules that name speakers run only where someone speaks.
            let speaks = found.contains { $0.rule.kind.hasSpeakers }
            document.bytes.withUnsafeBufferPointer { subject in
                for index in reaching where speaks || !book.rules[index].kind.namesSpeakers {
                    let rule = book.rules[index]
                    var whole: [Range<Int>] = []
                    // Every paragraph, so that a prefilter word that lets a match go unfound fails here too.
                    for paragraph in document.paragraphs {
                        try? matcher.forEachMatch(of: rule.pattern, in: subject, range: paragraph) { whole.append($0.range) }
                    }
                    let windowed = found.filter { $0.rule === rule }.map(\.range)
                    #expect(windowed == whole, "rule \(rule.id) in \(document.path)")
                    compared += whole.count
                }
            }
        }
        #expect(compared > 100)
    }

    /// Written out, fragments run about a quarter faster; a fragment edit that stops that is caught here. A rule
    /// too large for PCRE2 written out whole may keep calls to a few lexicons, and only to those.
    @Test func everyBuiltinRuleRunsWithItsFragmentsWrittenOut() throws {
        let book = TestFiles.builtinBook
        for rule in book.rules {
            guard let define = rule.pattern.source.range(of: "(?(DEFINE)") else { continue }
            let kept = FragmentComposer.calls(in: String(rule.pattern.source[..<define.lowerBound]))
                .map { String($0.dropFirst(FragmentComposer.internalPrefix.count)) }
            #expect(Set(kept).count <= RuleDraft.keptLeavesLimit, "rule \(rule.id) keeps \(Set(kept).sorted())")
            for name in Set(kept) {
                let fragment = try #require(book.fragments[name], "rule \(rule.id) keeps '\(name)'")
                #expect(FragmentComposer.calls(in: fragment.pattern).isEmpty, "rule \(rule.id) keeps '\(name)', which calls others")
            }
        }
    }

    @Test func aRuleTooLargeWrittenOutKeepsItsHeaviestLexiconAsACall() throws {
        func fragment(_ name: String, _ pattern: String) -> (String, Fragment) {
            (name, Fragment(name: name, pattern: pattern, file: "f.yml", line: 1, column: 1))
        }
        let names = (1...200).map { "Name\($0)" }.joined(separator: "|")
        let composer = FragmentComposer(fragments: Dictionary(uniqueKeysWithValues: [
            fragment("country", "(?:\(names))"), fragment("word", "[a-z]+"),
            fragment("owner", "(?!(?&country)\\b)[A-Z]\\w+"), fragment("pair", "(?&owner)\\s(?&word)\\s(?&owner)"),
        ]))
        #expect(composer.heaviestLeaves(of: "(?&pair)") == ["country", "word"])
        let kept = try #require(composer.inlined("(?&pair)", keeping: ["country"]))
        #expect(kept.components(separatedBy: "Name200").count == 2, "the lexicon is written once, in its definition")
        #expect(kept.contains("(?(DEFINE)(?<_country>"))
        let composed = composer.compose("(?&pair)", fragmentNames: composer.closure(of: "(?&pair)").needed)
        for text in ["Alba went Corin", "Name7 went Corin", "Alba went Name200", "Name12x went Bo"] {
            #expect(try Matcher().matches(of: Pattern(kept), in: text) == Matcher().matches(of: Pattern(composed.pattern), in: text), "\(text)")
        }
    }

    @Test func writtenOutFragmentsMatchWhatCalledFragmentsMatch() throws {
        let book = TestFiles.builtinBook
        let composer = FragmentComposer(fragments: book.fragments)
        let text = "Nearly half of the $3.5 billion, up to 15 percent, and twenty-four Su-35 planes went to China, "
            + "Defence Minister Sergei Shoigu said on Tuesday. \"We will go,\" he said."
        for rule in book.rules {
            let composed = composer.compose(rule.source, fragmentNames: composer.closure(of: rule.source).needed)
            let called = try Matcher().matches(of: Pattern(composed.pattern), in: text)
            let writtenOut = try Matcher().matches(of: rule.pattern, in: text)
            #expect(called == writtenOut, "rule \(rule.id)")
        }
    }

    @Test func fragmentsThatCouldMatchDifferentlyWrittenOutStayCalls() {
        func fragment(_ name: String, _ pattern: String) -> (String, Fragment) {
            (name, Fragment(name: name, pattern: pattern, file: "f.yml", line: 1, column: 1))
        }
        let composer = FragmentComposer(fragments: Dictionary(uniqueKeysWithValues: [
            fragment("plain", "(?:a|b)(?<=a)(?<!c)[(]\\("), fragment("numbered", "(a)"), fragment("named", "(?<n>a)"),
            fragment("verb", "a(*SKIP)b"), fragment("itself", "a(?&itself)?"), fragment("outer", "x(?&plain)"),
        ]))
        #expect(composer.inlined("(?&outer)") == "(?:(?:(?^:x(?:(?^:(?:a|b)(?<=a)(?<!c)[(]\\()))))")
        for name in ["numbered", "named", "verb", "itself"] {
            #expect(composer.inlined("z(?&\(name))") == nil, "\(name)")
        }
    }

    @Test func aMessageTemplateFillsEveryPlaceholderAndKeepsTheRestAsWritten() {
        let template = MessageTemplate("{speaker}{cue}: {quote} ({match}) {missing}; {open")
        #expect(template.placeholders == ["speaker", "cue", "quote", "match", "missing"])
        #expect(template.filled(match: "Hu said: \"Yes\"", captures: ["speaker": "Hu ", "cue": "said", "quote": "Yes"])
            == "Hu said: Yes (Hu said: \"Yes\") ; {open")
        #expect(template.filled(match: "m", captures: ["cue": " said", "quote": "Yes"]) == "said: Yes (m) ; {open")
        #expect(MessageTemplate("plain text").filled(match: "m", captures: [:]) == "plain text")
        #expect(MessageTemplate("").filled(match: "m", captures: [:]) == "")
        #expect(MessageTemplate("{a{b}c}").placeholders == ["a{b"])
        let either = MessageTemplate("{speaker|anonymous} {cue}")
        #expect(either.placeholders == ["speaker", "anonymous", "cue"])
        #expect(either.filled(match: "m", captures: ["anonymous": "Analysts", "cue": "said"]) == "Analysts said")
        #expect(either.filled(match: "m", captures: ["speaker": "Hu", "anonymous": "x", "cue": "said"]) == "Hu said")
    }

    @Test func trieOfWordsMatchesEachWordWhole() throws {
        let pattern = try Pattern(TriePattern.build(["said", "says", "say", "told", "per cent"]))
        let text = "he says, she said, they say, we told, 5 per cent"
        let found = try Matcher().matches(of: pattern, in: text).map { String(text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: $0.range.lowerBound)..<text.utf8.index(text.utf8.startIndex, offsetBy: $0.range.upperBound)])! }
        #expect(found == ["says", "said", "say", "told", "per cent"])
    }

    @Test func theRulesFingerprintIgnoresWordingAndFollowsPatterns() throws {
        let rule = { (description: String, pattern: String) in """
            id: widgets
            kind: figure
            description: \(description)
            severity: info
            message: "{match}"
            pattern: '\(pattern)'
            examples:
              match: ["12 widgets"]
              no-match: ["12 gadgets"]
            """ }
        func fingerprint(_ text: String) throws -> String {
            try RuleBook.load(directories: [TestFiles.builtinRules, try TestFiles.folder(["widgets.yml": text]).path]).fingerprint
        }
        let first = try fingerprint(rule("Widgets.", "\\d+ widgets"))
        #expect(try fingerprint(rule("Counts of widgets.", "\\d+ widgets")) == first)
        #expect(try fingerprint(rule("Widgets.", "\\d+ widgets?")) != first)
        #expect(try RuleBook.load(directories: [TestFiles.builtinRules]).fingerprint == TestFiles.builtinBook.fingerprint)
    }
}
