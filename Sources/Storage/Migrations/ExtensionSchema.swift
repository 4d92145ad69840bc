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

    /// v8: what the engine's state holds beyond the design's columns: a fleet's
    /// standing order, pending treaty proposals, and the intel fields the
    /// design's intel tables lack (who owns a sighted fleet or colony, where a
    /// colony is, whether it was under siege).
    static let engineState = """
        ALTER TABLE fleets ADD COLUMN standing_order TEXT;
        ALTER TABLE intel_fleets ADD COLUMN owner_house_id TEXT REFERENCES houses(id) ON DELETE CASCADE;
        ALTER TABLE intel_colonies ADD COLUMN system_id TEXT REFERENCES systems(id) ON DELETE CASCADE;
        ALTER TABLE intel_colonies ADD COLUMN owner_house_id TEXT REFERENCES houses(id) ON DELETE CASCADE;
        ALTER TABLE intel_colonies ADD COLUMN under_siege BOOLEAN NOT NULL DEFAULT 0;
        CREATE TABLE diplomatic_proposals (
            game_id TEXT NOT NULL,
            from_house_id TEXT NOT NULL,
            to_house_id TEXT NOT NULL,
            relation TEXT NOT NULL,
            turn_proposed INTEGER NOT NULL,
            PRIMARY KEY (game_id, from_house_id, to_house_id, relation),
            FOREIGN KEY (game_id) REFERENCES games(id) ON DELETE CASCADE,
            FOREIGN KEY (from_house_id) REFERENCES houses(id) ON DELETE CASCADE,
            FOREIGN KEY (to_house_id) REFERENCES houses(id) ON DELETE CASCADE,
            CHECK(relation IN ('Peace', 'Alliance', 'NAP'))
        );
        """

    /// v9: the per-house figures of each turn as columns of diagnostic_metrics
    /// (the design leaves the metric columns open).
    static let diagnosticMetricColumns = """
        ALTER TABLE diagnostic_metrics ADD COLUMN eliminated INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN treasury INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN treasury_change INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN production INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN upkeep INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN build_spending INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN population INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN industry INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN defenses INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN starbase_levels INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN colonies INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN colonies_under_siege INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN colonies_founded INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN colonies_captured INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN colonies_lost INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN colonizations_attempted INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN colonizations_failed INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN fleets INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN ships_total INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN ships_military INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN ships_spacelift INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN ships_crippled INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN ships_built_military INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN ships_built_spacelift INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN ships_lost INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN ships_destroyed INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN ships_consumed INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN hull_repaired INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN fleets_moved INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN jumps INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN fleets_merged INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN battles INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN battles_won INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN battles_lost INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN retreats INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN invasions_attempted INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN invasions_succeeded INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN blockades_active INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN submitted INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN orders_submitted INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN orders_completed INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN orders_in_progress INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN orders_failed INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN standing_orders_followed INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN prestige INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN prestige_change INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN relations_war INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN relations_peace INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN relations_nap INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN relations_alliance INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN known_systems INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE diagnostic_metrics ADD COLUMN detected_foreign_fleets INTEGER NOT NULL DEFAULT 0;
        """

    /// v10: turns that fail to resolve are counted, so the daemon retries a
    /// bounded number of times and then reports the game instead of looping.
    static let resolveFailures = """
        ALTER TABLE games ADD COLUMN resolve_failures INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE games ADD COLUMN last_error TEXT;
        """

    /// v11: the state a game started from, so replay can re-run any game,
    /// including imported ones whose map no setup can regenerate.
    static let initialState = """
        CREATE TABLE initial_state (
            game_id TEXT PRIMARY KEY,
            state_json TEXT NOT NULL,
            state_hash TEXT NOT NULL,
            FOREIGN KEY (game_id) REFERENCES games(id) ON DELETE CASCADE
        );
        """

    /// v12: indexes on the order columns that point at fleets. Deleting a
    /// destroyed fleet cascades to its orders (and clears joins aimed at it);
    /// without these, each deletion scanned every order of the game's history.
    static let orderFleetIndexes = """
        CREATE INDEX idx_orders_fleet ON orders(fleet_id);
        CREATE INDEX idx_orders_target_fleet ON orders(target_fleet_id) WHERE target_fleet_id IS NOT NULL;
        """

    /// v13: a received file may be kept deflated (raw deflate, RFC 1951); its
    /// `sha256` is still that of the bytes as received.
    static let submissionRawEncoding = """
        ALTER TABLE submissions ADD COLUMN raw_encoding TEXT NOT NULL DEFAULT 'identity' CHECK(raw_encoding IN ('identity', 'deflate'));
        """

    /// v14: the secret per-game key behind ids and dice, and which stream
    /// draws them: 1 = SplitMix64 over `seed` (every game made before v14,
    /// which keeps it so it replays), 2 = ChaCha20 under `game_key`. No
    /// CHECK: a design table keeps the design's constraints exactly; loading
    /// refuses an unknown version or a key that is not 32 bytes.
    static let gameKey = """
        ALTER TABLE games ADD COLUMN game_key BLOB;
        ALTER TABLE games ADD COLUMN random_stream INTEGER NOT NULL DEFAULT 1;
        """

    /// v15: a file's errors are bounded: `errors_json` lists the first ones
    /// (at most 100), `more_errors` counts the rest (NULL when none).
    static let submissionMoreErrors = """
        ALTER TABLE submissions ADD COLUMN more_errors INTEGER CHECK(more_errors IS NULL OR more_errors > 0);
        """

    /// v17: the fleet lines of an accepted file that repeat the fleet's
    /// standing order in force, as `[[line index, fleet id], …]`. They get no
    /// `orders` row: a row is written when a player's order for a fleet
    /// changes, and resolution reads the order in force from `fleets`.
    static let repeatedStandingOrders = """
        ALTER TABLE submissions ADD COLUMN repeated_standing_orders TEXT;
        """
}

