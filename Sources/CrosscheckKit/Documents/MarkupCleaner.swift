/// Removes Markdown and HTML markup from decoded text, keeping each remaining unit's origin.
///
/// Plain text from news sites is usually Markdown-flavoured (`\$83 billion`, `[name](#)`), so `.txt`
/// files go through the Markdown pass too.
enum MarkupCleaner {
    enum Format: String, Sendable { case text, markdown, html }

    static func clean(_ units: [TextUnit], format: Format) -> [TextUnit] {
        switch format {
        case .text, .markdown: return markdown(units)
        case .html: return html(units)
        }
    }

    // MARK: Markdown

    private static func markdown(_ input: [TextUnit]) -> [TextUnit] {
        var output: [TextUnit] = []
        output.reserveCapacity(input.count)
        var index = 0
        var atLineStart = true
        while index < input.count {
            let unit = input[index]
            if atLineStart {
                let afterMarker = skipBlockMarker(input, at: index)
                // A heading or list item is its own paragraph: a blank line keeps it from joining its neighbours.
                if afterMarker != index { output.append(TextUnit(0x0A, unit.origin)) }
                index = afterMarker
                atLineStart = false
                if index >= input.count { break }
                continue
            }
            if !startsMarkdown(unit) { output.append(unit); index += 1; continue }
            if unit.isNewline { atLineStart = true; output.append(unit); index += 1; continue }
            if unit.is("\\"), index + 1 < input.count, isASCIIPunctuation(input[index + 1]) {
                output.append(input[index + 1]); index += 2; continue
            }
            if unit.is("<"), input.hasPrefix("<!--", at: index) {
                index = (input.firstIndex(of: "-->", from: index + 4).map { $0 + 3 }) ?? input.count
                continue
            }
            if unit.is("<"), let end = autolinkEnd(input, at: index) {
                output.append(contentsOf: input[index + 1..<end]); index = end + 1; continue
            }
            if unit.is("&"), let length = appendEntity(input, at: index, to: &output) { index += length; continue }
            if unit.is("!"), index + 1 < input.count, input[index + 1].is("["),
               let link = inlineLink(input, at: index + 1) {
                output.append(contentsOf: markdown(Array(input[link.text]))); index = link.end; continue
            }
            if unit.is("["), let link = inlineLink(input, at: index) {
                output.append(contentsOf: markdown(Array(input[link.text]))); index = link.end; continue
            }
            if unit.is("*") || unit.is("_"), isEmphasisMarker(input, at: index) { index += 1; continue }
            output.append(unit)
            index += 1
        }
        return output
    }

    /// Whether a unit is one that a Markdown construct above starts with: most of a text is none of them, and
    /// is copied after this one test.
    private static func startsMarkdown(_ unit: TextUnit) -> Bool {
        switch unit.value {
        case 0x0A, 0x21, 0x26, 0x2A, 0x3C, 0x5B, 0x5C, 0x5F: true // line break ! & * < [ \ _
        default: false
        }
    }

    /// Drops heading hashes, block quote marks and list bullets at the start of a line.
    private static func skipBlockMarker(_ input: [TextUnit], at start: Int) -> Int {
        var index = start
        while index < input.count, input[index].isSpace { index += 1 }
        let afterIndent = index
        while index < input.count, input[index].is("#") || input[index].is(">") { index += 1 }
        if index > afterIndent, index < input.count, input[index].isSpace { return index + 1 }
        index = afterIndent
        if index + 1 < input.count, input[index].is("-") || input[index].is("*") || input[index].is("+"),
           input[index + 1].isSpace {
            return index + 2
        }
        return start
    }

    private static func isASCIIPunctuation(_ unit: TextUnit) -> Bool {
        let value = unit.value
        return (0x21...0x2F).contains(value) || (0x3A...0x40).contains(value)
            || (0x5B...0x60).contains(value) || (0x7B...0x7E).contains(value)
    }

    /// `[text](target)` or `[text][ref]`: the range of the text and where the link ends.
    private static func inlineLink(_ input: [TextUnit], at open: Int) -> (text: Range<Int>, end: Int)? {
        var depth = 0
        var index = open
        while index < input.count {
            if input[index].isNewline, index + 1 < input.count, input[index + 1].isNewline { return nil }
            if input[index].is("[") { depth += 1 }
            if input[index].is("]") { depth -= 1; if depth == 0 { break } }
            index += 1
        }
        guard index + 1 < input.count else { return nil }
        let close = index
        let opener = input[close + 1]
        let closer: Unicode.Scalar
        if opener.is("(") { closer = ")" } else if opener.is("[") { closer = "]" } else { return nil }
        var end = close + 2
        while end < input.count, !input[end].is(closer) {
            if input[end].isNewline { return nil }
            end += 1
        }
        guard end < input.count else { return nil }
        return (open + 1..<close, end + 1)
    }

