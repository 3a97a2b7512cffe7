import Foundation

/// What the libFuzzer targets (`scripts/fuzz.sh`) feed their inputs to, kept in the library so the regression
/// tests replay saved crash inputs through exactly the same calls. Each entry must return normally for any bytes.
public enum FuzzEntryPoints {
    /// The built-in rule book, loaded once per process.
    static let book: RuleBook? = BuiltinRules.directory().flatMap { try? RuleBook.load(directories: [$0]) }

    /// The built-in rule files, parsed once, so a fuzzed file is combined with real fragments and lexicons.
    static let builtinFiles: [RuleFile] = {
        guard let directory = BuiltinRules.directory(),
              let walker = FileManager.default.enumerator(atPath: directory) else { return [] }
        var paths: [String] = []
        while let relative = walker.nextObject() as? String {
            guard relative.hasSuffix(".yml") else { continue }
            paths.append((directory as NSString).appendingPathComponent(relative))
        }
        return paths.sorted().compactMap { try? RuleFileParser.parse(path: $0) }
    }()

    /// Loader, cleaner and the whole extraction (rules, figures, times, claims, quotes) on one article. The first
    /// byte chooses the format, so one corpus explores Markdown, HTML, plain text and JSON Lines.
    public static func article(_ bytes: [UInt8]) {
        guard let book, let format = bytes.first else { return }
        let extensions = ["md", "html", "txt", "jsonl"]
        let path = "fuzz." + extensions[Int(format) % extensions.count]
        let loaded = ArticleLoader().load(bytes: Array(bytes.dropFirst()), path: path)
        let extraction = Extraction(book: book, threads: 1)
        let matcher = Matcher(limits: extraction.limits)
        let facts = loaded.documents.map { extraction.facts(of: $0, matcher: matcher).facts }
        _ = CheckRegistry.run(on: facts, settings: book.settings, spelling: SpellingVariants(book: book))
    }

    /// The rule-file parser, and rule compilation with the built-in fragments and lexicons.
    public static func ruleFile(_ bytes: [UInt8]) {
        guard let text = String(validating: bytes, as: UTF8.self),
              let parsed = try? RuleFileParser.parse(text: text, path: "fuzz.yml") else { return }
        _ = try? RuleBook.load(parsed: builtinFiles + [parsed])
    }

    /// The figure normalizer, both ways a figure reaches it: a claim's value text (number, hedge, unit), and a
    /// figure rule's captures, here the input split at `|` into amount, upper end, hedge, unit and counted thing.
    public static func figure(_ bytes: [UInt8]) {
        guard let normalizer else { return }
        let text = String(decoding: bytes, as: UTF8.self)
        _ = normalizer.quantity(of: text)
        let parts = text.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        func part(_ index: Int) -> String? { index < parts.count && !parts[index].isEmpty ? parts[index] : nil }
        _ = normalizer.quantity(amount: parts[0], upper: part(1), hedge: part(2), unitText: part(3),
                                fraction: parts[0].contains("half"), thing: part(4))
    }

    static let normalizer: FigureNormalizer? = book.map { FigureNormalizer(book: $0) }
}
