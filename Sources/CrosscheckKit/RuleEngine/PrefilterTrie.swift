/// The rules' prefilter words as a byte trie, walked from each place of a text, with ASCII letters matched in
/// either case.
///
/// It finds what the caseless prefilter pattern would. A word that starts with a letter starts a word, and one
/// that ends with a letter ends one, a plural ending allowed ("deal", "deals"); so "said " is "said" before a space,
/// never inside "unsaid ". A sign or mark ("$", "%", ", ") may stand anywhere. A JIT match returns to Swift once
/// per hit, and every digit of a number is a hit; the caseless pattern also tried its trie at every letter. Over
/// the corpus, on one thread, this walk takes 0.35 to 0.5 s where the pattern took 0.75 to 1 s. Words with a
/// non-ASCII letter, whose case Unicode folds, are left to a pattern.
///
/// The table holds a row of 4-byte entries per node, one per byte the words use: the built-in words (about 570)
/// make about 3,000 nodes of 52 entries, some 600 KB.
struct PrefilterTrie {
    /// For each byte, its place in the trie's alphabet (ASCII capitals share the small letter's); 0 when no word
    /// holds it.
    private let symbolOfByte: [Int32]
    private let symbolCount: Int
    /// `next[node * symbolCount + symbol]`: the node after reading `symbol` in `node`, 0 when none (node 0 is the
    /// root, which no edge enters).
    private let next: [Int32]
    /// For each node: 0 when no word ends there, 1 when one ending in a sign or mark does, 2 when one ending in a
    /// letter does.
    private let ending: [UInt8]
    /// The rules of the word ending at node `n` are `endingRules[endingRuleStart[n]..<endingRuleStart[n + 1]]`:
    /// flat arrays, so the walk copies no array per hit.
    private let endingRuleStart: [Int32]
    private let endingRules: [Int32]
    private static let noEnding: UInt8 = 0, signEnding: UInt8 = 1, letterEnding: UInt8 = 2

    /// A word can go in the trie when every letter it holds is ASCII.
    static func accepts(_ word: String) -> Bool {
        word.unicodeScalars.allSatisfy { $0.isASCII || !$0.properties.isAlphabetic }
    }

    /// A word that starts with a letter is found only where a word starts: no walk starts inside a word, which
    /// spares the walk at most letters of a text.
    static func needsWordStart(_ word: String) -> Bool { word.first?.isLetter == true }

    /// A word that ends with a letter is found only where a word ends (or a plural ending follows), so that "mark"
    /// does not hit inside "market".
    static func needsWordEnd(_ word: String) -> Bool { word.last?.isLetter == true }

    /// `words` maps each word (lower-cased, not empty; every one `accepts`) to the rules a hit on it lets run.
    init(_ words: [String: [Int]]) {
        var symbols = [Int32](repeating: 0, count: 256)
        var count: Int32 = 1
        for word in words.keys.sorted() {
            for byte in word.utf8 where symbols[Int(byte)] == 0 {
                symbols[Int(byte)] = count
                if byte.isASCIILetter { symbols[Int(byte ^ 0x20)] = count }
                count += 1
            }
        }
        symbolOfByte = symbols
        symbolCount = Int(count)
        var next = [Int32](repeating: 0, count: symbolCount)
        var ending: [UInt8] = [PrefilterTrie.noEnding]
        var rulesAtNode: [Int: [Int]] = [:]
        for word in words.keys.sorted() {
            var node = 0
            for byte in word.utf8 {
                let edge = node * symbolCount + Int(symbols[Int(byte)])
                if next[edge] == 0 {
                    next[edge] = Int32(ending.count)
                    next += repeatElement(0, count: symbolCount)
                    ending.append(PrefilterTrie.noEnding)
                }
                node = Int(next[edge])
            }
            ending[node] = PrefilterTrie.needsWordEnd(word) ? PrefilterTrie.letterEnding : PrefilterTrie.signEnding
            rulesAtNode[node] = words[word]!
        }
        var starts: [Int32] = [0]
        var flat: [Int32] = []
        for node in ending.indices {
            flat += (rulesAtNode[node] ?? []).map(Int32.init)
            starts.append(Int32(flat.count))
        }
        self.next = next
        self.ending = ending
        endingRuleStart = starts
        endingRules = flat
    }

    /// Calls `body` with each place, ascending, where a word starts, and the rules of the longest word found there
    /// (which include those of the shorter words inside it).
    func forEachHit(in subject: UnsafeBufferPointer<UInt8>, _ body: (Int, UnsafeBufferPointer<Int32>) -> Void) {
        symbolOfByte.withUnsafeBufferPointer { symbolOfByte in
            next.withUnsafeBufferPointer { next in
                ending.withUnsafeBufferPointer { ending in
                    walk(subject, tables: Tables(symbolOfByte: symbolOfByte, next: next, ending: ending), body)
                }
            }
        }
    }

    /// The tables the walk reads at every byte, as raw buffers, read without a bounds check.
    private struct Tables {
        let symbolOfByte: UnsafeBufferPointer<Int32>
        let next: UnsafeBufferPointer<Int32>
        let ending: UnsafeBufferPointer<UInt8>
    }

    /// The walk itself. Inside a word no walk starts: every word that starts with a letter starts a word.
    private func walk(_ subject: UnsafeBufferPointer<UInt8>, tables: Tables,
                      _ body: (Int, UnsafeBufferPointer<Int32>) -> Void) {
        endingRules.withUnsafeBufferPointer { endingRules in
            var previousIsLetter = false
            for start in subject.indices {
                let byte = subject[start]
                let isLetter = byte.isASCIILetter
                let insideWord = previousIsLetter && isLetter
                previousIsLetter = isLetter
                guard !insideWord, tables.symbolOfByte[Int(byte)] != 0 else { continue }
                var node = 0
                var position = start
                // The node where the longest word found so far ends; 0, the root, for none.
                var found = 0
                while position < subject.count {
                    let symbol = Int(tables.symbolOfByte[Int(subject[position])])
                    guard symbol != 0 else { break }
                    node = Int(tables.next[node * symbolCount + symbol])
                    guard node != 0 else { break }
                    position += 1
                    switch tables.ending[node] {
                    case PrefilterTrie.signEnding: found = node
                    case PrefilterTrie.letterEnding where PrefilterTrie.endsWord(in: subject, at: position):
                        found = node
                    default: break
                    }
                }
                if found != 0 {
                    let rules = Int(endingRuleStart[found])..<Int(endingRuleStart[found + 1])
                    body(start, UnsafeBufferPointer(rebasing: endingRules[rules]))
                }
            }
        }
    }

    /// Whether a whole word may end at `end`: no letter follows, or only a plural "s" or "es" does.
    private static func endsWord(in subject: UnsafeBufferPointer<UInt8>, at end: Int) -> Bool {
        func letter(_ offset: Int) -> UInt8? {
            offset < subject.count && subject[offset].isASCIILetter ? subject[offset] | 0x20 : nil
        }
        switch (letter(end), letter(end + 1), letter(end + 2)) {
        case (nil, _, _), (UInt8(ascii: "s"), nil, _), (UInt8(ascii: "e"), UInt8(ascii: "s"), nil): return true
        default: return false
        }
    }
}
