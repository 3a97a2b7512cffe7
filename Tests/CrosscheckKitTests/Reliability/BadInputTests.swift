import Foundation
import Testing
@testable import CrosscheckKit

/// Every kind of bad input gets a message naming its place and a defined exit code, and a run goes on past it.
@Suite struct BadInputTests {
    static let good = "Good news\n\nBrazil's inflation rate was 5 percent in 2008, the central bank said.\n"

    @Test func aRunOverAFolderGoesOnPastEveryKindOfBadFile() throws {
        let folder = try TestFiles.folder([
            "good.md": Self.good,
            "empty.md": "",
            "blank.txt": "\n\n   \n",
            "front.md": "---\ntitle: [unclosed\n---\nBody text.\n",
            "records.jsonl": "{\"id\": \"1\", \"body\": \"Chile's inflation rate was 4 percent in 2008.\"}\n{\"id\": \"2\", \"body\": oops}\n",
            "empty.jsonl": "",
        ])
        try Data([0x54, 0x69, 0x74, 0x6C, 0x65, 0x0A, 0x0A, 0x00, 0x01, 0x02, 0xFF]).write(to: folder.appendingPathComponent("binary.txt"))
        // Latin-1 text, as old wire archives have it: "£5m" and "café" with single bytes.
        try Data("Title\n\nThe caf\u{E9} cost \u{A3}5m to build.\n".data(using: .isoLatin1)!).write(to: folder.appendingPathComponent("latin1.txt"))
        // Invalid UTF-8 in the middle of otherwise valid text: a truncated sequence.
        try Data(Array("Title\n\nPrices rose ".utf8) + [0xE2, 0x82] + Array(" 4 percent in 2008.\n".utf8))
            .write(to: folder.appendingPathComponent("broken.txt"))
        let output = try TestFiles.scratch()
        let run = try BuiltCommand.run(["check", folder.path, "--format", "json", "--output", output.path])
        #expect(run.status == 2)
        let errors = run.errors
        #expect(errors.contains("empty.md: error: empty file: no article text"))
        #expect(errors.contains("blank.txt: error: empty file: no article text"))
        #expect(errors.contains("binary.txt:3:1: error: binary file (NUL byte): not an article"))
        #expect(errors.contains("front.md:3:1: error: malformed front matter"))
        #expect(errors.contains("records.jsonl:2:"))
        #expect(errors.contains("malformed JSON Lines record"))
        #expect(errors.contains("empty.jsonl: error: empty file: no records"))
        #expect(errors.contains("latin1.txt:3:8: warning: invalid UTF-8 byte 0xE9, read as Latin-1"))
        #expect(errors.contains("broken.txt:3:13: warning: invalid UTF-8 byte 0xE2, read as Latin-1"))
        // The good articles, the Latin-1 one and the readable record were all checked and reported.
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("report.json"))) as? [String: Any]
        let paths = (report?["articles"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String }
        #expect(Set(paths.map { ($0 as NSString).lastPathComponent }) == ["good.md", "latin1.txt", "broken.txt", "records.jsonl"])
    }

    @Test func aTwoHundredMegabyteFileWithNoLineBreakStaysWithinTheMemoryBound() throws {
        // Words and, now and then, a figure; never a newline.
        var chunk = Array(String(repeating: "the committee met again on the question and adjourned without a vote ", count: 140).utf8)
        chunk += Array("while prices rose 4 percent to $3 billion last year ".utf8)
        let path = try TestFiles.scratch().appendingPathComponent("one-line.txt").path
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        var block: [UInt8] = []
        while block.count < 8 << 20 { block += chunk }
        for _ in 0..<25 { handle.write(Data(block)) }
        try handle.close()
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        #expect(size > 200_000_000)

        let output = try TestFiles.scratch()
        let (status, peakMegabytes) = try BuiltCommand.runMeasuringPeakMemory(["check", path, "--format", "json",
                                                                               "--output", output.path])
        #expect(status == 0 || status == 1, "exit status \(status)")
        #expect(peakMegabytes < 300, "peak memory \(peakMegabytes) MB")
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("report.json"))) as? [String: Any]
        let summary = report?["summary"] as? [String: Any]
        #expect((summary?["figures"] as? Int ?? 0) > 10_000)
    }

    @Test func aFileThatVanishesOrTurnsIntoAFolderMidRunIsReportedAndTheRunGoesOn() throws {
        let folder = try TestFiles.folder(["a.md": Self.good, "b.md": Self.good, "c.md": Self.good, "d.md": Self.good])
        let touched = Locked(false)
        let run = try Extraction(book: TestFiles.builtinBook, threads: 1).run(paths: [folder.path]) { document, extract -> String? in
            let first = touched.withLock { done -> Bool in
                defer { done = true }
                return !done
            }
            if first {
                // While a.md is being processed, b.md is deleted and c.md replaced by a folder.
                try? FileManager.default.removeItem(at: folder.appendingPathComponent("b.md"))
                try? FileManager.default.removeItem(at: folder.appendingPathComponent("c.md"))
                try? FileManager.default.createDirectory(at: folder.appendingPathComponent("c.md"), withIntermediateDirectories: false)
            }
            _ = extract()
            return (document.path as NSString).lastPathComponent
        }
        #expect(run.outputs == ["a.md", "d.md"])
        #expect(run.diagnostics.map(\.description) == [
            "\(folder.path)/b.md: error: cannot read the file: No such file or directory",
            "\(folder.path)/c.md: error: not a regular file",
        ])
    }

    @Test func deepTreesAndSymbolicLinkLoopsAreWalkedOnce() throws {
        let root = try TestFiles.scratch()
        var deep = root
        for _ in 0..<1_000 { deep.appendPathComponent("d") }
        try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
        try Data(Self.good.utf8).write(to: deep.appendingPathComponent("bottom.md"))
        try Data(Self.good.utf8).write(to: root.appendingPathComponent("top.md"))
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("d/loop").path, withDestinationPath: root.path)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("self").path, withDestinationPath: "self")
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("alias.md").path, withDestinationPath: "top.md")
        let found = try ArticleFinder.articlePaths(in: [root.path])
        #expect(found.paths.count == 3)
        #expect(found.paths.contains(deep.appendingPathComponent("bottom.md").path))
        #expect(found.paths.contains(root.appendingPathComponent("alias.md").path))
        #expect(found.diagnostics.isEmpty)
    }

    @Test func rulesThatBacktrackMatchEverythingOrMatchNothingAreHandled() throws {
        let rules = try TestFiles.folder([
            "backtracks.yml": """
                id: backtracks
                kind: figure
                description: Catastrophic backtracking on long runs of letters.
                severity: info
                message: "{match}"
                pattern: '(?:a+)+\\d'
                examples:
                  match: ["aaa1"]
                  no-match: ["b"]
                """,
            "everything.yml": """
                id: everything
                kind: figure
                description: Matches every character but spaces.
                severity: info
                message: "{match}"
                pattern: '\\S'
                examples:
                  match: ["x"]
                  no-match: [" "]
                """,
        ])
        let article = try TestFiles.folder(["long.md": "Title\n\n" + String(repeating: "a", count: 30_000) + " " +
            String(repeating: "word ", count: 5_000) + "\n"])
        let run = try BuiltCommand.run(["extract", article.path, "--rules", rules.path, "--format", "json"])
        // The run finishes, prints what it found, and exits 2 because a rule stopped.
        #expect(run.status == 2)
        #expect(run.output.contains("\"rule\" : \"money\"") || run.output.contains("\"documents\""))
        #expect(run.errors.contains("rule 'backtracks' stopped: the pattern backtracked past the match limit"))
        #expect(run.errors.contains("rule 'everything' stopped: more than 20000 matches in one article"))

        let empty = try TestFiles.folder(["empty.yml": """
            id: matches-empty
            kind: figure
            description: Matches the empty string.
            severity: info
            message: "{match}"
            pattern: '\\b'
            examples:
              match: ["x"]
            """])
        let refused = try BuiltCommand.run(["extract", article.path, "--rules", empty.path])
        #expect(refused.status == 2)
        #expect(refused.errors.contains("empty.yml:6:10: error: rule 'matches-empty': pattern can match the empty string"))
    }
}
