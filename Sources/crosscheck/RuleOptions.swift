import ArgumentParser
import CrosscheckKit

/// `--rules DIR`: rule folders added to the built-in ones. Shared by every command that runs rules.
struct RuleOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: "A folder of extra rules, fragments and lexicons (repeatable).")
    var directories: [String] = []

    @Flag(help: "Do not load the built-in rules.")
    var noBuiltinRules = false

    /// Loads the rule book, or prints every rule problem and exits with code 2 before anything else runs.
    func loadBook() throws -> RuleBook {
        try RuleOptions.loadBook(directories: directories, builtin: !noBuiltinRules)
    }

    static func loadBook(directories: [String], builtin: Bool) throws -> RuleBook {
        var folders = directories
        if builtin {
            guard let builtin = BuiltinRules.directory() else {
                Console.error("error: cannot find the built-in Rules folder; set CROSSCHECK_RULES")
                throw ExitCode(2)
            }
            folders.insert(builtin, at: 0)
        }
        do { return try RuleBook.load(directories: folders) } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
    }
}

/// How a run reads its input: worker threads and the largest article file it reads.
struct RunOptions: ParsableArguments {
    @Option(help: "Worker threads (default: one per core).")
    var threads: Int?

    @Option(name: .customLong("max-file-size"), help: "Skip article files over this many megabytes, with a message (default: 256).")
    var maxFileSize: Int = 256

    @Flag(help: "Print the time each rule took, slowest first, to standard error.")
    var profile = false

    var loader: ArticleLoader { ArticleLoader(maxFileBytes: maxFileSize << 20) }

    /// A profile to fill when `--profile` is given.
    func makeProfile() -> RuleProfile? { profile ? RuleProfile() : nil }

    func makeExtraction(book: RuleBook, profile: RuleProfile?) -> Extraction {
        threads.map { Extraction(book: book, loader: loader, threads: $0, profile: profile) }
            ?? Extraction(book: book, loader: loader, profile: profile)
    }
}

enum Console {
    static func error(_ text: String) {
        var standardError = StandardError()
        print(text, to: &standardError)
    }
}

struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandleOutput.writeToStandardError(string)
    }
}
