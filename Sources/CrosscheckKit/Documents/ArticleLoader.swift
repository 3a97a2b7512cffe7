import Foundation

/// Loads article files into `Document`s: plain text, Markdown and HTML give one article each (a large one is
/// read in parts), JSON Lines one per line.
public struct ArticleLoader: Sendable {

    /// Files larger than this are skipped with a message, so one huge file cannot exhaust memory.
    public var maxFileBytes: Int

    public init(maxFileBytes: Int = 256 << 20) {
        self.maxFileBytes = maxFileBytes
    }

    /// What loading one file gave: its articles and any problems (a bad JSON Lines record does not stop the rest).
    public struct Loaded: Sendable {
        public var documents: [Document] = []
        public var diagnostics: [Diagnostic] = []
    }

    /// Files larger than this are read and checked in parts of about this size, cut at paragraph breaks, so
    /// memory stays bounded whatever the file's size; the first part's title and dateline apply to every part.
    public static let partBytes = 4 << 20
    /// JSON Lines files are read this many bytes of whole records at a time.
    static let recordChunkBytes = 1 << 20

    /// Loads every article in one file.
    public func load(path: String) -> Loaded {
        var all = Loaded()
        load(path: path) { loaded in
            all.documents += loaded.documents
            all.diagnostics += loaded.diagnostics
        }
        return all
    }

    /// Loads one file a piece at a time, handing each piece's articles to `body` before reading on: a small
    /// file is one piece, a JSON Lines file a piece per megabyte of records, a large article one per part.
    public func load(path: String, _ body: (Loaded) -> Void) {
        guard let format = ArticleLoader.format(of: path) else { return loadRecords(path: path, body) }
        let size: Int
        do { size = try checkedSize(of: path) } catch { return body(Loaded(diagnostics: [error])) }
        if size <= ArticleLoader.partBytes {
            guard let data = FileManager.default.contents(atPath: path) else {
                return body(Loaded(diagnostics: [Diagnostic(path: path, "cannot read the file")]))
            }
            return body(load(bytes: [UInt8](data), path: path))
        }
        do {
            let reader = try ChunkReader(path: path)
            // The first part's header; later parts never look for a header or front matter of their own.
            var header: DocumentMetadata?
            var isFirstPart = true
            while let piece = try reader.next(size: ArticleLoader.partBytes, boundary: .paragraph) {
                let part = Part(firstLine: piece.firstLine, firstColumn: piece.firstColumn,
                                header: isFirstPart ? nil : header ?? DocumentMetadata())
                isFirstPart = false
                do {
                    let document = try loadArticle(bytes: piece.bytes, path: path, format: format, part: part)
                    header = header ?? document.metadata
                    body(Loaded(documents: [document]))
                } catch {
                    body(Loaded(diagnostics: [error]))
                }
            }
        } catch {
            body(Loaded(diagnostics: [error]))
        }
    }

    private func loadRecords(path: String, _ body: (Loaded) -> Void) {
        do {
            let pieces = try RecordPieces(path: path, loader: self)
            var anyRecord = false
            while let piece = try pieces.next() {
                let loaded = JSONLinesLoader.load(bytes: piece.bytes[...], path: path, firstLine: piece.firstLine)
                anyRecord = anyRecord || !loaded.documents.isEmpty || !loaded.diagnostics.isEmpty
                body(loaded)
            }
            if !anyRecord { body(Loaded(diagnostics: [RecordPieces.noRecords(path)])) }
        } catch {
            body(Loaded(diagnostics: [error]))
        }
    }

    /// A JSON Lines file read a megabyte of whole records at a time: by `load(path:_:)`, and by the extraction's
    /// work queue, which hands each piece to whichever thread asks next.
    final class RecordPieces {
        private let reader: ChunkReader
        var path: String { reader.path }

        init(path: String, loader: ArticleLoader) throws(Diagnostic) {
            guard try loader.checkedSize(of: path) > 0 else { throw RecordPieces.noRecords(path) }
            reader = try ChunkReader(path: path)
        }

        /// The next piece of whole lines, or nil at the end of the file.
        func next() throws(Diagnostic) -> ChunkReader.Piece? {
            try reader.next(size: ArticleLoader.recordChunkBytes, boundary: .line)
        }

        static func noRecords(_ path: String) -> Diagnostic { Diagnostic(path: path, "empty file: no records") }
    }

