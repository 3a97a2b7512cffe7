extension String {
    /// The words between spaces, as `split(separator: " ")` gives them, but cut in the UTF-8 bytes: names and
    /// roles are split by the hundred thousand in a run, and splitting by `Character` applies the grapheme rules
    /// at every step.
    var spaceSeparatedWords: [String] {
        utf8.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
    }
}
