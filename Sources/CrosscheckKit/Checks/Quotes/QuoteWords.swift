/// A quote's words as compared: lower-cased, without quote marks, punctuation or spacing differences.
/// An ellipsis stands for left-out words and `[bracketed]` words are an editor's insertion; both are kept as
/// markers so a comparison can forgive them.
struct QuoteWords: Sendable, Equatable {
    enum Token: Sendable, Hashable {
        case word(String)
        case ellipsis
        case editorial(String)
    }

    let tokens: [Token]
    /// The plain words (without markers) as written, lower-cased.
    let words: [String]
    /// The words as compared, one per word: British spellings folded into American ones (`SpellingVariants`).
    let keys: [String]

    /// Reads the text scalar by scalar (not by `Character`, which is several times slower): quotes are compared
    /// by the hundred thousand. ASCII text, most quotes, is lower-cased byte by byte without a copy.
    init(_ text: String) {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            tokens = QuoteWords.tokens(text.utf8.lazy.map { byte in
                Unicode.Scalar((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
            })
        } else {
            tokens = QuoteWords.tokens(text.lowercased().unicodeScalars)
        }
        words = tokens.compactMap { if case let .word(word) = $0 { word } else { nil } }
        keys = words.map(SpellingVariants.key)
    }

    /// The tokens of lower-cased text.
    private static func tokens<Scalars: Sequence>(_ scalars: Scalars) -> [Token] where Scalars.Element == Unicode.Scalar {
        var tokens: [Token] = []
        var current: [UInt8] = []
        var inBrackets = false
        var bracketed = String.UnicodeScalarView()
        func flush() {
            var start = 0, end = current.count
            while start < end, current[start] == 0x27 || current[start] == 0x2D { start += 1 }
            while end > start, current[end - 1] == 0x27 || current[end - 1] == 0x2D { end -= 1 }
            if start < end { tokens.append(.word(String(decoding: current[start..<end], as: UTF8.self))) }
            current.removeAll(keepingCapacity: true)
        }
        var previousDot = 0
        for scalar in scalars {
            if inBrackets {
                if scalar == "]" {
                    tokens.append(.editorial(String(bracketed).trimmed))
                    bracketed.removeAll()
                    inBrackets = false
                } else {
                    bracketed.append(scalar)
                }
                continue
            }
            if scalar == "." { previousDot += 1 } else { previousDot = 0 }
            switch scalar {
            case "[": flush(); inBrackets = true
            case "…": flush(); tokens.append(.ellipsis)
            case ".":
                flush()
                if previousDot == 3 { tokens.append(.ellipsis) }
            case _ where scalar.isASCII && QuoteWords.isWordScalar(scalar): current.append(UInt8(truncatingIfNeeded: scalar.value))
            case _ where QuoteWords.isWordScalar(scalar): current.append(contentsOf: UTF8.encode(scalar)!)
            default: flush()
            }
        }
        flush()
        return tokens
    }

    /// Letters, digits, the marks that combine with them, an apostrophe and a hyphen.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value) || (0x30...0x39).contains(value)
                || value == 0x27 || value == 0x2D
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}

/// A word-level comparison of two quotes: how alike they are, and the difference as `[-removed-] {+added+}`.
struct QuoteComparison: Sendable {
    enum Edit: Equatable, Sendable { case same(String), removed(String), added(String) }

    let edits: [Edit]
    /// 2 × common words / all words: 1 for the same words, 0 for nothing in common.
    let similarity: Double
    /// Whether the only differences are words an ellipsis or an editor's brackets account for.
    let isVerbatim: Bool
    /// Editor's insertions in either quote, shown apart from real differences.
    let editorial: [String]

    /// Compares two quotes; with `trimmingSecondEdges`, the second is a stretch of a source around the quote,
    /// and its words before the first and after the last common word do not count.
    init(_ first: QuoteWords, _ second: QuoteWords, trimmingSecondEdges: Bool = false) {
        var edits = QuoteComparison.diff(first, second)
        if trimmingSecondEdges {
            while case .added? = edits.first { edits.removeFirst() }
            while case .added? = edits.last { edits.removeLast() }
        }
        self.edits = edits
        let a = first.words
        let b = edits.compactMap { edit -> String? in
            switch edit { case let .same(word), let .added(word): return word; case .removed: return nil }
        }
        let common = edits.filter { if case .same = $0 { true } else { false } }.count
        similarity = a.isEmpty && b.isEmpty ? 1 : 2 * Double(common) / Double(a.count + b.count)
        let forgiving = first.tokens.contains { $0 == .ellipsis || { if case .editorial = $0 { true } else { false } }($0) }
            || second.tokens.contains { $0 == .ellipsis || { if case .editorial = $0 { true } else { false } }($0) }
        let changes = edits.filter { if case .same = $0 { false } else { true } }
        // With an ellipsis or brackets, words only one side has are forgiven when the other side has no words
        // of its own there: a removal with no addition (or the reverse) is a cut, not a change.
        isVerbatim = changes.isEmpty || (forgiving && QuoteComparison.onlyCuts(edits))
        editorial = (first.tokens + second.tokens).compactMap { if case let .editorial(text) = $0 { text } else { nil } }
    }