    private static func autolinkEnd(_ input: [TextUnit], at open: Int) -> Int? {
        guard input.hasPrefix("<http", at: open, caseInsensitive: true)
            || input.hasPrefix("<mailto:", at: open, caseInsensitive: true) else { return nil }
        var index = open + 1
        while index < input.count, !input[index].is(">") {
            if input[index].isWhitespace { return nil }
            index += 1
        }
        return index < input.count ? index : nil
    }

    /// `*`/`_` that open or close emphasis: next to a word on one side and not inside a word.
    private static func isEmphasisMarker(_ input: [TextUnit], at index: Int) -> Bool {
        var before = index - 1
        while before >= 0, input[before].is(input[index].scalar) { before -= 1 }
        var after = index + 1
        while after < input.count, input[after].is(input[index].scalar) { after += 1 }
        let wordBefore = before >= 0 && (input[before].isLetter || input[before].isDigit)
        let wordAfter = after < input.count && (input[after].isLetter || input[after].isDigit)
        if input[index].is("_") && wordBefore && wordAfter { return false }
        let spaceBefore = before < 0 || input[before].isWhitespace
        let spaceAfter = after >= input.count || input[after].isWhitespace
        return !(spaceBefore && spaceAfter)
    }

    /// Decodes an entity at `index` into `output` (folded like any other character); nil if there is none.
    private static func appendEntity(_ input: [TextUnit], at index: Int, to output: inout [TextUnit]) -> Int? {
        guard let (value, length) = HTMLEntities.decode(input, at: index) else { return nil }
        if let folded = TextDecoder.fold(value) { output.append(TextUnit(folded, input[index].origin)) }
        return length
    }

    // MARK: HTML

    private static let blockTags: Set<String> = [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "td", "th", "table",
        "blockquote", "section", "article", "header", "footer", "title", "hr", "figure", "figcaption",
        "main", "aside", "nav", "pre", "dd", "dt", "body", "head", "html",
    ]
    private static let skippedTags: Set<String> = ["script", "style", "noscript", "template"]

    private static func html(_ input: [TextUnit]) -> [TextUnit] {
        var output: [TextUnit] = []
        output.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            let unit = input[index]
            if unit.is("<") {
                if input.hasPrefix("<!--", at: index) {
                    index = (input.firstIndex(of: "-->", from: index + 4).map { $0 + 3 }) ?? input.count
                    continue
                }
                if let tag = parseTag(input, at: index) {
                    if skippedTags.contains(tag.name), !tag.closing {
                        index = (input.firstIndex(of: "</", from: tag.end).flatMap { closeStart -> Int? in
                            var search = closeStart
                            while let found = input.firstIndex(of: "</", from: search) {
                                if input.hasPrefix("</" + tag.name, at: found, caseInsensitive: true) {
                                    return input.firstIndex(of: ">", from: found).map { $0 + 1 }
                                }
                                search = found + 2
                            }
                            return nil
                        }) ?? input.count
                        continue
                    }
                    if blockTags.contains(tag.name) {
                        output.append(TextUnit(0x0A, unit.origin))
                        output.append(TextUnit(0x0A, unit.origin))
                    }
                    index = tag.end
                    continue
                }
            }
            if unit.is("&"), let length = appendEntity(input, at: index, to: &output) { index += length; continue }
            output.append(unit.isNewline ? TextUnit(0x20, unit.origin) : unit)
            index += 1
        }
        return output
    }

    /// An HTML tag at `index`: its lower-cased name, whether it closes, and the index after `>`.
    static func parseTag(_ input: [TextUnit], at index: Int) -> (name: String, closing: Bool, end: Int)? {
        var position = index + 1
        let closing = position < input.count && input[position].is("/")
        if closing { position += 1 }
        let nameStart = position
        while position < input.count, input[position].isLetter || input[position].isDigit { position += 1 }
        guard position > nameStart, position < input.count else { return nil }
        let name = input.string(nameStart..<position).lowercased()
        var quote: UInt32? = nil
        while position < input.count {
            let value = input[position].value
            if let open = quote { if value == open { quote = nil } }
            else if value == 0x22 || value == 0x27 { quote = value }
            else if value == 0x3E { return (name, closing, position + 1) }
            position += 1
        }
        return nil
    }
}
