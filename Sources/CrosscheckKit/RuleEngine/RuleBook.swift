import Foundation
import Yams

/// Every rule, fragment and lexicon loaded from the built-in `Rules/` folder and the user's rule folders,
/// validated and compiled. Loading either succeeds whole or reports every problem found.
public struct RuleBook: Sendable {
    public let rules: [Rule]
    public let lexicons: [String: Lexicon]
    public let settings: Settings
    let fragments: [String: Fragment]
    /// A digest of all that decides what the rules find and how facts are read: each rule's compiled pattern,
    /// options and fields, every lexicon, the settings. The archive keeps it with each article, so an article
    /// indexed under other rules is extracted again even though its bytes did not change.
    public let fingerprint: String
    /// The prefilter words, found by a walk of their byte trie; those with a non-ASCII letter are in `prefilter`.
    let prefilterTrie: PrefilterTrie
    /// One trie pattern over the prefilter words with a non-ASCII letter; nil when there are none.
    let prefilter: Pattern?
    /// Whether any rule has a prefilter, so that prefilter hits decide where rules run.
    var hasPrefilter: Bool { !prefilterIndex.isEmpty }

    /// The rules a hit of `prefilter` lets run; a hit may carry a plural ending its word does not have.
    private func rules(forPrefilterHit hit: UnsafeBufferPointer<UInt8>) -> [Int] {
        let word = String(decoding: hit, as: UTF8.self).lowercased()
        if let rules = prefilterIndex[word] { return rules }
        if word.hasSuffix("es"), let rules = prefilterIndex[String(word.dropLast(2))] { return rules }
        if word.hasSuffix("s"), let rules = prefilterIndex[String(word.dropLast())] { return rules }
        return []
    }

    /// For each rule (by index), the byte offsets, ascending, where one of its prefilter words starts.
    func prefilterHits(in subject: UnsafeBufferPointer<UInt8>, matcher: Matcher) throws(MatchFailure) -> [[Int]] {
        var hits = [[Int]](repeating: [], count: rules.count)
        prefilterTrie.forEachHit(in: subject) { start, rules in
            for rule in rules { hits[Int(rule)].append(start) }
        }
        guard let prefilter else { return hits }
        let trieHits = hits.map(\.count)
        try matcher.forEachMatch(of: prefilter, in: subject, overlapping: true) { hit in
            for rule in rules(forPrefilterHit: UnsafeBufferPointer(rebasing: subject[hit.range])) {
                hits[rule].append(hit.range.lowerBound)
            }
        }
        // A rule with words of both kinds has two ascending runs of hits to put in order.
        for rule in hits.indices where trieHits[rule] > 0 && hits[rule].count > trieHits[rule] { hits[rule].sort() }
        return hits
    }

    /// For each lower-cased prefilter word, the indices of the rules it lets run: its own, and those of every
    /// shorter prefilter word inside it (a hit on "arms deals" is also a hit on "deals").
    let prefilterIndex: [String: [Int]]

    /// Every field that changes a match or a fact, written out in a fixed order and hashed; descriptions,
    /// examples, comments and file paths are left out.
    private static func digest(rules: [Rule], lexicons: [String: Lexicon], settings: Settings) -> String {
        var text = ""
        for rule in rules {
            text += "rule \(rule.id) \(rule.kind) \(rule.severity) \(rule.pattern.options.rawValue) \(rule.reach ?? -1) \(rule.measure?.written ?? "")\n"
            text += "\(rule.message)\n\(rule.prefilter.joined(separator: "|"))\n\(rule.pattern.source)\n"
        }
        for name in lexicons.keys.sorted() {
            let lexicon = lexicons[name]!
            text += "lexicon \(name) \(lexicon.caseless)\n"
            for canonical in lexicon.entries.keys.sorted() {
                text += "\(canonical): \(lexicon.entries[canonical]!.joined(separator: "|"))\n"
            }
        }
        for (hedge, bounds) in settings.hedges.sorted(by: { $0.key < $1.key }) {
            text += "hedge \(hedge) \(bounds.low.map { "\($0)" } ?? "-") \(bounds.high.map { "\($0)" } ?? "-")\n"
        }
        for (measure, tolerance) in settings.tolerances.sorted(by: { $0.key < $1.key }) {
            text += "tolerance \(measure) \(tolerance)\n"
        }
        for (name, former) in settings.formerMeanings.sorted(by: { $0.key < $1.key }) {
            text += "former \(name) \(former.until) \(former.meant)\n"
        }
        return FNV1a.hex(text.utf8)
    }

