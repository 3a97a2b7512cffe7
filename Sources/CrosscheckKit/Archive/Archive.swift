import Foundation
import GRDB

/// An archive of articles already published: their metadata, figures, claims, quotes and attributions in SQLite,
/// so each new article can be checked against everything before it without reading it all again.
///
/// The database runs in WAL mode, so checks read while one `index` writes, and concurrent writers wait their
/// turn (up to a minute) rather than fail. Each article is written in one transaction: an interrupted index
/// leaves the archive as it was before the article being written.
public final class Archive: Sendable {
    public let path: String
    let pool: DatabasePool

    /// Which stored article a loaded one is: its canonical path, record id and part (see `Document.partKey`).
    struct Key: Hashable, Sendable {
        let path: String
        let recordID: String
        let part: String

        init(path: String, recordID: String?, part: String) {
            self.path = Archive.canonical(path)
            self.recordID = recordID ?? ""
            self.part = part
        }

        init(_ document: Document) { self.init(path: document.path, recordID: document.recordID, part: document.partKey) }
    }

    /// What a stored article's facts were made from: the article's bytes and the rules and code that read them.
    /// An article is extracted again when either differs.
    struct Stamp: Equatable, Sendable {
        let contentHash: String
        let extractedBy: String
    }

    /// Opens the archive at `path`; `create` makes it (with its folder's file) when missing, else a missing
    /// archive is an error. A file that is not an SQLite database, or an archive from a newer Crosscheck, is
    /// refused with a message naming it.
    public init(path: String, create: Bool) throws(Diagnostic) {
        self.path = path
        if !create, !FileManager.default.fileExists(atPath: path) {
            throw Diagnostic(path: path, "no archive here; make one with `crosscheck index ARTICLES --db \(path)`")
        }
        var configuration = GRDB.Configuration()
        configuration.busyMode = .timeout(60)
        configuration.foreignKeysEnabled = true
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            let migrator = ArchiveSchema.migrator
            if try pool.read({ try migrator.hasBeenSuperseded($0) }) {
                throw Diagnostic(path: path, "this archive was made by a newer Crosscheck (schema beyond version \(ArchiveSchema.version))")
            }
            try migrator.migrate(pool)
        } catch let error as Diagnostic {
            throw error
        } catch {
            throw Archive.diagnostic(error, path: path)
        }
    }

    /// The schema version of the archive as opened (after migrations).
    public var schemaVersion: Int { ArchiveSchema.version }

    /// How a database error reads to a user: a file that is not a database says so plainly.
    static func diagnostic(_ error: any Error, path: String) -> Diagnostic {
        if let error = error as? DatabaseError {
            if error.resultCode == .SQLITE_NOTADB {
                return Diagnostic(path: path, "not a Crosscheck archive: the file is not an SQLite database")
            }
            return Diagnostic(path: path, "archive error: \(error.message ?? error.resultCode.description)")
        }
        return Diagnostic(path: path, "archive error: \(error)")
    }

    /// The absolute, standardized form of a path, so `Examples/a.md` and `./Examples/a.md` are one article.
    static func canonical(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.path }

    /// The number of articles stored.
    public func articleCount() throws(Diagnostic) -> Int {
        try access { try $0.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM article") ?? 0 } }
    }

    /// Runs a database access, turning its errors into a diagnostic naming the archive.
    func access<T>(_ body: (DatabasePool) throws -> T) throws(Diagnostic) -> T {
        do { return try body(pool) } catch { throw Archive.diagnostic(error, path: path) }
    }
}
