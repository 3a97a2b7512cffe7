import ArgumentParser
import CrosscheckKit

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Extract facts, run every check, print findings and write Reports/report.md and report.json.",
        discussion: "Exit codes: 0 no error finding, 1 at least one error finding, 2 usage, input or rule errors."
    )

    @Argument(help: "Article files or folders (.txt, .md, .html, .jsonl).")
    var paths: [String]

    @Option(help: "Folder the reports are written to.")
    var output: String = "Reports"

    @Option(name: .customLong("sources"), help: "A folder of transcripts, press releases or earlier articles to check quotes against (repeatable).")
    var sources: [String] = []

    @OptionGroup var rules: RuleOptions

    @Option(help: "Worker threads (default: one per core).")
    var threads: Int?

    func run() throws {
        let book = try rules.loadBook()
        let result: CheckRun.Result
        var sourceProblems: [Diagnostic] = []
        do {
            let loaded = try CheckRun.loadSources(sources)
            sourceProblems = loaded.diagnostics
            result = try CheckRun(book: book, threads: threads, sources: loaded.sources).run(paths: paths)
            let writer = ReportWriter(directory: output)
            try writer.write(ReportMarkdown.render(result), named: "report.md")
            try writer.write(ReportJSON.render(result), named: "report.json")
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
        for diagnostic in sourceProblems + result.diagnostics { Console.error(diagnostic.description) }
        FileHandleOutput.writeToStandardOutput(ReportTerminal.render(result))
        if (sourceProblems + result.diagnostics).contains(where: { $0.severity == .error }) { throw ExitCode(2) }
        if result.findings.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}
