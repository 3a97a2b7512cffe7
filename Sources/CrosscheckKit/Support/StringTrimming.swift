/// Small trimming helpers used across the pipeline, kept in one place.
extension StringProtocol {
    func trimmingSuffix(while predicate: (Character) -> Bool) -> SubSequence {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
        return self[startIndex..<end]
    }
}

extension String {
    var trimmed: String {
        var text = Substring(self)
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        while let first = text.first, first.isWhitespace { text = text.dropFirst() }
        return String(text)
    }

    /// Drops any of the characters of `set` from both ends.
    func trimmingCharacters(in set: String) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }

    /// Without a final possessive "'s" ("Nippon Mining's", "JAPAN'S"); clean text has only straight apostrophes,
    /// but a title from front matter may have curly ones.
    var withoutPossessive: String {
        ["'s", "’s", "'S", "’S"].contains { hasSuffix($0) } ? String(dropLast(2)) : self
    }
}
