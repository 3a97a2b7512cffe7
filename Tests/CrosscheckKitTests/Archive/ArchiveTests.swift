import Foundation
import GRDB
import Testing
@testable import CrosscheckKit

@Suite struct ArchiveTests {
    static let cnsnews = TestFiles.examples + "/cnsnews-russia-steps-up-weapons-sales-to-china.txt"
    static let moscowTimes = TestFiles.examples + "/moscow-times-shoigu-visits-china-at-key-moment.txt"

    func newArchive() throws -> Archive {
        try Archive(path: try TestFiles.scratch().appendingPathComponent("archive.sqlite").path, create: true)
    }

    func index(_ paths: [String], into archive: Archive) throws -> Indexing.Result {
        try Indexing(extraction: Extraction(book: TestFiles.builtinBook)).run(paths: paths, archive: archive)
    }

    func count(_ table: String, in archive: Archive) throws -> Int {
        try archive.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM \(table)") ?? 0 }
    }

    @Test func theExampleChangeIsFoundAgainstTheArchive() throws {
        let archive = try newArchive()
        let indexed = try index([Self.cnsnews], into: archive)
        #expect(indexed.stored == 1)
        #expect(try count("claim", in: archive) > 0)
        #expect(try count("quote", in: archive) > 0)
        #expect(try count("figure", in: archive) > 0)
        #expect(try count("attribution", in: archive) > 0)

        let result = try CheckRun(book: TestFiles.builtinBook).run(paths: [Self.moscowTimes], archive: archive)
        #expect(result.articles.map(\.path) == [Self.moscowTimes])
        let change = try #require(result.findings.first { $0.check == "claim-change" })
        #expect(change.message.contains("China's share of Russia's arms exports"))
        #expect(Set(change.evidence.map(\.path)) == [Self.cnsnews, Self.moscowTimes])
        // Without the archive the article alone has nothing to compare with.
        let alone = try CheckRun(book: TestFiles.builtinBook).run(paths: [Self.moscowTimes])
        #expect(!alone.findings.contains { $0.check == "claim-change" })
    }

    @Test func findingsAmongArchivedArticlesOnlyAreNotReported() throws {
        let archive = try newArchive()
        _ = try index([TestFiles.examples], into: archive)
        let unrelated = try TestFiles.folder(["other.md": "Title\n\nThe weather was fine in Oslo.\n"])
        let result = try CheckRun(book: TestFiles.builtinBook).run(paths: [unrelated.path], archive: archive)
        #expect(!result.findings.contains { $0.check == "claim-change" })
    }

    @Test func checkingAnArchivedArticleAgainDoesNotCompareItWithItself() throws {
        let archive = try newArchive()
        _ = try index([TestFiles.examples], into: archive)
        let withArchive = try CheckRun(book: TestFiles.builtinBook).run(paths: [TestFiles.examples], archive: archive)
        let without = try CheckRun(book: TestFiles.builtinBook).run(paths: [TestFiles.examples])
        #expect(withArchive.findings == without.findings)
    }

    @Test func reindexingSkipsUnchangedReplacesChangedAndRemovesDeleted() throws {
        let folder = try TestFiles.folder([
            "a.md": "Title A\n\nBrazil's inflation rate was 5 percent in 2008, the bank said.\n",
            "b.md": "Title B\n\n\"We will not raise taxes this year or next,\" the minister said on Monday.\n",
        ])
        let archive = try newArchive()
        var result = try index([folder.path], into: archive)
        #expect((result.stored, result.unchanged, result.removed) == (2, 0, 0))
        result = try index([folder.path], into: archive)
        #expect((result.stored, result.unchanged, result.removed) == (0, 2, 0))

        try Data("Title A\n\nBrazil's inflation rate was 7 percent in 2008, the bank said.\n".utf8)
            .write(to: folder.appendingPathComponent("a.md"))
        result = try index([folder.path], into: archive)
        #expect((result.stored, result.unchanged, result.removed) == (1, 1, 0))
        let values = try archive.pool.read { try Double.fetchAll($0, sql: "SELECT low FROM claim") }
        #expect(values == [7])

        try FileManager.default.removeItem(at: folder.appendingPathComponent("b.md"))
        result = try index([folder.path], into: archive)
        #expect((result.stored, result.unchanged, result.removed) == (0, 1, 1))
        #expect(try archive.articleCount() == 1)
        #expect(try count("quote", in: archive) == 0)
    }