extension ExtensionSchema {
    /// v18: what the Nostr transport keeps beyond the design's two tables. A received
    /// event's fate (`note`: why it was ignored or refused); each queued event signed once
    /// (`event_json`), so a retry after a restart sends the same id, and which relays said
    /// OK (`acked_relays`, a JSON array); an open seat's hashed invite; what each house's
    /// last published view showed, so views are published again only when they changed.
    static let nostrTransport = """
        ALTER TABLE nostr_events ADD COLUMN note TEXT;
        ALTER TABLE nostr_outbox ADD COLUMN event_json TEXT;
        ALTER TABLE nostr_outbox ADD COLUMN acked_relays TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE houses ADD COLUMN nostr_invite_hash TEXT;
        CREATE TABLE nostr_published (
            game_id TEXT NOT NULL,
            topic TEXT NOT NULL,
            marker TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            PRIMARY KEY (game_id, topic),
            FOREIGN KEY (game_id) REFERENCES games(id) ON DELETE CASCADE
        );
        """

    /// v19: whether an accepted file counts its house as submitted (`"ready": false` makes a draft).
    static let submissionReady = """
        ALTER TABLE submissions ADD COLUMN ready BOOLEAN NOT NULL DEFAULT 1 CHECK(ready IN (0, 1));
        """
}

extension ExtensionSchema {
    /// v20: the recorded files whose receipt is not yet written. A row is
    /// added in the transaction that records the file and removed once its
    /// receipt is on disk, so a receipt that failed (full disk, a crash) is
    /// written later whatever the turn. Files of the current and previous turn
    /// are entered on migration: the window recovery looked at before.
    static let pendingReceipts = """
        CREATE TABLE pending_receipts (
            submission_id INTEGER PRIMARY KEY,
            FOREIGN KEY (submission_id) REFERENCES submissions(id) ON DELETE CASCADE
        );
        INSERT INTO pending_receipts (submission_id)
            SELECT id FROM submissions WHERE turn >= (SELECT coalesce(max(turn), 0) FROM games) - 1;
        """
}
