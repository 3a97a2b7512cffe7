import ArgumentParser
import CrosscheckKit

struct BaselineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Record today's findings so that `check --baseline FILE` reports only new ones.",
        subcommands: [Create.self]
    )

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write a baseline of the current findings.")

        @OptionGroup var articles: ArticlePaths

        @Option(help: "The baseline file to write.")
        var output: String = "crosscheck-baseline.json"

        @OptionGroup var rules: RuleOptions

        func run() throws {
            let book = try rules.loadBook()
            do {
                let result = try CheckRun(book: book).run(paths: try articles.all())
                for diagnostic in result.diagnostics { Console.error(diagnostic.description) }
                let baseline = Baseline(findings: result.findings)
                let target = URLPath(output)
                try ReportWriter(directory: target.directory).write(baseline.rendered(), named: target.name)
                print("\(baseline.entries.count) findings recorded in \(output)")
            } catch {
                Console.error(error.description)
                throw ExitCode(2)
            }
        }
    }
}

/// A file path split into its folder and name, for the report writer.
struct URLPath {
    let directory: String
    let name: String

    init(_ path: String) {
        if let slash = path.lastIndex(of: "/") {
            directory = String(path[..<slash]).isEmpty ? "/" : String(path[..<slash])
            name = String(path[path.index(after: slash)...])
        } else {
            directory = "."
            name = path
        }
    }
}
