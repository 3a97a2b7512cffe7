/// Who said something: the words the article uses, the name they resolve to, the role the article gives,
/// and whether the source is unnamed.
public struct Speaker: Sendable, Equatable, Hashable {
    /// The words in the article ("he", "Shoigu", "a military industry source"), nil when none.
    public let mention: String?
    /// The fullest name the article gives ("Sergei Shoigu"), an organisation ("Vedomosti"), or nil.
    public let name: String?
    public let role: String?
    public let anonymous: Bool

    public static let unknown = Speaker(mention: nil, name: nil, role: nil, anonymous: false)
}

/// Words put in someone's mouth: a direct quote (with its continuations) or a few quoted words inside
/// reported speech (`partial`).
public struct Quote: Sendable, Equatable {
    public let item: ExtractedItem
    /// The quoted words, joined across a split (`"First," he said, "second."`) and across paragraphs.
    public let text: String
    public let speaker: Speaker
    public let cue: String?
    public let partial: Bool
    public let path: String
    public let recordID: String?
}

/// Reported speech without quote marks (`Hu said China appreciated ...`, `according to the ministry, ...`).
public struct Attribution: Sendable, Equatable {
    public let item: ExtractedItem
    public let content: String
    public let speaker: Speaker
    public let cue: String?
}

/// A person the article names, with the role it gives them.
struct PersonMention: Sendable, Equatable {
    let name: String
    let role: String?
    let position: Int
}
