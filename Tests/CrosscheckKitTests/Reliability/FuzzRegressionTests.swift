import Foundation
import Testing
@testable import CrosscheckKit

/// Replays every input the fuzzers saved (`scripts/fuzz.sh` writes crashes, timeouts and out-of-memory inputs to
/// Fixtures/fuzz/TARGET), and a few hostile inputs written by hand, through the fuzz entry points: each must
/// return, and quickly.
@Suite struct FuzzRegressionTests {
    static let fixtures = TestFiles.packageRoot.appendingPathComponent("Tests/CrosscheckKitTests/Fixtures/fuzz")

    static func saved(_ target: String) throws -> [[UInt8]] {
        let folder = fixtures.appendingPathComponent(target)
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }.sorted()
            .map { [UInt8](try Data(contentsOf: folder.appendingPathComponent($0))) }
    }

    func replay(_ inputs: [[UInt8]], through entry: ([UInt8]) -> Void) {
        for input in inputs {
            let started = Date()
            entry(input)
            #expect(Date().timeIntervalSince(started) < 10, "input of \(input.count) bytes took too long")
        }
    }

    @Test func articleInputs() throws {
        let hostile: [String] = [
            "\u{0}", "\u{1}<html><body><p>&#xFFFFFFFF; &#0; &amp", "\u{3}{\"body\": \"\\ud800\"}\n{\"body\": 5}",
            "\u{0}---\ncrosscheck: ignore\n---\n", "\u{0}" + String(repeating: "\"", count: 5_000),
            "\u{0}" + String(repeating: "$1 billion in 2008 ", count: 2_000),
            "\u{2}" + String(repeating: "Mr ", count: 3_000) + "said",
        ]
        replay(try Self.saved("article") + hostile.map { Array($0.utf8) }, through: FuzzEntryPoints.article)
    }

    @Test func ruleFileInputs() throws {
        let hostile = ["id: x\nkind: figure\n", "fragments:\n  a: (?&a)\n", "lexicon: hedge\nwords: [[[", "- - - -", "id: [", "pattern: '(?<"]
        replay(try Self.saved("rule-file") + hostile.map { Array($0.utf8) }, through: FuzzEntryPoints.ruleFile)
    }

    @Test func figureInputs() throws {
        let hostile = ["1e308 billion|1e308", "nearly |||", "-0.0|nan|about|%", String(repeating: "9", count: 400), "½|¼|up to|percent|things"]
        replay(try Self.saved("figure") + hostile.map { Array($0.utf8) }, through: FuzzEntryPoints.figure)
    }
}
