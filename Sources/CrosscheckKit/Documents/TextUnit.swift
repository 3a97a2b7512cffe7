/// One Unicode scalar of text being cleaned, with the byte offset in the original file it came from.
///
/// Every cleaning step works on arrays of these, so whatever it removes or rewrites,
/// what is left still knows its origin.
struct TextUnit: Sendable {
    var value: UInt32
    var origin: Int32

    init(_ value: UInt32, _ origin: Int32) {
        self.value = value
        self.origin = origin
    }

    init(_ character: Unicode.Scalar, _ origin: Int32) {
        self.init(character.value, origin)
    }

    var scalar: Unicode.Scalar { Unicode.Scalar(value) ?? "\u{FFFD}" }
    var isNewline: Bool { value == 0x0A }
    var isSpace: Bool { value == 0x20 || value == 0x09 }
    var isWhitespace: Bool { isSpace || isNewline }
    var isLetter: Bool {
        if value < 0x80 { return UInt8(value).isASCIILetter }
        return scalar.properties.isAlphabetic
    }
    var isLowercase: Bool {
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        return scalar.properties.isLowercase
    }
    var isDigit: Bool { value >= 0x30 && value <= 0x39 }

    func `is`(_ ascii: Unicode.Scalar) -> Bool { value == ascii.value }
}

extension Array where Element == TextUnit {
    /// Matches an ASCII literal at `index`.
    func hasPrefix(_ literal: String, at index: Int, caseInsensitive: Bool = false) -> Bool {
        var position = index
        for scalar in literal.unicodeScalars {
            guard position < count else { return false }
            var value = self[position].value
            var expected = scalar.value
            if caseInsensitive {
                if value >= 0x41 && value <= 0x5A { value += 0x20 }
                if expected >= 0x41 && expected <= 0x5A { expected += 0x20 }
            }
            guard value == expected else { return false }
            position += 1
        }
        return true
    }

    /// Encoded to UTF-8 bytes first: appending scalars to a string one by one cost more than the cleaning itself.
    func string(_ range: Range<Int>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count)
        for unit in self[range] { UTF8.encode(unit.scalar, into: { bytes.append($0) }) }
        return String(decoding: bytes, as: UTF8.self)
    }

    func firstIndex(of literal: String, from start: Int) -> Int? {
        var index = start
        while index < count {
            if hasPrefix(literal, at: index) { return index }
            index += 1
        }
        return nil
    }
}
