import Foundation
import Testing
@testable import CrosscheckKit

/// An article body written for the test, and one quote expected in it.
struct QuoteCase: CustomTestStringConvertible, Sendable {
    let body: String
    let quote: String
    let speaker: String?
    var mention: String? = nil
    var role: String? = nil
    var partial = false
    var anonymous = false
    var testDescription: String { quote }
}

private func facts(_ body: String) -> DocumentFacts? {
    TestFiles.facts("---\ndate: 2021-03-04\n---\nHeadline\n\n\(body)\n", named: "quotes.md")
}

@Suite struct QuoteTests {
    static let cases: [QuoteCase] = [
        // Every arrangement of quote and attribution.
        QuoteCase(body: "\"The plant will reopen in May,\" Maria Santos said on Monday.", quote: "The plant will reopen in May",
                  speaker: "Maria Santos"),
        QuoteCase(body: "\"Nobody saw this coming,\" said Peter Okafor, a geologist at the survey.", quote: "Nobody saw this coming",
                  speaker: "Peter Okafor", role: "a geologist at the survey"),
        QuoteCase(body: "Governor Lena Holt said: \"The roads will be cleared by noon.\"", quote: "The roads will be cleared by noon",
                  speaker: "Lena Holt", role: "Governor"),
        QuoteCase(body: "Coach Dan Reyes says \"we played our best game.\"", quote: "we played our best game",
                  speaker: "Dan Reyes", partial: true),
        QuoteCase(body: "“We will not retreat,” Amara Diallo told reporters.", quote: "We will not retreat", speaker: "Amara Diallo"),
        QuoteCase(body: "\"Why would we pay twice?\" asked Karl Weber, the council treasurer.", quote: "Why would we pay twice",
                  speaker: "Karl Weber", role: "the council treasurer"),
        // A role between the name and the verb after a quote, closed by a comma or with the comma left out.
        QuoteCase(body: "\"Demand will return,\" Cary Leahy, senior economist at Orvan Securities, said.",
                  quote: "Demand will return", speaker: "Cary Leahy", role: "senior economist at Orvan Securities"),
        QuoteCase(body: "\"Viruses spread fast,\" Paul Goosens, head of Preventon told the BBC News website.",
                  quote: "Viruses spread fast", speaker: "Paul Goosens", role: "head of Preventon"),
        // A pronoun after reported speech whose role lost its closing comma goes to the person, not to a firm
        // or an unnamed source inside the role.
        QuoteCase(body: "Michael Lamberty, a Lufthansa spokesman told reporters the strike was over. \"We are flying again,\" he said.",
                  quote: "We are flying again", speaker: "Michael Lamberty", mention: "he"),
        QuoteCase(body: "\"The goals are good,\" a leading Belgrade economist said.\n\nZoran Popov, senior research fellow at the Belgrade Institute for Industrial Economy said the plan was vague.\n\n\"Taxes need a new constitution,\" he said.",
                  quote: "Taxes need a new constitution", speaker: "Zoran Popov", mention: "he"),
        // A firm the partial-quote rule cut short ("AG" reads as no person's name) is named whole.
        QuoteCase(body: "Software AG Systems Inc said its results would be \"substantially weaker than last year\" in May.",
                  quote: "substantially weaker than last year", speaker: "Software AG Systems Inc", mention: "Systems Inc",
                  partial: true),
        // Split by the attribution, and single quotes inside double quotes.
        QuoteCase(body: "\"First we rebuild the school,\" Mayor Ruth Ellis said, \"then we rebuild trust.\"",
                  quote: "First we rebuild the school then we rebuild trust", speaker: "Ruth Ellis"),
        QuoteCase(body: "\"He told me 'never again' and walked out,\" said Nadia Park.", quote: "He told me 'never again' and walked out",
                  speaker: "Nadia Park"),
        // Surnames resolved to the fullest name the article gives, with the role it gives.
        QuoteCase(body: "Finance Minister Olga Petrova presented the budget.\n\n\"There is no money left,\" Petrova said.",
                  quote: "There is no money left", speaker: "Olga Petrova", mention: "Petrova", role: "Finance Minister"),
        QuoteCase(body: "Premier Li Wenhao met the delegation.\n\n\"Trade must grow,\" Li said.", quote: "Trade must grow",
                  speaker: "Li Wenhao", mention: "Li", role: "Premier"),
        QuoteCase(body: "Mr Livingstone said his comments were fair. Ken Livingstone is the mayor.\n\n\"I will not apologise,\" Mr Livingstone said.",
                  quote: "I will not apologise", speaker: "Ken Livingstone", mention: "Mr Livingstone"),
        // A name after an owner's possessive is taken whole, not cut to its first word ("Tennis Australia's Geoff").
        QuoteCase(body: "Hewitt had a gutful, but Tennis Australia's Geoff Pollard rejected his comments. \"We did ask for it to be faster,\" he said.",
                  quote: "We did ask for it to be faster", speaker: "Geoff Pollard", mention: "he"),
        QuoteCase(body: "Wigan Athletic's Rosa Mendel spoke after the match.\n\n\"We deserved the draw,\" Mendel said.",
                  quote: "We deserved the draw", speaker: "Rosa Mendel", mention: "Mendel"),
        // A speaker cut short by the quote rule ("Treasury Under Secretary John") is the person named where it
        // stands, not another who shares its first name.
        QuoteCase(body: "John Reade, an analyst at a Leeds bank, said gold would rise.\n\n\"The US is not convinced,\" said Treasury Under Secretary John Taylor.",
                  quote: "The US is not convinced", speaker: "John Taylor", mention: "Treasury Under Secretary John",
                  role: "Treasury Under Secretary"),
        QuoteCase(body: "Anna Berg, a nurse, spoke first.\n\n\"Wards will close,\" said Deputy Health Minister Anna Maria Costa.",
                  quote: "Wards will close", speaker: "Anna Maria Costa", mention: "Deputy Health Minister Anna",
                  role: "Deputy Health Minister"),
        // Words before a kind of body name that body, not a person a pronoun could stand for.
        QuoteCase(body: "Alan Greenspan arrived on Tuesday. Speaking to the House Budget Committee he urged caution.\n\n\"Deficits matter,\" he said.",
                  quote: "Deficits matter", speaker: "Alan Greenspan", mention: "he"),
        QuoteCase(body: "Lena Ortiz arrived at the port. Before the Harbour Pilots Association she spoke of fees.\n\n\"Fees must fall,\" she said.",
                  quote: "Fees must fall", speaker: "Lena Ortiz", mention: "she"),
        // Names with capitals inside are never cut to their inner half ("Cain", "Silk", "Coopers").
        QuoteCase(body: "Senator Joan McKinnon met the press.\n\n\"The budget is austere,\" McKinnon said.",
                  quote: "The budget is austere", speaker: "Joan McKinnon", mention: "McKinnon", role: "Senator"),
        QuoteCase(body: "Rosa O'Leary-Bright said: \"We will stand in every seat.\"", quote: "We will stand in every seat",
                  speaker: "Rosa O'Leary-Bright"),
        QuoteCase(body: "KleinwortBenson said the rally was \"running out of steam.\"", quote: "running out of steam",
                  speaker: "KleinwortBenson", partial: true),
        QuoteCase(body: "Port Under-Secretary Ines Duval said: \"The docks reopen on Friday.\"", quote: "The docks reopen on Friday",
                  speaker: "Ines Duval"),
        // An anonymous source starts a word: "chairman and chief executive" holds no "an and chief executive".
        QuoteCase(body: "Lee Tan, the chairman and chief executive, said: \"Sales reached a record.\"", quote: "Sales reached a record",
                  speaker: "Lee Tan", role: "the chairman and chief executive"),
        // Pronouns go to the right earlier person, not to a name inside a quote.
        QuoteCase(body: "Theo Marsh, a senior analyst at a Dubai think tank, said the talks matter.\n\n\"Petrov must explain himself,\" he said.",
                  quote: "Petrov must explain himself", speaker: "Theo Marsh", mention: "he",
                  role: "a senior analyst at a Dubai think tank"),
        QuoteCase(body: "Union leader Jane Cole warned of strikes. \"They are saying there is no choice,\" she said.",
                  quote: "They are saying there is no choice", speaker: "Jane Cole", mention: "she"),
        QuoteCase(body: "Old games such as Space Invaders and Donkey Kong are gone. Studio boss Ray Lim spoke at the fair.\n\n\"Budgets keep rising,\" he said.",
                  quote: "Budgets keep rising", speaker: "Ray Lim", mention: "he"),
        // A person the rules found speaking with no cue verb after the name ("according to ...", "said Dan Reyes")
        // speaks for a later pronoun, before a person introduced earlier with a role.
        QuoteCase(body: "Port director Hugo Lamb opened the terminal. Fees may double, according to the Harbour Board's Mr Okafor. \"Shippers will pay more,\" he said.",
                  quote: "Shippers will pay more", speaker: "Okafor", mention: "he"),
        QuoteCase(body: "Rail boss Tom Vance, the chief executive, cut fares. \"Fares fall today,\" said Dan Reyes of the rail union. \"It is a gamble,\" he added.",
                  quote: "It is a gamble", speaker: "Dan Reyes", mention: "he"),
        // "He" or "she" never stands for a firm or an office the rules took for a name and found speaking.
        QuoteCase(body: "Economist Lena Park spoke at the forum. Profits will slip, according to Halden Securities. \"Margins are thin,\" she said.",
                  quote: "Margins are thin", speaker: "Lena Park", mention: "she"),
        QuoteCase(body: "Analyst Omar Reyes mapped the field. Output will rise, Kestrel Mining Co said on Monday. \"The field is huge,\" he said.",
                  quote: "The field is huge", speaker: "Omar Reyes", mention: "he"),
        // A pronoun never goes to a person of the other gender, known from a first name or an honorific.
        QuoteCase(body: "Professor Alice Varga designed the bridge, which Mayor Tom Reed opened on Friday.\n\n\"It will last a century,\" she said.",
                  quote: "It will last a century", speaker: "Alice Varga", mention: "she"),
        QuoteCase(body: "Ms Bello met Governor Paul Adeyemi on Monday.\n\n\"The worst is over,\" she said.",
                  quote: "The worst is over", speaker: "Bello", mention: "she"),
        // Given names from many languages tell the gender: "Corazon" a woman, "Jaime" a man.
        QuoteCase(body: "Finance Secretary Jaime Ongpin met President Corazon Aquino on Monday.\n\n\"The debt talks will resume,\" he said.",
                  quote: "The debt talks will resume", speaker: "Jaime Ongpin", mention: "he"),
        QuoteCase(body: "Mayor Ingrid Holm greeted Governor Kiichi Sato on Monday.\n\n\"The port will reopen,\" she said.",
                  quote: "The port will reopen", speaker: "Ingrid Holm", mention: "she"),
        // An office's "of ..." is the role, not part of the name.
        QuoteCase(body: "Minister of Finance Gustavo Petricioli spoke on Monday.\n\n\"We have reserves,\" Petricioli said.",
                  quote: "We have reserves", speaker: "Gustavo Petricioli", mention: "Petricioli", role: "Minister of Finance"),
        // Organisations and outlets as speakers.
        QuoteCase(body: "\"The talks were productive,\" the Kremlin said.", quote: "The talks were productive", speaker: "Kremlin",
                  mention: "the Kremlin"),
        QuoteCase(body: "Vedomosti reported: \"The contract is worth more than expected.\"", quote: "The contract is worth more than expected",
                  speaker: "Vedomosti"),
        // A firm or place after "of" is where the speaker works or comes from, never the speaker.
        QuoteCase(body: "Analyst Anne Vidal, of Lazard Freres and Co, said \"the selling is overdone.\"", quote: "the selling is overdone",
                  speaker: "Anne Vidal", partial: true),
        QuoteCase(body: "Democrat Joe Marsh of Oregon said the measure was not one \"that a fisherman could live with.\"",
                  quote: "that a fisherman could live with", speaker: "Joe Marsh", partial: true),
        // An office ("the Treasury Secretary") is the person the article gave that role, or nobody by name.
        QuoteCase(body: "U.S. Treasury Secretary Nora Blake spoke on Monday.\n\n\"A transfer tax would be a mistake,\" the Treasury Secretary said.",
                  quote: "A transfer tax would be a mistake", speaker: "Nora Blake", mention: "the Treasury Secretary"),
        QuoteCase(body: "\"We are reviewing the figures,\" the Finance Minister said.", quote: "We are reviewing the figures", speaker: nil,
                  mention: "the Finance Minister"),
        // Anonymous sources.
        QuoteCase(body: "\"The deal is dead,\" a senior diplomat at the embassy told reporters.", quote: "The deal is dead",
                  speaker: nil, mention: "a senior diplomat at the embassy", anonymous: true),
        QuoteCase(body: "\"Nobody wants another delay,\" one official said.", quote: "Nobody wants another delay", speaker: nil,
                  mention: "one official", anonymous: true),
        // Partial quotes inside reported speech.
        QuoteCase(body: "President Ivo Kral met the envoy, with Kral noting \"real progress on the border question\" afterwards.",
                  quote: "real progress on the border question", speaker: "Ivo Kral", mention: "Kral", partial: true),
        QuoteCase(body: "Sofia Mendes, the union leader, warned that the cuts would be \"a disaster for the valley.\"",
                  quote: "a disaster for the valley", speaker: "Sofia Mendes", partial: true),
        // Words with no speaker of their own belong to the person their sentence reports of; the article does not
        // name them there, so there is no mention.
        QuoteCase(body: "Inspector Lena Marsh conceded there were \"grey areas\" but said \"the rules are not as loose as the airlines claim.\"",
                  quote: "the rules are not as loose as the airlines claim", speaker: "Lena Marsh", partial: true),
        QuoteCase(body: "Prices rose again, and Tomas Berg warned that rents would follow, adding \"nobody can stop it now.\"",
                  quote: "nobody can stop it now", speaker: "Tomas Berg", partial: true),
        // ... but not a person the sentence only speaks of.
        QuoteCase(body: "Fans of Oskar Lind were angry, saying \"the club has let him down.\"",
                  quote: "the club has let him down", speaker: nil, partial: true),
        // "The official" the article never named is an unnamed source; a role given before names the person.
        QuoteCase(body: "\"The talks are over,\" the official said.", quote: "The talks are over", speaker: nil,
                  mention: "the official", anonymous: true),
        QuoteCase(body: "The Sources Agency opened a hearing.\n\n\"We expect a ruling soon,\" the sources said.",
                  quote: "We expect a ruling soon", speaker: nil, mention: "the sources", anonymous: true),
        QuoteCase(body: "Anne Vik, the spokeswoman for the port, spoke on Friday.\n\n\"Ships will wait,\" the spokeswoman said.",
                  quote: "Ships will wait", speaker: "Anne Vik", mention: "the spokeswoman"),
        // A quote over several paragraphs: each opens with a mark, only the last closes.
        QuoteCase(body: "Chief Justice Mara Quinn said: \"The law is clear on this point.\n\n\"Nobody is above it, and nobody will be,\" she added.",
                  quote: "The law is clear on this point. Nobody is above it, and nobody will be", speaker: "Mara Quinn"),
    ]

