import ArgumentParser
import CrosscheckKit
import Foundation

@main
struct Crosscheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crosscheck",
        abstract: "Fact-check and quote-verification for news articles.",
        discussion: """
            Exit codes: 0 success; 1 findings at or above --fail-on (check) or failed rule examples (rules test); \
            2 usage, configuration, input or rule errors.
            """,
        subcommands: [CheckCommand.self, IndexCommand.self, ExtractCommand.self, RulesCommand.self, BaselineCommand.self, ExplainCommand.self]
    )

    /// Like ArgumentParser's own entry point, but a usage error exits with 2, the code the README documents.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            guard code == .validationFailure else { exit(withError: error) }
            FileHandleOutput.writeToStandardError(fullMessage(for: error) + "\n")
            Foundation.exit(2)
        }
    }
}
