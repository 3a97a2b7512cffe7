/// The same or nearly the same words attributed to different people in two articles. Only speakers the
/// articles name at the quote count: a speaker found through "he said" may be the resolver's mistake.
public struct QuoteMisattributedCheck: CollectionCheck {
    public let id = "quote-misattributed"
    public let summary = "The same words are attributed to different speakers in two articles."
    public let help = "Check who said the words; a copied quote often keeps its words and loses its speaker."
    public let severity = Severity.error
    static let similarity = 0.85

    public init() {}

    /// The two speakers' names when this check reports the pair, else nil: nearly the same words, two different
    /// speakers, both named at the quote.
    static func speakers(reportedIn pair: QuoteMatching.Pair) -> (first: String, second: String)? {
        guard pair.comparison.similarity >= similarity,
              let first = pair.first.speaker.name, let second = pair.second.speaker.name,
              !pair.first.speaker.isSamePerson(as: pair.second.speaker),
              pair.first.speaker.isNamedAtQuote, pair.second.speaker.isNamedAtQuote else { return nil }
        return (first, second)
    }

    public func findings(in collection: CheckCollection, settings: Settings) -> [Finding] {
        collection.quotePairs.compactMap { pair in
            guard let (first, second) = QuoteMisattributedCheck.speakers(reportedIn: pair) else { return nil }
            let message = "\"\(pair.first.text)\" is attributed to \(first) in \(pair.first.place) and to \(second) in "
                + "\(pair.second.place)."
            return Finding(check: id, severity: severity, message: message, evidence: [pair.first.evidence, pair.second.evidence])
        }
    }
}
