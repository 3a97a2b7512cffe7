/// One JSON Lines record, read by a small parser that keeps, for every character of a string value,
/// the byte of the line it was decoded from (so `\n` or `\u00e9` escapes still map back to a column).
struct JSONLinesRecord {
    enum Value {
        case string([TextUnit])
        case other(String)
    }

    struct SyntaxError: Error {
        let offset: Int
        let message: String
    }

    let fields: [String: Value]

    func string(_ key: String) -> String? {
        switch fields[key] {
        case let .string(units)?: return units.string(0..<units.count)
        case let .other(text)?: return text == "null" ? nil : text
        case nil: return nil
        }
    }

    func units(_ key: String) -> [TextUnit]? {
        if case let .string(units)? = fields[key] { return units }
        return nil
    }

    /// Parses one line, which must hold one JSON object.
    init(line bytes: [UInt8]) throws(SyntaxError) {
        var parser = Parser(bytes: bytes)
        parser.skipSpace()
        try parser.expect(UInt8(ascii: "{"))
        var fields: [String: Value] = [:]
        parser.skipSpace()
        if parser.peek == UInt8(ascii: "}") { parser.index += 1 } else {
            while true {
                parser.skipSpace()
                let keyUnits = try parser.string()
                let key = keyUnits.string(0..<keyUnits.count)
                parser.skipSpace()
                try parser.expect(UInt8(ascii: ":"))
                parser.skipSpace()
                fields[key] = try parser.value()
                parser.skipSpace()
                if parser.peek == UInt8(ascii: ",") { parser.index += 1; continue }
                try parser.expect(UInt8(ascii: "}"))
                break
            }
        }
        parser.skipSpace()
        guard parser.index == bytes.count else { throw SyntaxError(offset: parser.index, message: "unexpected text after the object") }
        self.fields = fields
    }

    private struct Parser {
        let bytes: [UInt8]
        var index = 0

        var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func skipSpace() {
            while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A { index += 1 }
        }

        mutating func expect(_ byte: UInt8) throws(SyntaxError) {
            guard peek == byte else {
                throw SyntaxError(offset: index, message: "expected '\(Character(Unicode.Scalar(byte)))'")
            }
            index += 1
        }

        mutating func value() throws(SyntaxError) -> Value {
            guard let byte = peek else { throw SyntaxError(offset: index, message: "expected a value") }
            if byte == UInt8(ascii: "\"") { return .string(try string()) }
            let start = index
            if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                try skipNested()
                return .other(String(decoding: bytes[start..<index], as: UTF8.self))
            }
            while let next = peek, next != UInt8(ascii: ","), next != UInt8(ascii: "}"), next != 0x20 { index += 1 }
            let literal = String(decoding: bytes[start..<index], as: UTF8.self)
            guard literal == "null" || literal == "true" || literal == "false" || Double(literal) != nil else {
                throw SyntaxError(offset: start, message: "invalid value '\(literal)'")
            }
            return .other(literal)
        }

        mutating func skipNested() throws(SyntaxError) {
            var depth = 0
            repeat {
                guard let byte = peek else { throw SyntaxError(offset: index, message: "unterminated value") }
                if byte == UInt8(ascii: "\"") { _ = try string(); continue }
                if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") { depth += 1 }
                if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") { depth -= 1 }
                index += 1
            } while depth > 0
        }

        /// A string value as units whose origins are byte offsets in the line.
        mutating func string() throws(SyntaxError) -> [TextUnit] {
            try expect(UInt8(ascii: "\""))
            var units: [TextUnit] = []
            // Sized to the next quote mark: an escaped one only makes the first guess short.
            units.reserveCapacity((bytes[index...].firstIndex(of: UInt8(ascii: "\"")) ?? bytes.count) - index)
            while true {
                guard let byte = peek else { throw SyntaxError(offset: index, message: "unterminated string") }
                let start = index
                if byte == UInt8(ascii: "\"") { index += 1; return units }
                // Plain ASCII, most of every record, is copied as it stands.
                if byte >= 0x20, byte < 0x80, byte != UInt8(ascii: "\\") {
                    units.append(TextUnit(UInt32(byte), Int32(start)))
                    index += 1
                    continue
                }
                if byte < 0x20 { throw SyntaxError(offset: index, message: "control character in string") }
                if byte == UInt8(ascii: "\\") {
                    index += 1
                    guard let escape = peek else { throw SyntaxError(offset: index, message: "unterminated escape") }
                    index += 1
                    let value: UInt32
                    switch escape {
                    case UInt8(ascii: "n"): value = 0x0A
                    case UInt8(ascii: "t"): value = 0x09
                    case UInt8(ascii: "r"): value = 0x0D
                    case UInt8(ascii: "b"), UInt8(ascii: "f"): value = 0x20
                    case UInt8(ascii: "u"): value = try unicodeEscape(start: start)
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): value = UInt32(escape)
                    default: throw SyntaxError(offset: start, message: "invalid escape")
                    }
                    units.append(TextUnit(value, Int32(start)))
                    continue
                }
                let (scalar, length) = TextDecoder.decodeScalar(bytes, at: index)
                guard let scalar else { throw SyntaxError(offset: index, message: "invalid UTF-8") }
                units.append(TextUnit(scalar, Int32(start)))
                index += length
            }
        }

        mutating func unicodeEscape(start: Int) throws(SyntaxError) -> UInt32 {
            func hex() throws(SyntaxError) -> UInt32 {
                guard index + 4 <= bytes.count,
                      let value = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
                else { throw SyntaxError(offset: start, message: "invalid \\u escape") }
                index += 4
                return value
            }
            let first = try hex()
            if (0xD800...0xDBFF).contains(first), peek == UInt8(ascii: "\\"), index + 1 < bytes.count,
               bytes[index + 1] == UInt8(ascii: "u") {
                index += 2
                let second = try hex()
                return 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            return Unicode.Scalar(first) == nil ? 0xFFFD : first
        }
    }
}
