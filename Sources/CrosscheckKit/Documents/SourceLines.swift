/// The original bytes of a file (or of one JSON Lines record) and where its lines start,
/// so that a byte offset found after cleaning can be reported as the line and column a user sees.
public struct SourceLines: Sendable {
    public let path: String
    let bytes: [UInt8]
    let lineStarts: [Int]
    /// The line number of `bytes[0]`: 1 for a file, the record's line for JSON Lines, or where a part of a
    /// large file starts.
    let firstLine: Int
    /// The column of `bytes[0]` on that line: 1 except for a part of a large file cut inside a line.
    let firstColumn: Int

    init(path: String, bytes: [UInt8], firstLine: Int = 1, firstColumn: Int = 1) {
        self.path = path
        self.bytes = bytes
        self.firstLine = firstLine
        self.firstColumn = firstColumn
        var starts = [0]
        var columns: [Int] = []
        columns.reserveCapacity(bytes.count / SourceLines.checkpointStride + 1)
        var column = firstColumn
        for (index, byte) in bytes.enumerated() {
            if index % SourceLines.checkpointStride == 0 { columns.append(column) }
            if byte == UInt8(ascii: "\n") {
                starts.append(index + 1)
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        lineStarts = starts
        checkpointColumns = columns
    }

    /// Every `checkpointStride` bytes, the column there, so finding a column in a very long line (a file with
    /// no line breaks) counts from the nearest checkpoint rather than from the line's start.
    static let checkpointStride = 256
    let checkpointColumns: [Int]

    /// The 1-based line and column (in Unicode scalars) of an original byte offset.
    public func location(ofByte offset: Int) -> SourceLocation {
        let offset = max(0, min(offset, bytes.count))
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        var column = low == 0 ? firstColumn : 1
        var index = lineStarts[low]
        let checkpoint = offset / SourceLines.checkpointStride * SourceLines.checkpointStride
        if checkpoint > index {
            index = checkpoint
            column = checkpointColumns[checkpoint / SourceLines.checkpointStride]
        }
        while index < offset {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return SourceLocation(path: path, line: firstLine + low, column: column)
    }
}
