import CPCRE2

/// A PCRE2 pattern compiled once (UTF + UCP, JIT when available) and shared read-only by all threads.
///
/// PCRE2 compiled code is immutable after `pcre2_jit_compile`, which is what makes sharing it safe.
///
/// It is compiled a second time without UCP, for subjects that are all ASCII: there `\w`, `\d`, `\s`, `\b`,
/// POSIX classes and caseless letters mean the same with or without Unicode properties, but without them PCRE2
/// knows which bytes can start a match (`count` and `money` had no such set) and tests classes by table. Over the
/// corpus, nine tenths ASCII, the JIT's share of a run fell by a tenth.
public final class Pattern: @unchecked Sendable {
    /// Options a rule may ask for; everything else is fixed so that all rules behave alike.
    public struct Options: OptionSet, Sendable, Hashable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        public static let caseless = Options(rawValue: UInt32(PCRE2_CASELESS))
        public static let extended = Options(rawValue: UInt32(PCRE2_EXTENDED))
        public static let multiline = Options(rawValue: UInt32(PCRE2_MULTILINE))
        public static let dotAll = Options(rawValue: UInt32(PCRE2_DOTALL))
        /// Lets a search be told the last offset where a match may start (`Matcher.forEachMatch(startLimit:)`).
        public static let startLimit = Options(rawValue: UInt32(PCRE2_USE_OFFSET_LIMIT))
    }

    public let source: String
    public let options: Options
    /// Named groups in the order PCRE2 numbers them; names starting with `_` are internal (fragments) and left out.
    public let groupNames: [(name: String, number: Int)]
    /// Number of capture groups, which sizes the match data.
    public let captureCount: Int
    /// The compiled forms: `unicode` for any subject, `ascii` for a subject with no byte above 0x7F.
    let unicode: Compiled
    let ascii: Compiled

    /// One compiled form, with whether the JIT took it (else the interpreter runs it).
    struct Compiled {
        let code: OpaquePointer
        let isJITCompiled: Bool
    }

    public init(_ source: String, options: Options = []) throws(PatternCompileError) {
        unicode = try Pattern.compile(source, flags: UInt32(PCRE2_UTF) | UInt32(PCRE2_UCP) | options.rawValue)
        do {
            ascii = try Pattern.compile(source, flags: UInt32(PCRE2_UTF) | options.rawValue)
        } catch {
            pcre2_code_free_8(unicode.code)
            throw error
        }
        self.source = source
        self.options = options
        captureCount = Int(Pattern.info(unicode.code, PCRE2_INFO_CAPTURECOUNT))
        groupNames = Pattern.readNameTable(unicode.code)
    }

    deinit {
        pcre2_code_free_8(unicode.code)
        pcre2_code_free_8(ascii.code)
    }

    /// Checks that `source` compiles, without JIT-compiling it or keeping it: fragments are checked on their own
    /// only so that an error names their file, and the JIT's work is wasted on a pattern no text is matched with.
    static func check(_ source: String) throws(PatternCompileError) {
        let code = try compileCode(source, flags: UInt32(PCRE2_UTF) | UInt32(PCRE2_UCP))
        pcre2_code_free_8(code)
    }

    /// Whether the JIT compiled the pattern (for every subject).
    public var isJITCompiled: Bool { unicode.isJITCompiled && ascii.isJITCompiled }

    /// The form to run on a subject; `isASCII` must hold for every byte PCRE2 may read, lookbehinds included.
    func compiled(forASCII isASCII: Bool) -> Compiled { isASCII ? ascii : unicode }

    private static func compile(_ source: String, flags: UInt32) throws(PatternCompileError) -> Compiled {
        let compiled = try compileCode(source, flags: flags)
        return Compiled(code: compiled, isJITCompiled: pcre2_jit_compile_8(compiled, UInt32(PCRE2_JIT_COMPLETE)) == 0)
    }

    private static func compileCode(_ source: String, flags: UInt32) throws(PatternCompileError) -> OpaquePointer {
        var errorCode: Int32 = 0
        var errorOffset = 0
        let compiled = source.withCString { pointer in
            pointer.withMemoryRebound(to: UInt8.self, capacity: source.utf8.count + 1) { bytes in
                pcre2_compile_8(bytes, source.utf8.count, flags, &errorCode, &errorOffset, nil)
            }
        }
        guard let compiled else {
            throw PatternCompileError(message: PCRE2Message.text(for: errorCode), offset: errorOffset)
        }
        return compiled
    }

    /// The index of a named group, or nil if the pattern has no such group.
    public func groupNumber(named name: String) -> Int? {
        groupNames.first { $0.name == name }?.number
    }

    private static func info(_ code: OpaquePointer, _ what: Int32) -> UInt32 {
        var value: UInt32 = 0
        _ = pcre2_pattern_info_8(code, UInt32(what), &value)
        return value
    }

    /// Decodes PCRE2's name table: entries of a big-endian group number followed by a NUL-terminated name.
    private static func readNameTable(_ code: OpaquePointer) -> [(name: String, number: Int)] {
        let count = Int(info(code, PCRE2_INFO_NAMECOUNT))
        guard count > 0 else { return [] }
        let entrySize = Int(info(code, PCRE2_INFO_NAMEENTRYSIZE))
        var table: UnsafePointer<UInt8>? = nil
        _ = pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMETABLE), &table)
        guard let table else { return [] }
        var names: [(name: String, number: Int)] = []
        for entry in 0..<count {
            let base = table + entry * entrySize
            let number = Int(base[0]) << 8 | Int(base[1])
            let name = String(cString: base + 2)
            if !name.hasPrefix("_") { names.append((name, number)) }
        }
        return names.sorted { $0.number < $1.number }
    }
}

/// A pattern that PCRE2 refused, with its message and the byte offset in the pattern where it stopped.
public struct PatternCompileError: Error, Equatable, Sendable {
    public let message: String
    public let offset: Int
}

/// Why a match attempt stopped before finishing; the limits exist so no pattern can hang a run.
public enum MatchFailure: Error, Equatable, Sendable {
    case matchLimit
    case depthLimit
    case jitStackLimit
    /// More matches than the caller allowed in one subject: a rule that matches nearly everything.
    case tooManyMatches(Int)
    case other(code: Int32, message: String)

    init(code: Int32) {
        switch code {
        case PCRE2_ERROR_MATCHLIMIT: self = .matchLimit
        case PCRE2_ERROR_DEPTHLIMIT: self = .depthLimit
        case PCRE2_ERROR_JIT_STACKLIMIT: self = .jitStackLimit
        default: self = .other(code: code, message: PCRE2Message.text(for: code))
        }
    }

    public var description: String {
        switch self {
        case .matchLimit: return "the pattern backtracked past the match limit (catastrophic backtracking?)"
        case .depthLimit: return "the pattern recursed past the depth limit"
        case .jitStackLimit: return "the pattern needed more than the JIT stack allows"
        case let .tooManyMatches(limit): return "more than \(limit) matches in one article (does the pattern match nearly everything?)"
        case let .other(code, message): return "PCRE2 error \(code): \(message)"
        }
    }
}

enum PCRE2Message {
    static func text(for code: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let length = pcre2_get_error_message_8(code, &buffer, buffer.count)
        guard length > 0 else { return "unknown PCRE2 error \(code)" }
        return String(decoding: buffer[0..<Int(length)], as: UTF8.self)
    }
}