    /// Whether one quote is the other with words cut only at its start or end: quoting less of a statement
    /// is not changing it.
    var isExcerpt: Bool {
        guard let shared = sharedSpan else { return false }
        let middleChanges = edits[shared].contains { if case .same = $0 { false } else { true } }
        let outside = edits[..<shared.lowerBound] + edits[(shared.upperBound + 1)...]
        return !middleChanges && QuoteComparison.isCut(outside)
    }

    /// The edits from the first word both quotes share to the last; nil when they share none.
    private var sharedSpan: ClosedRange<Int>? {
        guard let first = edits.firstIndex(where: { if case .same = $0 { true } else { false } }),
              let last = edits.lastIndex(where: { if case .same = $0 { true } else { false } }) else { return nil }
        return first...last
    }

    /// Edits that only one quote has (all removed or all added): words the other quote did not quote.
    private static func isCut(_ edits: ArraySlice<Edit>) -> Bool {
        edits.allSatisfy { if case .added = $0 { true } else { false } }
            || edits.allSatisfy { if case .removed = $0 { true } else { false } }
    }

    /// "we will [-never-] {+not+} back down from this".
    var description: String { QuoteComparison.describe(edits[...]) }

    /// The description with words before the first or after the last shared word that only one quote has shown
    /// as "...": between two articles, the shorter quote did not quote them, which is not a change. (Against a
    /// source, words the quote has and the source lacks are a change, so sources use `description`.)
    var descriptionFoldingCuts: String {
        guard let shared = sharedSpan else { return description }
        let head = edits[..<shared.lowerBound], tail = edits[(shared.upperBound + 1)...]
        let start = QuoteComparison.isCut(head) ? shared.lowerBound : 0
        let end = QuoteComparison.isCut(tail) ? shared.upperBound + 1 : edits.count
        return [start > 0 ? "..." : nil, QuoteComparison.describe(edits[start..<end]), end < edits.count ? "..." : nil]
            .compactMap { $0 }.joined(separator: " ")
    }

    private static func describe(_ edits: ArraySlice<Edit>) -> String {
        var parts: [String] = []
        var index = edits.startIndex
        while index < edits.endIndex {
            switch edits[index] {
            case let .same(word): parts.append(word); index += 1
            case .removed, .added:
                var removed: [String] = [], added: [String] = []
                while index < edits.endIndex {
                    if case let .removed(word) = edits[index] { removed.append(word) }
                    else if case let .added(word) = edits[index] { added.append(word) }
                    else { break }
                    index += 1
                }
                if !removed.isEmpty { parts.append("[-\(removed.joined(separator: " "))-]") }
                if !added.isEmpty { parts.append("{+\(added.joined(separator: " "))+}") }
            }
        }
        return parts.joined(separator: " ")
    }

    private static func onlyCuts(_ edits: [Edit]) -> Bool {
        var sawRemoved = false, sawAdded = false
        for edit in edits {
            switch edit {
            case .same: sawRemoved = false; sawAdded = false
            case .removed: sawRemoved = true
            case .added: sawAdded = true
            }
            if sawRemoved && sawAdded { return false }
        }
        return true
    }

    /// Longest-common-subsequence diff over words, compared by their keys and shown as written (a word the
    /// two spell differently is shown as the first spells it); quotes are short, so the table is small.
    static func diff(_ first: QuoteWords, _ second: QuoteWords) -> [Edit] {
        let a = first.keys, b = second.keys
        let width = b.count + 1
        var table = [Int](repeating: 0, count: (a.count + 1) * width)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i * width + j] = a[i] == b[j] ? table[(i + 1) * width + j + 1] + 1
                    : max(table[(i + 1) * width + j], table[i * width + j + 1])
            }
        }
        var edits: [Edit] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] { edits.append(.same(first.words[i])); i += 1; j += 1 }
            else if j < b.count, i == a.count || table[i * width + j + 1] > table[(i + 1) * width + j] {
                edits.append(.added(second.words[j])); j += 1
            } else { edits.append(.removed(first.words[i])); i += 1 }
        }
        return edits
    }
}
