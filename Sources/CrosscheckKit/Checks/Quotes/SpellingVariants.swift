/// The ways house styles spell one word, folded into one key, so a quote re-spelled to another style ("kicking
/// the tyres" in one article, "kicking the tires" in another; "Group of 7" and "Group of Seven"; "U.S." and "United
/// States") is not reported as altered.
///
/// Regular British endings are folded by rule (colour/color, emphasise/emphasize, analyse/analyze, centre/center,
/// travelled/traveled, catalogue/catalog); words too short for a rule to tell apart from others ("four" is not
/// "for", "prise" is not "prize") are left alone, and irregular words are listed in a lexicon a user extends
/// (`Rules/lexicons/spelling-variants.yml`). Number words ("seven", "thirty") are compared as digits. A key is only
/// compared, never shown: messages keep each article's own spelling.
public struct SpellingVariants: Sendable {
    /// British spellings no ending rule covers, with their American form, and their plurals.
    private let irregular: [String: String]

    /// The irregular spellings of the rule book's `spelling_variant` lexicon.
    public init(book: RuleBook) {
        self.init(lexicon: book.lexicons["spelling_variant"])
    }

    init(lexicon: Lexicon?) {
        var irregular: [String: String] = [:]
        for (american, british) in lexicon?.entries ?? [:] {
            for spelling in british.map({ $0.lowercased() }) {
                irregular[spelling] = american.lowercased()
                irregular[spelling + "s"] = american.lowercased() + "s"
            }
        }
        self.irregular = irregular
    }

    /// The keys of a quote's lower-cased words, one per word. "U.S.", "U.K." and "U.N." are read as two words,
    /// "u" and a letter, and compared as the two words they stand for.
    func keys(_ words: [String]) -> [String] {
        var keys = words.map(key)
        for index in keys.indices.dropLast() where words[index] == "u" {
            guard let second = Self.initialisms[words[index + 1]] else { continue }
            keys[index] = "united"
            keys[index + 1] = second
        }
        return keys
    }

    private static let initialisms = ["s": "states", "k": "kingdom", "n": "nations"]

    /// The key a lower-cased word is compared by: the American spelling where the word has a known British one.
    /// Endings are compared as bytes: every word of every quote is keyed, and `String.hasSuffix` compares
    /// characters.
    func key(_ word: String) -> String {
        if let digits = Self.numbers[word] { return digits }
        guard word.utf8.count >= 4, word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return word }
        if let listed = irregular[word] { return listed }
        var word = word
        return word.withUTF8 { bytes in
            for ending in Self.endings where bytes.count - ending.british.count >= ending.stem
                && bytes.suffix(ending.british.count).elementsEqual(ending.british) {
                return String(decoding: bytes.dropLast(ending.british.count) + ending.american, as: UTF8.self)
            }
            return nil
        } ?? word
    }

    /// A British ending, its American form, and how many letters must come before it for the rule to apply.
    private struct Ending {
        let british: [UInt8]
        let american: [UInt8]
        let stem: Int
    }

    /// Tried longest first, so that of two endings where one ends the other, the longer wins.
    private static let endings: [Ending] = {
        var endings: [Ending] = []
        func add(_ british: [String], _ american: (String) -> String, stem: Int) {
            endings += british.map { Ending(british: Array($0.utf8), american: Array(american($0).utf8), stem: stem) }
        }
        // colour, favourite, honourable, labourers: "four", "hour", "your" have one letter before "our".
        add(["our", "ours", "oured", "ouring", "ourful", "ourless", "ourite", "ourites", "ouritism", "ourable", "ourably",
             "ourer", "ourers"], { "or" + $0.dropFirst(3) }, stem: 2)
        // emphasise, organisation, criticised: "prise" and "rise" are too short to fold.
        add(["ise", "ises", "ised", "ising", "isation", "isations", "iser", "isers"], { "iz" + $0.dropFirst(2) }, stem: 3)
        add(["yse", "yses", "ysed", "ysing"], { "yz" + $0.dropFirst(2) }, stem: 3)
        // centre, theatre, spectre (metre, litre, fibre are listed).
        add(["tre", "tres"], { "ter" + $0.dropFirst(3) }, stem: 3)
        // travelled, cancelling, counsellor: "filled", "called", "killed" have two letters before "ll".
        add(["lled", "lling", "ller", "llers", "llor", "llors"], { String($0.dropFirst()) }, stem: 3)
        // catalogue, dialogue, analogue.
        add(["logue", "logues"], { "log" + $0.dropFirst(5) }, stem: 2)
        return endings.sorted { $0.british.count > $1.british.count }
    }()

    /// The number words the figure reader knows, as digits: one table for both, so they cannot drift apart.
    private static let numbers: [String: String] = NumberParser.units.mapValues { String(Int($0)) }
}
