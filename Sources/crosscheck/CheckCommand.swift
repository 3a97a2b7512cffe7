import ArgumentParser
import Foundation
import CrosscheckKit

/// The report formats `check` writes; several may be chosen in one run.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case terminal, markdown, json, sarif, junit, html
}

extension Severity: ExpressibleByArgument {}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Extract facts, run every check, print findings and write Reports/report.md and report.json.",
        discussion: """
            Exit codes: 0 no finding at or above --fail-on, 1 findings at or above --fail-on (default: error), \
            2 usage, configuration, input or rule errors.
            """
    )

    @OptionGroup var articles: ArticlePaths

    @Option(help: "Folder the reports are written to (default: Reports, or `output` in crosscheck.yml).")
    var output: String?

    @Option(name: .customLong("format"), parsing: .upToNextOption,
            help: "Report formats: terminal, markdown, json, sarif, junit, html (several allowed; default: terminal markdown json).")
    var formats: [ReportFormat] = []

    @Option(help: "The lowest severity that fails the run: info, warning or error (default: error).")
    var failOn: Severity?

    @Option(help: "The configuration file (default: the nearest crosscheck.yml from the working directory up).")
    var config: String?

    @Option(help: "A baseline file from `crosscheck baseline create`: findings in it are suppressed.")
    var baseline: String?

    @Option(name: .customLong("sources"), help: "A folder of transcripts, press releases or earlier articles to check quotes against (repeatable).")
    var sources: [String] = []

    @Option(help: "An archive from `crosscheck index`: the articles are also checked against every article in it.")
    var db: String?

    @OptionGroup var rules: RuleOptions

    @OptionGroup var input: RunOptions

    func run() throws {
        let configuration: Configuration
        do {
            configuration = try (config ?? Configuration.find()).map { path throws(Diagnostic) in try Configuration.load(path: path) }
                ?? Configuration()
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
        let book = try RuleOptions.loadBook(directories: configuration.ruleDirectories + rules.directories,
                                            builtin: !rules.noBuiltinRules)
        let formats = !self.formats.isEmpty ? self.formats
            : configuration.formats.isEmpty ? [.terminal, .markdown, .json] : configuration.formats.compactMap(ReportFormat.init(rawValue:))
        let failOn = self.failOn ?? configuration.failOn ?? .error
        let result: CheckRun.Result
        let ruleProfile = input.makeProfile()
        var sourceProblems: [Diagnostic] = []
        do {
            let loaded = try CheckRun.loadSources(configuration.sourceDirectories + sources,
                                                  spelling: SpellingVariants(book: book))
            sourceProblems = loaded.diagnostics
            let known = try baseline.map { path throws(Diagnostic) in try Baseline.load(path: path) }
            let progress = ProgressBar()
            let archive = try db.map { path throws(Diagnostic) in try Archive(path: path, create: false) }
            result = try CheckRun(extraction: input.makeExtraction(book: book, profile: ruleProfile), settings: book.settings,
                                  sources: loaded.sources, configuration: configuration)
                .run(paths: try articles.all(), baseline: known, archive: archive, progress: progress.enabled ? progress.update : nil)
            let writer = ReportWriter(directory: output ?? configuration.output ?? "Reports")
            for format in formats {
                switch format {
                case .terminal: continue
                case .markdown: try writer.write(ReportMarkdown.render(result), named: "report.md")
                case .json: try writer.write(named: "report.json") { output in try ReportJSON.write(result, to: &output) }
                case .sarif: try writer.write(ReportSARIF.render(result, rules: book.rules), named: "report.sarif")
                case .junit: try writer.write(ReportJUnit.render(result, failOn: failOn), named: "report.junit.xml")
                case .html: try writer.write(ReportHTML.render(result), named: "report.html")
                }
            }
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
        for diagnostic in sourceProblems + result.diagnostics { Console.error(diagnostic.description) }
        if let ruleProfile { Console.error(ruleProfile.table) }
        if formats.contains(.terminal) {
            let colour = ReportTerminal.usesColour(environment: ProcessInfo.processInfo.environment, isTerminal: isatty(1) == 1)
            FileHandleOutput.writeToStandardOutput(ReportTerminal.render(result, colour: colour))
        }
        if (sourceProblems + result.diagnostics).contains(where: { $0.severity == .error }) { throw ExitCode(2) }
        if result.findings.contains(where: { $0.suppression == nil && $0.severity >= failOn }) { throw ExitCode(1) }
    }
}
