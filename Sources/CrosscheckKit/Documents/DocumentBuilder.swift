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

        var bytes: [UInt8] = []
        var origins: [Int32] = []
        bytes.reserveCapacity(units.count + units.count / 8)
        origins.reserveCapacity(bytes.capacity)
        var paragraphRanges: [Range<Int>] = []
        for paragraph in paragraphs {
            if !bytes.isEmpty { append("\n\n", origin: units[paragraph[0].lowerBound].origin, to: &bytes, &origins) }
            let start = bytes.count
            var pendingSpace = false
            for line in paragraph {
                if bytes.count > start { pendingSpace = true }
                for index in line {
                    let unit = units[index]
                    if unit.isSpace { pendingSpace = bytes.count > start; continue }
                    if pendingSpace { append(" ", origin: unit.origin, to: &bytes, &origins); pendingSpace = false }
                    appendUTF8(unit, to: &bytes, &origins)
                }
            }
            paragraphRanges.append(start..<bytes.count)
        }
        return Document(path: input.path, recordID: input.recordID, metadata: metadata, bytes: bytes,
                        origins: origins, paragraphs: paragraphRanges, source: input.source, warnings: input.warnings,
                        suppressions: input.suppressions)
    }

    /// Encodes one scalar as UTF-8; every byte keeps the scalar's origin.
    private static func appendUTF8(_ unit: TextUnit, to bytes: inout [UInt8], _ origins: inout [Int32]) {
        let value = unit.value
        switch value {
        case 0..<0x80:
            bytes.append(UInt8(value))
        case 0x80..<0x800:
            bytes.append(UInt8(0xC0 | value >> 6))
            bytes.append(UInt8(0x80 | value & 0x3F))
        case 0x800..<0x10000:
            bytes.append(UInt8(0xE0 | value >> 12))
            bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        default:
            bytes.append(UInt8(0xF0 | value >> 18))
            bytes.append(UInt8(0x80 | value >> 12 & 0x3F))
            bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        }
        while origins.count < bytes.count { origins.append(unit.origin) }
    }

    private static func append(_ text: String, origin: Int32, to bytes: inout [UInt8], _ origins: inout [Int32]) {
        for byte in text.utf8 {
            bytes.append(byte)
            origins.append(origin)
        }
    }
}
