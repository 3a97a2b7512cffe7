import Foundation
import Yams

/// What one YAML file in a rule directory holds: a rule, a set of fragments, or a lexicon.
enum RuleFile {
    case rule(RuleDraft)
    case fragments([Fragment])
    case lexicon(Lexicon)
    case settings(Settings)
}

/// Parses rule files, telling the three shapes apart by their top-level key (`id`, `fragments`, `lexicon`).
enum RuleFileParser {
    static let ruleKeys = ["id", "kind", "description", "pattern", "severity", "message", "examples", "options", "prefilter", "reach",
                           "measure"]
    static let requiredRuleKeys = ["id", "kind", "description", "pattern", "severity", "message", "examples"]

    static func parse(path: String) throws(Diagnostic) -> RuleFile {
        guard let data = FileManager.default.contents(atPath: path) else { throw Diagnostic(path: path, "cannot read rule file") }
        guard let text = String(validating: [UInt8](data), as: UTF8.self) else { throw Diagnostic(path: path, "rule file is not valid UTF-8") }
        return try parse(text: text, path: path)
    }

    static func parse(text: String, path: String) throws(Diagnostic) -> RuleFile {
        let reader = YAMLReader(path: path)
        let root = try reader.parse(text)
        guard case let .mapping(mapping) = root else { throw reader.error(at: root, "a rule file must be a mapping") }
        let keys = Set(mapping.keys.compactMap(\.string))
        if keys.contains("fragments") { return .fragments(try fragments(root, reader: reader)) }
        if keys.contains("lexicon") { return .lexicon(try lexicon(root, reader: reader)) }
        if keys.contains("settings") { return .settings(try Settings.parse(root, reader: reader)) }
        if keys.contains("id") {
            return .rule(try RuleDraft(root, reader: reader, lines: text.split(separator: "\n", omittingEmptySubsequences: false)))
        }
        throw reader.error(at: root, "not a rule file: expected a top-level 'id' (a rule), 'fragments', 'lexicon' or 'settings'")
    }

    private static func fragments(_ root: Node, reader: YAMLReader) throws(Diagnostic) -> [Fragment] {
        let fields = try reader.mapping(root, allowed: ["fragments", "description"], required: ["fragments"], context: "fragment file")
        guard case let .mapping(list)? = fields["fragments"] else {
            throw reader.error(at: fields["fragments"], "'fragments' must map names to patterns")
        }
        var result: [Fragment] = []
        for (key, value) in list {
            guard let name = key.string, isIdentifier(name) else {
                throw reader.error(at: key, "fragment name '\(key.string ?? "?")' must be letters, digits and underscores")
            }
            let pattern = try reader.string(value, field: name, context: "fragment '\(name)'")
            result.append(Fragment(name: name, pattern: pattern, file: reader.path,
                                   line: key.mark?.line ?? 1, column: key.mark?.column ?? 1))
        }
        return result
    }

    private static func lexicon(_ root: Node, reader: YAMLReader) throws(Diagnostic) -> Lexicon {
        let fields = try reader.mapping(root, allowed: ["lexicon", "description", "words", "entries", "caseless"],
                                        required: ["lexicon", "description"], context: "lexicon")
        let name = try reader.string(fields["lexicon"], field: "lexicon", context: "lexicon")
        guard isIdentifier(name) else { throw reader.error(at: fields["lexicon"], "lexicon name '\(name)' must be letters, digits and underscores") }
        let context = "lexicon '\(name)'"
        var entries: [String: [String]] = [:]
        for word in try reader.strings(fields["words"], field: "words", context: context) { entries[word] = [] }
        if let node = fields["entries"] {
            guard case let .mapping(mapping) = node else { throw reader.error(at: node, "\(context): 'entries' must map names to aliases") }
            for (key, value) in mapping {
                let canonical = try reader.string(key, field: "entries", context: context)
                entries[canonical, default: []] += try reader.strings(value, field: canonical, context: context)
            }
        }
        guard !entries.isEmpty else { throw reader.error(at: root, "\(context): needs 'words' or 'entries'") }
        return Lexicon(name: name, description: try reader.string(fields["description"], field: "description", context: context),
                       entries: entries, caseless: try reader.bool(fields["caseless"], field: "caseless", context: context),
                       file: reader.path)
    }

    static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.properties.isAlphabetic || first == "_" else { return false }
        return name.unicodeScalars.allSatisfy { ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "_" }
    }
}

/// A rule read from YAML but not yet compiled; keeps the YAML nodes so errors can point into the file.
/// Drafts are compiled on several threads at once. Yams's nodes are not marked Sendable, because reading a scalar
/// fills in its tag on the first read. That is safe here: each draft reads only its own nodes, which are parsed
/// from its own file and shared with no other draft.
struct RuleDraft: @unchecked Sendable {
    let id: String
    let file: String
    let line: Int
    private let reader: YAMLReader
    private let lines: [Substring]
    private let fields: [String: Node]
    private let root: Node