    @Test func wordsAreCutAtSpacesAsSplittingByCharacterCutsThem() {
        for text in ["Sergei Shoigu", "  Hu   Jintao ", "", " ", "Mrs Þóra Ødegård-Kilroy", "one"] {
            #expect(text.spaceSeparatedWords == text.split(separator: " ").map(String.init), "\(text)")
        }
    }

    /// A message names the speaker whichever of a rule's shapes found it (`speaker2`, `anonymous`), and an empty
    /// placeholder leaves no stray space.
    @Test func messagesNameTheSpeakerEveryShapeFinds() throws {
        let found = try #require(facts("""
            "Prices will hold," said Ida Brandt, a trader. Analysts said the rally was fading. \
            Shares fell, with dealers saying demand had "simply gone."
            """))
        #expect(found.quotes.map(\.item.message) == ["Ida Brandt said: Prices will hold", "saying: simply gone"])
        #expect(found.attributions.map(\.item.message) == ["Analysts said: the rally was fading"])
    }

    @Test(arguments: cases)
    func quoteHasItsSpeaker(_ expected: QuoteCase) throws {
        let found = try #require(facts(expected.body)).quotes
        let quote = try #require(found.first { $0.text == expected.quote }, "quotes found: \(found.map(\.text))")
        #expect(quote.speaker.name == expected.speaker)
        if let mention = expected.mention { #expect(quote.speaker.mention == mention) }
        if let role = expected.role { #expect(quote.speaker.role == role) }
        #expect(quote.partial == expected.partial)
        #expect(quote.speaker.anonymous == expected.anonymous)
    }

    @Test(arguments: [
        "Both have warned of U.S. \"unilateralism,\" a unipolar world system.",
        "She reread \"Middlemarch\" on the train.",
        "Fans call the striker \"The Rocket\" these days.",
        "The so-called \"reform\" changed little.",
        "\"We will win.\" Critics said the plan was doomed.",
        "\"Pete\" Silas, chairman, told the meeting the debt was cut.",
    ])
    func notASpeakerQuote(_ body: String) throws {
        let quotes = try #require(facts(body)).quotes
        #expect(quotes.allSatisfy { $0.speaker.name == nil || $0.text.split(separator: " ").count > 1 } )
        #expect(!quotes.contains { ["unilateralism", "Middlemarch", "The Rocket", "reform", "Pete"].contains($0.text) })
        #expect(!quotes.contains { $0.text == "We will win" && $0.speaker.mention != nil })
    }

    @Test(arguments: [
        ("Hu said China appreciated the visit.", "Hu", false),
        ("A military industry source told Vedomosti that the copies were made.", "A military industry source", true),
        ("Some military experts say the practice is widespread.", "Some military experts", true),
        ("According to the finance ministry, the deficit was 2 pct.", "the finance ministry", false),
        // A body at a sentence's start speaks as well as one inside it.
        ("The company said the plant would close in June.", "The company", false),
        ("The sources said the plant would close in June.", "The sources", true),
        ("China might buy 24 jets for $1.5 billion, an official at the agency told the daily.", "an official at the agency", true),
        // Where an unnamed source works or what it knows is part of who speaks, and no name in it is the speaker.
        ("Sources familiar with the deal said the talks had stalled.", "Sources familiar with the deal", true),
        ("Traders in London said the dollar would weaken.", "Traders in London", true),
        // A plural source noun alone at a sentence's start is unnamed sources too, not a person called "Dealers".
        ("Dealers said the central bank bought dollars.", "Dealers", true),
        ("Economists said the rally was fading.", "Economists", true),
        // Words said may hold a term in quote marks.
        ("A budget bureau official said the bureau would keep its \"minus-ceiling\" policy.", "A budget bureau official", true),
    ])
    func reportedSpeechIsAnAttribution(_ body: String, _ mention: String, _ anonymous: Bool) throws {
        let attributions = try #require(facts(body)).attributions
        let attribution = try #require(attributions.first, "no attribution")
        #expect(attribution.speaker.mention == mention)
        #expect(attribution.speaker.anonymous == anonymous)
    }

    @Test(arguments: [
        ("Halvorsen Freight Inc said on Monday it would buy two ports. The company said the deal would close in June.",
         "Halvorsen Freight Inc"),
        // The firm the article reports for, not the one it buys or one named later in passing.
        ("Brightwater Corp said it agreed to buy Lindqvist Foods Ltd. The company said the deal would close in June.",
         "Brightwater Corp"),
        ("The Reserve Bank of Fiji cut its main rate. The bank said the deal would close in June.", "Reserve Bank of Fiji"),
        ("Officials at the Fisheries Department were pleased. The department said the deal would close in June.",
         "Fisheries Department"),
        // A body is never its leader, whose role names it.
        ("Ana Ruiz, leader of the Harbour Party, spoke on Monday. The party said the deal would close in June.",
         "Harbour Party"),
        // No body of that kind was named: the office alone, which names nobody. A firm is not a union for a
        // "Union" inside its name, nor a person whose role names a party a party.
        ("Brightwater Corp said it would hire. The ministry said the deal would close in June.", nil),
        ("Western Mining Union Corp Ltd said it would hire. The union said the deal would close in June.", nil),
        ("Ana Ruiz, the party leader, spoke on Monday. The party said the deal would close in June.", nil),
    ] as [(String, String?)])
    func aBodyIsTheFirmOfThatKindNamedBefore(_ body: String, _ name: String?) throws {
        let attributions = try #require(facts(body)).attributions
        let attribution = try #require(attributions.first { $0.content == "the deal would close in June" },
                                       "attributions: \(attributions.map(\.content))")
        #expect(attribution.speaker.name == name)
        // The article refers back to the firm at the words, and does not name it there.
        #expect(!attribution.speaker.isNamedAtQuote)
    }

    @Test(arguments: [
        // A firm is named in full once, then by its first word.
        ("Getty Resources Ltd bought a mine in May. Getty said the deal would close in June.", "Getty Resources Ltd"),
        ("Shares in Ortega Mining Corp rose. Ortega said the deal would close in June.", "Ortega Mining Corp"),
        // Also when that word is a noun of unnamed sources.
        ("Investors Group Inc sold shares. Gordon Capital Corp will buy them, Investors said the deal would close in June.",
         "Investors Group Inc"),
        // A body's name keeps the words that lead a person's name as titles ("Labour", "Democratic").
        ("The German Federal Labour Agency said the deal would close in June.", "German Federal Labour Agency"),
        ("The Democratic Party said the deal would close in June.", "Democratic Party"),
        // A country opens many bodies' names and is none of them, but for a firm the article lets speak.
        ("Japan Airlines Co cut fares. Japan said the deal would close in June.", "Japan"),
        ("Cyprus Minerals Co said it sold a mine. Cyprus, which mines talc, said the deal would close in June.", "Cyprus Minerals Co"),
        // A firm whose words do not read as a person's name ("KLM", "&") is named whole, not by its last word.
        ("KLM Freight Corp said the deal would close in June.", "KLM Freight Corp"),
        ("Orvan & Pike Co said the deal would close in June.", "Orvan & Pike Co"),
        // A body whose name a speaker rule cut short, at "of" or at a word no person's name holds, is named whole.
        ("The Bank of New England said the deal would close in June.", "Bank of New England"),
        ("Unocal Corp's Union Oil Co said the deal would close in June.", "Unocal Corp's Union Oil Co"),
    ])
    func aBodyIsNamedInFull(_ body: String, _ name: String) throws {
        let attributions = try #require(facts(body)).attributions
        let attribution = try #require(attributions.first { $0.content == "the deal would close in June" },
                                       "attributions: \(attributions.map(\.content))")
        #expect(attribution.speaker.name == name)
    }

    @Test(arguments: [
        // "They" is never one person: the traders the article does not name, not the minister it does.
        ("Traders expect a rate cut. Finance Minister Omar Lind spoke on Monday. They said the deal would close in June.", nil),
        ("Analyst Ruth Kagame wrote a note. \"Prices will fall,\" they said. They said the deal would close in June.", nil),
        // Nor a firm, which news calls "it".
        ("Halvorsen Freight Inc said it would hire. Bankers were pleased. They said the deal would close in June.", nil),
        // A group of people the article names in the sentences before.
        ("The Law Lords ruled on Monday. They said the deal would close in June.", "Law Lords"),
        ("Liberal Democrats met on Monday. They said the deal would close in June.", "Liberal Democrats"),
    ] as [(String, String?)])
    func theyIsAGroupNeverOnePersonOrAFirm(_ body: String, _ name: String?) throws {
        let attributions = try #require(facts(body)).attributions
        let attribution = try #require(attributions.first { $0.content == "the deal would close in June" },
                                       "attributions: \(attributions.map(\.content))")
        #expect(attribution.speaker.mention == "They")
        #expect(attribution.speaker.name == name)
        #expect(!attribution.speaker.anonymous)
    }

    @Test(arguments: [
        // Unnamed sources quoted as a group before: what "they" said rests on them too.
        ("Spain will buy barley for May, trade sources said. They said the deal would close in June.", "trade sources"),
        ("Bids were accepted, the analysts said. They said the deal would close in June.", "the analysts"),
        ("\"Prices will fall,\" bankers in Tokyo said. They said the deal would close in June.", "bankers in Tokyo"),
        // A source noun that opens the sentence, which the speech rules read as a name.
        ("Dealers said the central bank bought dollars. They said the deal would close in June.", "Dealers"),
        // The nearer wins: a group named after the sources.
        ("Bids were accepted, trade sources said. The Law Lords ruled on Monday. They said the deal would close in June.", nil),
        // One unnamed source is no "they".
        ("Bids were accepted, a trade source said. They said the deal would close in June.", nil),
        ("Bids were accepted, a source close to the officials said. They said the deal would close in June.", nil),
    ] as [(String, String?)])
    func theyMayBeUnnamedSourcesQuotedBefore(_ body: String, _ sources: String?) throws {
        let document = try #require(facts(body))
        let attribution = try #require(document.attributions.first { $0.content == "the deal would close in June" },
                                       "attributions: \(document.attributions.map(\.content))")
        #expect(attribution.speaker.mention == "They")
        #expect(attribution.speaker.anonymous == (sources != nil))
        #expect(attribution.speaker.role == sources)
    }

    /// A person named in full, then someone named in between, then the first person again by surname alone
    /// before a cue verb: the "he" after that goes back to them. Also with the verb first ("..., said Mr Flynn.").
    @Test(arguments: [
        ("""
        Yen futures will be listed within months, chairman Karsten Mahlmann said.

        Mahlmann will visit Kyoji Kitamura, director-general of the Finance Ministry's Securities Bureau, next week.

        Mahlmann told reporters evening trading would start in April. But he added the deal would close in June.
        """, "Karsten Mahlmann"),
        ("""
        Ringtone sales have doubled, said Jeremy Flynn, head of services at the network.

        Christian Harris, partnership manager of the content firm Zed, said the rules were essential.

        Some sellers have been cut off for good, said Mr Flynn. He said the deal would close in June.
        """, "Jeremy Flynn"),
    ] as [(String, String)])
    func aPronounGoesBackToAPersonNamedAgainBySurname(_ body: String, _ person: String) throws {
        let document = try #require(facts(body))
        let attribution = try #require(document.attributions.first { $0.content == "the deal would close in June" },
                                       "attributions: \(document.attributions.map(\.content))")
        #expect(attribution.speaker.mention?.lowercased() == "he")
        #expect(attribution.speaker.name == person)
    }

    /// One unnamed source speaking after the last person named: a "he" or "she" goes on with their words and stays
    /// anonymous; one of the other gender is passed over for the person before.
    @Test(arguments: [
        ("""
        Robert Crandall, AMR's chairman, said the terms were favourable.

        A spokesman for Airbus confirmed those terms. "We will own the aircraft," he said.
        """, nil, "A spokesman for Airbus"),
        ("""
        Grain stocks fell, Ama Boateng, a trader at the exchange, said on Monday.

        A spokeswoman for the ministry said the figures were early. "We will revise them," she said.
        """, nil, "A spokeswoman for the ministry"),
        ("""
        Robert Crandall, AMR's chairman, said the terms were favourable.

        A spokeswoman for Airbus confirmed those terms. "We will own the aircraft," he said.
        """, "Robert Crandall", nil),
    ] as [(String, String?, String?)])
    func aPronounGoesOnWithOneUnnamedSource(_ body: String, _ person: String?, _ source: String?) throws {
        let document = try #require(facts(body))
        let quote = try #require(document.quotes.first, "no quote")
        #expect(quote.speaker.name == person)
        #expect(quote.speaker.anonymous == (source != nil))
        if let source { #expect(quote.speaker.role == source) }
    }

    @Test func claimsOnAnonymousSourcesAreCounted() throws {
        let document = try #require(facts("""
            India accounts for 40 percent of Russia's arms exports, a defence industry source told Kommersant.

            China accounts for 20 percent of Russia's arms exports, according to the ministry.
            """))
        #expect(document.claims.count == 2)
        #expect(document.anonymousClaims == 1)
        #expect(document.claims.map(\.attribution) == ["a defence industry source", "the ministry"])
    }

    @Test func exampleArticleQuotesHaveTheRightSpeakers() throws {
        let result = try Extraction(book: TestFiles.builtinBook).run(paths: [TestFiles.examples])
        let moscow = try #require(result.documents.first { $0.path.hasSuffix("moscow-times-shoigu-visits-china-at-key-moment.txt") })
        let direct = moscow.quotes.filter { !$0.partial }
        #expect(direct.map { $0.speaker.name } == ["Sergei Shoigu", "Hu Jintao", "Vladislav Inozemtsev", "Theodor Karasik",
                                                   "Igor Korotchenko", "Alexander Khramchikhin"])
        #expect(direct[3].speaker.mention == "he")
        #expect(direct[0].speaker.role == "Defense Minister")
        #expect(direct[5].speaker.role == "an expert at the independent Institute of Political and Military Analysis in Moscow")
        let cns = try #require(result.documents.first { $0.path.hasSuffix("cnsnews-russia-steps-up-weapons-sales-to-china.txt") })
        #expect(cns.quotes.map { $0.speaker.name } == ["Vladimir Putin", "Viktor Ishayev"])
        #expect(cns.quotes.allSatisfy { $0.partial })
        #expect(!cns.quotes.contains { $0.text.contains("unilateralism") })
        #expect(moscow.attributions.filter { $0.speaker.anonymous }.count >= 3)
    }

    @Test func aSpeakerIsABodyWhenItsNameEndsInAGroupNoun() throws {
        let found = try #require(facts("""
            "We cannot accept this ruling," said the Law Lords. "We will appeal at once," said Tom Myers.

            "The vote was rigged," Senate Democrats said.
            """))
        let speakers = found.quotes.map(\.speaker)
        #expect(speakers.map(\.name) == ["Law Lords", "Tom Myers", "Senate Democrats"])
        #expect(speakers.map(\.group) == [true, false, true])
    }

    @Test func aSpeakerReadFromAnOlderArchiveIsAPerson() throws {
        let old = #"{"mention": "Shoigu", "name": "Sergei Shoigu", "role": "Defense Minister", "anonymous": false}"#
        let speaker = try JSONDecoder().decode(Speaker.self, from: Data(old.utf8))
        #expect(speaker == Speaker(mention: "Shoigu", name: "Sergei Shoigu", role: "Defense Minister", anonymous: false))
        #expect(!speaker.group)
    }

    @Test func aCueVerbInTheNextSentenceDoesNotMakeANameSpeak() throws {
        let text = "Headline\n\nThe plan went to President Lindqvist. He told reporters it would pass.\n\n"
            + "Chancellor Okafor, the host, warned it would fail.\n"
        let document = try #require(TestFiles.document(text))
        let cueVerbs = TestFiles.builtinBook.lexicons["cue_verb"]
        func speaks(after name: String) throws -> Bool {
            let clean = String(decoding: document.bytes, as: UTF8.self)
            let end = try #require(clean.range(of: name)).upperBound.utf16Offset(in: clean)
            return QuoteBuilder.cueVerbWord(after: end, in: document, cueVerbs: cueVerbs) != nil
        }
        #expect(try !speaks(after: "Lindqvist"))
        #expect(try speaks(after: "Okafor"))
    }

    @Test func aLoneSurnameAfterATitleIsAPersonWithThatRole() throws {
        let found = try #require(facts("""
            Mining Minister Wiranto said exports would rise. "We expect a good year," he said.

            Later Chancellor Okafor spoke. "The budget is fair," Okafor said.
            """))
        let speakers = found.quotes.map(\.speaker)
        #expect(speakers.map(\.name) == ["Wiranto", "Okafor"])
        #expect(speakers.map(\.role) == ["Mining Minister", "Chancellor"])
    }

    @Test func aPronounGoesToTheSubjectOfTheReportingVerbNotToWhoItSpokeOf() throws {
        let found = try #require(facts("""
            Trade Secretary Ruth Vale said she hoped Premier Anna Kohl would visit Oslo in May.

            "We are ready for the talks," she said.
            """))
        #expect(found.quotes.map(\.speaker.name) == ["Ruth Vale"])
    }

    /// "Dr" is an honorific like "Mr": it is neither part of the name nor the role, so a role given in apposition
    /// or before it stays, and "Dr Brown" later is the same person.
    @Test func aDoctorsNameAndRoleLeaveTheHonorificOut() throws {
        let found = try #require(facts("""
            "The trial was too small," said Dr. Jane Brown, a Boston dermatologist.

            Others agreed. "It was rushed," said Dr Brown.
            """))
        let speakers = found.quotes.map(\.speaker)
        #expect(speakers.map(\.name) == ["Jane Brown", "Jane Brown"])
        #expect(speakers.map(\.role) == ["a Boston dermatologist", "a Boston dermatologist"])
        let spokesman = try #require(facts("Union spokesman Dr Omar Farah said: \"We agree with the board.\""))
        #expect(spokesman.quotes.map(\.speaker.name) == ["Omar Farah"])
        #expect(spokesman.quotes.map(\.speaker.role) == ["Union spokesman"])
    }
}
