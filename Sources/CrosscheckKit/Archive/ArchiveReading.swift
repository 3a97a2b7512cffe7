import Foundation
import GRDB

extension Archive {
    /// Every stored article's stamp, to skip unchanged articles without running rules on them.
    func stamps() throws(Diagnostic) -> [Key: Stamp] {
        try access { pool in
            try pool.read { db in
                var stamps: [Key: Stamp] = [:]
                let rows = try Row.fetchCursor(
                    db, sql: "SELECT path, record_id, part, content_hash, extracted_by FROM article")
                while let row = try rows.next() {
                    stamps[Key(path: row["path"], recordID: row["record_id"], part: row["part"])] =
                        Stamp(contentHash: row["content_hash"], extractedBy: row["extracted_by"])
                }
                return stamps
            }
        }
    }

    /// The claims and quotes of every stored article except `excluded` ones (the articles being checked, whose
    /// earlier versions must not be compared with themselves), in a stable order.
    public func claimsAndQuotes(excluding excluded: [(path: String, recordID: String?)]) throws(Diagnostic)
        -> (claims: [Claim], quotes: [Quote]) {
        let skipped = Set(excluded.map { Archive.canonical($0.path) + "\u{1F}" + ($0.recordID ?? "") })
        let decoder = JSONDecoder()
        return try access { pool in
            try pool.read { db in
                func payloads<T: Decodable>(_ table: String, as type: T.Type) throws -> [T] {
                    let sql = """
                        SELECT a.path, a.record_id, f.payload FROM \(table) f JOIN article a ON a.id = f.article_id
                        ORDER BY a.path, a.record_id, a.part, f.rowid
                        """
                    var values: [T] = []
                    let rows = try Row.fetchCursor(db, sql: sql)
                    while let row = try rows.next() {
                        let path: String = row[0], recordID: String = row[1]
                        guard !skipped.contains(path + "\u{1F}" + recordID) else { continue }
                        values.append(try decoder.decode(T.self, from: Data((row[2] as String).utf8)))
                    }
                    return values
                }
                return (try payloads("claim", as: Claim.self), try payloads("quote", as: Quote.self))
            }
        }
    }
}
