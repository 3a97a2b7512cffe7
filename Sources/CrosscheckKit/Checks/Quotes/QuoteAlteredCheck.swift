/// The same speaker quoted in near-identical but different words in two articles: one of them changed the quote.
public struct QuoteAlteredCheck: CollectionCheck {
    public let id = "quote-altered"
    public let summary = "The same speaker is quoted with different words in two articles."
    public let help = "Compare both wordings with the recording or transcript; use --sources to check quotes against transcripts automatically."
    public let severity = Severity.warning
    /// How alike two quotes must be (2 × common words / all words) to be the same quote reworded.
    static let similarity = 0.6

    public init() {}

    /// The speaker's name when this check reports the pair, else nil: the same named speaker, alike words that
    /// differ beyond a cut.
    static func speaker(reportedIn pair: QuoteMatching.Pair) -> String? {
        guard pair.comparison.similarity >= similarity, let name = pair.first.speaker.name,
              pair.first.speaker.isSamePerson(as: pair.second.speaker), !pair.first.speaker.anonymous,
              !pair.comparison.isVerbatim, !pair.comparison.isExcerpt else { return nil }
        return name
    }

    public func findings(in collection: CheckCollection, settings: Settings) -> [Finding] {
        collection.quotePairs.compactMap { pair in
            guard let speaker = QuoteAlteredCheck.speaker(reportedIn: pair) else { return nil }
            let words = pair.comparison.descriptionFoldingCuts
            var message = "\(speaker) is quoted differently: \(pair.first.place) has \"\(pair.first.text)\", "
                + "\(pair.second.place) has \"\(pair.second.text)\". Words ([-first-] {+second+}): \(words)"
                + (words.hasSuffix("...") ? "" : ".")
            if !pair.comparison.editorial.isEmpty {
                message += " Editorial insertions: " + pair.comparison.editorial.map { "[\($0)]" }.joined(separator: ", ") + "."
            }
            return Finding(check: id, severity: severity, message: message, evidence: [pair.first.evidence, pair.second.evidence])
        }
    }
}
