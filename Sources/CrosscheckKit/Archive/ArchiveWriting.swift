import Foundation
import GRDB

extension Archive {
    /// Stores one article's facts, replacing what was stored for it before, in one transaction. `beforeCommit`
    /// lets a test interrupt the write after the rows are in, to show that nothing of it lands.
    func store(_ facts: DocumentFacts, key: Key, stamp: Stamp,
               beforeCommit: (() throws -> Void)? = nil) throws(Diagnostic) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        try access { pool in
            try pool.write { db in
                try db.execute(sql: "DELETE FROM article WHERE path = ? AND record_id = ? AND part = ?",
                               arguments: [key.path, key.recordID, key.part])
                let metadata = facts.metadata
                try db.execute(sql: """
                    INSERT INTO article (path, record_id, part, content_hash, extracted_by, title, byline, dateline, date,
                        url, source, year, figure_count, claim_count, quote_count, attribution_count)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [key.path, key.recordID, key.part, stamp.contentHash, stamp.extractedBy,
                                     metadata.title, metadata.byline, metadata.dateline, metadata.date?.description,
                                     metadata.url, metadata.source,
                                     facts.dating.effectiveYear, facts.figures.count, facts.claims.count,
                                     facts.quotes.count, facts.attributions.count])
                let article = db.lastInsertedRowID
                let figure = try db.cachedStatement(sql: """
                    INSERT INTO figure (article_id, line, "column", rule, text, low, high, unit, approximate)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                for item in facts.figures {
                    try figure.execute(arguments: [article, item.item.line, item.item.column, item.item.rule, item.item.text,
                                                   item.quantity.low, item.quantity.high, item.quantity.unit,
                                                   item.quantity.approximate])
                }
                let claim = try db.cachedStatement(sql: """
                    INSERT INTO claim (article_id, subject, measure, owner, unit, first_year, last_year, period,
                        value_text, low, high, line, "column", payload)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                for item in facts.claims {
                    try claim.execute(arguments: [article, item.key.subject, item.key.measure, item.key.owner, item.key.unit,
                                                  item.years?.first, item.years?.last, item.period, item.valueText,
                                                  item.quantity.low, item.quantity.high, item.item.line, item.item.column,
                                                  String(decoding: try encoder.encode(item), as: UTF8.self)])
                }
                let quote = try db.cachedStatement(sql: """
                    INSERT INTO quote (article_id, text, speaker, mention, role, anonymous, cue, partial, line, "column", payload)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                for item in facts.quotes {
                    try quote.execute(arguments: [article, item.text, item.speaker.name, item.speaker.mention, item.speaker.role,
                                                  item.speaker.anonymous, item.cue, item.partial, item.item.line,
                                                  item.item.column, String(decoding: try encoder.encode(item), as: UTF8.self)])
                }
                let attribution = try db.cachedStatement(sql: """
                    INSERT INTO attribution (article_id, content, speaker, mention, cue, line, "column")
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """)
                for item in facts.attributions {
                    try attribution.execute(arguments: [article, item.content, item.speaker.name, item.speaker.mention,
                                                        item.cue, item.item.line, item.item.column])
                }
                try beforeCommit?()
            }
        }
    }

    /// Removes the stored articles under `roots` (files, or folders and everything in them) that are not in
    /// `present`: articles deleted from disk, or records gone from an archive file. Returns how many went.
    func removeArticles(under roots: [String], except present: Set<Key>) throws(Diagnostic) -> Int {
        let roots = roots.map(Archive.canonical)
        return try access { pool in
            try pool.write { db in
                var removed = 0
                let rows = try Row.fetchAll(db, sql: "SELECT id, path, record_id, part FROM article")
                for row in rows {
                    let path: String = row["path"]
                    guard roots.contains(where: { path == $0 || path.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }) else { continue }
                    let key = Key(path: path, recordID: row["record_id"], part: row["part"])
                    guard !present.contains(key) else { continue }
                    try db.execute(sql: "DELETE FROM article WHERE id = ?", arguments: [row["id"] as Int64])
                    removed += 1
                }
                return removed
            }
        }
    }
}
