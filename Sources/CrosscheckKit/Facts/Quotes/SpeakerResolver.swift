/// Resolves the words that name a speaker to the person the article means: a surname or a family name to the
/// fullest name the article gives (`Shoigu` is Sergei Shoigu, `Hu` is Hu Jintao), "he" or "she" to the nearest
/// person named before it outside any quote (`"...," he said` after `Theodor Karasik, a senior analyst, said ...`)
/// or to one unnamed source quoted since (`A spokesman for Airbus confirmed ...`), "they" to a group of people or
/// to unnamed sources quoted before, a body (`the company`) to the firm of that kind the article named before.
struct SpeakerResolver {
    let people: [PersonMention]
    let organisations: [OrganisationMention]
    /// Unnamed sources the article quoted, one or many, in the order they stand.
    let unnamedSources: [UnnamedSourceMention]
    /// Byte ranges of quoted words, whose names are not candidates for a pronoun.
    let quoted: [Range<Int>]
    /// Title words ("Chancellor") are not part of a name when they lead a mention; plural nouns ("Lords") name a
    /// body of people; nouns of unnamed sources ("the official" nobody named) are anonymous; nouns of a kind of body
    /// ("the bank") refer to one.
    private let lexicons: SpeakerLexicons
    /// The gender each surname's mentions agree on: "Mrs Hutt" tells that a later "Hutt" alone is a woman.
    private let genderBySurname: [String: PersonGender]
    /// Each person's name as words, split once: every mention resolved searches them all.
    private let nameWords: [[String]]
    /// Each body's name as words, split once, for the same reason.
    private let organisationWords: [[String]]

    init(people: [PersonMention], organisations: [OrganisationMention], unnamedSources: [UnnamedSourceMention],
         quoted: [Range<Int>], lexicons: SpeakerLexicons) {
        self.people = people
        self.organisations = organisations
        self.unnamedSources = unnamedSources
        let nameWords = people.map(\.name.spaceSeparatedWords)
        self.nameWords = nameWords
        organisationWords = organisations.map(\.name.spaceSeparatedWords)
        self.quoted = quoted
        self.lexicons = lexicons
        let known = people.indices.compactMap { index -> (surname: String, gender: PersonGender)? in
            guard let gender = people[index].gender, let surname = nameWords[index].last else { return nil }
            return (surname, gender)
        }
        genderBySurname = Dictionary(grouping: known, by: \.surname).compactMapValues { mentions in
            Set(mentions.map(\.gender)).count == 1 ? mentions[0].gender : nil
        }
    }

    /// A full name with an unknown first name keeps an unknown gender: "Janie Hendrix" is not her father.
    private func gender(of person: PersonMention) -> PersonGender? {
        person.gender ?? (person.name.contains(" ") ? nil : genderBySurname[person.name])
    }

    static let pronouns: Set<String> = ["he", "she", "they"]

    /// How far back, in bytes (a few sentences), a pronoun looks for who it stands for.
    private static let pronounReach = 1500

    /// Whom a "they" stands for, of what the last few sentences give, the nearer: a group of people the article
    /// names ("the Law Lords", "Liberal Democrats"), or unnamed sources it quoted as a group ("..., trade sources
    /// said. ..., they said"), whose words rest on them as well and so stay anonymous. Else nobody by name. Never
    /// one person, nor a firm, which news calls "it".
    private func they(_ mention: String, at position: Int) -> Speaker {
        let group = people.last { isNear($0.position, before: position) && isGroup($0.name) }
        if let sources = unnamedSources.last(where: { $0.isPlural && isNear($0.position, before: position) }),
           sources.position > group?.position ?? -1 {
            return Speaker(mention: mention, name: nil, role: sources.words, anonymous: true)
        }
        return Speaker(mention: mention, name: group?.name, role: nil, anonymous: false, group: group != nil)
    }

