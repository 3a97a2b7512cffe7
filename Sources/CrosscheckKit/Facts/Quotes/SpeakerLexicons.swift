/// The lexicons that resolving speakers reads: title words, cue verbs, gender words, plural nouns for bodies of
/// people, the last words of firms' and offices' names, the nouns of unnamed sources, the kinds of body, and
/// countries.
///
/// A class: the quote builder and its resolver are copied into closures for every article, and one reference
/// is one count to keep where seven lexicons were dozens.
final class SpeakerLexicons: Sendable {
    let titles: Lexicon?
    let cueVerbs: Lexicon?
    let genders: Lexicon?
    let groups: Lexicon?
    let organisationEndings: Lexicon?
    let anonymousNouns: Lexicon?
    let organisationKinds: Lexicon?
    let countries: Lexicon?

    init(book: RuleBook) {
        titles = book.lexicons["title"]
        cueVerbs = book.lexicons["cue_verb"]
        genders = book.lexicons["person_gender"]
        groups = book.lexicons["group_noun"]
        organisationEndings = book.lexicons["organisation_ending"]
        anonymousNouns = book.lexicons["anonymous_noun"]
        organisationKinds = book.lexicons["organisation_kind"]
        countries = book.lexicons["country"]
    }
}
