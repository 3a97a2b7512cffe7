import ArgumentParser
import CrosscheckKit

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a check or a rule: what it finds, why, its examples and how to tune it."
    )

    @Argument(help: "A check id (claim-change, quote-altered, ...) or a rule id (see `crosscheck rules list`).")
    var id: String

    @OptionGroup var rules: RuleOptions

    func run() throws {
        let book = try rules.loadBook()
        guard let text = Explanation.text(for: id, book: book) else {
            let known = (CheckRegistry.all.map(\.id) + book.rules.map(\.id)).sorted()
            Console.error("error: no check or rule '\(id)'; known: \(known.joined(separator: ", "))")
            throw ExitCode(2)
        }
        FileHandleOutput.writeToStandardOutput(text)
    }
}
