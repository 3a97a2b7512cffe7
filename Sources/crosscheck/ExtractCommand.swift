import ArgumentParser
import CrosscheckKit

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the figures, quotes, claims and times the rules find in articles."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var articles: ArticlePaths

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @OptionGroup var rules: RuleOptions

    @OptionGroup var input: RunOptions

    func run() throws {
        let book = try rules.loadBook()
        let ruleProfile = input.makeProfile()
        let extraction = input.makeExtraction(book: book, profile: ruleProfile)
        let result: Extraction.Result
        do { result = try extraction.run(paths: try articles.all()) } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
        for diagnostic in result.diagnostics { Console.error(diagnostic.description) }
        if let ruleProfile { Console.error(ruleProfile.table) }
        switch format {
        case .json: FileHandleOutput.writeToStandardOutput(ExtractionJSON.render(result.documents))
        case .text: FileHandleOutput.writeToStandardOutput(ExtractionText.render(result.documents))
        }
        if result.diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(2) }
    }
}
