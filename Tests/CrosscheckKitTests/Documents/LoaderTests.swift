import Foundation
import Testing
@testable import CrosscheckKit

@Suite struct LoaderTests {
    let examples = TestFiles.examples

    @Test func cnsNewsExampleMetadata() throws {
        let loaded = ArticleLoader().load(path: examples + "/cnsnews-russia-steps-up-weapons-sales-to-china.txt")
        let document = try #require(loaded.documents.first)
        #expect(document.metadata.title == "Russia Steps up Weapons Sales to China")
        #expect(document.metadata.byline == "Sergei Blagov")
        #expect(document.metadata.dateline == "July 7, 2008 | 8:14 PM EDT")
        #expect(document.metadata.date == CalendarDate(year: 2008, month: 7, day: 7))
        #expect(!document.text.contains("Sergei Blagov |"))
    }

    @Test func moscowTimesExampleMetadata() throws {
        let loaded = ArticleLoader().load(path: examples + "/moscow-times-shoigu-visits-china-at-key-moment.txt")
        let document = try #require(loaded.documents.first)
        #expect(document.metadata.title == "Shoigu Visits China at Key Moment")
        #expect(document.metadata.byline == "Alexander Bratersky")
        #expect(document.metadata.date == CalendarDate(year: 2012, month: 11, day: 20))
        #expect(document.metadata.url == "https://www.themoscowtimes.com/2012/11/20/shoigu-visits-china-at-key-moment-a19573")
        #expect(document.metadata.source == "themoscowtimes.com")
        // A sentence broken over a blank line is one sentence again.
        #expect(document.text.contains("for \\$1.5 billion, an official".replacingOccurrences(of: "\\", with: "")))
        #expect(document.text.contains("Central Military Commission deputy head Xu Qiliang"))
        #expect(!document.text.contains("\\$"))
    }

