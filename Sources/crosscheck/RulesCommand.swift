import ArgumentParser
import CrosscheckKit

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List rules or run their examples.",
        subcommands: [List.self, Test.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every loaded rule.")
        @OptionGroup var rules: RuleOptions

        func run() throws {
            let book = try rules.loadBook()
            for rule in book.rules {
                print("\(rule.id)\t\(rule.kind.rawValue)\t\(rule.severity.rawValue)\t\(rule.description)")
            }
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run every rule's examples; exit 1 if any fails.",
            discussion: "Folders given here are loaded with the built-in rules; all examples are run."
        )
        @Argument(help: "Extra rule folders to test.")
        var directories: [String] = []
        @Flag(help: "Do not load the built-in rules.")
        var noBuiltinRules = false

        func run() throws {
            let book = try RuleOptions.loadBook(directories: directories, builtin: !noBuiltinRules)
            let (count, failures) = RuleExampleRunner.run(book)
            for failure in failures { print(failure.description) }
            print("\(count - failures.count) passed, \(failures.count) failed")
            if !failures.isEmpty { throw ExitCode(1) }
        }
    }
}
