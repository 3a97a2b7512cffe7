/// What the cross-article checks share, built once per run rather than once per check: the claims grouped by key
/// and time slot, and the pairs of alike quotes from different articles.
public struct CheckCollection: Sendable {
    public let documents: [DocumentFacts]
    let claimGroups: ClaimGroups
    /// Pairs alike enough for the most lenient quote check; stricter checks filter them further.
    let quotePairs: [QuoteMatching.Pair]

    public init(_ documents: [DocumentFacts]) {
        self.documents = documents
        claimGroups = ClaimGroups(documents)
        quotePairs = QuoteMatching.pairs(in: documents, minimumSimilarity: QuoteAlteredCheck.similarity)
    }
}
