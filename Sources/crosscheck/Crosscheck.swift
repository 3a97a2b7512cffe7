import ArgumentParser
import CrosscheckKit

@main
struct Crosscheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crosscheck",
        abstract: "Fact-check and quote-verification for news articles.",
        discussion: "Exit codes: 0 success, 1 error findings (check) or failed rule examples (rules test), 2 usage, input or rule errors.",
        subcommands: [CheckCommand.self, ExtractCommand.self, RulesCommand.self]
    )
}
