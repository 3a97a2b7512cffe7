/// Turns quote, person and attribution matches into quotes and attributions with resolved speakers.
///
/// Quotes that run over several paragraphs are joined (news opens each paragraph of a long quote with a quote
/// mark and closes only the last), and so are quotes split by their attribution.
struct QuoteBuilder {
    let document: Document
    let resolver: SpeakerResolver

    init(document: Document, people: [RuleMatch], organisations: [RuleMatch], quotes: [RuleMatch],
         attributions: [RuleMatch], lexicons: SpeakerLexicons) {
        self.document = document
        // Where the speakers the quote and attribution rules found end: a name ending there speaks even with no
        // cue verb after it ("according to the Harbour Board's Mr Okafor", "said Dan Reyes").
        let speakerEnds = Set((quotes + attributions).compactMap { QuoteBuilder.speakerWords(of: $0)?.upperBound })
        let mentions = people.compactMap { match -> PersonMention? in
            guard let name = match.captures["name"] else { return nil }
            let role = match.captures["role"].map { document.string($0) }
            let words = document.string(name).spaceSeparatedWords
            // News introduces a speaker with a role and a full name; "President Reagan" alone is a reference,
            // often to someone spoken of, so it speaks only before a cue verb.
            let introduced = role != nil && words.count > 1
            let cueVerb = QuoteBuilder.cueVerbWord(after: name.upperBound, in: document, cueVerbs: lexicons.cueVerbs)
            let reports = cueVerb == 0
            let speaks = introduced || cueVerb != nil || speakerEnds.contains(name.upperBound)
            // The honorific, the role's words and the given names (not the surname) tell the gender; the name
            // kept is the one without its titles.
            let described = (match.captures["honorific"].map { [document.string($0)] } ?? [])
                + (role?.spaceSeparatedWords ?? []) + words.dropLast()
            return PersonMention(name: SpeakerResolver.withoutTitles(words, titles: lexicons.titles).joined(separator: " "),
                                 role: role, position: match.range.lowerBound, nameRange: name, speaks: speaks, reports: reports,
                                 sentence: document.sentence(containing: match.range.lowerBound).lowerBound,
                                 gender: PersonGender(words: described, lexicon: lexicons.genders),
                                 isOrganisation: QuoteBuilder.endsLikeOrganisation(words, endings: lexicons.organisationEndings))
        }
        let people = (mentions + QuoteBuilder.namedAgain(in: quotes + attributions, people: mentions, document: document,
                                                        lexicons: lexicons))
            .sorted { $0.position < $1.position }
        let bodies = organisations.compactMap { match -> OrganisationMention? in
            guard let name = match.captures["name"] else { return nil }
            let words = document.string(name).spaceSeparatedWords
            // The last word of a kind before and after "of" ("Bank of America Corp"): a kind word inside a
            // firm's name ("General Mining Union Corp Ltd") does not make it that kind.
            let parts = words.split(separator: "of", maxSplits: 1)
            let kinds = parts.compactMap { part in part.lazy.reversed().compactMap { lexicons.organisationKinds?.canonical(for: $0) }.first }
            return OrganisationMention(name: words.joined(separator: " "), kinds: Set(kinds),
                                       position: match.range.lowerBound, nameRange: name,
                                       reports: QuoteBuilder.cueVerbWord(after: name.upperBound, in: document,
                                                                         cueVerbs: lexicons.cueVerbs) == 0)
        }
        let quoted = quotes.flatMap { match in ["quote", "continuation"].compactMap { match.captures[$0] } }
        let unnamed = (quotes + attributions).compactMap { QuoteBuilder.unnamedSource(of: $0, in: document, lexicons: lexicons) }
            .sorted { $0.position < $1.position }
        resolver = SpeakerResolver(people: people, organisations: bodies, unnamedSources: unnamed, quoted: quoted,
                                   lexicons: lexicons)
    }

