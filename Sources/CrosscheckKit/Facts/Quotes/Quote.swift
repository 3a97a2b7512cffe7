/// Who said something: the words the article uses, the name they resolve to, the role the article gives,
/// whether the source is unnamed, and whether the name is a body of people rather than one person.
public struct Speaker: Sendable, Equatable, Hashable, Codable {
    /// The words in the article ("he", "Shoigu", "a military industry source"), nil when none.
    public let mention: String?
    /// The fullest name the article gives ("Sergei Shoigu"), an organisation ("Vedomosti"), or nil.
    public let name: String?
    public let role: String?
    public let anonymous: Bool
    /// "the Law Lords", "Senate Democrats": a body whose words one of its members may have voiced.
    public let group: Bool

    public init(mention: String?, name: String?, role: String?, anonymous: Bool, group: Bool = false) {
        self.mention = mention
        self.name = name
        self.role = role
        self.anonymous = anonymous
        self.group = group
    }

    /// An archive written before `group` existed reads as people.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(mention: try container.decodeIfPresent(String.self, forKey: .mention),
                  name: try container.decodeIfPresent(String.self, forKey: .name),
                  role: try container.decodeIfPresent(String.self, forKey: .role),
                  anonymous: try container.decode(Bool.self, forKey: .anonymous),
                  group: try container.decodeIfPresent(Bool.self, forKey: .group) ?? false)
    }

    public static let unknown = Speaker(mention: nil, name: nil, role: nil, anonymous: false)

    /// The article names the speaker at the quote itself, not through a pronoun or a noun that refers back ("the
    /// company", "the spokesman"), and the speaker is not anonymous.
    public var isNamedAtQuote: Bool {
        guard let mention, !anonymous else { return false }
        let words = mention.split(separator: " ")
        let refersBack = words.count > 1 && words[0].lowercased() == "the" && words[1].first?.isLowercase == true
        return !refersBack && !SpeakerResolver.pronouns.contains(mention.lowercased())
    }

    /// Whether two speakers are the same person as far as the names show: the same name, or the same surname
    /// where one name has only words of the other ("Brown" and "Gordon Brown").
    public func isSamePerson(as other: Speaker) -> Bool {
        guard let name, let otherName = other.name else { return false }
        if name == otherName { return true }
        let words = Set(name.split(separator: " ")), otherWords = Set(otherName.split(separator: " "))
        guard name.split(separator: " ").last == otherName.split(separator: " ").last else { return false }
        return words.isSubset(of: otherWords) || otherWords.isSubset(of: words)
    }
}

/// Words put in someone's mouth: a direct quote (with its continuations) or a few quoted words inside
/// reported speech (`partial`).
public struct Quote: Sendable, Equatable, Codable {
    public let item: ExtractedItem
    /// The quoted words, joined across a split (`"First," he said, "second."`) and across paragraphs.
    public let text: String
    public let speaker: Speaker
    public let cue: String?
    public let partial: Bool
    public let path: String
    public let recordID: String?

    public init(item: ExtractedItem, text: String, speaker: Speaker, cue: String?, partial: Bool, path: String,
                recordID: String? = nil) {
        self.item = item
        self.text = text
        self.speaker = speaker
        self.cue = cue
        self.partial = partial
        self.path = path
        self.recordID = recordID
    }

    /// The quote as the cross-article checks need it: words, speaker, place and evidence sentence. The match's
    /// text, captures and message are let go, so the quotes a run keeps from every article take less memory.
    var forComparison: Quote {
        Quote(item: item.evidenceOnly, text: text, speaker: speaker, cue: cue, partial: partial, path: path, recordID: recordID)
    }
}

/// Reported speech without quote marks (`Hu said China appreciated ...`, `according to the ministry, ...`).
public struct Attribution: Sendable, Equatable {
    public let item: ExtractedItem
    public let content: String
    public let speaker: Speaker
    public let cue: String?
}
