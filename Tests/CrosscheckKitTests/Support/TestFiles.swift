import Foundation
@testable import CrosscheckKit

/// Paths and scratch folders shared by the tests.
enum TestFiles {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let builtinRules = packageRoot.appendingPathComponent("Rules").path
    static let examples = packageRoot.appendingPathComponent("Examples").path
    static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// The one folder that holds this test process's scratch folders. It is removed when the process exits:
    /// Swift Testing has no suite-wide teardown, and each run writes a 200 MB file that must not pile up.
    private static let scratchRoot: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("crosscheck-tests-\(UUID().uuidString)")
        atexit { try? FileManager.default.removeItem(at: TestFiles.scratchRoot) }
        return url
    }()

    /// A new empty folder for one test, removed with the others when the test process exits.
    static func scratch() throws -> URL {
        let url = scratchRoot.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `files` (relative path to content) into a new scratch folder and returns it.
    static func folder(_ files: [String: String]) throws -> URL {
        let root = try scratch()
        for (path, content) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(content.utf8).write(to: url)
        }
        return root
    }

    static func write(_ bytes: [UInt8], named name: String) throws -> String {
        let url = try scratch().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    static let builtinBook: RuleBook = {
        do { return try RuleBook.load(directories: [builtinRules]) } catch { fatalError("built-in rules do not load: \(error)") }
    }()

    /// The built-in house-style spellings that quote comparisons fold.
    static let spelling = SpellingVariants(book: builtinBook)

    /// Loads one article from text, as if it were a file with this name.
    static func document(_ text: String, named name: String = "article.txt") -> Document? {
        ArticleLoader().load(bytes: Array(text.utf8), path: name).documents.first
    }

    /// Runs the built-in rules over a text and returns its facts.
    static func facts(_ text: String, named name: String = "article.txt") -> DocumentFacts? {
        guard let document = document(text, named: name) else { return nil }
        let (matches, _) = RuleRunner(book: builtinBook).run(on: document, matcher: Matcher())
        return FactExtractor(book: builtinBook).facts(for: document, matches: matches)
    }
}
