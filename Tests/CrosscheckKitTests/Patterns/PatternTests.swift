import Foundation
import Testing
@testable import CrosscheckKit

@Suite struct PatternTests {
    @Test func compileErrorCarriesMessageAndOffset() {
        #expect(throws: PatternCompileError(message: "missing closing parenthesis", offset: 4)) {
            try Pattern("ab(c")
        }
    }

    @Test func namedGroupsReportByteRanges() throws {
        let pattern = try Pattern(#"(?<amount>\d+) (?<unit>percent)"#)
        let matches = try Matcher().matches(of: pattern, in: "Prices: é 15 percent")
        #expect(matches.count == 1)
        // "é" is two bytes, so the number starts at byte 11, not character 10.
        #expect(matches[0].groups["amount"] == 11..<13)
        #expect(matches[0].groups["unit"] == 14..<21)
    }

    @Test func internalGroupNamesAreNotReported() throws {
        let pattern = try Pattern(#"(?<value>(?&_digits))(?(DEFINE)(?<_digits>\d+))"#)
        #expect(pattern.groupNames.map(\.name) == ["value"])
    }

    @Test func aStartLimitStopsMatchesThatStartLater() throws {
        let pattern = try Pattern(#"\d+ widgets"#, options: .startLimit)
        let text = Array("1 widgets, 22 widgets, 333 widgets".utf8)
        func starts(limit: Int?) throws -> [Int] {
            var found: [Int] = []
            try text.withUnsafeBufferPointer { subject in
                try Matcher().forEachMatch(of: pattern, in: subject, startLimit: limit) { found.append($0.range.lowerBound) }
            }
            return found
        }
        #expect(try starts(limit: nil) == [0, 11, 23])
        #expect(try starts(limit: 11) == [0, 11])
        #expect(try starts(limit: 10) == [0])
        // A match may run past the limit; only its start is limited.
        #expect(try starts(limit: 23) == [0, 11, 23])
    }

    private func matches(_ pattern: Pattern, _ text: String, asASCII: Bool) throws -> [PatternMatch] {
        var found: [PatternMatch] = []
        try Array(text.utf8).withUnsafeBufferPointer { subject in
            try Matcher().forEachMatch(of: pattern, in: subject, subjectIsASCII: asASCII) { found.append($0) }
        }
        return found
    }

    @Test func aSubjectWithLettersBeyondASCIIRunsTheUnicodeForm() throws {
        let pattern = try Pattern(#"\b[A-Z]\w+\b"#)
        let text = "Herr Müller sagte"
        #expect(try Matcher().matches(of: pattern, in: text).map(\.range) == [0..<4, 5..<12])
        // The ASCII form, wrongly given this text, would see no letter in "ü": that is why it is never given it.
        #expect(try matches(pattern, text, asASCII: true).map(\.range) == [0..<4])
    }

    @Test func theASCIIFormFindsWhatTheUnicodeFormFindsInEveryRuleExample() throws {
        var compared = 0
        for rule in TestFiles.builtinBook.rules {
            for example in rule.examples where example.text.utf8.allSatisfy({ $0 < 0x80 }) {
                #expect(try matches(rule.pattern, example.text, asASCII: true) == matches(rule.pattern, example.text, asASCII: false),
                        "\(rule.id): \(example.text)")
                compared += 1
            }
        }
        #expect(compared > 150)
    }

    @Test func isJITCompiled() throws {
        #expect(try Pattern("a+b").isJITCompiled)
    }

    @Test func catastrophicBacktrackingStopsAtTheMatchLimit() throws {
        let pattern = try Pattern("(a+)+$")
        let subject = String(repeating: "a", count: 5_000) + "b"
        let started = Date()
        #expect(throws: MatchFailure.matchLimit) { try Matcher().matches(of: pattern, in: subject) }
        #expect(Date().timeIntervalSince(started) < 1)
    }

    @Test func longSubjectsFitTheJITStack() throws {
        let pattern = try Pattern(#"^(a|b)*\d"#)
        let subject = String(repeating: "ab", count: 100_000) + "1"
        #expect(try Matcher().matches(of: pattern, in: subject).count == 1)
    }

    @Test func emptyMatchesAdvanceByWholeCharacters() throws {
        let pattern = try Pattern("x*")
        let matches = try Matcher().matches(of: pattern, in: "éxé")
        #expect(matches.map(\.range) == [0..<0, 2..<3, 3..<3, 5..<5])
    }
}