    @Test func markdownEscapesLinksAndEmphasisAreRemoved() throws {
        let document = try #require(TestFiles.document("""
            # Budget *rises*

            By [Jane Roe](https://example.org/jane) | March 3, 2021

            The plan costs \\$4 billion, says the [finance ministry](https://example.org) in **bold** terms.
            """, named: "budget.md"))
        #expect(document.metadata.title == "Budget rises")
        #expect(document.metadata.byline == "Jane Roe")
        #expect(document.metadata.date == CalendarDate(year: 2021, month: 3, day: 3))
        #expect(document.text == "The plan costs $4 billion, says the finance ministry in bold terms.")
    }

    @Test func htmlTagsAndEntitiesAreRemoved() throws {
        let document = try #require(TestFiles.document("""
            <html><head><title>Fuel prices</title><style>p { color: red }</style></head>
            <body><p>Petrol rose to &pound;1.40 &mdash; a rise of 5&#37; &amp; more.</p>
            <p>&ldquo;It hurts,&rdquo; said a driver.<script>var x = "1 percent";</script></p></body></html>
            """, named: "fuel.html"))
        #expect(document.metadata.title == "Fuel prices")
        #expect(document.text == "Petrol rose to £1.40 — a rise of 5% & more.\n\n\"It hurts,\" said a driver.")
    }

    @Test func frontMatterOverridesDetection() throws {
        let document = try #require(TestFiles.document("""
            ---
            title: The real title
            date: 2019-05-01
            author: Ann Lee
            source: Example Times
            url: https://example.com/a
            tags: [ignored, by, crosscheck]
            ---
            A headline in the text

            By Someone Else | June 1, 2018

            Body text here.
            """, named: "front.md"))
        #expect(document.metadata.title == "The real title")
        #expect(document.metadata.byline == "Ann Lee")
        #expect(document.metadata.date == CalendarDate(year: 2019, month: 5, day: 1))
        #expect(document.metadata.source == "Example Times")
        #expect(document.metadata.url == "https://example.com/a")
    }

    /// A lede that opens with a quote is the article's first sentence, not its title; a quoted headline is a title.
    @Test func aLedeOpeningWithAQuoteIsBodyText() throws {
        let lede = try #require(TestFiles.document("""
            "There is no shortage of buyers," said one broker.

            Prices rose 4 percent.
            """, named: "lede.txt"))
        #expect(lede.metadata.title == nil)
        #expect(lede.text.hasPrefix(#""There is no shortage of buyers," said one broker."#))
        let headed = try #require(TestFiles.document("""
            "We will win," says minister

            Prices rose 4 percent.
            """, named: "headed.txt"))
        #expect(headed.metadata.title == #""We will win," says minister"#)
        #expect(headed.text.hasPrefix("Prices rose"))
    }

    @Test func malformedFrontMatterNamesLineAndColumn() {
        let loaded = ArticleLoader().load(bytes: Array("---\ntitle: [unclosed\n---\nBody.\n".utf8), path: "bad.md")
        #expect(loaded.documents.isEmpty)
        #expect(loaded.diagnostics.first?.line == 3)
        #expect(loaded.diagnostics.first?.message.hasPrefix("malformed front matter") == true)
    }

    @Test func jsonLinesRecordsKeepTheirLineAndTakeTheYearFromTheRecord() throws {
        let text = """
            {"id": "r-1", "date": "1987-02-26", "title": "COCOA", "dateline": "SALVADOR, Feb 26 -", "body": "Arrivals were\\n155,221 bags, up 4 pct."}
            {"id": "r-2", "date": "1987-03-01", "title": "GRAIN", "dateline": "CHICAGO, March 1 -", "body": "Caf\\u00e9 prices rose 10 pct."}
            """
        let loaded = ArticleLoader().load(bytes: Array(text.utf8), path: "wire.jsonl")
        #expect(loaded.documents.count == 2)
        let first = loaded.documents[0]
        #expect(first.recordID == "r-1")
        #expect(first.metadata.title == "COCOA")
        #expect(first.metadata.dateline == "SALVADOR, Feb 26 -")
        #expect(first.metadata.date == CalendarDate(year: 1987, month: 2, day: 26))
        #expect(first.text == "Arrivals were 155,221 bags, up 4 pct.")
        let second = loaded.documents[1]
        let pct = try #require(second.text.utf8.firstIndex(of: UInt8(ascii: "1")))
        let offset = second.text.utf8.distance(from: second.text.utf8.startIndex, to: pct)
        let place = second.location(ofByte: offset)
        #expect(place.line == 2)
        // The column is in the JSON line as written, after the \u00e9 escape (6 characters for one).
        let line = text.split(separator: "\n")[1]
        let expectedColumn = line.distance(from: line.startIndex, to: line.range(of: "10 pct")!.lowerBound) + 1
        #expect(place.column == expectedColumn)
    }

    @Test func malformedJSONLinesRecordIsReportedAndTheRestLoads() {
        let text = "{\"id\": \"a\", \"body\": \"Fine.\"}\n{\"id\": \"b\", \"body\": oops}\n{\"id\": \"c\", \"body\": \"Also fine.\"}\n"
        let loaded = ArticleLoader().load(bytes: Array(text.utf8), path: "mixed.jsonl")
        #expect(loaded.documents.map(\.recordID) == ["a", "c"])
        #expect(loaded.diagnostics.map(\.description) == ["mixed.jsonl:2:21: error: malformed JSON Lines record: invalid value 'oops'"])
    }

    @Test func crlfAndBOMAreNormalizedAndPositionsStillMatch() throws {
        let text = "\u{FEFF}Title line\r\n\r\nThe cost was $5 billion.\r\nIt rose.\r\n"
        let document = try #require(TestFiles.document(text))
        #expect(document.text == "The cost was $5 billion. It rose.")
        let dollar = Array(document.bytes).firstIndex(of: UInt8(ascii: "$"))!
        #expect(document.location(ofByte: dollar) == SourceLocation(path: "article.txt", line: 3, column: 14))
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let document = try #require(TestFiles.document("Title\n\nÉlysée officials said costs hit €3 billion.\n"))
        let euro = try #require(document.text.range(of: "€"))
        let offset = document.text.utf8.distance(from: document.text.startIndex, to: euro.lowerBound)
        #expect(document.location(ofByte: offset) == SourceLocation(path: "article.txt", line: 3, column: 33))
    }

    @Test func latin1ByteIsReadWithAWarning() throws {
        var bytes = Array("Title\n\nThe fee was ".utf8)
        bytes.append(0xA3)
        bytes += Array("5m in total.\n".utf8)
        let loaded = ArticleLoader().load(bytes: bytes, path: "latin.txt")
        let document = try #require(loaded.documents.first)
        #expect(document.text == "The fee was £5m in total.")
        #expect(document.warnings.map(\.description) == ["latin.txt:3:13: warning: invalid UTF-8 byte 0xA3, read as Latin-1"])
    }

    @Test func emptyAndBinaryFilesAreErrors() {
        #expect(ArticleLoader().load(bytes: Array(" \n\n".utf8), path: "empty.txt").diagnostics.map(\.description)
                == ["empty.txt: error: empty file: no article text"])
        #expect(ArticleLoader().load(bytes: [0x41, 0x0A, 0x42, 0x00, 0x43], path: "blob.txt").diagnostics.map(\.description)
                == ["blob.txt:2:2: error: binary file (NUL byte): not an article"])
    }

    @Test func curlyQuotesAndNonBreakingSpacesAreFolded() throws {
        let document = try #require(TestFiles.document("Title\n\n“We’re ready,” she said of the 10\u{00A0}percent rise.\n"))
        #expect(document.text == "\"We're ready,\" she said of the 10 percent rise.")
    }

    /// Every other character PCRE2's `\s` matches is a space or a line break in the clean text, so the quote rules'
    /// prefilter word ` "` misses no quote opened after one; a line break inside a paragraph joins its lines.
    @Test func everyUnicodeSpaceIsASpaceOrALineBreak() throws {
        let text = "She\u{0085}said:\u{1680}\"Ready.\" He\u{2028}said:\u{2003}\"Go\u{180E}.\"\u{2029}End"
        let document = try #require(TestFiles.document("Title\n\n\(text)\n"))
        #expect(document.text == "She said: \"Ready.\" He said: \"Go.\" End")
        let quotes = try #require(TestFiles.facts("Title\n\nAnn Lee said:\u{1680}\"We are ready to go.\"\n")).quotes
        #expect(quotes.map(\.text) == ["We are ready to go"])
        #expect(quotes.map(\.speaker.name) == ["Ann Lee"])
    }

    @Test func aQuoteMarkWrittenForAnApostropheIsAnApostrophe() throws {
        let document = try #require(TestFiles.document("Title\n\n\"We don\"t see a problem with India\"s plan,\" he said. \"It\"ll pass.\"\n"))
        #expect(document.text == "\"We don't see a problem with India's plan,\" he said. \"It'll pass.\"")
        // A mark between words that is no contraction stays a mark.
        let other = try #require(TestFiles.document("Title\n\nThe word\"tsar\" was used.\n"))
        #expect(other.text == "The word\"tsar\" was used.")
    }

    @Test func hardWrappedLinesJoinAndIndentedLinesStartParagraphs() throws {
        let document = try #require(TestFiles.document("Title\n\nFirst line of a\nwrapped paragraph.\n    Second paragraph\nwraps too.\n"))
        #expect(document.paragraphs.map { document.string($0) } == ["First line of a wrapped paragraph.", "Second paragraph wraps too."])
    }

    @Test func directoriesAreWalkedRecursivelyInOrder() throws {
        let root = try TestFiles.folder(["b/two.md": "x", "a/one.txt": "x", "a/skip.png": "x", ".hidden/three.txt": "x", "c.html": "x"])
        let paths = try ArticleFinder.articlePaths(in: [root.path]).paths
        #expect(paths.map { String($0.dropFirst(root.path.count + 1)) } == ["a/one.txt", "b/two.md", "c.html"])
    }

    @Test func aFileGivenTwiceOrInsideAGivenFolderIsFoundOnce() throws {
        let root = try TestFiles.folder(["a.txt": "x", "b.txt": "x"])
        let paths = try ArticleFinder.articlePaths(in: [root.path + "/b.txt", root.path, root.path + "/./b.txt"]).paths
        #expect(paths.map { ($0 as NSString).lastPathComponent } == ["b.txt", "a.txt"])
    }

    @Test func twoLinksToOneFileAreTwoArticles() throws {
        let root = try TestFiles.folder(["real/a.txt": "x"])
        for copy in ["one", "two"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(copy), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: root.path + "/\(copy)/a.txt", withDestinationPath: root.path + "/real/a.txt")
        }
        let paths = try ArticleFinder.articlePaths(in: [root.path + "/one", root.path + "/two", root.path + "/one/a.txt"]).paths
        #expect(paths.map { String($0.dropFirst(root.path.count + 1)) } == ["one/a.txt", "two/a.txt"])
    }

    @Test func missingPathIsAnError() {
        #expect(throws: Diagnostic(path: "/no/such/place", "no such file or directory")) {
            try ArticleFinder.articlePaths(in: ["/no/such/place"])
        }
    }
}

@Suite struct SentenceTests {
    @Test func abbreviationsInitialsAndDecimalsDoNotEndSentences() throws {
        let document = try #require(TestFiles.document("""
            Title

            Cao's Dec.15-22 visit includes Mr. Wang and Gen. Li. The U.S. Navy and J. R. Smith paid $1.5 billion. Prices rose 2.5 percent! Did they? Yes.
            """))
        let sentences = document.sentences.map { document.string($0) }
        #expect(sentences == [
            "Cao's Dec.15-22 visit includes Mr. Wang and Gen. Li.",
            "The U.S. Navy and J. R. Smith paid $1.5 billion.",
            "Prices rose 2.5 percent!",
            "Did they?",
            "Yes.",
        ])
    }

    @Test func sentenceContainingAnOffset() throws {
        let document = try #require(TestFiles.document("Title\n\nOne sentence here. Another one there.\n"))
        let offset = document.text.utf8.count - 3
        #expect(document.string(document.sentence(containing: offset)) == "Another one there.")
    }
}

@Suite struct LargeFileTests {
    @Test func aLargeFileIsReadInPartsThatKeepTheirLinesColumnsAndHeader() throws {
        let filler = String(repeating: "The committee met again and adjourned without a vote. ", count: 20) + "\n\n"
        var text = "A Long Report\n\nBy Jane Doe | March 3, 2009\n\n"
        while text.utf8.count < 9 << 20 { text += filler }
        let lastLine = text.split(separator: "\n", omittingEmptySubsequences: false).count
        text += "Prices rose 4 percent in 2008.\n"
        let path = try TestFiles.write(Array(text.utf8), named: "long.md")
        let loaded = ArticleLoader().load(path: path)
        #expect(loaded.diagnostics.isEmpty)
        #expect(loaded.documents.count == 3)
        #expect(loaded.documents.allSatisfy { $0.metadata.date == CalendarDate(iso: "2009-03-03") })
        let last = try #require(loaded.documents.last)
        let offset = try #require(last.text.range(of: "4 percent")).lowerBound.utf16Offset(in: last.text)
        let place = last.location(ofByte: offset)
        #expect((place.line, place.column) == (lastLine, 13))
    }

    @Test func aLineLongerThanAPartIsCutAtASpaceAndColumnsRunOn() throws {
        let line = String(repeating: "word ", count: (5 << 20) / 5) + "and 7 percent"
        let path = try TestFiles.write(Array(line.utf8), named: "one-line.txt")
        let loaded = ArticleLoader().load(path: path)
        #expect(loaded.documents.count == 2)
        let last = try #require(loaded.documents.last)
        let offset = try #require(last.text.range(of: "7 percent")).lowerBound.utf16Offset(in: last.text)
        #expect(last.location(ofByte: offset).column == line.count - "7 percent".count + 1)
    }
}
