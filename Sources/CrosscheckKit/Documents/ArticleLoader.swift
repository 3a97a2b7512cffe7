import Foundation

/// Finds article files under the paths a user gives and loads each into `Document`s:
/// plain text, Markdown and HTML give one article each, JSON Lines one per line.
public struct ArticleLoader: Sendable {
    public static let articleExtensions: Set<String> = ["txt", "text", "md", "markdown", "html", "htm", "jsonl"]

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

    /// Article files under `paths`, sorted, directories walked recursively. A path that does not exist is an error.
    public func articlePaths(in paths: [String]) throws(Diagnostic) -> [String] {
        var found: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw Diagnostic(path: path, "no such file or directory")
            }
            guard isDirectory.boolValue else { found.append(path); continue }
            guard let walker = manager.enumerator(atPath: path) else {
                throw Diagnostic(path: path, "cannot read directory")
            }
            var inDirectory: [String] = []
            while let relative = walker.nextObject() as? String {
                let fileName = (relative as NSString).lastPathComponent
                if fileName.hasPrefix(".") { walker.skipDescendants(); continue }
                let ext = (relative as NSString).pathExtension.lowercased()
                guard ArticleLoader.articleExtensions.contains(ext) else { continue }
                let full = path.hasSuffix("/") ? path + relative : path + "/" + relative
                var isSubdirectory: ObjCBool = false
                if manager.fileExists(atPath: full, isDirectory: &isSubdirectory), !isSubdirectory.boolValue {
                    inDirectory.append(full)
                }
            }
            found.append(contentsOf: inDirectory.sorted())
        }
        return found
    }

    /// Loads every article in one file.
    public func load(path: String) -> Loaded {
        let bytes: [UInt8]
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            if let size = attributes[.size] as? Int, size > maxFileBytes {
                return Loaded(diagnostics: [Diagnostic(path: path,
                    "skipped: \(size) bytes is over the \(maxFileBytes)-byte limit (raise it with --max-file-size, in megabytes)")])
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                return Loaded(diagnostics: [Diagnostic(path: path, "cannot read the file")])
            }
            bytes = [UInt8](data)
        } catch {
            return Loaded(diagnostics: [Diagnostic(path: path, "cannot read the file: \(error.localizedDescription)")])
        }
        return load(bytes: bytes, path: path)
    }

    /// Loads articles from bytes already read; `path` names them and decides the format by its extension.
    public func load(bytes: [UInt8], path: String) -> Loaded {
        let ext = (path as NSString).pathExtension.lowercased()
        if ext == "jsonl" { return JSONLinesLoader.load(bytes: bytes, path: path) }
        let format: MarkupCleaner.Format = ext == "html" || ext == "htm" ? .html : ext == "md" || ext == "markdown" ? .markdown : .text
        do {
            return Loaded(documents: [try loadArticle(bytes: bytes, path: path, format: format)])
        } catch {
            return Loaded(diagnostics: [error])
        }
    }

    private func loadArticle(bytes: [UInt8], path: String, format: MarkupCleaner.Format) throws(Diagnostic) -> Document {
        let source = SourceLines(path: path, bytes: bytes)
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
        if format != .html, let frontMatter = try FrontMatter.read(decoded.units, path: path, source: source) {
            input.units = Array(decoded.units[frontMatter.bodyStart...])
            input.knownMetadata = frontMatter.metadata
            ignored = frontMatter.ignored
        }
        input.suppressions = SuppressionDirectives.parse(String(decoding: bytes, as: UTF8.self), wholeFile: ignored)
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

    /// Splits a file into slices of whole lines, so one large archive is loaded on every core.
    static func chunks(of bytes: [UInt8], linesPerChunk: Int) -> [(bytes: ArraySlice<UInt8>, firstLine: Int)] {
        var chunks: [(bytes: ArraySlice<UInt8>, firstLine: Int)] = []
        var chunkStart = 0, lineNumber = 1, chunkFirstLine = 1, linesInChunk = 0
        for index in bytes.indices where bytes[index] == 0x0A {
            lineNumber += 1
            linesInChunk += 1
            if linesInChunk == linesPerChunk {
                chunks.append((bytes[chunkStart...index], chunkFirstLine))
                chunkStart = index + 1
                chunkFirstLine = lineNumber
                linesInChunk = 0
            }
        }
        if chunkStart < bytes.count { chunks.append((bytes[chunkStart...], chunkFirstLine)) }
        return chunks
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