    /// Speakers a quote or attribution rule found that name again a person the article named in full, where no
    /// person rule found a name ("Mahlmann told reporters" after "CBOT chairman Karsten Mahlmann"): they speak
    /// there, so a "he" after them goes back to them, not to someone the article named in between.
    private static func namedAgain(in matches: [RuleMatch], people: [PersonMention], document: Document,
                                   lexicons: SpeakerLexicons) -> [PersonMention] {
        let names = people.map { Set($0.name.spaceSeparatedWords) }
        return matches.compactMap { match in
            guard let range = speakerWords(of: match),
                  !people.contains(where: { $0.nameRange?.overlaps(range) == true }) else { return nil }
            let words = SpeakerResolver.withoutTitles(document.string(range).spaceSeparatedWords, titles: lexicons.titles)
            guard !words.isEmpty, words.allSatisfy({ $0.first?.isUppercase == true }),
                  names.contains(where: { name in words.allSatisfy(name.contains) }) else { return nil }
            return PersonMention(name: words.joined(separator: " "), role: nil, position: range.lowerBound, nameRange: range,
                                 speaks: true,
                                 reports: cueVerbWord(after: range.upperBound, in: document, cueVerbs: lexicons.cueVerbs) == 0,
                                 sentence: document.sentence(containing: range.lowerBound).lowerBound,
                                 isOrganisation: endsLikeOrganisation(words, endings: lexicons.organisationEndings))
        }
    }

    /// The unnamed sources a match gives as its speaker: an anonymous source, many when its first source noun is
    /// plural ("trade sources in London"), else one ("a spokesman for Airbus", "a source close to the officials");
    /// or a plural source noun alone, after "the" or read as a name where it opens a sentence ("the sources",
    /// "Dealers said"). "The spokesman" alone is left out: the resolver gives it to the person the article named
    /// with that role, if any.
    private static func unnamedSource(of match: RuleMatch, in document: Document,
                                      lexicons: SpeakerLexicons) -> UnnamedSourceMention? {
        if let range = match.captures["anonymous"] ?? match.captures["anonymous2"] {
            let text = document.string(range)
            let words = text.spaceSeparatedWords
            guard let noun = words.first(where: { UnnamedSourceMention.isSourceNoun($0, in: lexicons.anonymousNouns) }) else {
                return nil
            }
            let plural = UnnamedSourceMention.isPlural(noun)
            return UnnamedSourceMention(words: text, position: range.lowerBound, isPlural: plural,
                                        gender: plural ? nil : PersonGender(words: words, lexicon: lexicons.genders))
        }
        guard let range = speakerWords(of: match) else { return nil }
        let words = document.string(range).spaceSeparatedWords
        let noun = words.count == 2 && words[0].lowercased() == "the" ? words[1] : words.count == 1 ? words[0] : nil
        guard let noun, UnnamedSourceMention.isPluralSourceNoun(noun, in: lexicons.anonymousNouns) else { return nil }
        return UnnamedSourceMention(words: words.joined(separator: " "), position: range.lowerBound, isPlural: true)
    }

    /// Where the speaker a quote or speech rule captured stands, under either of its names.
    private static func speakerWords(of match: RuleMatch) -> Range<Int>? {
        match.captures["speaker"] ?? match.captures["speaker2"]
    }

    /// Whether a name's last word, without a possessive ("Nippon Mining's"), ends a firm's or an office's name.
    static func endsLikeOrganisation(_ words: [String], endings: Lexicon?) -> Bool {
        guard let endings, let last = words.last else { return false }
        return endings.canonical(for: last.withoutPossessive) != nil
    }

    /// What is cut from either end of a word after a name before it is looked up as a cue verb.
    private static let edgePunctuation: [UInt8] = Array(",.;:".utf8)

    /// What ends the words looked at after a name: the sentence or the paragraph ("... President Reagan this
    /// week. He also told reporters" does not make Reagan speak).
    private static let sentenceEnds: [UInt8] = Array(".!?\n".utf8)

    /// Which of the four words after a name, in its sentence, is the first cue verb (0 for "Mark Serwotka
    /// warned"), or nil. Every name in an article is asked, so the words are found in the bytes, without
    /// splitting, and only they become strings.
    static func cueVerbWord(after end: Int, in document: Document, cueVerbs: Lexicon?) -> Int? {
        guard let cueVerbs else { return nil }
        var following = document.bytes[end..<min(end + 60, document.bytes.count)]
        if let stop = following.firstIndex(where: sentenceEnds.contains) { following = following[..<stop] }
        var wordIndex = 0
        var start = following.startIndex
        while wordIndex < 4, start < following.endIndex {
            let stop = following[start...].firstIndex(of: UInt8(ascii: " ")) ?? following.endIndex
            var word = following[start..<stop]
            start = stop + 1
            guard !word.isEmpty else { continue }
            while let first = word.first, edgePunctuation.contains(first) { word = word.dropFirst() }
            while let last = word.last, edgePunctuation.contains(last) { word = word.dropLast() }
            if cueVerbs.canonical(for: String(decoding: word, as: UTF8.self)) != nil { return wordIndex }
            wordIndex += 1
        }
        return nil
    }