    /// A file's size in bytes, or a diagnostic saying why it cannot be read or is skipped for its size.
    func checkedSize(of path: String) throws(Diagnostic) -> Int {
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw Diagnostic(path: path, "cannot read the file: \(String(cString: strerror(errno)))")
        }
        guard status.st_mode & S_IFMT == S_IFREG else { throw Diagnostic(path: path, "not a regular file") }
        let size = Int(status.st_size)
        guard size <= maxFileBytes else {
            throw Diagnostic(path: path,
                "skipped: \(size) bytes is over the \(maxFileBytes)-byte limit (raise it with --max-file-size, in megabytes)")
        }
        return size
    }

    /// The markup an extension stands for; nil for JSON Lines, which holds records rather than one article.
    static func format(of path: String) -> MarkupCleaner.Format? {
        switch (path as NSString).pathExtension.lowercased() {
        case "jsonl": nil
        case "html", "htm": .html
        case "md", "markdown": .markdown
        default: .text
        }
    }

    /// Loads articles from bytes already read; `path` names them and decides the format by its extension.
    public func load(bytes: [UInt8], path: String) -> Loaded {
        guard let format = ArticleLoader.format(of: path) else { return JSONLinesLoader.load(bytes: bytes, path: path) }
        do {
            return Loaded(documents: [try loadArticle(bytes: bytes, path: path, format: format, part: Part())])
        } catch {
            return Loaded(diagnostics: [error])
        }
    }

    /// Where a piece of an article file starts, and for a later part of a large file, the header of the first.
    struct Part {
        var firstLine = 1
        var firstColumn = 1
        var header: DocumentMetadata?
    }

    private func loadArticle(bytes: [UInt8], path: String, format: MarkupCleaner.Format,
                             part: Part) throws(Diagnostic) -> Document {
        let source = SourceLines(path: path, bytes: bytes, firstLine: part.firstLine, firstColumn: part.firstColumn)
        let decoded: TextDecoder.Result
        do { decoded = try TextDecoder.decode(bytes) } catch {
            switch error {
            case .empty: throw Diagnostic(path: path, "empty file: no article text")
            case let .binary(offset):
                let place = source.location(ofByte: offset)
                throw Diagnostic(path: path, line: place.line, column: place.column, "binary file (NUL byte): not an article")
            }
        }
        let warnings = decoded.warnings.map { warning in
            let place = source.location(ofByte: warning.offset)
            return Diagnostic(.warning, path: path, line: place.line, column: place.column, warning.message)
        }
        var input = DocumentBuilder.Input(path: path, units: decoded.units, format: format, source: source, warnings: warnings)
        var ignored: [String] = []
        if let header = part.header {
            input.knownMetadata = header
            input.detectsHeader = false
        } else if format != .html, let frontMatter = try FrontMatter.read(decoded.units, path: path, source: source) {
            input.units = Array(decoded.units[frontMatter.bodyStart...])
            input.knownMetadata = frontMatter.metadata
            ignored = frontMatter.ignored
        }
        input.suppressions = SuppressionDirectives.parse(String(decoding: bytes, as: UTF8.self), wholeFile: ignored,
                                                         firstLine: part.firstLine)
        let document = DocumentBuilder.build(input)
        guard !document.bytes.isEmpty else { throw Diagnostic(path: path, "empty file: no article text") }
        return document
    }
}

/// JSON Lines archives: one article per line with `id`, `date`, `title`, `dateline` and `body`.
enum JSONLinesLoader {
    static func load(bytes: [UInt8], path: String) -> ArticleLoader.Loaded {
        var loaded = load(bytes: bytes[...], path: path, firstLine: 1)
        if loaded.documents.isEmpty, loaded.diagnostics.isEmpty {
            loaded.diagnostics.append(Diagnostic(path: path, "empty file: no records"))
        }
        return loaded
    }

    /// Loads the records in a slice of a file's lines; `firstLine` is the line number of the slice's first byte.
    static func load(bytes: ArraySlice<UInt8>, path: String, firstLine: Int) -> ArticleLoader.Loaded {
        var loaded = ArticleLoader.Loaded()
        var lineNumber = firstLine - 1
        var start = bytes.startIndex
        while start < bytes.endIndex {
            lineNumber += 1
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.endIndex
            let line = Array(bytes[start..<end])
            start = end + 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let source = SourceLines(path: path, bytes: line, firstLine: lineNumber)
            do {
                loaded.documents.append(try document(line: line, source: source, path: path))
            } catch {
                loaded.diagnostics.append(error)
            }
        }
        return loaded
    }

    private static func document(line: [UInt8], source: SourceLines, path: String) throws(Diagnostic) -> Document {
        let record: JSONLinesRecord
        do { record = try JSONLinesRecord(line: line) } catch {
            let place = source.location(ofByte: error.offset)
            throw Diagnostic(path: path, line: place.line, column: place.column, "malformed JSON Lines record: \(error.message)")
        }
        guard let body = record.units("body") else {
            throw Diagnostic(path: path, line: source.firstLine, column: 1, "JSON Lines record has no string 'body'")
        }
        let recordDate = record.string("date")
        let dateline = record.string("dateline")?.trimmed
        let recordYear = recordDate.flatMap { text in Int(text.prefix(4)) }
        let date = dateline.flatMap { NewsDateParser.firstDate(in: $0, defaultYear: recordYear) }
            ?? recordDate.flatMap { CalendarDate(iso: $0) ?? NewsDateParser.firstDate(in: $0) }
        let metadata = DocumentMetadata(title: record.string("title")?.trimmed,
                                        byline: record.string("author") ?? record.string("byline"),
                                        dateline: dateline?.isEmpty == true ? nil : dateline, date: date,
                                        url: record.string("url"), source: record.string("source"))
        let input = DocumentBuilder.Input(path: path, recordID: record.string("id"), units: TextDecoder.fold(body),
                                          format: .text, source: source, knownMetadata: metadata, detectsHeader: false)
        return DocumentBuilder.build(input)
    }
}
