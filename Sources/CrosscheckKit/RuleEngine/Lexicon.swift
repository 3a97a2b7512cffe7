/// A named list of words or of canonical names with their aliases, kept in YAML so users extend it
/// without touching a pattern. Each lexicon becomes a fragment rules call as `(?&name)`.
public struct Lexicon: Sendable {
    public let name: String
    public let description: String
    /// Canonical name to the spellings that mean it; a plain word list maps each word to itself.
    public private(set) var entries: [String: [String]]
    public let caseless: Bool
    public private(set) var files: [String]

    init(name: String, description: String, entries: [String: [String]], caseless: Bool, file: String) {
        self.name = name
        self.description = description
        self.entries = entries
        self.caseless = caseless
        self.files = [file]
        self.lookup = Lexicon.lookupTable(entries, caseless: caseless)
    }

    /// A lexicon of the same name in a user's directory adds its entries to the built-in one.
    mutating func merge(_ other: Lexicon) {
        for (canonical, aliases) in other.entries {
            entries[canonical, default: []].append(contentsOf: aliases)
        }
        lookup = Lexicon.lookupTable(entries, caseless: caseless)
        files.append(contentsOf: other.files)
    }

    /// Every spelling, each once.
    public var allSpellings: [String] {
        Array(Set(entries.flatMap { [$0.key] + $0.value })).sorted()
    }

    /// The canonical name for a spelling found in text, or nil if the spelling is not in the lexicon.
    public func canonical(for spelling: String) -> String? {
        let key = caseless ? spelling.lowercased() : spelling
        return lookup[key]
    }

    private var lookup: [String: String]

    private static func lookupTable(_ entries: [String: [String]], caseless: Bool) -> [String: String] {
        var table: [String: String] = [:]
        for canonical in entries.keys.sorted() {
            for spelling in [canonical] + entries[canonical]! {
                let key = caseless ? spelling.lowercased() : spelling
                if table[key] == nil { table[key] = canonical }
            }
        }
        return table
    }

    /// The fragment body: a trie of every spelling, bounded so it never matches inside a longer word.
    var fragmentPattern: String {
        let trie = TriePattern.build(allSpellings)
        return (caseless ? "(?i)" : "") + "(?<![\\w])" + trie + "(?![\\w])"
    }
}

/// Builds one regex from many literal words, shaped as a trie (`s(?:aid|ays)`), which PCRE2 matches far faster
/// than a flat alternation because it never re-tries a shared prefix.
enum TriePattern {
    final class Node {
        var children: [Character: Node] = [:]
        var isWord = false
    }

    static func build(_ words: [String]) -> String {
        let root = Node()
        for word in words where !word.isEmpty {
            var node = root
            for character in word {
                if let child = node.children[character] { node = child } else {
                    let child = Node()
                    node.children[character] = child
                    node = child
                }
            }
            node.isWord = true
        }
        return "(?:" + render(root) + ")"
    }

    private static func render(_ node: Node) -> String {
        let branches = node.children.keys.sorted().map { character in
            escape(character) + render(node.children[character]!)
        }
        if branches.isEmpty { return "" }
        let body = branches.count == 1 ? branches[0] : "(?:" + branches.joined(separator: "|") + ")"
        // Greedy: try the longer word first, fall back to the word that ends here.
        return node.isWord ? "(?:\(body))?" : body
    }

    static func escape(_ character: Character) -> String {
        let special: Set<Character> = ["\\", "^", "$", ".", "|", "?", "*", "+", "(", ")", "[", "]", "{", "}", "#", "-", "/", " "]
        return special.contains(character) ? "\\" + String(character) : String(character)
    }
}
