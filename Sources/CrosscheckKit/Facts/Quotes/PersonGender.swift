/// Whether a person is a man or a woman, as far as the article tells. A pronoun is resolved only to a person
/// whose gender agrees with it or is unknown, so "she said" never goes to the last man named.
enum PersonGender: String, Sendable {
    case male, female

    /// The gender that words about a person give (an honorific, a role, the first name: "Mrs", "spokeswoman",
    /// "Angela"), from the `person_gender` lexicon; nil when they say nothing or disagree.
    init?(words: [String], lexicon: Lexicon?) {
        var male = false, female = false
        for word in words {
            switch lexicon?.canonical(for: word).flatMap(PersonGender.init(rawValue:)) {
            case .male: male = true
            case .female: female = true
            case nil: continue
            }
        }
        guard male != female else { return nil }
        self = male ? .male : .female
    }

    /// The gender "he" or "she" asks for; nil for any other word ("they" is resolved apart, as never one person).
    init?(pronoun: String) {
        switch pronoun.lowercased() {
        case "he": self = .male
        case "she": self = .female
        default: return nil
        }
    }
}
