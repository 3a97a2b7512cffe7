/// Transcripts, press releases or earlier articles that quotes are checked against (`check --sources DIR`),
/// indexed by three-word runs so each quote is looked up, not compared with every source.
public struct QuoteSources: Sendable {
    public enum Verdict: Sendable, Equatable {
        case verbatim(source: String)
        case altered(source: String, difference: String)
        /// The speaker appears in the sources, but not these words.
        case notFound
    }

    struct Source: Sendable {
        let path: String
        let words: [String]
        /// The words as compared (`QuoteWords.keys`), which the index holds.
        let keys: [String]
        /// Lower-cased text, to tell whether a speaker's name appears at all.
        let text: String
    }

    let sources: [Source]
    let index: [String: [(source: Int, offset: Int)]]
    let spelling: SpellingVariants

    /// No sources: no quote is looked up.
    public static let none = QuoteSources(documents: [], spelling: SpellingVariants(lexicon: nil))

    public init(documents: [Document], spelling: SpellingVariants) {
        self.spelling = spelling
        sources = documents.map { document in
            let words = QuoteWords(document.text, spelling: spelling)
            return Source(path: Document.name(path: document.path, recordID: document.recordID),
                          words: words.words, keys: words.keys, text: document.text.lowercased())
        }
        var index: [String: [(source: Int, offset: Int)]] = [:]
        for (number, source) in sources.enumerated() where source.keys.count >= 3 {
            for offset in 0...(source.keys.count - 3) {
                index[source.keys[offset..<(offset + 3)].joined(separator: " "), default: []].append((number, offset))
            }
        }
        self.index = index
    }

    public var isEmpty: Bool { sources.isEmpty }

    /// What the sources say of a quote, or nil when neither its words nor its speaker appear in them.
    public func verdict(for quote: Quote) -> Verdict? {
        let words = QuoteWords(quote.text, spelling: spelling)
        let plain = words.keys
        guard plain.count >= 3 else { return nil }
        var votes: [Int: [Int: Int]] = [:]
        for position in 0...(plain.count - 3) {
            for hit in index[plain[position..<(position + 3)].joined(separator: " ")] ?? [] {
                votes[hit.source, default: [:]][hit.offset - position, default: 0] += 1
            }
        }
        let best = votes.flatMap { source, starts in starts.map { (source, $0.key, $0.value) } }
            .max { ($0.2, -$0.0, -$0.1) < ($1.2, -$1.0, -$1.1) }
        if let (number, start, _) = best {
            let source = sources[number]
            let low = max(0, start - 5), high = min(source.words.count, start + plain.count + 5)
            let window = QuoteWords(source.words[low..<high].joined(separator: " "), spelling: spelling)
            let comparison = QuoteComparison(words, window, trimmingSecondEdges: true)
            if comparison.isVerbatim { return .verbatim(source: source.path) }
            if comparison.similarity >= QuoteAlteredCheck.similarity {
                return .altered(source: source.path, difference: comparison.description)
            }
        }
        guard let surname = quote.speaker.name?.split(separator: " ").last?.lowercased(), !quote.speaker.anonymous,
              sources.contains(where: { $0.text.contains(surname) }) else { return nil }
        return .notFound
    }
}

/// Each quote whose words or speaker appear in the sources, reported as verbatim, altered (with the word
/// difference) or not found.
public struct QuoteSourceCheck: CollectionCheck {
    public let id = "quote-source"
    public let summary = "A quote checked against transcripts and other sources: verbatim, altered or not found."
    public let help = "Verbatim quotes are confirmed; altered ones show the word difference against the source; not found means the speaker appears in the sources but not these words."
    public let severity = Severity.warning
    let sources: QuoteSources

    public init(sources: QuoteSources) { self.sources = sources }

    public func findings(in collection: CheckCollection, settings: Settings) -> [Finding] {
        collection.quotes.compactMap { quote in
            guard let verdict = sources.verdict(for: quote) else { return nil }
            let who = quote.speaker.name ?? quote.speaker.mention ?? "an unknown speaker"
            switch verdict {
            case let .verbatim(source):
                return Finding(check: id, severity: .info, message: "Verbatim: \(who)'s \"\(quote.text)\" is in \(source).",
                               evidence: [quote.evidence])
            case let .altered(source, difference):
                return Finding(check: id, severity: .warning,
                               message: "Altered: \(who)'s \"\(quote.text)\" differs from \(source) "
                                   + "([-article-] {+source+}): \(difference).",
                               evidence: [quote.evidence])
            case .notFound:
                return Finding(check: id, severity: .warning,
                               message: "Not found: \(who) appears in the sources, but not \"\(quote.text)\".",
                               evidence: [quote.evidence])
            }
        }
    }
}
