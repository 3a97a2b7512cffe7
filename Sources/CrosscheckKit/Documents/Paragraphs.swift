/// Splits cleaned units into lines and assembles paragraphs: hard-wrapped lines are joined, a blank line or an
/// indented line starts a new paragraph, and a sentence broken across a blank line is joined again.
enum ParagraphAssembler {
    struct Line {
        var range: Range<Int>
        var indented: Bool
        var isBlank: Bool { range.isEmpty }
    }

    static func lines(_ units: [TextUnit]) -> [Line] {
        var lines: [Line] = []
        var start = 0
        for index in 0...units.count where index == units.count || units[index].isNewline {
            var low = start, high = index
            while low < high, units[low].isSpace { low += 1 }
            while high > low, units[high - 1].isSpace { high -= 1 }
            lines.append(Line(range: low..<high, indented: low - start >= 2))
            start = index + 1
        }
        return lines
    }

    /// The paragraphs as ranges of lines' units; `skipping` holds line indices already used as metadata.
    static func paragraphs(_ units: [TextUnit], lines: [Line], skipping: Set<Int>) -> [[Range<Int>]] {
        var blocks: [[Range<Int>]] = []
        var current: [Range<Int>] = []
        for (index, line) in lines.enumerated() {
            if line.isBlank || skipping.contains(index) {
                if !current.isEmpty { blocks.append(current); current = [] }
                continue
            }
            if line.indented, !current.isEmpty { blocks.append(current); current = [] }
            current.append(line.range)
        }
        if !current.isEmpty { blocks.append(current) }

        var joined: [[Range<Int>]] = []
        for block in blocks {
            if let previous = joined.last, continues(previous, with: block, in: units) {
                joined[joined.count - 1].append(contentsOf: block)
            } else {
                joined.append(block)
            }
        }
        return joined
    }

    /// A block continues the previous one when that one stops mid-sentence and this one starts in lower case.
    private static func continues(_ previous: [Range<Int>], with next: [Range<Int>], in units: [TextUnit]) -> Bool {
        guard let last = previous.last, let first = next.first, !last.isEmpty, !first.isEmpty else { return false }
        guard units[first.lowerBound].isLowercase else { return false }
        var end = last.upperBound - 1
        while end > last.lowerBound, units[end].is("\"") || units[end].is("'") || units[end].is(")") { end -= 1 }
        let terminal = units[end]
        return !(terminal.is(".") || terminal.is("!") || terminal.is("?") || terminal.is(":"))
    }
}

/// Finds sentence boundaries in a paragraph of clean text, knowing news abbreviations, initials and decimals.
enum SentenceSegmenter {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "capt", "cmdr", "adm", "sgt", "maj", "gov", "sen",
        "rep", "rev", "st", "jr", "sr", "inc", "corp", "co", "ltd", "plc", "bros", "no", "vs", "etc", "approx",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "pres",
        "dept", "univ", "assn", "est", "fig", "vol", "op", "ave", "blvd",
    ]
    private static let longestAbbreviation = abbreviations.map(\.utf8.count).max()!

    /// Sentence ranges inside `paragraph`, a range of UTF-8 `bytes`.
    static func sentences(in bytes: [UInt8], paragraph: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = paragraph.lowerBound
        var index = paragraph.lowerBound
        while index < paragraph.upperBound {
            let byte = bytes[index]
            let isTerminal = byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
            if isTerminal, byte != UInt8(ascii: ".") || !isAbbreviation(bytes, dot: index, from: start),
               let next = boundary(after: index, in: bytes, limit: paragraph.upperBound) {
                result.append(start..<next.end)
                start = next.nextStart
                index = next.nextStart
                continue
            }
            index += 1
        }
        if start < paragraph.upperBound { result.append(start..<paragraph.upperBound) }
        return result
    }

    /// After terminal punctuation: closing quotes/brackets, one space, then something that can start a sentence.
    private static func boundary(after index: Int, in bytes: [UInt8], limit: Int) -> (end: Int, nextStart: Int)? {
        var end = index + 1
        while end < limit, [UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]")].contains(bytes[end]) {
            end += 1
        }
        guard end < limit else { return nil }
        guard bytes[end] == UInt8(ascii: " ") else { return nil }
        let nextStart = end + 1
        guard nextStart < limit else { return nil }
        let next = bytes[nextStart]
        let startsSentence = (next >= 0x41 && next <= 0x5A) || next.isASCIIDigit
            || next == UInt8(ascii: "\"") || next == UInt8(ascii: "'") || next == UInt8(ascii: "(") || next >= 0xC0
        return startsSentence ? (end, nextStart) : nil
    }

    /// The word before a dot is an abbreviation, an initial (`J.`), or dotted letters (`U.S.`).
    private static func isAbbreviation(_ bytes: [UInt8], dot: Int, from start: Int) -> Bool {
        var wordStart = dot
        while wordStart > start, bytes[wordStart - 1] != UInt8(ascii: " "), bytes[wordStart - 1] != UInt8(ascii: "(") { wordStart -= 1 }
        // Most words before a dot are printable ASCII without quotes ("said", "2.5", "U.S"): decided from the
        // bytes, as the general path below would decide.
        let plain = bytes[wordStart..<dot]
        if !plain.isEmpty, plain.allSatisfy({ $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "'") }) {
            if plain.count == 1 { return plain.first! >= UInt8(ascii: "A") && plain.first! <= UInt8(ascii: "Z") }
            if plain.contains(UInt8(ascii: ".")) {
                return plain.split(separator: UInt8(ascii: ".")).allSatisfy { $0.count == 1 }
            }
            return plain.count <= longestAbbreviation
                && abbreviations.contains(String(decoding: plain.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self))
        }
        let word = String(decoding: bytes[wordStart..<dot], as: UTF8.self)
        if word.isEmpty { return false }
        if word.count == 1, word.first!.isUppercase { return true }
        if word.contains("."), word.split(separator: ".").allSatisfy({ $0.count == 1 }) { return true }
        return abbreviations.contains(word.lowercased().trimmingCharacters(in: "\"'("))
    }
}
