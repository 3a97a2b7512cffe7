import ArgumentParser
import CrosscheckKit

@main
struct Crosscheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crosscheck",
        abstract: "Fact-check and quote-verification for news articles.",
        discussion: "Exit codes: 0 success, 1 findings or failed rule examples, 2 usage, input or rule errors.",
        subcommands: [ExtractCommand.self, RulesCommand.self]
    )
}
