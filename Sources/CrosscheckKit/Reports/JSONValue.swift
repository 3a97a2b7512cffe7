/// A JSON value and its writer: keys sorted, two-space indentation, so every report is byte-for-byte stable.
/// (Foundation's JSONEncoder took longer than the whole extraction on the corpus.)
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    /// The value as pretty-printed JSON text ending in a newline.
    public func rendered() -> String {
        var output: [UInt8] = []
        output.reserveCapacity(4096)
        write(to: &output, indent: 0)
        output.append(0x0A)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the value's text; lines after the first are indented by `indent` spaces.
    func write(to output: inout [UInt8], indent: Int) {
        switch self {
        case .null: output += "null".utf8
        case let .bool(value): output += (value ? "true" : "false").utf8
        case let .int(value): output += String(value).utf8
        case let .double(value):
            let text = value.isFinite ? (value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)) : "null"
            output += text.utf8
        case let .string(value): JSONValue.writeString(value, to: &output)
        case let .array(values):
            guard !values.isEmpty else { output += "[]".utf8; return }
            output += "[\n".utf8
            for (index, value) in values.enumerated() {
                output += repeatElement(0x20, count: indent + 2)
                value.write(to: &output, indent: indent + 2)
                output += (index == values.count - 1 ? "\n" : ",\n").utf8
            }
            output += repeatElement(0x20, count: indent)
            output.append(UInt8(ascii: "]"))
        case let .object(members):
            guard !members.isEmpty else { output += "{}".utf8; return }
            output += "{\n".utf8
            let keys = members.keys.sorted()
            for (index, key) in keys.enumerated() {
                output += repeatElement(0x20, count: indent + 2)
                JSONValue.writeString(key, to: &output)
                output += ": ".utf8
                members[key]!.write(to: &output, indent: indent + 2)
                output += (index == keys.count - 1 ? "\n" : ",\n").utf8
            }
            output += repeatElement(0x20, count: indent)
            output.append(UInt8(ascii: "}"))
        }
    }

    /// Copies runs of bytes that need no escape whole: reports and `extract` output are mostly such runs, and
    /// byte-at-a-time appends were the largest single cost of writing them.
    private static func writeString(_ value: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { bytes in
            var runStart = 0
            for (index, byte) in bytes.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                runStart = index + 1
                switch byte {
                case UInt8(ascii: "\""): output += "\\\"".utf8
                case UInt8(ascii: "\\"): output += "\\\\".utf8
                case 0x0A: output += "\\n".utf8
                case 0x0D: output += "\\r".utf8
                case 0x09: output += "\\t".utf8
                default:
                    let hex = String(byte, radix: 16)
                    output += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        output.append(UInt8(ascii: "\""))
    }
}