    init(_ root: Node, reader: YAMLReader, lines: [Substring]) throws(Diagnostic) {
        fields = try reader.mapping(root, allowed: RuleFileParser.ruleKeys, required: ["id"], context: "rule")
        id = try reader.string(fields["id"], field: "id", context: "rule")
        self.root = root
        self.reader = reader
        self.lines = lines
        file = reader.path
        line = root.mark?.line ?? 1
        for name in RuleFileParser.requiredRuleKeys where fields[name] == nil {
            throw error(at: root, "missing required field '\(name)'")
        }
    }

    func error(at node: Node? = nil, _ message: String) -> Diagnostic {
        reader.error(at: node ?? root, "rule '\(id)': \(message)")
    }

    func compile(with composer: FragmentComposer, lexicons: [String: Lexicon]) throws(Diagnostic) -> Rule {
        let context = "rule '\(id)'"
        let kindText = try reader.string(fields["kind"], field: "kind", context: context)
        guard let kind = RuleKind(rawValue: kindText) else {
            throw error(at: fields["kind"], "unknown kind '\(kindText)' (one of \(RuleKind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        let severityText = try reader.string(fields["severity"], field: "severity", context: context)
        guard let severity = Severity(rawValue: severityText) else {
            throw error(at: fields["severity"], "unknown severity '\(severityText)' (one of info, warning, error)")
        }
        var options: Pattern.Options = []
        for option in try reader.strings(fields["options"], field: "options", context: context) {
            switch option {
            case "caseless": options.insert(.caseless)
            case "extended": options.insert(.extended)
            case "dotall": options.insert(.dotAll)
            default: throw error(at: fields["options"], "unknown option '\(option)' (one of caseless, extended, dotall)")
            }
        }
        let prefilter = try prefilterWords(lexicons: lexicons)
        let reach = try reader.integer(fields["reach"], in: 0...100_000, field: "reach", context: context)
        if reach != nil, prefilter.isEmpty {
            throw error(at: fields["reach"], "'reach' counts bytes back from a prefilter word, so the rule needs a 'prefilter'")
        }
        if reach != nil { options.insert(.startLimit) }
        // A `|` block ends in a newline, which outside extended mode would be a literal part of the pattern.
        let source = String(try reader.string(fields["pattern"], field: "pattern", context: context).trimmingSuffix(while: \.isNewline))
        let pattern = try compilePattern(source, options: options, composer: composer)
        if RuleDraft.matchesEmpty(pattern) {
            throw error(at: fields["pattern"], "pattern can match the empty string, so it would match everywhere; make it require at least one character")
        }
        let measure = fields["measure"] == nil ? nil : MessageTemplate(try reader.string(fields["measure"], field: "measure", context: context))
        if measure != nil, kind != .claim {
            throw error(at: fields["measure"], "'measure' names what a claim measures, so the rule must be of kind claim")
        }
        let template = MessageTemplate(try reader.string(fields["message"], field: "message", context: context))
        let captureNames = Set(pattern.groupNames.map(\.name))
        for (field, filled) in [("message", template), ("measure", measure)] {
            for placeholder in filled?.placeholders ?? [] where placeholder != "match" && !captureNames.contains(placeholder) {
                throw error(at: fields[field], "\(field) uses {\(placeholder)}, which is not a named group of the pattern")
            }
        }
        return Rule(id: id, kind: kind, description: try reader.string(fields["description"], field: "description", context: context),
                    severity: severity, template: template, source: source, pattern: pattern,
                    prefilter: prefilter, reach: reach, measure: measure, examples: try examples(captureNames: captureNames),
                    file: file, line: line)
    }

    /// How many of a rule's heaviest lexicons may stay calls before the rule gives up writing fragments out.
    static let keptLeavesLimit = 3

    private func compilePattern(_ source: String, options: Pattern.Options, composer: FragmentComposer) throws(Diagnostic) -> Pattern {
        let closure = composer.closure(of: source)
        if let missing = closure.missing.first {
            let offset = source.utf8.count - (source.range(of: "(?&\(missing))").map { source[$0.lowerBound...].utf8.count } ?? 0)
            throw patternError(at: offset, "calls unknown fragment or lexicon '\(missing)'")
        }
        // The written-out form runs faster. Too large for PCRE2, it keeps calls to its heaviest lexicons, one more
        // at each try; if it still does not compile, the composed form says where the error is.
        let leaves = composer.heaviestLeaves(of: source)
        for keptCount in 0...min(RuleDraft.keptLeavesLimit, leaves.count) {
            if let inlined = composer.inlined(source, extended: options.contains(.extended), keeping: Set(leaves.prefix(keptCount))),
               let pattern = try? Pattern(inlined, options: options) {
                return pattern
            }
        }
        let composed = composer.compose(source, fragmentNames: closure.needed, extended: options.contains(.extended))
        do { return try Pattern(composed.pattern, options: options) } catch {
            if let fragment = composed.fragmentRanges.first(where: { $0.range.contains(error.offset) })?.name {
                throw self.error(at: fields["pattern"], "pattern does not compile (in fragment '\(fragment)'): \(error.message)")
            }
            // Past the rule's end means PCRE2 ran off the end of it (an unclosed group): point at the rule's end.
            let composedOffset = min(max(error.offset, composed.ruleRange.lowerBound), composed.ruleRange.upperBound)
            let offset = FragmentComposer.originalOffset(composedOffset - composed.ruleRange.lowerBound, in: source)
            throw patternError(at: offset, "pattern does not compile: \(error.message)")
        }
    }

    private func patternError(at offset: Int, _ message: String) -> Diagnostic {
        let node = fields["pattern"]!
        let position = reader.position(ofByte: offset, in: node, fileLines: lines)
        return Diagnostic(path: file, line: position.line, column: position.column, "rule '\(id)': \(message) (pattern offset \(offset))")
    }

    private func prefilterWords(lexicons: [String: Lexicon]) throws(Diagnostic) -> [String] {
        var words: [String] = []
        for word in try reader.strings(fields["prefilter"], field: "prefilter", context: "rule '\(id)'") {
            if word.hasPrefix("@") {
                // "@cue_verb" is every word of the lexicon; "@cue_verb " each of them followed by a space.
                let name = word.dropFirst().prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
                guard let lexicon = lexicons[String(name)] else {
                    throw error(at: fields["prefilter"], "prefilter names unknown lexicon '\(name)'")
                }
                let after = word.dropFirst(1 + name.count).lowercased()
                words += lexicon.allSpellings.map { $0.lowercased() + after }
            } else {
                words.append(word.lowercased())
            }
        }
        return Array(Set(words)).sorted()
    }

    private func examples(captureNames: Set<String>) throws(Diagnostic) -> [RuleExample] {
        let context = "rule '\(id)' examples"
        let fields = try reader.mapping(self.fields["examples"]!, allowed: ["match", "no-match"], required: ["match", "no-match"], context: context)
        var result: [RuleExample] = []
        guard case let .sequence(matches) = fields["match"]!, case let .sequence(misses) = fields["no-match"]! else {
            throw error(at: self.fields["examples"], "'match' and 'no-match' must be lists")
        }
        for item in matches {
            if case .scalar = item {
                result.append(RuleExample(text: try reader.string(item, field: "match", context: context),
                                          expectation: .match(match: nil, captures: [:]), line: item.mark?.line ?? line))
                continue
            }
            let example = try reader.mapping(item, allowed: ["text", "match", "captures"], required: ["text"], context: context)
            var captures: [String: String] = [:]
            if let node = example["captures"] {
                guard case let .mapping(mapping) = node else { throw error(at: node, "'captures' must map group names to text") }
                for (key, value) in mapping {
                    let name = try reader.string(key, field: "captures", context: context)
                    guard captureNames.contains(name) else { throw error(at: key, "example expects capture '\(name)', which the pattern does not have") }
                    captures[name] = value.string ?? ""
                }
            }
            let whole = try example["match"].map { node throws(Diagnostic) in try reader.string(node, field: "match", context: context) }
            result.append(RuleExample(text: try reader.string(example["text"], field: "text", context: context),
                                      expectation: .match(match: whole, captures: captures), line: item.mark?.line ?? line))
        }
        for item in misses {
            let text: String
            if case .scalar = item { text = try reader.string(item, field: "no-match", context: context) } else {
                let example = try reader.mapping(item, allowed: ["text"], required: ["text"], context: context)
                text = try reader.string(example["text"], field: "text", context: context)
            }
            result.append(RuleExample(text: text, expectation: .noMatch, line: item.mark?.line ?? line))
        }
        return result
    }

    /// Whether a pattern finds an empty match in short probe texts. PCRE2's own minimum length is no guide:
    /// it gives up (says 0) on patterns that call fragments.
    static func matchesEmpty(_ pattern: Pattern) -> Bool {
        let matcher = Matcher()
        for probe in ["", " ", "x", "The 5 percent rise, he said. \"Yes.\""] {
            var empty = false
            let bytes = Array(probe.utf8)
            bytes.withUnsafeBufferPointer { subject in
                try? matcher.forEachMatch(of: pattern, in: subject, limit: 100) { empty = empty || $0.range.isEmpty }
            }
            if empty { return true }
        }
        return false
    }
}
