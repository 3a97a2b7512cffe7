/// The lexicons that resolving speakers reads: title words, cue verbs and gender words.
struct SpeakerLexicons: Sendable {
    let titles: Lexicon?
    let cueVerbs: Lexicon?
    let genders: Lexicon?
    let groups: Lexicon?

    init(book: RuleBook) {
        titles = book.lexicons["title"]
        cueVerbs = book.lexicons["cue_verb"]
        genders = book.lexicons["person_gender"]
        groups = book.lexicons["group_noun"]
    }
}
