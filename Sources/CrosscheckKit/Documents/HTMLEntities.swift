/// Decodes HTML character references (`&amp;`, `&#163;`, `&#x20AC;`), which appear in HTML
/// and also in text exported from news systems.
enum HTMLEntities {
    static let named: [String: UInt32] = [
        "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0xA0,
        "ndash": 0x2013, "mdash": 0x2014, "lsquo": 0x2018, "rsquo": 0x2019, "ldquo": 0x201C,
        "rdquo": 0x201D, "sbquo": 0x201A, "bdquo": 0x201E, "laquo": 0xAB, "raquo": 0xBB,
        "hellip": 0x2026, "pound": 0xA3, "euro": 0x20AC, "yen": 0xA5, "cent": 0xA2, "copy": 0xA9,
        "reg": 0xAE, "trade": 0x2122, "deg": 0xB0, "frac12": 0xBD, "frac14": 0xBC, "frac34": 0xBE,
        "times": 0xD7, "minus": 0x2212, "eacute": 0xE9, "egrave": 0xE8, "aacute": 0xE1, "agrave": 0xE0,
        "oacute": 0xF3, "uacute": 0xFA, "iacute": 0xED, "ntilde": 0xF1, "ccedil": 0xE7, "ouml": 0xF6,
        "uuml": 0xFC, "auml": 0xE4, "szlig": 0xDF, "shy": 0xAD, "thinsp": 0x2009, "middot": 0xB7,
        "bull": 0x2022, "sect": 0xA7, "para": 0xB6, "percnt": 0x25, "dollar": 0x24,
    ]

    /// If an entity starts at `index` (at an `&`), returns its scalar and how many units it spans.
    static func decode(_ units: [TextUnit], at index: Int) -> (UInt32, Int)? {
        var end = index + 1
        while end < units.count, end - index <= 10, !units[end].is(";") {
            guard units[end].scalar.properties.isAlphabetic || units[end].isDigit || units[end].is("#") else { return nil }
            end += 1
        }
        guard end < units.count, units[end].is(";"), end > index + 1 else { return nil }
        let name = units.string(index + 1..<end)
        let length = end - index + 1
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X"
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, Unicode.Scalar(value) != nil, value != 0 else { return nil }
            return (windows1252(value), length)
        }
        guard let value = named[name] else { return nil }
        return (value, length)
    }

    /// Numeric references in the 0x80-0x9F range almost always mean Windows-1252 characters.
    private static func windows1252(_ value: UInt32) -> UInt32 {
        let table: [UInt32: UInt32] = [0x80: 0x20AC, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D,
                                       0x96: 0x2013, 0x97: 0x2014, 0x85: 0x2026, 0xA3: 0xA3]
        return table[value] ?? value
    }
}
