import Foundation
import Testing
@testable import CrosscheckKit

private func loadErrors(_ yaml: String) throws -> String? {
    let folder = try TestFiles.folder(["crosscheck.yml": yaml])
    do {
        _ = try Configuration.load(path: folder.appendingPathComponent("crosscheck.yml").path)
        return nil
    } catch {
        return error.description.replacingOccurrences(of: folder.path + "/", with: "")
    }
}

@Suite struct ConfigurationTests {
    @Test func everyKeyIsRead() throws {
        let folder = try TestFiles.folder(["newsroom/crosscheck.yml": """
            rules: [house-rules]
            sources: [transcripts]
            disable: [claim-change]
            severity:
              quote-altered: error
            tolerances:
              inflation: 0.1
            formats: [sarif, junit]
            fail-on: warning
            output: ci-reports
            """])
        let configuration = try Configuration.load(path: folder.appendingPathComponent("newsroom/crosscheck.yml").path)
        let base = folder.appendingPathComponent("newsroom").path
        #expect(configuration.ruleDirectories == [base + "/house-rules"])
        #expect(configuration.sourceDirectories == [base + "/transcripts"])
        #expect(configuration.disabledChecks == ["claim-change"])
        #expect(configuration.severities == ["quote-altered": .error])
        #expect(configuration.tolerances == ["inflation": 0.1])
        #expect(configuration.formats == ["sarif", "junit"])
        #expect(configuration.failOn == .warning)
        #expect(configuration.output == base + "/ci-reports")
    }

    @Test func foundByWalkingUp() throws {
        let folder = try TestFiles.folder(["crosscheck.yml": "fail-on: warning\n", "desk/politics/a.md": "x"])
        let found = Configuration.find(from: folder.appendingPathComponent("desk/politics").path)
        #expect(found.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path }
                == folder.appendingPathComponent("crosscheck.yml").resolvingSymlinksInPath().path)
    }

    @Test func mistakesNameFileLineAndColumn() throws {
        #expect(try loadErrors("fail-on: warning\ncolour: red\n")
                == "crosscheck.yml:2:1: error: configuration: unknown key 'colour' (allowed: rules, sources, disable, severity, tolerances, formats, fail-on, output)")
        #expect(try loadErrors("disable: [claim-chnage]\n") == "crosscheck.yml:1:10: error: configuration: unknown check 'claim-chnage' in 'disable'")
        #expect(try loadErrors("severity:\n  claim-change: fatal\n")
                == "crosscheck.yml:2:17: error: configuration: severity of 'claim-change' must be info, warning or error")
        #expect(try loadErrors("tolerances:\n  inflation: lots\n")
                == "crosscheck.yml:2:14: error: configuration: tolerance for 'inflation' must be a number from 0 to 1")
        #expect(try loadErrors("formats: [pdf]\n") == "crosscheck.yml:1:10: error: configuration: unknown format 'pdf' (one of terminal, markdown, json, sarif, junit, html)")
        #expect(try loadErrors("fail-on: sometimes\n") == "crosscheck.yml:1:10: error: configuration: 'fail-on' must be info, warning or error")
    }

    @Test func disabledChecksAndSeverityOverridesApply() throws {
        var configuration = Configuration()
        configuration.severities = ["claim-change": .error]
        let result = try CheckRun(book: TestFiles.builtinBook, configuration: configuration).run(paths: [TestFiles.examples])
        #expect(result.findings.first { $0.check == "claim-change" }?.severity == .error)
        configuration.disabledChecks = ["dateline-contradiction"]
        let fewer = try CheckRun(book: TestFiles.builtinBook, configuration: configuration).run(paths: [TestFiles.examples])
        #expect(fewer.findings.map(\.check) == ["claim-change"])
    }

    @Test func toleranceFromTheConfigurationWidensComparison() throws {
        let folder = try TestFiles.folder([
            "a.md": "---\ndate: 2010-05-01\n---\nA\n\nChile's inflation rate was 10 pct in 2009.\n",
            "b.md": "---\ndate: 2010-06-01\n---\nB\n\nChile's inflation rate was 10.8 pct in 2009.\n",
        ])
        #expect(try CheckRun(book: TestFiles.builtinBook).run(paths: [folder.path]).findings.map(\.check) == ["claim-conflict"])
        var configuration = Configuration()
        configuration.tolerances = ["inflation": 0.05]
        #expect(try CheckRun(book: TestFiles.builtinBook, configuration: configuration).run(paths: [folder.path]).findings.isEmpty)
    }
}

@Suite struct ExplanationTests {
    @Test func explainsAChecksPurposeAndTuning() throws {
        let text = try #require(Explanation.text(for: "claim-change", book: TestFiles.builtinBook))
        #expect(text.hasPrefix("claim-change (check, warning)\n  Finds: A figure that another article gives"))
        #expect(text.contains("Rules/settings.yml"))
    }

    @Test func explainsARuleWithItsExamplesAndLexicons() throws {
        let text = try #require(Explanation.text(for: "percentage", book: TestFiles.builtinBook))
        #expect(text.contains("(figure rule, info)"))
        #expect(text.contains("extend the lexicons hedge"))
        #expect(text.contains("    match:    China accounts for up to 15 percent of sales.  -> amount=\"15\", hedge=\"up to \", unit=\"percent\""))
        #expect(text.contains("    no match: He won 15 seats."))
        #expect(Explanation.text(for: "no-such-thing", book: TestFiles.builtinBook) == nil)
        let count = try #require(Explanation.text(for: "count", book: TestFiles.builtinBook))
        #expect(count.contains("  Runs only on paragraphs with one of: 0, 1, 2,"))
        #expect(count.contains("  Tried only within 24 bytes before one of them\n"))
        #expect(!count.contains("Its claims measure"))
        let growth = try #require(Explanation.text(for: "economic-growth", book: TestFiles.builtinBook))
        #expect(growth.contains("  Its claims measure: {output} growth (named in the rule file)\n"))
    }
}
