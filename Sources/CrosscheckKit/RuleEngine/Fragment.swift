import Foundation

/// A named piece of pattern written once and called from any rule as a PCRE2 subroutine, `(?&name)`.
struct Fragment: Sendable {
    let name: String
    let pattern: String
    let file: String
    let line: Int
    let column: Int
}

/// Turns a rule pattern into the pattern PCRE2 compiles: the rule, then a `(?(DEFINE)...)` block holding
/// exactly the fragments it calls, directly or through other fragments.
struct FragmentComposer {
    let fragments: [String: Fragment]

    /// Where each part of a composed pattern came from, to point a compile error at the right file.
    struct Composed {
        let pattern: String
        let ruleRange: Range<Int>
        let fragmentRanges: [(name: String, range: Range<Int>)]
    }

    /// Group names starting with this are fragments, not captures a rule reports.
    static let internalPrefix = "_"

    static func internalCalls(_ pattern: String) -> String {
        pattern.replacingOccurrences(of: "(?&", with: "(?&" + internalPrefix)
    }

    /// Maps an offset in a composed rule part back to the pattern as written (each call gained one byte).
    static func originalOffset(_ offset: Int, in rulePattern: String) -> Int {
        var original = 0, composed = 0
        let bytes = Array(rulePattern.utf8)
        let call = Array("(?&".utf8)
        while original < bytes.count, composed < offset {
            if bytes[original...].starts(with: call) { composed += call.count + internalPrefix.utf8.count; original += call.count; continue }
            original += 1
            composed += 1
        }
        return original
    }

    /// A pattern in extended mode may end in a `#` comment, which would swallow the closing parenthesis:
    /// a newline ends the comment. Outside extended mode a newline would be literal, so none is added.
    static func closer(for pattern: String, extended: Bool = false) -> String {
        extended || opensExtendedMode(pattern) ? "\n" : ""
    }

