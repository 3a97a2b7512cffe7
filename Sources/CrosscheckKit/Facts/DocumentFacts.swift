/// Everything extracted from one article: its metadata, the year its content supports, and its facts.
public struct DocumentFacts: Sendable, Equatable {
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

    /// Claims that rest on an unnamed source, which the report counts per article.
    public var anonymousClaims: Int { claims.filter(\.anonymous).count }

    /// `path#id` for a JSON Lines record, the path otherwise.
    public var name: String { Document.name(path: path, recordID: recordID) }
}
