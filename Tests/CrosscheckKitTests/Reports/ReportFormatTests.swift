import Foundation
import Testing
@testable import CrosscheckKit

/// Runs a Python snippet and returns what it printed, or nil if it failed.
private func python(_ script: String, _ arguments: String...) throws -> String? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script] + arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return process.terminationStatus == 0 ? printed : nil
}

/// Validates a JSON file against a JSON Schema with Python's `jsonschema` (installed by scripts/install-deps.sh);
/// true when it is valid.
private func validate(_ json: String, against schema: String) throws -> Bool {
    try python("import json, sys, jsonschema\njsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))",
               json, schema) != nil
}

private func exampleReports(_ formats: (CheckRun.Result) -> [(String, String)]) throws -> URL {
    let result = try CheckRun(book: TestFiles.builtinBook).run(paths: [TestFiles.examples])
    let output = try TestFiles.scratch()
    for (name, contents) in formats(result) { try ReportWriter(directory: output.path).write(contents, named: name) }
    return output
}

@Suite struct ReportFormatTests {
    @Test func sarifValidatesAgainstTheOfficialSchema() throws {
        let schema = TestFiles.shared.appendingPathComponent("schemas/sarif-schema-2.1.0.json").path
        guard FileManager.default.fileExists(atPath: schema) else {
            print("skipping: \(schema) is absent")
            return
        }
        let output = try exampleReports { [("report.sarif", ReportSARIF.render($0, rules: TestFiles.builtinBook.rules))] }
        #expect(try validate(output.appendingPathComponent("report.sarif").path, against: schema))
    }