    /// Whether a pattern holds `(?x` or `(?ix`, found in its bytes: asked once for every fragment written out,
    /// a string search showed in the start-up's profile.
    private static func opensExtendedMode(_ pattern: String) -> Bool {
        let bytes = pattern.utf8
        var index = bytes.startIndex
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "(")) {
            var next = bytes.index(after: open)
            guard next < bytes.endIndex, bytes[next] == UInt8(ascii: "?") else { index = next; continue }
            next = bytes.index(after: next)
            if next < bytes.endIndex, bytes[next] == UInt8(ascii: "i") { next = bytes.index(after: next) }
            if next < bytes.endIndex, bytes[next] == UInt8(ascii: "x") { return true }
            index = next
        }
        return false
    }

    /// Names a pattern calls with `(?&name)`.
    static func calls(in pattern: String) -> [String] {
        var names: [String] = []
        var rest = Substring(pattern)
        while let call = nextCall(in: rest) {
            names.append(String(rest[call.name]))
            rest = rest[call.name.upperBound...]
        }
        return names
    }

    /// The next `(?&name)` in `text`: where it opens, and its name. Found in the UTF-8 bytes: Foundation's
    /// `range(of:)` took a seventh of a run's start-up.
    static func nextCall(in text: Substring) -> (open: Substring.Index, name: Range<Substring.Index>)? {
        let utf8 = text.utf8
        var from = utf8.startIndex
        while let open = utf8[from...].firstIndex(of: UInt8(ascii: "(")) {
            let mark = utf8.index(after: open)
            guard mark < utf8.endIndex else { return nil }
            let ampersand = utf8.index(after: mark)
            guard ampersand < utf8.endIndex else { return nil }
            if utf8[mark] == UInt8(ascii: "?"), utf8[ampersand] == UInt8(ascii: "&") {
                let nameStart = utf8.index(after: ampersand)
                guard let close = utf8[nameStart...].firstIndex(of: UInt8(ascii: ")")) else { return nil }
                return (open, nameStart..<close)
            }
            from = mark
        }
        return nil
    }

    /// The fragments `pattern` needs, in a stable order; names that are not fragments are returned as missing.
    func closure(of pattern: String) -> (needed: [String], missing: [String]) {
        var needed: [String] = []
        var missing: [String] = []
        var queue = FragmentComposer.calls(in: pattern)
        var seen = Set<String>()
        while let name = queue.first {
            queue.removeFirst()
            guard seen.insert(name).inserted else { continue }
            guard let fragment = fragments[name] else { missing.append(name); continue }
            needed.append(name)
            queue.append(contentsOf: FragmentComposer.calls(in: fragment.pattern))
        }
        return (needed.sorted(), missing)
    }

    /// The longest pattern that writing fragments out may give; past it, calls are kept (a fragment called
    /// twice inside one called twice doubles twice).
    static let inlinedLengthLimit = 64 * 1024

    /// The rule with every fragment call written out in place, `(?&name)` becoming `(?:(?^:body))`: PCRE2's
    /// JIT runs a group in place about a quarter faster than a subroutine call, and the match is the same.
    /// Calls to the fragments in `kept` stay calls, into a `(?(DEFINE)...)` block after the rule, so that a
    /// rule whose written-out form is too large for PCRE2 still has the rest written out.
    /// Nil where writing out could change what matches: a fragment that calls itself, directly or not, or one
    /// holding a capture group (which would renumber the rule's groups, or be seen as a capture) or a
    /// backtracking verb (which a subroutine call keeps to itself).
    func inlined(_ rulePattern: String, extended: Bool = false, keeping kept: Set<String> = []) -> String? {
        var expanding: [String] = []
        var called: Set<String> = []
        func expand(_ pattern: String) -> String? {
            var result = ""
            var rest = Substring(pattern)
            while let call = FragmentComposer.nextCall(in: rest) {
                let name = String(rest[call.name])
                let after = rest[rest.index(after: call.name.upperBound)...]
                if kept.contains(name) {
                    called.insert(name)
                    result += rest[..<call.open] + "(?&" + FragmentComposer.internalPrefix + name + ")"
                    rest = after
                    continue
                }
                guard let fragment = fragments[name], !expanding.contains(name),
                      !FragmentComposer.holdsCaptureOrVerb(fragment.pattern) else { return nil }
                expanding.append(name)
                defer { expanding.removeLast() }
                guard let body = expand(fragment.pattern) else { return nil }
                result += rest[..<call.open] + "(?:(?^:" + body + FragmentComposer.closer(for: fragment.pattern) + "))"
                guard result.utf8.count <= FragmentComposer.inlinedLengthLimit else { return nil }
                rest = after
            }
            return result + rest
        }
        guard let rule = expand(rulePattern) else { return nil }
        var pattern = "(?:" + rule + FragmentComposer.closer(for: rulePattern, extended: extended) + ")"
        // A kept fragment's body may call other kept fragments: define each one called, until none is new.
        var defined: [String] = []
        var definitions = ""
        while let name = called.subtracting(defined).sorted().first {
            defined.append(name)
            guard let fragment = fragments[name], let body = expand(fragment.pattern) else { return nil }
            definitions += "(?<\(FragmentComposer.internalPrefix)\(name)>(?^:" + body + FragmentComposer.closer(for: fragment.pattern) + "))"
        }
        if !definitions.isEmpty { pattern += "(?(DEFINE)" + definitions + ")" }
        return pattern.utf8.count <= FragmentComposer.inlinedLengthLimit ? pattern : nil
    }

    /// The fragments that call no other, heaviest first: a fragment's weight is its length times the times the
    /// written-out rule would hold it. Keeping the heaviest as calls (a lexicon that every check of a name writes
    /// out again) shrinks a written-out rule the most while the rest stays written out.
    func heaviestLeaves(of rulePattern: String) -> [String] {
        var copies: [String: Int] = [:]
        var callsOf: [String: [String]] = [:]
        func calls(of name: String) -> [String] {
            if let known = callsOf[name] { return known }
            let found = fragments[name].map { FragmentComposer.calls(in: $0.pattern) } ?? []
            callsOf[name] = found
            return found
        }
        func count(_ names: [String], times: Int, depth: Int) {
            guard depth < 32 else { return }
            for name in names where fragments[name] != nil {
                copies[name, default: 0] += times
                count(calls(of: name), times: times, depth: depth + 1)
            }
        }
        count(FragmentComposer.calls(in: rulePattern), times: 1, depth: 0)
        let leaves = copies.keys.filter { calls(of: $0).isEmpty }
        func weight(_ name: String) -> Int { copies[name]! * fragments[name]!.pattern.utf8.count }
        return leaves.sorted { (weight($0), $1) > (weight($1), $0) }
    }

    /// Whether a pattern opens a capture group or a backtracking verb. Escapes and character classes are
    /// skipped; anything unclear counts as a capture, which only keeps a call as a call.
    static func holdsCaptureOrVerb(_ pattern: String) -> Bool {
        let bytes = Array(pattern.utf8)
        func byte(_ index: Int) -> UInt8 { index < bytes.count ? bytes[index] : 0 }
        var index = 0
        var inClass = false
        while index < bytes.count {
            switch (bytes[index], inClass) {
            case (UInt8(ascii: "\\"), _):
                index += 1
            case (UInt8(ascii: "]"), true):
                inClass = false
            case (_, true):
                break
            case (UInt8(ascii: "["), false):
                inClass = true
                // A `]` first in a class (after any `^`) is a literal.
                if byte(index + 1) == UInt8(ascii: "^") { index += 1 }
                if byte(index + 1) == UInt8(ascii: "]") { index += 1 }
            case (UInt8(ascii: "("), false):
                guard byte(index + 1) == UInt8(ascii: "?") else { return true }
                let kind = byte(index + 2)
                if kind == UInt8(ascii: "'") || kind == UInt8(ascii: "P") { return true }
                if kind == UInt8(ascii: "<"), byte(index + 3) != UInt8(ascii: "="), byte(index + 3) != UInt8(ascii: "!") { return true }
            default:
                break
            }
            index += 1
        }
        return false
    }

    /// `(?:rule)(?(DEFINE)(?<_name>(?^:body))...)`: `(?^:` resets options so a caseless or extended rule does not
    /// change how a fragment reads, and the `_` prefix keeps fragment names apart from the rule's own group
    /// names (a rule may capture `(?<hedge>(?&hedge))`).
    func compose(_ rulePattern: String, fragmentNames: [String], extended: Bool = false) -> Composed {
        var pattern = "(?:"
        let ruleStart = pattern.utf8.count
        pattern += FragmentComposer.internalCalls(rulePattern)
        let ruleRange = ruleStart..<pattern.utf8.count
        pattern += FragmentComposer.closer(for: rulePattern, extended: extended) + ")"
        var ranges: [(String, Range<Int>)] = []
        if !fragmentNames.isEmpty {
            pattern += "(?(DEFINE)"
            for name in fragmentNames {
                pattern += "(?<\(FragmentComposer.internalPrefix)\(name)>(?^:"
                let start = pattern.utf8.count
                pattern += FragmentComposer.internalCalls(fragments[name]!.pattern)
                ranges.append((name, start..<pattern.utf8.count))
                pattern += FragmentComposer.closer(for: fragments[name]!.pattern) + "))"
            }
            pattern += ")"
        }
        return Composed(pattern: pattern, ruleRange: ruleRange, fragmentRanges: ranges)
    }
}
