/// What is known about an article besides its text.
public struct DocumentMetadata: Sendable, Equatable {
    public var title: String?
    public var byline: String?
    /// The dateline as written (`July 7, 2008 | 8:14 PM EDT`, `SALVADOR, Feb 26 -`).
    public var dateline: String?
    /// The article's date: front matter, the JSON Lines record, or the dateline.
    public var date: CalendarDate?
    public var url: String?
    public var source: String?
    /// Where the dateline stands in the file, when it was detected in the text.
    public var datelineLocation: SourceLocation?

    public init(title: String? = nil, byline: String? = nil, dateline: String? = nil, date: CalendarDate? = nil,
                url: String? = nil, source: String? = nil, datelineLocation: SourceLocation? = nil) {
        self.title = title
        self.byline = byline
        self.dateline = dateline
        self.date = date
        self.url = url
        self.source = source
        self.datelineLocation = datelineLocation
    }

    /// Fills the fields `other` leaves empty from `self`: front matter overrides what was detected.
    func overridden(by other: DocumentMetadata) -> DocumentMetadata {
        DocumentMetadata(title: other.title ?? title, byline: other.byline ?? byline,
                         dateline: other.dateline ?? dateline, date: other.date ?? date,
                         url: other.url ?? url, source: other.source ?? source,
                         datelineLocation: other.dateline == nil ? datelineLocation : other.datelineLocation)
    }
}

/// One article, cleaned for matching: `bytes` is normalized UTF-8 text (paragraphs separated by a blank line),
/// and every byte remembers the byte of the original file it came from.
///
/// A class, as `Rule` is: the stages and the quote builder hold it, and a reference is one count to keep where a
/// copy of the struct kept a dozen.
public final class Document: Sendable {
    public let path: String
    /// The record id for an article from a JSON Lines file.
    public let recordID: String?
    public let metadata: DocumentMetadata
    public let bytes: [UInt8]
    /// Whether no byte of the clean text is above 0x7F, so rules may run in their faster ASCII form.
    let isASCII: Bool
    let origins: [Int32]
    public let paragraphs: [Range<Int>]
    public let sentences: [Range<Int>]
    let source: SourceLines
    /// Problems that did not stop loading (a stray Latin-1 byte, say).
    public let warnings: [Diagnostic]
    /// Checks the article's author silenced, and where.
    public let suppressions: SuppressionDirectives

    init(path: String, recordID: String?, metadata: DocumentMetadata, bytes: [UInt8], origins: [Int32],
         paragraphs: [Range<Int>], source: SourceLines, warnings: [Diagnostic], suppressions: SuppressionDirectives) {
        self.path = path
        self.recordID = recordID
        self.metadata = metadata
        self.bytes = bytes
        isASCII = Document.allASCII(bytes)
        self.origins = origins
        self.paragraphs = paragraphs
        self.sentences = paragraphs.flatMap { SentenceSegmenter.sentences(in: bytes, paragraph: $0) }
        self.source = source
        self.warnings = warnings
        self.suppressions = suppressions
    }

    /// Tests eight bytes at a time: every article is scanned once.
    private static func allASCII(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            var index = 0
            while index + 8 <= raw.count {
                guard raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 else { return false }
                index += 8
            }
            return raw[index...].allSatisfy { $0 < 0x80 }
        }
    }

    /// How reports and the archive name an article: `path#id` for a JSON Lines record, the path otherwise.
    public static func name(path: String, recordID: String?) -> String { path + (recordID.map { "#\($0)" } ?? "") }

    /// How findings' messages name an article, shorter: `file.txt`, or `file.jsonl#id` for a record.
    static func place(path: String, recordID: String?) -> String {
        name(path: path.split(separator: "/").last.map(String.init) ?? path, recordID: recordID)
    }

    /// Tells apart the articles that share a name: the parts of a large file, and records without an id.
    /// Empty for a whole file and for a record with an id; else where the piece starts, `line:column`.
    var partKey: String {
        recordID != nil || (source.firstLine == 1 && source.firstColumn == 1) ? "" : "\(source.firstLine):\(source.firstColumn)"
    }

    /// The clean text as a string.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    /// Where a byte of the clean text stands in the original file.
    public func location(ofByte offset: Int) -> SourceLocation {
        guard !origins.isEmpty else { return source.location(ofByte: 0) }
        return source.location(ofByte: Int(origins[min(max(offset, 0), origins.count - 1)]))
    }

    /// The most bytes of a sentence quoted either side of a match: text with no sentence breaks (a run-on
    /// paragraph, a file with no punctuation) must not put megabytes into every piece of evidence.
    static let excerptReach = 300

    /// The sentence around a match, cut at a space when it reaches further than `excerptReach` either side.
    func excerpt(around range: Range<Int>) -> Range<Int> {
        let sentence = self.sentence(containing: range.lowerBound)
        var start = sentence.lowerBound, end = max(sentence.upperBound, range.upperBound)
        if range.lowerBound - start > Document.excerptReach {
            start = range.lowerBound - Document.excerptReach
            while start < range.lowerBound, bytes[start - 1] != 0x20 { start += 1 }
        }
        if end - range.upperBound > Document.excerptReach {
            end = range.upperBound + Document.excerptReach
            while end > range.upperBound, bytes[end] != 0x20 { end -= 1 }
        }
        return start..<end
    }

    /// The sentence that holds a byte of clean text, for quoting evidence.
    public func sentence(containing offset: Int) -> Range<Int> {
        var low = 0, high = sentences.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let sentence = sentences[middle]
            if offset < sentence.lowerBound { high = middle - 1 }
            else if offset >= sentence.upperBound { low = middle + 1 }
            else { return sentence }
        }
        return paragraphs.first { $0.contains(offset) } ?? offset..<offset
    }
}