    @Test func sarifHasEveryRuleAndCheckAndRelativeLocations() throws {
        let result = try CheckRun(book: TestFiles.builtinBook).run(paths: [TestFiles.examples])
        let sarif = ReportSARIF.render(result, rules: TestFiles.builtinBook.rules)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        #expect(root["version"] as? String == "2.1.0")
        let run = try #require((root["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let ids = (driver["rules"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(Set(ids).isSuperset(of: CheckRegistry.all.map(\.id) + TestFiles.builtinBook.rules.map(\.id)))
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.map { $0["ruleId"] as? String } == ["dateline-contradiction", "claim-change"])
        #expect(results.map { $0["level"] as? String } == ["warning", "warning"])
        let location = try #require(((results[1]["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])
        #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String
                == TestFiles.examples.replacingOccurrences(of: " ", with: "%20") + "/cnsnews-russia-steps-up-weapons-sales-to-china.txt")
        #expect((location["region"] as? [String: Any])?["startLine"] as? Int == 17)
        #expect(results.allSatisfy { ($0["partialFingerprints"] as? [String: String])?.isEmpty == false })
    }

    @Test func fingerprintsStayWhenLinesAreInsertedAbove() throws {
        let folder = try TestFiles.folder([
            "a.md": "---\ndate: 2010-05-01\n---\nA\n\nBrazil's unemployment rate was 8 pct in 2009.\n",
            "b.md": "---\ndate: 2010-05-02\n---\nB\n\nBrazil's unemployment rate was 12 pct in 2009.\n",
        ])
        let before = try CheckRun(book: TestFiles.builtinBook).run(paths: [folder.path]).findings.map(\.fingerprint)
        try Data("---\ndate: 2010-05-01\n---\nA\n\nAn extra paragraph.\n\nBrazil's unemployment rate was 8 pct in 2009.\n".utf8)
            .write(to: folder.appendingPathComponent("a.md"))
        let after = try CheckRun(book: TestFiles.builtinBook).run(paths: [folder.path]).findings
        #expect(after.first?.evidence.first?.line == 8)
        #expect(after.map(\.fingerprint) == before)
    }

    @Test func reportJSONValidatesAgainstItsSchema() throws {
        let schema = TestFiles.packageRoot.appendingPathComponent("Reports/report.schema.json").path
        let output = try exampleReports { [("report.json", ReportJSON.render($0))] }
        #expect(try validate(output.appendingPathComponent("report.json").path, against: schema))
        let broken = output.appendingPathComponent("broken.json")
        try Data("{\"version\": 1, \"findings\": []}".utf8).write(to: broken)
        #expect(try !validate(broken.path, against: schema))
    }

    @Test func reportJSONWrittenInPiecesIsTheWholeObjectRendered() throws {
        let example = try CheckRun(book: TestFiles.builtinBook).run(paths: [TestFiles.examples])
        // Enough articles that the report passes a megabyte and goes to its file in several pieces, and that they
        // are rendered in several groups of chunks; and an empty one.
        let many = CheckRun.Result(articles: Array(repeating: example.articles, count: 5_000).flatMap { $0 },
                                   findings: example.findings, diagnostics: [])
        let empty = CheckRun.Result(articles: [], findings: [], diagnostics: [])
        for result in [many, empty] {
            let whole = JSONValue.object([
                "version": .int(ReportJSON.version), "summary": ReportJSON.summary(result),
                "findings": .array(result.findings.map(ReportJSON.value)), "articles": .array(result.articles.map(ReportJSON.value)),
            ]).rendered()
            let output = try TestFiles.scratch()
            let path = try ReportWriter(directory: output.path).write(named: "report.json") { try ReportJSON.write(result, to: &$0) }
            let written = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect(written == Data(whole.utf8))
            #expect(ReportJSON.render(result) == whole)
            if result.articles.count > 0 { #expect(written.count > 1 << 20) }
        }
    }

    @Test func stringsAreEscapedWhereJSONNeedsItAndCopiedWholeElsewhere() throws {
        let text = "He said \"no\"\\ then\nleft\r\tat 5\u{01}\u{1F} Café 🙂 end"
        let rendered = JSONValue.string(text).rendered()
        #expect(rendered == #""He said \"no\"\\ then\nleft\r\tat 5\u0001\u001f Café 🙂 end""# + "\n")
        // Python reads back exactly the string written, whatever stands at the start or end of a run.
        for value in [text, "\"", "\\\\", "\n\n", "plain", ""] {
            let read = try python("import json,sys; print(json.loads(sys.argv[1]) == sys.argv[2])",
                                  JSONValue.string(value).rendered(), value)
            #expect(read == "True\n", "\(value)")
        }
    }

    @Test func aReportThatFailsHalfWayLeavesNoFile() throws {
        struct Interrupted: Error {}
        let output = try TestFiles.scratch()
        #expect(throws: Diagnostic.self) {
            try ReportWriter(directory: output.path).write(named: "report.json") { output in
                output.append(String(repeating: "x", count: 3 << 20))
                try output.flushIfLarge()
                throw Interrupted()
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).isEmpty)
    }

    @Test func junitHasOneCasePerArticleFailedByItsFindings() throws {
        let folder = try TestFiles.folder([
            "a.md": "---\ndate: 2010-05-01\n---\nA\n\nBrazil's unemployment rate was 8 pct in 2009.\n",
            "b.md": "---\ndate: 2010-05-02\n---\nB\n\nBrazil's unemployment rate was 12 pct in 2009.\n",
            "c.md": "---\ndate: 2010-05-02\n---\nC\n\nNothing to see here.\n",
        ])
        let result = try CheckRun(book: TestFiles.builtinBook).run(paths: [folder.path])
        let xml = ReportJUnit.render(result, failOn: .error)
        #expect(xml.contains("<testsuites name=\"crosscheck\" tests=\"3\" failures=\"2\" errors=\"0\">"))
        #expect(xml.components(separatedBy: "<testcase ").count == 4)
        #expect(xml.components(separatedBy: "<failure ").count == 3)
        #expect(xml.contains("error [claim-conflict] Brazil&apos;s unemployment in 2009"))
        let file = try TestFiles.write(Array(xml.utf8), named: "report.junit.xml")
        #expect(try python("import sys, xml.dom.minidom; print(xml.dom.minidom.parse(sys.argv[1]).documentElement.tagName)", file)
                == "testsuites\n")
    }
}

