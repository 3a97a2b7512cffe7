/// Turns a file's bytes into `TextUnit`s: UTF-8 decoding with a Latin-1 fallback for stray bytes,
/// and the character-level normalizations every format needs (BOM, CRLF, typographic quotes, odd spaces).
enum TextDecoder {
    struct Result {
        var units: [TextUnit]
        var warnings: [(offset: Int, message: String)]
    }

    enum Failure: Error, Equatable {
        case empty
        case binary(offset: Int)
    }

    static func decode(_ bytes: [UInt8]) throws(Failure) -> Result {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { throw .empty }
        if let nul = bytes.firstIndex(of: 0) { throw .binary(offset: nul) }
        var units: [TextUnit] = []
        units.reserveCapacity(bytes.count)
        var warnings: [(offset: Int, message: String)] = []
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < bytes.count {
            let start = index
            if bytes[index] < 0x80 {
                units.append(TextUnit(UInt32(bytes[index]), Int32(truncatingIfNeeded: index)))
                index += 1
                continue
            }
            let (scalar, length) = decodeScalar(bytes, at: index)
            index += length
            guard let scalar else {
                let byte = bytes[start]
                warnings.append((start, "invalid UTF-8 byte 0x\(String(byte, radix: 16, uppercase: true)), read as Latin-1"))
                units.append(TextUnit(UInt32(byte), Int32(truncatingIfNeeded: start)))
                continue
            }
            units.append(TextUnit(scalar, Int32(truncatingIfNeeded: start)))
        }
        return Result(units: fold(units), warnings: warnings)
    }

    /// Folds line ends, control characters and typographic variants to one form, so rules need not
    /// spell every variant. JSON Lines bodies, decoded elsewhere, go through this too.
    static func fold(_ units: [TextUnit]) -> [TextUnit] {
        var output: [TextUnit] = []
        output.reserveCapacity(units.count)
        for (index, unit) in units.enumerated() {
            // Printable ASCII other than the quote mark folds to itself.
            if unit.value >= 0x20, unit.value < 0x7F, unit.value != 0x22 { output.append(unit); continue }
            if unit.value == 0x0D {
                // CRLF and a lone CR both become one newline.
                if index + 1 < units.count, units[index + 1].isNewline { continue }
                output.append(TextUnit(0x0A, unit.origin))
            } else if let folded = fold(unit.value) {
                let apostrophe = folded == 0x22 && output.last?.isLetter == true && endsContraction(units, after: index)
                output.append(TextUnit(apostrophe ? 0x27 : folded, unit.origin))
            }
        }
        return output
    }

    private static let contractionEndings: Set<String> = ["t", "s", "ll", "re", "ve", "d", "m"]

    /// Whether the letters after `index` are a contraction's ending (`don"t`, `India"s`), which makes the quote
    /// mark before them an apostrophe, as some wire copy writes it. Read as a quote mark it would open a quote
    /// that runs to the next mark and cut the real quote in two.
    private static func endsContraction(_ units: [TextUnit], after index: Int) -> Bool {
        var ending = ""
        var next = index + 1
        while next < units.count, units[next].isLetter, ending.count <= 2 {
            ending.unicodeScalars.append(units[next].scalar)
            next += 1
        }
        let followedByLetter = next < units.count && units[next].isLetter
        return !followedByLetter && contractionEndings.contains(ending.lowercased())
    }

    /// One scalar's folded form, or nil for invisible characters that are dropped.
    static func fold(_ value: UInt32) -> UInt32? {
        switch value {
        case 0x09, 0x0A: return value
        case 0x00...0x1F, 0x7F: return 0x20
        // Every other character PCRE2's `\s` matches becomes a space or a line break, so a rule may take a space
        // for the only one (a prefilter word such as ` "` does).
        case 0x0085, 0x2028, 0x2029: return 0x0A
        case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return 0x20
        case 0x180E, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD: return nil
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033: return 0x22
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: return 0x27
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2212: return 0x2D
        default: return value
        }
    }

    /// Decodes one UTF-8 scalar, or nil with length 1 when the bytes there are not valid UTF-8.
    static func decodeScalar(_ bytes: [UInt8], at index: Int) -> (UInt32?, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default: return (nil, 1)
        }
        guard index + length <= bytes.count else { return (nil, 1) }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return (nil, 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        guard value >= minimum, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else { return (nil, 1) }
        return (value, length)
    }
}
