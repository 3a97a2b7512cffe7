/// Reads the numbers news writes: `1,234.5`, `6-3/16`, `twenty-four`, `two hundred`, `a dozen`, scales such as
/// `1.5 million`, `14.5bn`, `108-billion`, and fraction words (`half`, `two-thirds`) as values below one.
enum NumberParser {
    static let units: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
    ]
    static let multipliers: [String: Double] = [
        "hundred": 100, "thousand": 1e3, "k": 1e3, "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6,
        "billion": 1e9, "bln": 1e9, "bn": 1e9, "trillion": 1e12,
    ]
    static let fractions: [String: Double] = [
        "half": 0.5, "third": 1.0 / 3, "thirds": 1.0 / 3, "quarter": 0.25, "quarters": 0.25, "fifth": 0.2,
        "fifths": 0.2, "tenth": 0.1, "tenths": 0.1,
    ]

    /// Whether an amount is written in millions or more ("8.61 billion", "525 mln", "6.9m").
    static func writesMillions(_ text: String) -> Bool {
        text.lowercased().split { !$0.isLetter }.contains { (multipliers[String($0)] ?? 0) >= 1e6 }
    }

    /// The value of an amount, or nil when the text holds no number.
    static func value(of text: String) -> Double? {
        if let plain = plainNumber(text) ?? scaledNumber(text) { return plain }
        let words = tokens(text)
        guard !words.isEmpty else { return nil }
        var total = 0.0, current = 0.0
        var sawNumber = false
        var fractionCount: Double? = nil
        for word in words {
            if let number = digits(word) {
                current += number
                sawNumber = true
            } else if let unit = units[word] {
                current += unit
                sawNumber = true
            } else if let fraction = fractions[word] {
                fractionCount = (current == 0 ? 1 : current) * fraction
                current = 0
                sawNumber = true
            } else if let multiplier = multipliers[word] {
                guard sawNumber else { return nil }
                if multiplier == 100 { current = scaled(current == 0 ? 1 : current, by: 100) } else {
                    total += scaled(current == 0 ? 1 : current, by: multiplier)
                    current = 0
                }
            } else if word == "a" || word == "an" || word == "and" || word == "one" {
                continue
            }
        }
        if let fractionCount { return fractionCount }
        return sawNumber ? total + current : nil
    }

    /// Most amounts are plain digits ("1,250,000", "3.75"): read those without splitting words.
    private static func plainNumber(_ text: String) -> Double? {
        var digits: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."): digits.append(byte)
            case UInt8(ascii: ","): continue
            default: return nil
            }
        }
        guard let first = digits.first, first != UInt8(ascii: ".") else { return nil }
        return Double(String(decoding: digits, as: UTF8.self))
    }

    /// The next most common shapes, an optional currency sign, digits and an optional scale word ("$1.13bn",
    /// "US$3", "1.5 million"), read as the word loop above reads them: what stands before the sign is dropped,
    /// and a zero before a scale counts as one, as in "a million". Anything else is left to the loop.
    private static func scaledNumber(_ text: String) -> Double? {
        let bytes = Array(text.utf8)
        var numberStart = bytes.firstIndex { !$0.isASCIILetter } ?? bytes.count
        if let sign = currencySignBytes.first(where: { bytes[numberStart...].starts(with: $0) }) {
            numberStart += sign.count
        } else if numberStart > 0 {
            return nil
        }
        let numberEnd = bytes[numberStart...].firstIndex {
            !($0.isASCIIDigit || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ","))
        } ?? bytes.count
        guard numberEnd > numberStart,
              let number = plainNumber(String(decoding: bytes[numberStart..<numberEnd], as: UTF8.self)) else { return nil }
        guard numberEnd < bytes.count else { return number }
        let wordStart = bytes[numberEnd] == UInt8(ascii: " ") ? numberEnd + 1 : numberEnd
        guard let multiplier = multipliers[String(decoding: bytes[wordStart...], as: UTF8.self).lowercased()] else { return nil }
        return scaled(number == 0 ? 1 : number, by: multiplier)
    }

    /// A number times a scale, a power of ten, as the decimal it stands for: "34,030.3 billion" is
    /// 34030300000000, where the product of the two doubles is 34030300000000.004.
    static func scaled(_ number: Double, by multiplier: Double) -> Double {
        var exponent = 0, power = 1.0
        while power < multiplier { power *= 10; exponent += 1 }
        let shortest = String(number)
        guard power == multiplier, !shortest.contains("e"), let exact = Double(shortest + "e" + String(exponent)) else {
            return number * multiplier
        }
        return exact
    }

    /// The currency signs an amount may start with.
    private static let currencySigns: [Unicode.Scalar] = ["$", "€", "£", "¥"]
    private static let currencySignBytes: [[UInt8]] = currencySigns.map { Array(String($0).utf8) }

    /// Splits into lower-cased words, keeping digits with their separators and cutting scale suffixes (`14.5bn`).
    static func tokens(_ text: String) -> [String] {
        plainWords(text) ?? scalarTokens(text)
    }

    /// The general tokenizer. It works on scalars, not `Character`s: amounts are read by the hundred thousand, and
    /// a hyphen or sign fused with a mark into one `Character` must not look present to one test and absent to
    /// another (that recursed without end on fuzzed input). The scalars are copied into an array once, since
    /// stepping through a string's scalar view decodes UTF-8 at every step.
    static func scalarTokens(_ text: String) -> [String] {
        var result: [String] = []
        for piece in Array(text.lowercased().unicodeScalars).split(separator: " ") { appendTokens(of: piece, to: &result) }
        return result
    }

    /// Most amounts are ASCII words of letters or plain numbers ("525 mln dlrs", "1,250 tonnes"), which the
    /// scalar tokenizer would leave whole: those are only lower-cased and split at spaces; nil for any other text.
    static func plainWords(_ text: String) -> [String]? {
        var words: [String] = []
        for word in text.utf8.split(separator: UInt8(ascii: " ")) {
            let isLetters = word.allSatisfy(\.isASCIILetter)
            let isNumber = word.first!.isASCIIDigit && word.last!.isASCIIDigit
                && word.allSatisfy { $0.isASCIIDigit || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") }
            guard isLetters || isNumber else { return nil }
            words.append(String(decoding: isLetters ? word.map { $0 | 0x20 } : Array(word), as: UTF8.self))
        }
        return words
    }

    private typealias Scalars = ArraySlice<Unicode.Scalar>

    private static func appendTokens(of piece: Scalars, to result: inout [String]) {
        var word = piece
        // "us$3" and "£14.5bn": what stands before a currency sign is its country, not a number.
        if let sign = word.lastIndex(where: isCurrencySign) { word = word[(sign + 1)...] }
        word = trimming(word) { $0 == "," || $0 == "(" || $0 == ")" }
        // "108-billion-dlr" and "twenty-four": hyphens join words that are read one by one.
        if word.contains("-"), !isMixedFraction(word) {
            for part in word.split(separator: "-") { appendTokens(of: part, to: &result) }
            return
        }
        if let first = word.first, isNumeric(first), let suffixStart = word.firstIndex(where: isLetter) {
            result.append(string(word[..<suffixStart]))
            result.append(string(word[suffixStart...]))
            return
        }
        let bare = trimming(word) { $0 == "." }
        if !bare.isEmpty { result.append(string(bare)) }
    }

    static func isCurrencySign(_ scalar: Unicode.Scalar) -> Bool { currencySigns.contains(scalar) }

    /// Unicode's numeric and alphabetic properties, answered without a table lookup for ASCII, where only the
    /// digits are numeric and only the letters alphabetic: amounts are nearly all ASCII.
    private static func isNumeric(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (0x30...0x39).contains(scalar.value) : scalar.properties.numericType != nil
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? UInt8(scalar.value).isASCIILetter : scalar.properties.isAlphabetic
    }

    /// The scalars as a string, encoded here: appending them to a scalar view took longer than the splitting.
    private static func string(_ scalars: Scalars) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func trimming(_ word: Scalars, _ drop: (Unicode.Scalar) -> Bool) -> Scalars {
        var word = word
        while let first = word.first, drop(first) { word = word.dropFirst() }
        while let last = word.last, drop(last) { word = word.dropLast() }
        return word
    }

    /// The digits of an amount without its scale or currency ("3 billion" gives "3").
    static func bareNumber(_ text: String) -> String {
        String(text.filter { $0.isNumber || $0 == "." || $0 == "," }).trimmingCharacters(in: ".,")
    }

    /// `6-3/16` is six and three sixteenths, the way commodity prices are quoted.
    private static func isMixedFraction<Word: Collection<Unicode.Scalar>>(_ word: Word) -> Bool {
        let parts = word.split(separator: "-")
        return parts.count == 2 && parts[0].allSatisfy(isNumeric) && parts[1].contains("/")
    }

    static func digits(_ word: String) -> Double? {
        if isMixedFraction(word.unicodeScalars) {
            let parts = word.split(separator: "-")
            guard let whole = Double(parts[0]), let fraction = digits(String(parts[1])) else { return nil }
            return whole + fraction
        }
        if word.unicodeScalars.contains("/") {
            let parts = word.split(separator: "/")
            guard parts.count == 2, let top = Double(parts[0]), let bottom = Double(parts[1]), bottom != 0 else { return nil }
            return top / bottom
        }
        let cleaned = word.filter { $0 != "," }
        guard cleaned.first?.isNumber == true else { return nil }
        return Double(cleaned)
    }
}
