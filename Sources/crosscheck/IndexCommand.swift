import ArgumentParser
import CrosscheckKit

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Store the facts of articles in an archive that `check --db` compares new articles with.",
        discussion: """
            Unchanged articles are skipped, changed ones replaced, and articles no longer under the given paths \
            removed. Exit codes: 0 indexed, 2 usage, input, rule or archive errors (the articles that could be \
            read are still stored).
            """
    )

    @OptionGroup var articles: ArticlePaths

    @Option(help: "The archive file (SQLite); made if missing.")
    var db: String

    @OptionGroup var rules: RuleOptions

    @OptionGroup var input: RunOptions

    func run() throws {
        let book = try rules.loadBook()
        let ruleProfile = input.makeProfile()
        let result: Indexing.Result
        let archive: Archive
        do {
            archive = try Archive(path: db, create: true)
            let progress = ProgressBar()
            result = try Indexing(extraction: input.makeExtraction(book: book, profile: ruleProfile))
                .run(paths: try articles.all(), archive: archive, progress: progress.enabled ? progress.update : nil)
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
        for diagnostic in result.diagnostics { Console.error(diagnostic.description) }
        if let ruleProfile { Console.error(ruleProfile.table) }
        let total = (try? archive.articleCount()).map { "; \($0) articles in the archive" } ?? ""
        print("\(db): \(result.stored) stored, \(result.unchanged) unchanged, \(result.removed) removed\(total) (schema version \(archive.schemaVersion))")
        if result.diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(2) }
    }
}