    func quotes(from matches: [RuleMatch]) -> [Quote] {
        var taken: [Range<Int>] = []
        var quotes: [Quote] = []
        // Where two rules found the same quoted words, the one that also found a speaker wins.
        let ranked = matches.map { (rank: rank($0), match: $0) }.sorted { $0.rank < $1.rank }.map(\.match)
        for match in ranked {
            guard let words = match.captures["quote"], !taken.contains(where: { $0.overlaps(words) }) else { continue }
            taken.append(words)
            let item = ExtractedItem(match: match, in: document)
            let fields = item.fields
            var text = assembled(words)
            if let continuation = fields["continuation"] { text += " " + continuation }
            quotes.append(Quote(item: item, text: text, speaker: speaker(of: match, fields: fields), cue: fields["cue"],
                                partial: text.first?.isLowercase == true, path: document.path, recordID: document.recordID))
        }
        return quotes.sorted { $0.item.range.lowerBound < $1.item.range.lowerBound }
    }

    func attributions(from matches: [RuleMatch], excluding quotes: [Quote]) -> [Attribution] {
        matches.compactMap { match in
            guard !quotes.contains(where: { $0.item.range.overlaps(match.range) }) else { return nil }
            let item = ExtractedItem(match: match, in: document)
            let fields = item.fields
            guard let content = fields["content"] else { return nil }
            return Attribution(item: item, content: content, speaker: speaker(of: match, fields: fields),
                               cue: fields["cue"] ?? "according to")
        }
    }

    /// The speaker a match names; for one that names none ("... conceded there were "grey areas" but said
    /// "..."), the person its sentence reports of before it.
    private func speaker(of match: RuleMatch, fields: [String: String]) -> Speaker {
        let position = match.range.lowerBound
        let named = resolver.resolve(mention: fields["speaker"], anonymous: fields["anonymous"], ownRole: fields["role"],
                                     standing: QuoteBuilder.speakerWords(of: match), at: position)
        guard named == .unknown else { return named }
        return resolver.subject(ofSentence: document.sentence(containing: position).lowerBound, before: position)
    }

    /// Quotes with a speaker first, then those with a cue only; among them the tightest match, whose
    /// attribution stands closest to the quoted words.
    private func rank(_ match: RuleMatch) -> (Int, Int, Int) {
        let hasSpeaker = match.captures.keys.contains { $0.hasPrefix("speaker") || $0.hasPrefix("anonymous") }
        return (hasSpeaker ? 0 : 1, match.range.count, match.range.lowerBound)
    }

    /// The quoted words, with the paragraphs of a quote that runs on before or after them.
    private func assembled(_ words: Range<Int>) -> String {
        var text = document.string(words)
        guard let index = document.paragraphs.firstIndex(where: { $0.contains(words.lowerBound) }) else { return text }
        let paragraph = document.paragraphs[index]
        // Runs on after: the quote does not close in its paragraph.
        if words.upperBound == paragraph.upperBound || !document.string(words.upperBound..<paragraph.upperBound).contains("\"") {
            var next = index + 1
            while next < document.paragraphs.count, let more = openingQuote(document.paragraphs[next]) {
                text += " " + more.text
                if more.closes { break }
                next += 1
            }
        }
        // Runs on before: earlier paragraphs that open a quote and leave it open.
        if words.lowerBound == paragraph.lowerBound + 1 {
            var previous = index - 1
            while previous >= 0, let earlier = openingQuote(document.paragraphs[previous]), !earlier.closes {
                text = earlier.text + " " + text
                previous -= 1
            }
        }
        return text
    }

    /// A paragraph that starts with a quote mark: its words, and whether it closes the quote.
    private func openingQuote(_ paragraph: Range<Int>) -> (text: String, closes: Bool)? {
        let text = document.string(paragraph)
        guard text.hasPrefix("\"") else { return nil }
        let marks = text.filter { $0 == "\"" }.count
        let body = text.dropFirst()
        if marks % 2 == 0, let close = body.firstIndex(of: "\"") {
            return (String(body[..<close]).trimmingCharacters(in: ",."), true)
        }
        return (String(body), false)
    }
}