    /// Loads every `.yml`/`.yaml` file under `directories`, recursively, in path order.
    public static func load(directories: [String]) throws(DiagnosticList) -> RuleBook {
        var files: [String] = []
        var problems: [Diagnostic] = []
        for directory in directories {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
                problems.append(Diagnostic(path: directory, "rule directory does not exist"))
                continue
            }
            let walker = FileManager.default.enumerator(atPath: directory)
            var found: [String] = []
            while let relative = walker?.nextObject() as? String {
                guard relative.hasSuffix(".yml") || relative.hasSuffix(".yaml") else { continue }
                found.append((directory as NSString).appendingPathComponent(relative))
            }
            files.append(contentsOf: found.sorted())
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return try load(files: files)
    }

    static func load(files: [String]) throws(DiagnosticList) -> RuleBook {
        var parsed: [RuleFile] = []
        var problems: [Diagnostic] = []
        for file in files {
            do { parsed.append(try RuleFileParser.parse(path: file)) } catch { problems.append(error) }
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return try load(parsed: parsed)
    }

    /// Combines parsed rule files into a book: settings and lexicons merge, fragments and rule ids must be unique.
    static func load(parsed: [RuleFile]) throws(DiagnosticList) -> RuleBook {
        var problems: [Diagnostic] = []
        var lexicons: [String: Lexicon] = [:]
        var fragments: [String: Fragment] = [:]
        var drafts: [RuleDraft] = []
        var settings = Settings()
        for file in parsed {
            switch file {
            case let .settings(more):
                settings.merge(more)
            case let .lexicon(lexicon):
                if lexicons[lexicon.name] != nil { lexicons[lexicon.name]!.merge(lexicon) } else { lexicons[lexicon.name] = lexicon }
            case let .fragments(list):
                for fragment in list {
                    if let earlier = fragments[fragment.name] {
                        problems.append(Diagnostic(path: fragment.file, line: fragment.line, column: fragment.column,
                                                   "fragment '\(fragment.name)' is already defined in \(earlier.file):\(earlier.line)"))
                    }
                    fragments[fragment.name] = fragment
                }
            case let .rule(draft):
                if let earlier = drafts.first(where: { $0.id == draft.id }) {
                    problems.append(draft.error("rule id '\(draft.id)' is already used in \(earlier.file):\(earlier.line)"))
                }
                drafts.append(draft)
            }
        }
        for lexicon in lexicons.values {
            if fragments[lexicon.name] != nil {
                problems.append(Diagnostic(path: lexicon.files[0], line: 1, column: 1,
                                           "lexicon '\(lexicon.name)' has the same name as a fragment"))
            }
            fragments[lexicon.name] = Fragment(name: lexicon.name, pattern: lexicon.fragmentPattern,
                                               file: lexicon.files[0], line: 1, column: 1)
        }
        problems += settings.validate(hedges: lexicons["hedge"], countries: lexicons["country"])
        if !problems.isEmpty { throw DiagnosticList(problems) }

        let composer = FragmentComposer(fragments: fragments)
        problems += validate(fragments: fragments, composer: composer)
        // Compiling, the JIT's above all, is most of a small run's time: the rules are compiled on every core.
        let allLexicons = lexicons
        let compiled = Parallel.compactMap(drafts, chunkSize: 1) { draft in
            Result { () throws(Diagnostic) in try draft.compile(with: composer, lexicons: allLexicons) }
        }
        var rules: [Rule] = []
        for result in compiled {
            switch result {
            case let .success(rule): rules.append(rule)
            case let .failure(error): problems.append(error)
            }
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        rules.sort { $0.id < $1.id }
        return try RuleBook(rules: rules, lexicons: lexicons, fragments: fragments, settings: settings)
    }

    private init(rules: [Rule], lexicons: [String: Lexicon], fragments: [String: Fragment],
                 settings: Settings) throws(DiagnosticList) {
        self.rules = rules
        self.lexicons = lexicons
        self.settings = settings
        self.fragments = fragments
        fingerprint = RuleBook.digest(rules: rules, lexicons: lexicons, settings: settings)
        var index: [String: [Int]] = [:]
        for (position, rule) in rules.enumerated() {
            for word in rule.prefilter { index[word, default: []].append(position) }
        }
        var closed = index
        // Compared as byte arrays: this loop is quadratic in the words, and string searches made it a tenth of a
        // second of every run.
        let spelled = index.keys.map { ($0, Array($0.utf8)) }
        for (word, bytes) in spelled {
            for (other, inner) in spelled where inner.count < bytes.count && RuleBook.bytes(bytes, contain: inner) {
                closed[word] = Array(Set(closed[word]! + index[other]!)).sorted()
            }
        }
        prefilterIndex = closed
        prefilterTrie = PrefilterTrie(closed.filter { PrefilterTrie.accepts($0.key) })
        // As in the trie, a word that starts with a letter starts a word, and one that ends with a letter ends one
        // (with a plural ending); signs and marks stand anywhere.
        let unicode = index.keys.filter { !PrefilterTrie.accepts($0) }
        var alternatives: [String] = []
        for needsStart in [true, false] {
            for needsEnd in [true, false] {
                let words = unicode.filter { PrefilterTrie.needsWordStart($0) == needsStart && PrefilterTrie.needsWordEnd($0) == needsEnd }
                guard !words.isEmpty else { continue }
                alternatives.append((needsStart ? "(?<![A-Za-z])" : "") + TriePattern.build(words.sorted())
                                    + (needsEnd ? "(?:e?s)?(?![A-Za-z])" : ""))
            }
        }
        if alternatives.isEmpty {
            prefilter = nil
        } else {
            do { prefilter = try Pattern(alternatives.joined(separator: "|"), options: .caseless) } catch {
                throw DiagnosticList([Diagnostic(path: "Rules", "prefilter words do not compile: \(error.message)")])
            }
        }
    }

    private static func bytes(_ bytes: [UInt8], contain inner: [UInt8]) -> Bool {
        guard let first = inner.first else { return true }
        var start = 0
        while start + inner.count <= bytes.count {
            if bytes[start] == first, bytes[start..<start + inner.count].elementsEqual(inner) { return true }
            start += 1
        }
        return false
    }

    /// Each fragment must compile on its own (with the fragments it calls), so its errors name its own file.
    private static func validate(fragments: [String: Fragment], composer: FragmentComposer) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for name in fragments.keys.sorted() {
            let fragment = fragments[name]!
            let closure = composer.closure(of: "(?&\(name))")
            if !closure.missing.isEmpty {
                problems.append(Diagnostic(path: fragment.file, line: fragment.line, column: fragment.column,
                                           "fragment '\(name)' calls unknown fragment '\(closure.missing[0])'"))
                continue
            }
            let composed = composer.compose("(?&\(name))", fragmentNames: closure.needed)
            do { try Pattern.check(composed.pattern) } catch {
                if let own = composed.fragmentRanges.first(where: { $0.name == name && $0.range.contains(error.offset) }) {
                    problems.append(Diagnostic(path: fragment.file, line: fragment.line, column: fragment.column,
                                               "fragment '\(name)' does not compile at offset \(error.offset - own.range.lowerBound): \(error.message)"))
                } else if !composed.fragmentRanges.contains(where: { $0.range.contains(error.offset) }) {
                    problems.append(Diagnostic(path: fragment.file, line: fragment.line, column: fragment.column,
                                               "fragment '\(name)' does not compile: \(error.message)"))
                }
            }
        }
        return problems
    }
}
