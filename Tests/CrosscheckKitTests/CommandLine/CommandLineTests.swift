import Foundation
import Testing

@Suite struct CommandLineTests {
    @Test func rulesTestPassesForTheBuiltinRules() throws {
        let run = try BuiltCommand.run(["rules", "test"])
        #expect(run.status == 0)
        #expect(run.output.hasSuffix(" passed, 0 failed\n"))
    }

    @Test func rulesTestFailsWithExitOneOnABadExample() throws {
        let root = try TestFiles.folder(["bad.yml": """
            id: wrong-example
            kind: figure
            description: An example that does not match.
            severity: info
            message: "{match}"
            pattern: 'widgets'
            examples:
              match: ["widgets", "gadgets"]
              no-match: ["nothing"]
            """])
        let run = try BuiltCommand.run(["rules", "test", root.path])
        #expect(run.status == 1)
        #expect(run.output.contains("rule 'wrong-example' failed example: gadgets"))
        #expect(run.output.contains("expected: a match"))
        #expect(run.output.contains("got:      no match"))
    }

    @Test func brokenRuleFileExitsTwoAndRunsNothing() throws {
        let root = try TestFiles.folder(["broken.yml": "id: x\nkind: figure\n"])
        let run = try BuiltCommand.run(["extract", TestFiles.examples, "--rules", root.path])
        #expect(run.status == 2)
        #expect(run.output.isEmpty)
        #expect(run.errors.contains("broken.yml:1:1: error: rule 'x': missing required field 'description'"))
    }

    @Test func extractJSONOnTheExampleArticles() throws {
        let run = try BuiltCommand.run(["extract", TestFiles.examples, "--format", "json"])
        #expect(run.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let documents = try #require(root["documents"] as? [[String: Any]])
        #expect(documents.compactMap { $0["byline"] as? String } == ["Sergei Blagov", "Alexander Bratersky"])
        #expect(documents.compactMap { $0["dateline"] as? String } == ["July 7, 2008 | 8:14 PM EDT", "November 20, 2012"])
        let figures = documents[1]["figures"] as? [[String: Any]] ?? []
        #expect(figures.contains { $0["text"] as? String == "$1.5 billion" })
    }

    @Test func missingInputExitsTwo() throws {
        let run = try BuiltCommand.run(["extract", "/no/such/article.txt"])
        #expect(run.status == 2)
        #expect(run.errors == "/no/such/article.txt: error: no such file or directory\n")
    }

    @Test func articlesCanBeListedInAFileOrOnStandardInput() throws {
        let articles = try FileManager.default.contentsOfDirectory(atPath: TestFiles.examples).sorted()
            .map { TestFiles.examples + "/" + $0 }
        #expect(articles.count == 2)
        let list = try TestFiles.scratch().appendingPathComponent("articles.txt")
        try (articles.joined(separator: "\r\n") + "\n\n").write(to: list, atomically: true, encoding: .utf8)
        let direct = try BuiltCommand.run(["check", TestFiles.examples, "--output", try TestFiles.scratch().path, "--format", "terminal"])
        let listed = try BuiltCommand.run(["check", "--paths-from", list.path, "--output", try TestFiles.scratch().path, "--format", "terminal"])
        let piped = try BuiltCommand.run(["check", "--paths-from", "-", "--output", try TestFiles.scratch().path, "--format", "terminal"],
                                         input: list)
        #expect(direct.status == 0 && listed.status == 0 && piped.status == 0)
        #expect(listed.output.contains("warning [claim-change] China's share of Russia's arms exports"))
        #expect(listed.output == direct.output)
        #expect(piped.output == direct.output)
        // Arguments and a list add up: the first article given, the second listed.
        let second = try TestFiles.scratch().appendingPathComponent("second.txt")
        try articles[1].write(to: second, atomically: true, encoding: .utf8)
        let both = try BuiltCommand.run(["extract", articles[0], "--paths-from", second.path, "--format", "json"])
        #expect(both.status == 0)
        #expect(both.output.contains(URL(fileURLWithPath: articles[0]).lastPathComponent))
        #expect(both.output.contains(URL(fileURLWithPath: articles[1]).lastPathComponent))

        let missing = try BuiltCommand.run(["extract", "--paths-from", "/no/such/list.txt"])
        #expect(missing.status == 2)
        #expect(missing.errors == "/no/such/list.txt: error: cannot read the list of paths\n")
        let none = try BuiltCommand.run(["extract"])
        #expect(none.status == 2)
        #expect(none.errors.contains("Give at least one article file or folder, or --paths-from FILE."))
    }

