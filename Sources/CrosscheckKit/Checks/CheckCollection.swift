/// What the cross-article checks share, built once per run rather than once per check: every claim grouped by
/// key and time slot, every quote, and the pairs of alike quotes from different articles.
public struct CheckCollection: Sendable {
    public let quotes: [Quote]
    let claimGroups: ClaimGroups
    /// The pairs some quote check reports; only those are kept, since a quote repeated across many articles
    /// makes pairs by the million that no check reports.
    let quotePairs: [QuoteMatching.Pair]

    /// `spelling` folds house styles, so that a quote re-spelled is not altered.
    public init(claims: [Claim], quotes: [Quote], spelling: SpellingVariants) {
        self.quotes = quotes
        claimGroups = ClaimGroups(claims)
        quotePairs = QuoteMatching.pairs(in: quotes, spelling: spelling, minimumSimilarity: QuoteAlteredCheck.similarity) { pair in
            QuoteAlteredCheck.speaker(reportedIn: pair) != nil || QuoteMisattributedCheck.speakers(reportedIn: pair) != nil
        }
    }
}
