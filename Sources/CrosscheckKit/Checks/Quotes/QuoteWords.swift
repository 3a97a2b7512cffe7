/// A quote's words as compared: lower-cased, without quote marks, punctuation or spacing differences.
/// An ellipsis stands for left-out words and `[bracketed]` or `(parenthesized)` words are an editor's insertion;
/// both are kept as markers so a comparison can forgive them. Hyphenated words are compared as their parts.
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
    /// For each gap between words (`markedGaps[k]` is the gap before word `k`; the last, after every word),
    /// whether an ellipsis or an editor's insertion stands there: words the other quote has in that gap were
    /// left out or replaced on purpose.
    let markedGaps: [Bool]

    /// Reads the text scalar by scalar (not by `Character`, which is several times slower): quotes are compared
    /// by the hundred thousand.
    init(_ text: String, spelling: SpellingVariants) {
        tokens = QuoteWords.tokens(of: text)
        words = tokens.compactMap { if case let .word(word) = $0 { word } else { nil } }
        keys = spelling.keys(words)
        var gaps = [Bool](repeating: false, count: words.count + 1)
        var wordsBefore = 0
        for token in tokens {
            if case .word = token { wordsBefore += 1 } else { gaps[wordsBefore] = true }
        }
        markedGaps = gaps
    }

    /// One hash per word, of its key: what quotes are indexed and first compared by.
    var keyHashes: [UInt64] { keys.map { FNV1a.hash($0.utf8) } }

    /// How many words a quote has, without keying them: most quotes are only counted, to see if they can pair.
    static func wordCount(_ text: String) -> Int {
        tokens(of: text).count { if case .word = $0 { true } else { false } }
    }

    /// The tokens of a quote; ASCII text, most quotes, is lower-cased byte by byte without a copy.
    private static func tokens(of text: String) -> [Token] {
        // The bytes are read from the string's buffer, which is faster than its UTF-8 view.
        var text = text
        let ascii = text.withUTF8 { bytes -> [Token]? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return tokens(bytes.lazy.map { byte in Unicode.Scalar((0x41...0x5A).contains(byte) ? byte | 0x20 : byte) })
        }
        return ascii ?? tokens(text.lowercased().unicodeScalars)
    }

    /// The tokens of lower-cased text.
    private static func tokens<Scalars: Sequence>(_ scalars: Scalars) -> [Token] where Scalars.Element == Unicode.Scalar {
        var tokens: [Token] = []
        var current: [UInt8] = []
        // The mark that closes an editor's insertion being read: "]", or ")" (wire copy puts its insertions in
        // parentheses: "they (the tariffs) will take effect").
        var closing: Unicode.Scalar?
        var bracketed = String.UnicodeScalarView()
        func flush() {
            var start = 0, end = current.count
            while start < end, current[start] == 0x27 { start += 1 }
            while end > start, current[end - 1] == 0x27 { end -= 1 }
            if start < end { tokens.append(.word(String(decoding: current[start..<end], as: UTF8.self))) }
            current.removeAll(keepingCapacity: true)
        }
        var previousDot = 0
        for scalar in scalars {
            if let mark = closing {
                if scalar == mark {
                    tokens.append(.editorial(String(bracketed).trimmed))
                    bracketed.removeAll()
                    closing = nil
                } else {
                    bracketed.append(scalar)
                }
                continue
            }
            if scalar == "." { previousDot += 1 } else { previousDot = 0 }
            switch scalar {
            case "[": flush(); closing = "]"
            case "(": flush(); closing = ")"
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
        // A mark never closed opened no insertion ("a 3:1 (or better"): its words are words.
        if closing != nil { tokens += QuoteWords.tokens(bracketed) }
        return tokens
    }

    /// Letters, digits, the marks that combine with them, and an apostrophe. Not a hyphen: it joins words that
    /// another style writes apart ("full-court", "full court").
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value) || (0x30...0x39).contains(value)
                || value == 0x27
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
    /// Whether the only differences are words an ellipsis or an editor's insertion accounts for, where it stands.
    let isVerbatim: Bool
    /// Editor's insertions in either quote, shown apart from real differences.
    let editorial: [String]

    /// Compares two quotes; with `trimmingSecondEdges`, the second is a stretch of a source around the quote,
    /// and its words before the first and after the last common word do not count.
    init(_ first: QuoteWords, _ second: QuoteWords, trimmingSecondEdges: Bool = false) {
        var edits = QuoteComparison.diff(first, second)
        var secondWordsTrimmed = 0
        if trimmingSecondEdges {
            while case .added? = edits.first { edits.removeFirst(); secondWordsTrimmed += 1 }
            while case .added? = edits.last { edits.removeLast() }
        }
        self.edits = edits
        let a = first.words
        let b = edits.compactMap { edit -> String? in
            switch edit { case let .same(word), let .added(word): return word; case .removed: return nil }
        }
        let common = edits.filter { if case .same = $0 { true } else { false } }.count
        similarity = a.isEmpty && b.isEmpty ? 1 : 2 * Double(common) / Double(a.count + b.count)
        isVerbatim = QuoteComparison.onlyMarkedCuts(edits, first, second, secondStart: secondWordsTrimmed)
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

    /// Whether every difference is a cut an ellipsis or an editor's insertion accounts for: a run of words only
    /// one quote has, where the other has such a mark ("[Lund] has broken" for "The minister has broken",
    /// "A ... D" for "A B C D"). A run where both quotes have words of their own is a change, and so is a cut
    /// with no mark where it was made. `secondStart` is the first word of `second` the edits begin at.
    private static func onlyMarkedCuts(_ edits: [Edit], _ first: QuoteWords, _ second: QuoteWords, secondStart: Int) -> Bool {
        var i = 0, j = secondStart
        var index = 0
        var sameBefore = 0
        while index < edits.count {
            if case .same = edits[index] { i += 1; j += 1; index += 1; sameBefore += 1; continue }
            let runInFirst = i, runInSecond = j
            var removed = false, added = false
            while index < edits.count {
                if case .removed = edits[index] { removed = true; i += 1 }
                else if case .added = edits[index] { added = true; j += 1 }
                else { break }
                index += 1
            }
            let sameAfter = edits[index...].prefix { if case .same = $0 { true } else { false } }.count
            // Words only the first has were cut from the second where the second marks it, and the reverse.
            if removed && added { return false }
            if removed && !isMarked(cut: runInFirst..<i, of: first.keys, at: runInSecond, in: second,
                                    slide: -sameBefore...sameAfter) { return false }
            if added && !isMarked(cut: runInSecond..<j, of: second.keys, at: runInFirst, in: first,
                                  slide: -sameBefore...sameAfter) { return false }
            sameBefore = 0
        }
        return true
    }

    /// Whether `other` has a mark at `gap`, where the words `cut` were left out, or where they could equally have
    /// been: a cut slides over the shared words around it that it repeats ("rebuild ... the bridge" for "rebuild
    /// the school and the bridge" cuts "the school and" or "school and the"). `slide` bounds it to those words.
    private static func isMarked(cut: Range<Int>, of words: [String], at gap: Int, in other: QuoteWords,
                                 slide: ClosedRange<Int>) -> Bool {
        var start = cut.lowerBound, end = cut.upperBound, gap = gap, offset = 0
        while offset > slide.lowerBound, start > 0, words[start - 1] == words[end - 1] {
            start -= 1; end -= 1; gap -= 1; offset -= 1
        }
        while true {
            if other.markedGaps[gap] { return true }
            guard offset < slide.upperBound, end < words.count, words[start] == words[end] else { return false }
            start += 1; end += 1; gap += 1; offset += 1
        }
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
