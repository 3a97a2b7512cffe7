/// The one country an article's title names ("JAPAN FEBRUARY TRADE SURPLUS RISES", "German business confidence
/// slides"): what a claim with no owner in its own words ("Imports rose 5.2 pct to ...", "The economy grew 3.7%")
/// is about. A title naming no country or several gives none, and such claims are dropped; so does a title about
/// an industry or a firm (lexicon `sector_word`), whose article's figures are the industry's.
struct TitleCountry: Sendable {
    let countries: Lexicon?
    let sectorWords: Lexicon?
    /// Upper-cased spellings to canonical names, for titles written in capitals as wire copy writes them.
    private let capitalised: [String: String]

    init(countries: Lexicon?, sectorWords: Lexicon?) {
        self.countries = countries
        self.sectorWords = sectorWords
        var table: [String: String] = [:]
        for (canonical, spellings) in (countries?.entries ?? [:]).sorted(by: { $0.key < $1.key }) {
            for spelling in [canonical] + spellings where table[spelling.uppercased()] == nil {
                table[spelling.uppercased()] = canonical
            }
        }
        capitalised = table
    }

    /// Spellings of up to this many words are looked for ("People's Republic of China").
    private static let longestSpelling = 4

    func country(in title: String?) -> String? {
        guard let title, let countries else { return nil }
        let inCapitals = !title.contains { $0.isLowercase }
        let words = title.split(whereSeparator: \.isWhitespace).map { word in
            String(word).trimmingCharacters(in: ",:;!?\"“”()").withoutPossessive
        }
        guard !words.contains(where: { sectorWords?.canonical(for: $0) != nil }) else { return nil }
        var found = Set<String>()
        var index = 0
        while index < words.count {
            // The longest spelling that starts here, so "New Zealand" is not read as a "New" and a "Zealand".
            let match = (1...min(TitleCountry.longestSpelling, words.count - index)).reversed().lazy.compactMap { length in
                let phrase = words[index..<index + length].joined(separator: " ")
                // A full stop ends the title, or belongs to the spelling ("U.S.").
                let canonical = [phrase, String(phrase.trimmingSuffix(while: { $0 == "." }))].lazy
                    .compactMap { inCapitals ? capitalised[$0] : countries.canonical(for: $0) }.first
                return canonical.map { (canonical: $0, length: length) }
            }.first
            found.formUnion(match.map { [$0.canonical] } ?? [])
            index += match?.length ?? 1
        }
        return found.count == 1 ? found.first : nil
    }
}