    /// `standing` is where the mention's words are in the text, when a rule captured them.
    func resolve(mention: String?, anonymous: String?, ownRole: String?, standing: Range<Int>?,
                 at position: Int) -> Speaker {
        if let anonymous {
            // A firm named in full, then by its first word, may have a source noun for it: "Investors Group Inc
            // said ...", then "..., Investors said."
            let words = anonymous.spaceSeparatedWords
            if words.count == 1, words[0].first?.isUppercase == true, let body = organisation(openingWith: words) {
                return Speaker(mention: anonymous, name: body.name, role: nil, anonymous: false)
            }
            return Speaker(mention: anonymous, name: nil, role: nil, anonymous: true)
        }
        guard let mention = mention?.trimmed, !mention.isEmpty else { return .unknown }
        let role = ownRole.map(SpeakerResolver.cleanRole)
        if mention.lowercased() == "they" { return they(mention, at: position) }
        if let wanted = PersonGender(pronoun: mention) {
            // The nearest person introduced as speaking (with a role, or before a cue verb) in the last few
            // sentences, else the nearest person named at all: "Donkey Kong" in a list of games is no speaker.
            // A person known to be of the other gender is never taken, nor a firm or an office.
            let before = people.filter { person in
                person.position < position && !isQuoted(person.position) && !person.isOrganisation
                    && (gender(of: person) ?? wanted) == wanted
            }
            // Of the people in that person's sentence, the one a reporting verb follows is its subject:
            // "Baldrige said he hopes Prime Minister Nakasone will ..." goes on about Baldrige.
            let speaking = before.last { $0.speaks && position - $0.position < SpeakerResolver.pronounReach }
            // One unnamed source quoted after that person is who goes on speaking: "A spokesman for Airbus
            // confirmed those terms. "We will own the aircraft," he said." The words stay anonymous.
            if let source = unnamedSources.last(where: { source in
                !source.isPlural && isNear(source.position, before: position) && (source.gender ?? wanted) == wanted
            }), source.position > speaking?.position ?? -1 {
                return Speaker(mention: mention, name: nil, role: source.words, anonymous: true)
            }
            let subject = speaking.flatMap { speaking in before.first { $0.sentence == speaking.sentence && $0.reports } }
            let nearest = subject ?? speaking ?? before.last
            let person = nearest.flatMap { fullestName(containing: $0.name.spaceSeparatedWords) } ?? nearest
            return Speaker(mention: mention, name: person?.name, role: person?.role ?? role, anonymous: false)
        }
        // A body's name keeps the words that lead a person's as titles: "the German Federal Labour Agency".
        let mentionWords = mention.spaceSeparatedWords
        var words = namesBody(mentionWords) ? mentionWords : SpeakerResolver.withoutTitles(mentionWords, titles: lexicons.titles)
        let definite = words.first?.lowercased() == "the"
        if definite { words.removeFirst() }
        guard !words.isEmpty else { return Speaker(mention: mention, name: nil, role: role ?? mention, anonymous: false) }
        // "the mayor", "the Treasury Secretary": an office, not a name. The speaker is the person the article
        // gave that role before, if any; else the office alone, which names nobody. "The company" or "the party"
        // is a body, never its chairman or leader: the firm or body of that kind named before, if any.
        if words.first?.first?.isLowercase == true || (definite && lexicons.titles?.canonical(for: words.last!) != nil) {
            let office = words.joined(separator: " ")
            if definite, let kind = lexicons.organisationKinds?.canonical(for: words.last!) {
                let body = organisation(ofKind: kind, before: position)
                return Speaker(mention: mention, name: body?.name, role: office, anonymous: false)
            }
            let person = people.last { $0.position < position && ($0.role?.lowercased().contains(office.lowercased()) ?? false) }
            if person == nil, UnnamedSourceMention.isSourceNoun(words.last!, in: lexicons.anonymousNouns) {
                return Speaker(mention: mention, name: nil, role: nil, anonymous: true)
            }
            return Speaker(mention: mention, name: person?.name, role: person?.role ?? office, anonymous: false)
        }
        // A body's name that a speaker rule cut short, at a word no person's name holds or at "of" ("Software AG
        // Systems Inc" read as "Systems Inc", "Bank of New York" as "York"), is that body.
        if let standing, let body = organisations.first(where: { body in
            body.nameRange.upperBound == standing.upperBound && body.nameRange.lowerBound < standing.lowerBound
        }) {
            return Speaker(mention: mention, name: body.name, role: role, anonymous: false, group: isGroup(body.name))
        }
        // A plural source noun that opens a sentence is read as a name by the speaker rules ("Dealers said"); it
        // is unnamed sources, or the firm it opens the name of, unless the article named someone by it.
        if !definite, words.count == 1, UnnamedSourceMention.isPluralSourceNoun(words[0], in: lexicons.anonymousNouns),
           fullestName(containing: words) == nil {
            return resolve(mention: nil, anonymous: mention, ownRole: nil, standing: nil, at: position)
        }
        // A name is read where it stands: when a person rule found a name in the mention's words ("said Treasury
        // Under Secretary John Taylor", which the quote rule cut at four words), that is the person, whoever else
        // shares a word of it ("John Reade").
        let namedThere = standing.flatMap { standing in
            people.indices.first { people[$0].nameRange?.overlaps(standing) == true && words.allSatisfy(nameWords[$0].contains) }
        }
        if let person = fullestName(containing: namedThere.map { nameWords[$0] } ?? words) {
            return Speaker(mention: mention, name: person.name, role: person.role ?? role, anonymous: false,
                           group: isGroup(person.name))
        }
        let name = organisation(openingWith: words)?.name ?? words.joined(separator: " ")
        return Speaker(mention: mention, name: name, role: role, anonymous: false, group: isGroup(name))
    }

