/// Everything extracted from one article: its metadata, the year its content supports, and its facts.
public struct DocumentFacts: Sendable, Equatable, ClaimingArticle {
    public let path: String
    public let recordID: String?
    public let metadata: DocumentMetadata
    public let dating: ArticleDating
    public let figures: [Figure]
    public let quotes: [Quote]
    public let attributions: [Attribution]
    public let claims: [Claim]
    public let times: [TimeMention]
    public let suppressions: SuppressionDirectives
}
