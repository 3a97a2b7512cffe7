import Foundation
import Testing
@testable import CrosscheckKit

private let conflicting = "---\ndate: 2010-05-02\n---\nB\n\nBrazil's unemployment rate was 12 pct in 2009.\n"

private func findings(with article: String) throws -> [Finding] {
    let folder = try TestFiles.folder(["a.md": article, "b.md": conflicting])
    return try CheckRun(book: TestFiles.builtinBook).run(paths: [folder.path]).findings
}

@Suite struct SuppressionTests {
    @Test func withoutDirectivesTheConflictCounts() throws {
        let found = try findings(with: "---\ndate: 2010-05-01\n---\nA\n\nBrazil's unemployment rate was 8 pct in 2009.\n")
        #expect(found.map(\.check) == ["claim-conflict"])
        #expect(found.first?.suppression == nil)
    }

    @Test func disableNextLine() throws {
        let found = try findings(with: """
            ---
            date: 2010-05-01
            ---
            A

            <!-- crosscheck-disable-next-line claim-conflict -->
            Brazil's unemployment rate was 8 pct in 2009.
            """)
        #expect(found.first?.suppression == Finding.Suppression(kind: "inSource", reason: "crosscheck-disable-next-line at line 6"))
    }

    @Test func disableAndEnableSpan() throws {
        let found = try findings(with: """
            ---
            date: 2010-05-01
            ---
            A

            <!-- crosscheck-disable claim-conflict -->

            Brazil's unemployment rate was 8 pct in 2009.

            <!-- crosscheck-enable claim-conflict -->
            """)
        #expect(found.first?.suppression?.reason == "crosscheck-disable at line 6")
    }

    @Test func aDirectiveForAnotherCheckDoesNotSilenceThisOne() throws {
        let found = try findings(with: """
            ---
            date: 2010-05-01
            ---
            A

            <!-- crosscheck-disable-next-line claim-change -->
            Brazil's unemployment rate was 8 pct in 2009.
            """)
        #expect(found.first?.suppression == nil)
    }

    @Test func frontMatterIgnore() throws {
        let found = try findings(with: "---\ndate: 2010-05-01\ncrosscheck: ignore claim-conflict\n---\nA\n\nBrazil's unemployment rate was 8 pct in 2009.\n")
        #expect(found.first?.suppression?.kind == "inSource")
        #expect(found.first?.suppression?.reason == "front matter: crosscheck: ignore claim-conflict")
    }

    @Test func suppressedFindingsStayInSARIFAsSuppressed() throws {
        let folder = try TestFiles.folder([
            "a.md": "---\ndate: 2010-05-01\ncrosscheck: ignore\n---\nA\n\nBrazil's unemployment rate was 8 pct in 2009.\n",
            "b.md": conflicting,
        ])
        let result = try CheckRun(book: TestFiles.builtinBook).run(paths: [folder.path])
        let sarif = ReportSARIF.render(result, rules: [])
        #expect(sarif.contains("\"suppressions\": ["))
        #expect(sarif.contains("\"kind\": \"inSource\""))
        #expect(!ReportMarkdown.render(result).contains("claim-conflict"))
    }

    @Test func baselineMatchesOnEvidenceNotLines() throws {
        let folder = try TestFiles.folder([
            "a.md": "---\ndate: 2010-05-01\n---\nA\n\nBrazil's unemployment rate was 8 pct in 2009.\n",
            "b.md": conflicting,
        ])
        let run = CheckRun(book: TestFiles.builtinBook)
        let baseline = Baseline(findings: try run.run(paths: [folder.path]).findings)
        #expect(baseline.entries.count == 1)
        try Data("---\ndate: 2010-05-01\n---\nA\n\nA line inserted above.\n\nBrazil's unemployment rate was 8 pct in 2009.\n".utf8)
            .write(to: folder.appendingPathComponent("a.md"))
        let after = try run.run(paths: [folder.path], baseline: baseline).findings
        #expect(after.count == 1)
        #expect(after.first?.suppression?.kind == "external")
        // A new value is a new finding.
        try Data("---\ndate: 2010-05-01\n---\nA\n\nBrazil's unemployment rate was 5 pct in 2009.\n".utf8)
            .write(to: folder.appendingPathComponent("a.md"))
        #expect(try run.run(paths: [folder.path], baseline: baseline).findings.first?.suppression == nil)
    }

    @Test func baselineFileRoundTrips() throws {
        let found = try findings(with: "---\ndate: 2010-05-01\n---\nA\n\nBrazil's unemployment rate was 8 pct in 2009.\n")
        let baseline = Baseline(findings: found)
        let file = try TestFiles.write(Array(baseline.rendered().utf8), named: "baseline.json")
        #expect(try Baseline.load(path: file) == baseline)
        let broken = try TestFiles.write(Array("[1, 2]".utf8), named: "broken.json")
        #expect(throws: Diagnostic.self) { try Baseline.load(path: broken) }
    }
}
