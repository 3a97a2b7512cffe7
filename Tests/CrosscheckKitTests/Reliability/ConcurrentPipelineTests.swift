import Foundation
import Testing
@testable import CrosscheckKit

/// The whole pipeline on many threads at once: run under the thread sanitizer by `make test`
/// (`swift test --sanitize=thread --filter ConcurrentPipelineTests`), where any data race fails the run.
@Suite struct ConcurrentPipelineTests {
    @Test func aConcurrentRunOfTheWholePipelineMatchesASingleThreadedOne() throws {
        var files: [String: String] = [:]
        for number in 0..<24 {
            files["\(number).md"] = """
                Report \(number)

                BRASILIA, March \(number % 28 + 1), 2009 - Brazil's inflation rate was \(number % 7 + 3) percent in 2008, \
                the central bank said. "We expect prices to rise about \(number % 5 + 2) percent this year," said \
                Governor Henrique Meirelles.
                """
        }
        var records = ""
        for number in 0..<300 {
            records += "{\"id\": \"\(number)\", \"date\": \"2009-0\(number % 9 + 1)-01\", \"body\": \"Chile's inflation rate was \(number % 6 + 2) percent in 2008, a central bank source told Reuters.\"}\n"
        }
        files["wire.jsonl"] = records
        let folder = try TestFiles.folder(files)
        let paths = [folder.path, TestFiles.examples]

        let single = try CheckRun(book: TestFiles.builtinBook, threads: 1).run(paths: paths)
        let many = try CheckRun(book: TestFiles.builtinBook, threads: 8).run(paths: paths)
        #expect(many.findings == single.findings)
        #expect(many.articles == single.articles)
        #expect(many.articles.count == 24 + 300 + 2)
        #expect(many.findings.contains { $0.check == "claim-conflict" })

        // Indexing writes from every worker thread into one archive.
        let archive = try Archive(path: try TestFiles.scratch().appendingPathComponent("archive.db").path, create: true)
        let indexed = try Indexing(extraction: Extraction(book: TestFiles.builtinBook, threads: 8)).run(paths: paths, archive: archive)
        #expect(indexed.stored == 24 + 300 + 2)
        let checked = try CheckRun(book: TestFiles.builtinBook, threads: 8).run(paths: [TestFiles.examples], archive: archive)
        #expect(checked.findings.contains { $0.check == "claim-change" })
    }
}
