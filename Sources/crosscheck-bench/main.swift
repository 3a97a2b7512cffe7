import CrosscheckKit
import Foundation

// `crosscheck-bench [FACTS]`: times the cross-article checks over FACTS synthetic facts (default one million, half
// claims and half quotes), beside a reference pass in the same process that only hashes every fact once (the
// least any cross-article comparison must do). Prints one JSON object for scripts/bench.py.

let total = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 1_000_000 : 1_000_000
guard let rules = BuiltinRules.directory(), let book = try? RuleBook.load(directories: [rules]) else {
    FileHandle.standardError.write(Data("crosscheck-bench: cannot load the built-in rules\n".utf8))
    exit(2)
}

/// A fixed pseudo-random sequence, so every run measures the same facts.
struct SplitMix {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}

var random = SplitMix(state: 42)
let measures = ["inflation rate", "unemployment rate", "arms exports", "budget deficit", "growth rate"]
let claimsWanted = total / 2, quotesWanted = total - total / 2

// Claims: each key is claimed in 5 years, twice a year by different articles; one pair in 20 disagrees.
var claims: [Claim] = []
claims.reserveCapacity(claimsWanted)
while claims.count < claimsWanted {
    let index = claims.count
    let key = Claim.Key(subject: "Country \(index / 10)", measure: measures[(index / 10) % measures.count], owner: nil, unit: "percent")
    let year = 2000 + index % 5
    let value = Double(3 + (index / 10) % 7) + (random.next(20) == 0 ? 4 : 0)
    let text = "Country \(index / 10)'s \(key.measure) was \(value) percent in \(year)."
    claims.append(Claim(item: ExtractedItem(text: text, rule: "measure-value", line: 3, column: 1, sentence: text),
                        key: key, quantity: Quantity(low: value, high: value, unit: "percent", approximate: false),
                        valueText: "\(value) percent", years: YearSpan(year: year), timeText: "in \(year)",
                        timeSource: .explicit, path: "synthetic/\(index / 5).md"))
}

// Quotes: twelve words from a 20,000-word vocabulary; one in 20 is an altered copy of an earlier quote in another
// article, one in 100 a copy given to another speaker.
var quotes: [Quote] = []
quotes.reserveCapacity(quotesWanted)
while quotes.count < quotesWanted {
    let index = quotes.count
    var words = (0..<12).map { _ in "w\(random.next(20_000))" }
    var speaker = "Speaker \(random.next(5_000))"
    if index > 100, random.next(20) == 0 {
        let earlier = quotes[random.next(index)]
        words = earlier.text.split(separator: " ").map(String.init)
        words[random.next(words.count)] = "changed"
        speaker = earlier.speaker.name ?? speaker
    } else if index > 100, random.next(100) == 0 {
        let earlier = quotes[random.next(index)]
        words = earlier.text.split(separator: " ").map(String.init)
    }
    let text = words.joined(separator: " ")
    quotes.append(Quote(item: ExtractedItem(text: "\"\(text)\"", rule: "quote-then-speaker", line: 5, column: 1, sentence: text),
                        text: text, speaker: Speaker(mention: speaker, name: speaker, role: nil, anonymous: false),
                        cue: "said", partial: false, path: "synthetic/q\(index / 8).md"))
}

func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

var reference = 0
let referenceSeconds = seconds {
    var keys: [Claim.Key: Int] = [:]
    for claim in claims { keys[claim.key, default: 0] += 1 }
    var texts: [String: Int] = [:]
    for quote in quotes { texts[quote.text, default: 0] += 1 }
    reference = keys.count + texts.count
}
var findings: [Finding] = []
let spelling = SpellingVariants(book: book)
let checkSeconds = seconds {
    findings = CheckRegistry.findings(in: CheckCollection(claims: claims, quotes: quotes, spelling: spelling),
                                      settings: book.settings)
}
let counts = Dictionary(grouping: findings, by: \.check).mapValues(\.count)
let summary: [String: Any] = [
    "facts": claims.count + quotes.count, "claims": claims.count, "quotes": quotes.count,
    "checkSeconds": checkSeconds, "referenceSeconds": referenceSeconds, "referenceGroups": reference,
    "findings": counts,
]
let json = try JSONSerialization.data(withJSONObject: summary, options: [.sortedKeys])
print(String(decoding: json, as: UTF8.self))
