/// The same or nearly the same words attributed to different people in two articles. Only speakers the
/// articles name at the quote count: a speaker found through "he said" may be the resolver's mistake.
public struct QuoteMisattributedCheck: CollectionCheck {
    public let id = "quote-misattributed"
    public let summary = "The same words are attributed to different speakers in two articles."
    public let help = "Check who said the words; a copied quote often keeps its words and loses its speaker."
    public let severity = Severity.error
    static let similarity = 0.85

    public init() {}

    /// The two speakers' names when this check reports the pair, else nil: nearly the same words, two different
    /// speakers, both named at the quote.
    static func speakers(reportedIn pair: QuoteMatching.Pair) -> (first: String, second: String)? {
        guard pair.comparison.similarity >= similarity,
              let first = pair.first.speaker.name, let second = pair.second.speaker.name,
              !pair.first.speaker.isSamePerson(as: pair.second.speaker),
              pair.first.speaker.isNamedAtQuote, pair.second.speaker.isNamedAtQuote else { return nil }
        return (first, second)
    }

    public func findings(in collection: CheckCollection, settings: Settings) -> [Finding] {
        collection.quotePairs.compactMap { pair in
            guard let (first, second) = QuoteMisattributedCheck.speakers(reportedIn: pair) else { return nil }
            var message = "\"\(pair.first.text)\" is attributed to \(first) in \(pair.first.place) and to \(second) in "
                + "\(pair.second.place)."
            // A name spelled two ways is more likely one person misspelled than two people, and a body's words
            // are often voiced by one member: both are lesser findings.
            let misspelled = QuoteMisattributedCheck.mayBeOneNameMisspelled(first, second)
            if misspelled { message += " The names differ by a letter or two: one may be misspelled." }
            let member = QuoteMisattributedCheck.memberAndBody(pair.first.speaker, pair.second.speaker)
            if let member { message += " \(member.body) is a body of people: \(member.person) may have spoken for it." }
            return Finding(check: id, severity: misspelled || member != nil ? .warning : severity, message: message,
                           evidence: [pair.first.evidence, pair.second.evidence])
        }
    }

    /// The person and the body when exactly one of the two speakers is a body ("Lord Bingham" and "Law Lords");
    /// two different bodies are two sources.
    static func memberAndBody(_ first: Speaker, _ second: Speaker) -> (person: String, body: String)? {
        guard first.group != second.group, let firstName = first.name, let secondName = second.name else { return nil }
        return first.group ? (secondName, firstName) : (firstName, secondName)
    }

    /// "Harvey Kapnick" and "Kapnik", "William Raftery" and "William Raferty": surnames one edit apart (two in
    /// longer names), and no given name that contradicts the other.
    static func mayBeOneNameMisspelled(_ first: String, _ second: String) -> Bool {
        let firstWords = first.split(separator: " "), secondWords = second.split(separator: " ")
        guard let surname = firstWords.last, let otherSurname = secondWords.last, surname != otherSurname,
              min(surname.count, otherSurname.count) >= 4 else { return false }
        let givenNames = Set(firstWords.dropLast()), otherGivenNames = Set(secondWords.dropLast())
        guard givenNames.isSubset(of: otherGivenNames) || otherGivenNames.isSubset(of: givenNames) else { return false }
        let allowed = min(surname.count, otherSurname.count) >= 6 ? 2 : 1
        return editDistance(Array(surname.lowercased()), Array(otherSurname.lowercased())) <= allowed
    }

    /// Letters inserted, deleted or replaced to turn one word into the other.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, letter) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, other) in b.enumerated() {
                current[j + 1] = Swift.min(previous[j + 1] + 1, current[j] + 1, previous[j] + (letter == other ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