    @Test func changedRulesExtractUnchangedArticlesAgain() throws {
        let folder = try TestFiles.folder([
            "a.md": "Title A\n\nBrazil's inflation rate was 5 percent in 2008, the bank said.\n",
            "b.md": "Title B\n\nThe mine will hire 300 welders next year.\n",
        ])
        let archive = try newArchive()
        _ = try index([folder.path], into: archive)
        #expect(try count("claim", in: archive) == 1)

        // A user's lexicon adds a measure: the articles did not change, the rules did.
        let extra = try TestFiles.folder(["measures.yml": """
            lexicon: measure
            description: A measure for the test.
            entries:
              welders hired: [welders]
            """])
        let book = try RuleBook.load(directories: [TestFiles.builtinRules, extra.path])
        #expect(book.fingerprint != TestFiles.builtinBook.fingerprint)
        let changed = try Indexing(extraction: Extraction(book: book)).run(paths: [folder.path], archive: archive)
        #expect((changed.stored, changed.unchanged, changed.removed) == (2, 0, 0))
        let again = try Indexing(extraction: Extraction(book: book)).run(paths: [folder.path], archive: archive)
        #expect((again.stored, again.unchanged, again.removed) == (0, 2, 0))

        // An article stored before the archive recorded what extracted it is extracted again.
        try archive.pool.write { try $0.execute(sql: "UPDATE article SET extracted_by = ''") }
        let old = try Indexing(extraction: Extraction(book: book)).run(paths: [folder.path], archive: archive)
        #expect(old.stored == 2)
    }

    @Test func recordsOfAnArchiveFileAreKeptApartAndRemovedOneByOne() throws {
        func line(_ id: String, _ body: String) -> String {
            "{\"id\": \"\(id)\", \"date\": \"2009-01-01\", \"body\": \"\(body)\"}\n"
        }
        let folder = try TestFiles.folder(["wire.jsonl": line("1", "Chile's inflation rate was 4 percent in 2008.")
            + line("2", "Peru's inflation rate was 6 percent in 2008.")])
        let archive = try newArchive()
        #expect(try index([folder.path], into: archive).stored == 2)
        try Data(line("2", "Peru's inflation rate was 6 percent in 2008.").utf8).write(to: folder.appendingPathComponent("wire.jsonl"))
        let result = try index([folder.path], into: archive)
        #expect((result.stored, result.unchanged, result.removed) == (0, 1, 1))
    }

    @Test func anArchiveOfTheFirstSchemaIsMigratedAndItsArticlesExtractedAgain() throws {
        let path = try TestFiles.scratch().appendingPathComponent("v1.sqlite").path
        var firstSchema = DatabaseMigrator()
        let first = ArchiveSchema.migrations[0]
        firstSchema.registerMigration(first.name) { db in
            try db.execute(sql: first.sql)
            try db.execute(sql: "PRAGMA user_version = 1")
        }
        try firstSchema.migrate(try DatabaseQueue(path: path))

        let archive = try Archive(path: path, create: false)
        #expect(try archive.pool.read { try Int.fetchOne($0, sql: "PRAGMA user_version") } == ArchiveSchema.version)
        #expect(try index([Self.cnsnews], into: archive).stored == 1)
        try archive.pool.write { try $0.execute(sql: "UPDATE article SET extracted_by = ''") }
        #expect(try index([Self.cnsnews], into: archive).stored == 1)
        #expect(try index([Self.cnsnews], into: archive).unchanged == 1)
    }