@Suite struct HTMLReportTests {
    @Test func htmlIsSelfContainedWithFindingsDifferencesAndAChart() throws {
        let result = try CheckRun(book: TestFiles.builtinBook).run(paths: [TestFiles.examples])
        let html = ReportHTML.render(result)
        #expect(!html.contains("<script"))
        #expect(!html.contains("src="))
        #expect(!html.contains("<link"))
        #expect(html.contains("<section class=\"finding warning\">"))
        #expect(html.contains("<mark>China accounts for nearly half of Russia's arms exports.</mark>"))
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(html.contains("nearly half (2003)"))
        #expect(html.contains("up to 15 percent (2012)"))
        #expect(ReportHTML.markDifferences("we will [-never-] {+not+} back down") == "we will <del>never</del> <ins>not</ins> back down")
    }

    @Test func chromiumRendersTheExampleReport() throws {
        let browsers = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        guard browsers.contains(where: FileManager.default.isExecutableFile(atPath:)) else {
            print("skipping: no Chromium here (scripts/install-deps.sh installs it)")
            return
        }
        let result = try CheckRun(book: TestFiles.builtinBook).run(paths: [TestFiles.examples])
        let folder = try TestFiles.scratch()
        try ReportWriter(directory: folder.path).write(ReportHTML.render(result), named: "report.html")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [TestFiles.packageRoot.appendingPathComponent("scripts/render-html.sh").path,
                             folder.appendingPathComponent("report.html").path,
                             folder.appendingPathComponent("report.png").path,
                             folder.appendingPathComponent("report.txt").path]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "the rendering is blank or Chromium failed")
        let text = try String(contentsOf: folder.appendingPathComponent("report.txt"), encoding: .utf8)
        #expect(text.contains("warning: claim-change"))
        #expect(text.contains("warning: dateline-contradiction"))
        #expect(text.contains("China's share of Russia's arms exports over time"))
    }
}

@Suite struct TerminalReportTests {
    @Test func colourOnlyOnATerminalAndNeverWithNoColor() {
        #expect(ReportTerminal.usesColour(environment: [:], isTerminal: true))
        #expect(!ReportTerminal.usesColour(environment: [:], isTerminal: false))
        #expect(!ReportTerminal.usesColour(environment: ["NO_COLOR": "1"], isTerminal: true))
        #expect(!ReportTerminal.usesColour(environment: ["NO_COLOR": ""], isTerminal: true))
    }

    @Test func findingsAreGroupedByArticleAsPathLineColumn() throws {
        let result = try CheckRun(book: TestFiles.builtinBook).run(paths: [TestFiles.examples])
        let plain = ReportTerminal.render(result)
        #expect(plain.contains("cnsnews-russia-steps-up-weapons-sales-to-china.txt:17:1: warning [claim-change] China's share"))
        #expect(!plain.contains("\u{1B}["))
        let coloured = ReportTerminal.render(result, colour: true)
        #expect(coloured.contains(":17:1: \u{1B}[1;33mwarning\u{1B}[0m [claim-change]"))
    }

    @Test func progressIsReportedInBytesUpToTheEnd() throws {
        let seen = Locked<[Int]>([])
        let folder = try TestFiles.folder(["a.txt": "A\n\nOne.\n", "b.txt": "B\n\nTwo.\n", "c.txt": "C\n\nThree.\n"])
        _ = try Extraction(book: TestFiles.builtinBook, threads: 2).run(paths: [folder.path]) { done, total in
            #expect(total == 26)
            seen.withLock { $0.append(done) }
        }
        #expect(seen.withLock { $0.sorted() }.last == 26)
        #expect(seen.withLock { $0.count } == 3)
    }
}