    /// The person a sentence reports of, for words it gives no speaker of their own: the first person before
    /// `position` in the sentence that a cue verb follows at once ("Marja Lind conceded there were "grey areas"
    /// but said ..."). The article does not name them at the words, so `mention` stays nil.
    func subject(ofSentence sentence: Int, before position: Int) -> Speaker {
        guard let subject = people.first(where: { person in
            person.sentence == sentence && person.position < position && person.reports && !isQuoted(person.position)
        }) else { return .unknown }
        let person = fullestName(containing: subject.name.spaceSeparatedWords) ?? subject
        return Speaker(mention: nil, name: person.name, role: person.role, anonymous: false, group: isGroup(person.name))
    }

    /// The firm or body "the company" or "the bank" stands for: of those of that kind named before, the last the
    /// article reports for ("Pennzoil Co said"), else the last named.
    private func organisation(ofKind kind: String, before position: Int) -> OrganisationMention? {
        let named = organisations.filter { $0.position < position && $0.kinds.contains(kind) && !isQuoted($0.position) }
        return named.last(where: \.reports) ?? named.last
    }

    /// The first body the article names whose name opens with the words: a firm is named in full once, then by
    /// its first word ("Getty Resources Ltd", then "Getty said"). A country opens many bodies' names and stands
    /// for none of them, but for a firm the article reports for ("Cyprus Minerals Co said ...", then "Cyprus,
    /// which produces talc, said"): news that lets a firm speak calls it by its first word.
    private func organisation(openingWith words: [String]) -> OrganisationMention? {
        let isCountry = lexicons.countries?.canonical(for: words.joined(separator: " ")) != nil
        return organisations.indices.first { index in
            organisationWords[index].count > words.count && organisationWords[index].starts(with: words)
                && (!isCountry || organisations[index].reports)
        }.map { organisations[$0] }
    }

    /// "Chancellor of the Exchequer Gordon Brown", "Labour's Paul Flynn" and "Treasury Under-Secretary John
    /// Taylor" name Gordon Brown, Paul Flynn and John Taylor: everything up to the last title word (alone or
    /// ending a hyphenated compound) or possessive is dropped.
    static func withoutTitles(_ words: [String], titles: Lexicon?) -> [String] {
        guard let last = words.dropLast().lastIndex(where: { word in
            if word.hasSuffix("'s") || titles?.canonical(for: word) != nil { return true }
            // Only a hyphenated word has a last part to look up apart (most names have none).
            guard word.utf8.contains(UInt8(ascii: "-")), let lastPart = word.split(separator: "-").last else { return false }
            return titles?.canonical(for: String(lastPart)) != nil
        }) else { return words }
        return Array(words[(last + 1)...])
    }

    /// A capitalised last word of a kind of body ("Agency", "Committee") makes the words a body's name.
    private func namesBody(_ words: [String]) -> Bool {
        guard let last = words.last, last.first?.isUppercase == true else { return false }
        return lexicons.organisationKinds?.canonical(for: last) != nil
    }

    /// "Law Lords", "Senate Democrats": a name ending in a plural noun for people names a body.
    private func isGroup(_ name: String) -> Bool {
        guard let last = name.spaceSeparatedWords.last else { return false }
        return lexicons.groups?.canonical(for: last) != nil
    }

    /// Whether a mention at `place` stands outside any quote in the few sentences before `position`.
    private func isNear(_ place: Int, before position: Int) -> Bool {
        place < position && position - place < SpeakerResolver.pronounReach && !isQuoted(place)
    }

    private func isQuoted(_ position: Int) -> Bool {
        quoted.contains { $0.contains(position) }
    }

    /// The person whose name holds every word of the mention: one the article introduces with a role first
    /// (`Defense Minister Sergei Shoigu`), then the one with the most words, then the earliest. A capitalised
    /// headline ("Shoigu Has Lots of Fires") is not taken for a fuller name.
    private func fullestName(containing words: [String]) -> PersonMention? {
        let candidates = people.indices.filter { words.allSatisfy(nameWords[$0].contains) }
        let bestIndex = candidates.max { a, b in
            (people[a].role == nil ? 0 : 1, nameWords[a].count, -a) < (people[b].role == nil ? 0 : 1, nameWords[b].count, -b)
        }
        guard let bestIndex else { return nil }
        let best = people[bestIndex]
        let role = best.role ?? candidates.lazy.map { people[$0] }.first { $0.name == best.name && $0.role != nil }?.role
        return PersonMention(name: best.name, role: role, position: best.position)
    }

    /// ", an expert at the institute" gives "an expert at the institute".
    static func cleanRole(_ role: String) -> String {
        role.trimmingCharacters(in: ", ").trimmed
    }
}