    @Test func anInterruptedWriteLeavesTheArticleAsItWas() throws {
        let archive = try newArchive()
        _ = try index([Self.cnsnews], into: archive)
        let before = try archive.stamps()
        let claims = try count("claim", in: archive)

        struct Interrupted: Error {}
        let changed = try #require(TestFiles.facts("Title\n\nIndia's inflation rate was 9 percent in 2008.\n"))
        let key = try #require(before.keys.first)
        #expect(throws: Diagnostic.self) {
            let stamp = Archive.Stamp(contentHash: "changed", extractedBy: "test")
            try archive.store(changed, key: key, stamp: stamp, beforeCommit: { throw Interrupted() })
        }
        #expect(try archive.stamps() == before)
        #expect(try count("claim", in: archive) == claims)
    }

    @Test func aFileThatIsNotADatabaseIsRefusedWithAMessage() throws {
        let path = try TestFiles.write(Array("just some notes\n".utf8), named: "notes.db")
        #expect(throws: Diagnostic(path: path, "not a Crosscheck archive: the file is not an SQLite database")) {
            try Archive(path: path, create: false)
        }
        let run = try BuiltCommand.run(["check", Self.moscowTimes, "--db", path, "--format", "terminal"])
        #expect(run.status == 2)
        #expect(run.errors.contains("not a Crosscheck archive"))
        let missing = try BuiltCommand.run(["check", Self.moscowTimes, "--db", "/no/such/archive.db"])
        #expect(missing.status == 2)
        #expect(missing.errors.contains("no archive here"))
    }

    @Test func theSchemaIsVersionedAndANewerArchiveIsRefused() throws {
        let archive = try newArchive()
        #expect(try archive.pool.read { try Int.fetchOne($0, sql: "PRAGMA user_version") } == ArchiveSchema.version)
        #expect(try archive.pool.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
        try archive.pool.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99 from the future')") }
        #expect(throws: Diagnostic.self) { try Archive(path: archive.path, create: false) }
    }

    @Test func theCommandLineIndexesThenChecksTheExampleCase() throws {
        let database = try TestFiles.scratch().appendingPathComponent("news.db").path
        let first = try BuiltCommand.run(["index", Self.cnsnews, "--db", database])
        #expect(first.status == 0)
        #expect(first.output.contains("1 stored, 0 unchanged, 0 removed"))
        let again = try BuiltCommand.run(["index", Self.cnsnews, "--db", database])
        #expect(again.output.contains("0 stored, 1 unchanged, 0 removed"))
        let reports = try TestFiles.scratch().path
        let check = try BuiltCommand.run(["check", Self.moscowTimes, "--db", database, "--format", "terminal", "json",
                                          "--output", reports])
        #expect(check.status == 0)
        #expect(check.output.contains("[claim-change] China's share of Russia's arms exports changed"))
    }

    @Test func concurrentIndexRunsShareOneDatabase() throws {
        let database = try TestFiles.scratch().appendingPathComponent("shared.db").path
        var folders: [URL] = []
        for batch in 0..<2 {
            var files: [String: String] = [:]
            for number in 0..<40 {
                files["\(batch)-\(number).md"] = "Title \(number)\n\n\"Prices rose \(number) percent in 2008 and will rise again,\" the minister for batch \(batch) said.\n"
            }
            folders.append(try TestFiles.folder(files))
        }
        let runs = try folders.map { try BuiltCommand.start(["index", $0.path, "--db", database, "--threads", "1"]) }
        for run in runs { run.process.waitUntilExit() }
        #expect(runs.map(\.process.terminationStatus) == [0, 0])
        let archive = try Archive(path: database, create: false)
        #expect(try archive.articleCount() == 80)
        #expect(try archive.pool.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") } == "ok")
    }

    @Test func aKilledIndexLeavesOnlyWholeArticles() throws {
        var files: [String: String] = [:]
        let paragraph = String(repeating: "\"Sales rose 12 percent to $4 billion in 2008,\" the chief executive said. ", count: 40)
        for number in 0..<300 { files["\(number).md"] = "Title \(number)\n\n" + paragraph + "\n" }
        let folder = try TestFiles.folder(files)
        let database = try TestFiles.scratch().appendingPathComponent("killed.db").path
        let run = try BuiltCommand.start(["index", folder.path, "--db", database])
        // Wait until some articles are in, then kill the run mid-write. The wait has no short deadline, since a
        // loaded machine may take long to store the first article; it ends early only if the run ends by itself.
        var stored = 0
        let deadline = Date().addingTimeInterval(600)
        while stored == 0, run.process.isRunning, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            stored = (try? Archive(path: database, create: false).articleCount()) ?? 0
        }
        kill(run.process.processIdentifier, SIGKILL)
        run.process.waitUntilExit()
        let archive = try Archive(path: database, create: false)
        #expect(try archive.pool.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") } == "ok")
        let incomplete = try archive.pool.read { db in
            try Int.fetchOne(db, sql: """
                SELECT count(*) FROM article a WHERE a.quote_count != (SELECT count(*) FROM quote q WHERE q.article_id = a.id)
                    OR a.figure_count != (SELECT count(*) FROM figure f WHERE f.article_id = a.id)
                """) ?? -1
        }
        #expect(incomplete == 0)
        #expect(try archive.articleCount() > 0)
        // Indexing again finishes the job and skips what was stored.
        let resumed = try index([folder.path], into: archive)
        #expect(resumed.unchanged >= stored)
        #expect(try archive.articleCount() == 300)
    }
}
