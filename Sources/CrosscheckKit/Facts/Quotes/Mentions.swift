/// The people and bodies an article names, which speakers are resolved to.

/// A person the article names, with the role it gives them.
struct PersonMention: Sendable {
    let name: String
    let role: String?
    let position: Int
    /// Where the name itself stands (without role or honorific); nil for a mention made by resolving.
    var nameRange: Range<Int>? = nil
    /// Introduced as someone who speaks: with a role and a full name, or with a cue verb among the next four words
    /// of its sentence ("Mark Serwotka, the union's leader, warned").
    var speaks = false
    /// Followed at once by a cue verb ("Baldrige said"): the subject of a reporting verb, not someone spoken of.
    var reports = false
    /// Where the mention's sentence starts, to tell the people of one sentence apart.
    var sentence = 0
    /// What this mention's honorific, role or first name says of the person's gender.
    var gender: PersonGender? = nil
    /// The name ends like a firm's or an office's ("Pennzoil Co", "Oil Minister"): no "he" or "she" stands for it.
    var isOrganisation = false
}

/// A firm or a body the article names, with the kinds its words make it (`Bank of America Corp` is a bank and a
/// company), so that "the bank said" later can be given its name.
struct OrganisationMention: Sendable {
    let name: String
    let kinds: Set<String>
    let position: Int
    /// Where the name itself stands.
    let nameRange: Range<Int>
    /// Followed at once by a cue verb ("Pennzoil Co said"): the firm the article reports for.
    let reports: Bool
}

/// Unnamed people an article quotes ("trade sources said", "the analysts said", "a spokesman for Airbus
/// confirmed"), so that a later "they said", or "he said" after one of them, is known to rest on them too.
struct UnnamedSourceMention: Sendable {
    /// The words that describe them, as the article gives them ("trade sources", "the analysts").
    let words: String
    let position: Int
    /// Many sources ("sources", "officials"), which only "they" stands for; else one, whom "he" or "she" may.
    let isPlural: Bool
    /// What the words say of one source's gender ("a spokeswoman").
    var gender: PersonGender? = nil

    /// Whether a noun of unnamed sources is plural: "sources", "officials", "people", not "witness".
    static func isPlural(_ sourceNoun: String) -> Bool {
        let lowered = sourceNoun.lowercased()
        return lowered == "people" || (lowered.hasSuffix("s") && !lowered.hasSuffix("ss"))
    }

    /// Whether a word is a noun of unnamed sources ("spokesman", "Dealers").
    static func isSourceNoun(_ word: String, in nouns: Lexicon?) -> Bool {
        nouns?.canonical(for: word) != nil
    }

    /// Whether a word is a plural noun of unnamed sources ("Dealers", "sources").
    static func isPluralSourceNoun(_ word: String, in nouns: Lexicon?) -> Bool {
        isSourceNoun(word, in: nouns) && isPlural(word)
    }
}
