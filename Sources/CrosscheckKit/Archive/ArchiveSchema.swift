import GRDB

/// The archive's tables, built by numbered migrations: an archive made by an older Crosscheck is brought up to
/// date when opened, and one made by a newer Crosscheck is refused rather than misread. `PRAGMA user_version`
/// mirrors the number of migrations, for tools that look at the file without GRDB.
enum ArchiveSchema {
    static let migrations: [(name: String, sql: String)] = [
        ("v1 articles and facts", """
            CREATE TABLE article (
                id INTEGER PRIMARY KEY,
                path TEXT NOT NULL,
                record_id TEXT NOT NULL DEFAULT '',
                part TEXT NOT NULL DEFAULT '',
                content_hash TEXT NOT NULL,
                title TEXT, byline TEXT, dateline TEXT, date TEXT, url TEXT, source TEXT, year INTEGER,
                figure_count INTEGER NOT NULL, claim_count INTEGER NOT NULL,
                quote_count INTEGER NOT NULL, attribution_count INTEGER NOT NULL,
                UNIQUE (path, record_id, part)
            );
            CREATE TABLE figure (
                article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                line INTEGER NOT NULL, "column" INTEGER NOT NULL, rule TEXT NOT NULL, text TEXT NOT NULL,
                low REAL, high REAL, unit TEXT NOT NULL, approximate BOOLEAN NOT NULL
            );
            CREATE TABLE claim (
                article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                subject TEXT NOT NULL, measure TEXT NOT NULL, owner TEXT, unit TEXT NOT NULL,
                first_year INTEGER, last_year INTEGER, period TEXT, value_text TEXT NOT NULL, low REAL, high REAL,
                line INTEGER NOT NULL, "column" INTEGER NOT NULL, payload TEXT NOT NULL
            );
            CREATE TABLE quote (
                article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                text TEXT NOT NULL, speaker TEXT, mention TEXT, role TEXT, anonymous BOOLEAN NOT NULL, cue TEXT,
                partial BOOLEAN NOT NULL, line INTEGER NOT NULL, "column" INTEGER NOT NULL, payload TEXT NOT NULL
            );
            CREATE TABLE attribution (
                article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                content TEXT NOT NULL, speaker TEXT, mention TEXT, cue TEXT,
                line INTEGER NOT NULL, "column" INTEGER NOT NULL
            );
            CREATE INDEX figure_article ON figure(article_id);
            CREATE INDEX claim_article ON claim(article_id);
            CREATE INDEX claim_key ON claim(subject, measure, owner, unit);
            CREATE INDEX quote_article ON quote(article_id);
            CREATE INDEX attribution_article ON attribution(article_id);
            """),
        // What extracted each article's facts (`FactExtractor.fingerprint`); empty for articles stored before,
        // which the next index therefore extracts again.
        ("v2 extracted by", "ALTER TABLE article ADD COLUMN extracted_by TEXT NOT NULL DEFAULT ''"),
    ]

    static var version: Int { migrations.count }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for (number, migration) in migrations.enumerated() {
            migrator.registerMigration(migration.name) { db in
                try db.execute(sql: migration.sql)
                try db.execute(sql: "PRAGMA user_version = \(number + 1)")
            }
        }
        return migrator
    }
}
