/// Runs the cleaning steps in order (markup, lines, metadata, paragraphs) and encodes the result as the
/// UTF-8 bytes rules match, with each byte's origin.
enum DocumentBuilder {
    struct Input {
        var path: String
        var recordID: String?
        var units: [TextUnit]
        var format: MarkupCleaner.Format
        var source: SourceLines
        /// Metadata known before looking at the text (front matter, a JSON Lines record); it wins.
        var knownMetadata = DocumentMetadata()
        /// Whether to look for a title, byline and dateline in the first lines (not for JSON Lines bodies).
        var detectsHeader = true
        var warnings: [Diagnostic] = []
        var suppressions = SuppressionDirectives()
    }

    static func build(_ input: Input) -> Document {
        let units = MarkupCleaner.clean(input.units, format: input.format)
        let lines = ParagraphAssembler.lines(units)
        var metadata = DocumentMetadata()
        var metadataLines: Set<Int> = []
        if input.detectsHeader {
            let detected = MetadataDetector.detect(units, lines: lines)
            metadata = detected.metadata
            metadataLines = detected.metadataLines
            if let line = detected.datelineLine {
                metadata.datelineLocation = input.source.location(ofByte: Int(units[lines[line].range.lowerBound].origin))
            }
        }
        metadata = metadata.overridden(by: input.knownMetadata)
        let paragraphs = ParagraphAssembler.paragraphs(units, lines: lines, skipping: metadataLines)

        // Written through buffers sized once: appending byte by byte to two arrays cost more than the cleaning.
        // Every unit's UTF-8 (a space or line break put between words stands for one) and two line breaks
        // between paragraphs bound the size.
        let capacity = units.reduce(paragraphs.count * 2) { $0 + DocumentBuilder.utf8Length($1.value) }
        var paragraphRanges: [Range<Int>] = []
        var count = 0
        var origins: [Int32] = []
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { byteBuffer, byteCount in
            origins = [Int32](unsafeUninitializedCapacity: capacity) { originBuffer, originCount in
                func put(_ byte: UInt8, _ origin: Int32) {
                    precondition(count < capacity, "clean text outgrew its bound")
                    byteBuffer[count] = byte
                    originBuffer[count] = origin
                    count += 1
                }
                for paragraph in paragraphs {
                    if count > 0 {
                        let origin = units[paragraph[0].lowerBound].origin
                        put(0x0A, origin)
                        put(0x0A, origin)
                    }
                    let start = count
                    var pendingSpace = false
                    for line in paragraph {
                        if count > start { pendingSpace = true }
                        for index in line {
                            let unit = units[index]
                            if unit.isSpace { pendingSpace = count > start; continue }
                            if pendingSpace { put(0x20, unit.origin); pendingSpace = false }
                            DocumentBuilder.encodeUTF8(unit.value) { put($0, unit.origin) }
                        }
                    }
                    paragraphRanges.append(start..<count)
                }
                originCount = count
            }
            byteCount = count
        }
        return Document(path: input.path, recordID: input.recordID, metadata: metadata, bytes: bytes,
                        origins: origins, paragraphs: paragraphRanges, source: input.source, warnings: input.warnings,
                        suppressions: input.suppressions)
    }

    private static func utf8Length(_ value: UInt32) -> Int {
        value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
    }

    /// Encodes one scalar as UTF-8, a byte at a time.
    private static func encodeUTF8(_ value: UInt32, _ put: (UInt8) -> Void) {
        switch value {
        case 0..<0x80:
            put(UInt8(value))
        case 0x80..<0x800:
            put(UInt8(0xC0 | value >> 6))
            put(UInt8(0x80 | value & 0x3F))
        case 0x800..<0x10000:
            put(UInt8(0xE0 | value >> 12))
            put(UInt8(0x80 | value >> 6 & 0x3F))
            put(UInt8(0x80 | value & 0x3F))
        default:
            put(UInt8(0xF0 | value >> 18))
            put(UInt8(0x80 | value >> 12 & 0x3F))
            put(UInt8(0x80 | value >> 6 & 0x3F))
            put(UInt8(0x80 | value & 0x3F))
        }
    }
}
