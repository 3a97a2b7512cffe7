/// What a check run keeps of an article once its own checks have run: its metadata, dating, how many facts of
/// each kind it gave, and its claims (few, and what the charts draw). Figures, times and attributions are let go
/// at that point, so a run's memory does not grow with them. A class, so the run's lists of hundreds of
/// thousands of summaries hold and copy references, not the summaries.
public final class ArticleSummary: Sendable, Equatable, ClaimingArticle {
    public struct Counts: Sendable, Equatable {
        public let figures: Int
        public let claims: Int
        public let quotes: Int
        public let attributions: Int
        public let times: Int
    }

    public let path: String
    public let recordID: String?
    public let metadata: DocumentMetadata
    public let dating: ArticleDating
    public let counts: Counts
    public let claims: [Claim]
    public let suppressions: SuppressionDirectives

    public init(_ facts: DocumentFacts) {
        path = facts.path
        recordID = facts.recordID
        metadata = facts.metadata
        dating = facts.dating
        counts = Counts(figures: facts.figures.count, claims: facts.claims.count, quotes: facts.quotes.count,
                        attributions: facts.attributions.count, times: facts.times.count)
        claims = facts.claims
        suppressions = facts.suppressions
    }

    public static func == (a: ArticleSummary, b: ArticleSummary) -> Bool {
        (a.path, a.recordID, a.metadata, a.dating, a.counts) == (b.path, b.recordID, b.metadata, b.dating, b.counts)
            && a.claims == b.claims && a.suppressions == b.suppressions
    }
}
