/// Versions 2 and up: what the product adds to the storage design.
/// Each is documented in docs/schema.md; none changes the meaning of a design column.
enum ExtensionSchema {
    /// v2: a working replacement for the design's broken turn index on nostr_events.
    /// The turn is copied from the event's `t` tag (when it is a whole number) on insert.
    static let nostrEventTurn = """
        ALTER TABLE nostr_events ADD COLUMN turn INTEGER;
        CREATE INDEX idx_nostr_events_turn ON nostr_events(game_id, turn);
        CREATE TRIGGER nostr_events_fill_turn AFTER INSERT ON nostr_events
        WHEN NEW.turn IS NULL
        BEGIN
            UPDATE nostr_events SET turn = (
                SELECT CAST(json_extract(tag.value, '$[1]') AS INTEGER)
                FROM json_each(NEW.tags) AS tag
                WHERE json_type(tag.value) = 'array'
                  AND json_extract(tag.value, '$[0]') = 't'
                  AND json_extract(tag.value, '$[1]') GLOB '[0-9]*'
                  AND NOT json_extract(tag.value, '$[1]') GLOB '*[^0-9]*'
                LIMIT 1)
            WHERE id = NEW.id;
        END;
        """

    /// v3: a house's folder name, treasury and hashed secret token.
    static let houseIdentityAndTreasury = """
        ALTER TABLE houses ADD COLUMN slug TEXT;
        ALTER TABLE houses ADD COLUMN treasury INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE houses ADD COLUMN token_hash TEXT;
        CREATE UNIQUE INDEX idx_houses_slug ON houses(game_id, slug);
        """

    /// v4: the seed every id and die roll derives from, the turn limit, the
    /// winner, and one state hash per resolved turn (for replay).
    static let gameSeedAndHistory = """
        ALTER TABLE games ADD COLUMN seed INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE games ADD COLUMN turn_limit INTEGER;
        ALTER TABLE games ADD COLUMN winner_house_id TEXT REFERENCES houses(id) ON DELETE SET NULL;
        CREATE TABLE turn_hashes (
            game_id TEXT NOT NULL,
            turn INTEGER NOT NULL,
            state_hash TEXT NOT NULL,
            resolved_at INTEGER NOT NULL,
            PRIMARY KEY (game_id, turn),
            FOREIGN KEY (game_id) REFERENCES games(id) ON DELETE CASCADE
        );
        """

    /// v5: every file a player sent, byte for byte, with its verdict.
    static let submissions = """
        CREATE TABLE submissions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            game_id TEXT NOT NULL,
            house_id TEXT NOT NULL,
            turn INTEGER,
            file_name TEXT NOT NULL,
            format TEXT NOT NULL,
            raw BLOB NOT NULL,
            sha256 TEXT NOT NULL,
            status TEXT NOT NULL,
            errors_json TEXT,
            receipt_name TEXT,
            received_at INTEGER NOT NULL,
            FOREIGN KEY (game_id) REFERENCES games(id) ON DELETE CASCADE,
            FOREIGN KEY (house_id) REFERENCES houses(id) ON DELETE CASCADE,
            CHECK(format IN ('json', 'kdl', 'unknown')),
            CHECK(status IN ('accepted', 'rejected', 'duplicate'))
        );
        CREATE INDEX idx_submissions_turn ON submissions(game_id, turn, house_id, status);
        CREATE INDEX idx_submissions_sha ON submissions(house_id, sha256);
        """

    /// v6: orders that belong to a house rather than a fleet (builds, diplomacy),
    /// tied to the submission that carried them.
    static let houseOrders = """
        CREATE TABLE house_orders (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            game_id TEXT NOT NULL,
            house_id TEXT NOT NULL,
            turn INTEGER NOT NULL,
            submission_id INTEGER,
            kind TEXT NOT NULL,
            params TEXT NOT NULL,
            processed BOOLEAN NOT NULL DEFAULT 0,
            FOREIGN KEY (game_id) REFERENCES games(id) ON DELETE CASCADE,
            FOREIGN KEY (house_id) REFERENCES houses(id) ON DELETE CASCADE,
            FOREIGN KEY (submission_id) REFERENCES submissions(id) ON DELETE SET NULL,
            CHECK(kind IN ('build', 'diplomacy'))
        );
        CREATE INDEX idx_house_orders_turn ON house_orders(game_id, turn, house_id);
        ALTER TABLE orders ADD COLUMN submission_id INTEGER REFERENCES submissions(id) ON DELETE SET NULL;
        """

    /// v7: for games imported from the legacy file format, each system's old id.
    static let legacySystemIDs = """
        CREATE TABLE legacy_system_ids (
            game_id TEXT NOT NULL,
            legacy_id INTEGER NOT NULL,
            system_id TEXT NOT NULL,
            PRIMARY KEY (game_id, legacy_id),
            UNIQUE (system_id),
            FOREIGN KEY (game_id) REFERENCES games(id) ON DELETE CASCADE,
            FOREIGN KEY (system_id) REFERENCES systems(id) ON DELETE CASCADE
        );
        """
}
