import Foundation

/// Where a report's bytes go: into its file in pieces of about a megabyte, or into memory when a report is
/// rendered as a string. A report listing hundreds of thousands of articles is then never whole in memory.
public struct ReportOutput {
    /// Bytes not yet passed on to the file; every byte when there is no file.
    private(set) var bytes: [UInt8] = []
    private let file: FileHandle?
    private static let pieceBytes = 1 << 20

    /// Output kept in memory, for `rendered`.
    init() { file = nil }

    init(file: FileHandle) { self.file = file }

    mutating func append(_ text: String) { bytes += text.utf8 }

    /// Text already rendered as UTF-8.
    mutating func append(_ rendered: [UInt8]) { bytes += rendered }

    /// `value` as JSON, its nested lines indented by `indent` spaces.
    mutating func append(_ value: JSONValue, indent: Int) {
        value.write(to: &bytes, indent: indent)
    }

    /// Passes the bytes on to the file once they make a piece; a no-op in memory.
    mutating func flushIfLarge() throws {
        if bytes.count >= ReportOutput.pieceBytes { try flush() }
    }

    mutating func flush() throws {
        guard let file, !bytes.isEmpty else { return }
        try file.write(contentsOf: bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    /// What an in-memory output holds, as text.
    var text: String { String(decoding: bytes, as: UTF8.self) }
}