    @Test func checkWritesReportsAndExitsZeroOnTheExamples() throws {
        let output = try TestFiles.scratch()
        let run = try BuiltCommand.run(["check", TestFiles.examples, "--output", output.path])
        #expect(run.status == 0)
        #expect(run.output.contains("warning [claim-change] China's share of Russia's arms exports changed from nearly half"))
        #expect(run.output.contains("warning [dateline-contradiction]"))
        #expect(run.output.hasSuffix("0 errors, 2 warnings, 0 notes\n"))
        let files = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        #expect(files == ["report.json", "report.md"])
    }

    @Test func checkExitsOneOnAnErrorFinding() throws {
        let root = try TestFiles.folder([
            "a.md": "---\ndate: 2010-05-01\n---\nA\n\nBrazil's unemployment rate was 8 pct in 2009.\n",
            "b.md": "---\ndate: 2010-05-02\n---\nB\n\nBrazil's unemployment rate was 12 pct in 2009.\n",
        ])
        let run = try BuiltCommand.run(["check", root.path, "--output", try TestFiles.scratch().path])
        #expect(run.status == 1)
        #expect(run.output.contains("error [claim-conflict]"))
    }

    @Test func exitCodesForACleanSetFindingsABaselinedSetAndFailOn() throws {
        let clean = try TestFiles.folder(["a.md": "---\ndate: 2010-05-01\n---\nA\n\nNothing here.\n"])
        let output = try TestFiles.scratch().path
        #expect(try BuiltCommand.run(["check", clean.path, "--output", output]).status == 0)

        let conflicting = try TestFiles.folder([
            "a.md": "---\ndate: 2010-05-01\n---\nA\n\nBrazil's unemployment rate was 8 pct in 2009.\n",
            "b.md": "---\ndate: 2010-05-02\n---\nB\n\nBrazil's unemployment rate was 12 pct in 2009.\n",
        ])
        #expect(try BuiltCommand.run(["check", conflicting.path, "--output", output]).status == 1)
        let baseline = try TestFiles.scratch().appendingPathComponent("baseline.json").path
        let created = try BuiltCommand.run(["baseline", "create", conflicting.path, "--output", baseline])
        #expect(created.status == 0)
        #expect(created.output == "1 findings recorded in \(baseline)\n")
        let baselined = try BuiltCommand.run(["check", conflicting.path, "--output", output, "--baseline", baseline])
        #expect(baselined.status == 0)
        #expect(baselined.output.hasSuffix("0 errors, 0 warnings, 0 notes (1 suppressed)\n"))

        #expect(try BuiltCommand.run(["check", TestFiles.examples, "--output", output]).status == 0)
        #expect(try BuiltCommand.run(["check", TestFiles.examples, "--output", output, "--fail-on", "warning"]).status == 1)
        #expect(try BuiltCommand.run(["check", TestFiles.examples, "--output", output, "--fail-on", "fatal"]).status == 2)
        let brokenRules = try TestFiles.folder(["broken.yml": "id: x\nkind: figure\n"])
        let broken = try BuiltCommand.run(["check", TestFiles.examples, "--output", output, "--rules", brokenRules.path])
        #expect(broken.status == 2)
        #expect(broken.output.isEmpty)
    }

    @Test func checkWritesTheChosenFormats() throws {
        let output = try TestFiles.scratch()
        let run = try BuiltCommand.run(["check", TestFiles.examples, "--output", output.path, "--format", "sarif", "junit"])
        #expect(run.status == 0)
        #expect(run.output.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).sorted() == ["report.junit.xml", "report.sarif"])
    }

    @Test func filesOverTheSizeLimitAreSkippedWithAMessage() throws {
        let big = try TestFiles.write(Array(("T\n\n" + String(repeating: "a", count: 1_200_000) + "\n").utf8), named: "big.txt")
        let run = try BuiltCommand.run(["extract", big, "--max-file-size", "1"])
        #expect(run.status == 2)
        #expect(run.errors == "\(big): error: skipped: 1200004 bytes is over the 1048576-byte limit (raise it with --max-file-size, in megabytes)\n")
        #expect(try BuiltCommand.run(["extract", big, "--max-file-size", "2"]).status == 0)
    }

    @Test func profileListsEveryRuleSlowestFirst() throws {
        let run = try BuiltCommand.run(["extract", TestFiles.examples, "--profile"])
        #expect(run.status == 0)
        #expect(run.errors.hasPrefix("rule                          seconds   share  matches\n"))
        let rows = run.errors.split(separator: "\n").dropFirst()
        // Every rule, and the one pass over the prefilter words that decides where rules run.
        #expect(rows.count == TestFiles.builtinBook.rules.count + 1)
        #expect(rows.contains { $0.hasPrefix("(prefilter) ") })
        let seconds = rows.compactMap { Double($0.split(separator: " ", omittingEmptySubsequences: true)[1]) }
        #expect(seconds == seconds.sorted(by: >))
        #expect(rows.contains { $0.hasPrefix("money ") })
    }
}
