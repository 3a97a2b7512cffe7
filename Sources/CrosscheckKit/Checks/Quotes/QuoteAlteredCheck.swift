/// The same speaker quoted in near-identical but different words in two articles: one of them changed the quote.
public struct QuoteAlteredCheck: CollectionCheck {
    public let id = "quote-altered"
    public let summary = "The same speaker is quoted with different words in two articles."
    public let severity = Severity.warning
    /// How alike two quotes must be (2 × common words / all words) to be the same quote reworded.
    static let similarity = 0.6

    public init() {}

    public func findings(in documents: [DocumentFacts], settings: Settings) -> [Finding] {
        QuoteMatching.pairs(in: documents, minimumSimilarity: QuoteAlteredCheck.similarity).compactMap { pair in
            guard let speaker = pair.first.speaker.name, pair.first.speaker.isSamePerson(as: pair.second.speaker),
                  !pair.first.speaker.anonymous, !pair.comparison.isVerbatim, !pair.comparison.isExcerpt else { return nil }
            var message = "\(speaker) is quoted differently: \(pair.first.place) has \"\(pair.first.text)\", "
                + "\(pair.second.place) has \"\(pair.second.text)\". Words ([-first-] {+second+}): \(pair.comparison.description)."
            if !pair.comparison.editorial.isEmpty {
                message += " Editorial insertions: " + pair.comparison.editorial.map { "[\($0)]" }.joined(separator: ", ") + "."
            }
            return Finding(check: id, severity: severity, message: message, evidence: [pair.first.evidence, pair.second.evidence])
        }
    }
}

/// The same or nearly the same words attributed to different people in two articles. Only speakers the
/// articles name at the quote count: a speaker found through "he said" may be the resolver's mistake.
public struct QuoteMisattributedCheck: CollectionCheck {
    public let id = "quote-misattributed"
    public let summary = "The same words are attributed to different speakers in two articles."
    public let severity = Severity.error
    static let similarity = 0.85

    public init() {}

    public func findings(in documents: [DocumentFacts], settings: Settings) -> [Finding] {
        QuoteMatching.pairs(in: documents, minimumSimilarity: QuoteMisattributedCheck.similarity).compactMap { pair in
            guard let first = pair.first.speaker.name, let second = pair.second.speaker.name,
                  !pair.first.speaker.isSamePerson(as: pair.second.speaker),
                  pair.first.speaker.isNamedAtQuote, pair.second.speaker.isNamedAtQuote else { return nil }
            let message = "\"\(pair.first.text)\" is attributed to \(first) in \(pair.first.place) and to \(second) in "
                + "\(pair.second.place)."
            return Finding(check: id, severity: severity, message: message, evidence: [pair.first.evidence, pair.second.evidence])
        }
    }
}
