import Foundation

/// Reads a file a piece at a time, cutting each piece where a `Boundary` allows, so a file far larger than memory
/// allows (a 200 MB article with no line break, a JSON Lines archive) is never held whole. Each piece knows the
/// line and column its first byte has in the file.
final class ChunkReader {
    /// Where a piece may end.
    enum Boundary {
        /// After a newline only: JSON Lines records are never split.
        case line
        /// At a paragraph break if there is one in the piece's second half, else a line break, else a space,
        /// else between two UTF-8 characters: for articles read in parts.
        case paragraph
    }

    struct Piece {
        let bytes: [UInt8]
        let firstLine: Int
        /// The column (in Unicode scalars) of the piece's first byte on `firstLine`.
        let firstColumn: Int
    }

    private let descriptor: Int32
    private var pending: [UInt8] = []
    private var endOfFile = false
    private var line = 1
    private var column = 1
    let path: String

    /// Opens `path`, or throws a diagnostic naming it.
    init(path: String) throws(Diagnostic) {
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw Diagnostic(path: path, "cannot read the file: \(String(cString: strerror(errno)))")
        }
        self.path = path
    }

    deinit { close(descriptor) }

    /// The next piece of about `size` bytes (more when no boundary comes sooner), or nil at the end.
    func next(size: Int, boundary: Boundary) throws(Diagnostic) -> Piece? {
        while true {
            if pending.count >= size || endOfFile, !pending.isEmpty {
                if let cut = endOfFile && pending.count <= size ? pending.count : cutPoint(boundary) {
                    return take(cut)
                }
                if endOfFile { return take(pending.count) }
            }
            if endOfFile { return nil }
            try fill(size)
        }
    }

    private func fill(_ size: Int) throws(Diagnostic) {
        let wanted = max(size, 1 << 16)
        let start = pending.count
        pending.reserveCapacity(start + wanted)
        pending.append(contentsOf: repeatElement(0, count: wanted))
        let count = pending.withUnsafeMutableBytes { buffer in
            read(descriptor, buffer.baseAddress! + start, wanted)
        }
        guard count >= 0 else {
            pending.removeLast(wanted)
            throw Diagnostic(path: path, line: line, column: column, "cannot read the file: \(String(cString: strerror(errno)))")
        }
        pending.removeLast(wanted - count)
        if count == 0 { endOfFile = true }
    }

    private func cutPoint(_ boundary: Boundary) -> Int? {
        let newline = UInt8(ascii: "\n")
        switch boundary {
        case .line:
            return pending.lastIndex(of: newline).map { $0 + 1 }
        case .paragraph:
            let half = pending.count / 2
            var index = pending.count - 1
            while index > half {
                if pending[index] == newline, pending[index - 1] == newline { return index + 1 }
                index -= 1
            }
            if let lineEnd = pending.lastIndex(of: newline) { return lineEnd + 1 }
            if let space = pending.lastIndex(where: { $0 == 0x20 || $0 == 0x09 }) { return space + 1 }
            var cut = pending.count
            while cut > 1, pending[cut - 1] & 0xC0 == 0x80 { cut -= 1 }
            if pending[cut - 1] >= 0xC0 { cut -= 1 }
            return cut > 0 ? cut : pending.count
        }
    }

    private func take(_ count: Int) -> Piece {
        let bytes = Array(pending[..<count])
        pending.removeFirst(count)
        let piece = Piece(bytes: bytes, firstLine: line, firstColumn: column)
        for byte in bytes {
            if byte == UInt8(ascii: "\n") { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return piece
    }
}
