/// What an article's full facts and the summary a check run keeps of it share: where the article is and what
/// it claims, so reports name it and count its anonymous claims the same way from either.
public protocol ClaimingArticle {
    var path: String { get }
    var recordID: String? { get }
    var claims: [Claim] { get }
}

extension ClaimingArticle {
    /// Claims that rest on an unnamed source, which the report counts per article.
    public var anonymousClaims: Int { claims.filter(\.anonymous).count }

    /// `path#id` for a JSON Lines record, the path otherwise.
    public var name: String { Document.name(path: path, recordID: recordID) }
}
