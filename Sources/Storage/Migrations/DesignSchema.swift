/// Version 1: the storage design's schema (storage.md), table for table.
///
/// One object is left out on purpose: the design's `idx_nostr_events_turn`
/// filters with a JSONPath expression SQLite does not support, so every
/// insert into `nostr_events` would fail. Version 2 replaces it.
enum DesignSchema {
    static let sql = """
        CREATE TABLE games (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            description TEXT,
            turn INTEGER NOT NULL DEFAULT 0,
            year INTEGER NOT NULL DEFAULT 2001,
            month INTEGER NOT NULL DEFAULT 1,
            phase TEXT NOT NULL,
            turn_deadline INTEGER,
            transport_mode TEXT NOT NULL,
            transport_config TEXT,
            game_setup_json TEXT NOT NULL,
            game_config_json TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        );

        CREATE INDEX idx_games_phase ON games(phase);

        CREATE INDEX idx_games_deadline ON games(turn_deadline) WHERE phase = 'Active';

        CREATE TABLE houses (
            id TEXT PRIMARY KEY,
            game_id TEXT NOT NULL,
            name TEXT NOT NULL,
            nostr_pubkey TEXT,
            prestige INTEGER NOT NULL DEFAULT 0,
            eliminated BOOLEAN NOT NULL DEFAULT 0,
            home_system_id TEXT,
            color TEXT,
            created_at INTEGER NOT NULL,
            FOREIGN KEY (game_id) REFERENCES games(id) ON DELETE CASCADE,
            UNIQUE(game_id, name)
        );

        CREATE INDEX idx_houses_game ON houses(game_id);

        CREATE INDEX idx_houses_pubkey ON houses(nostr_pubkey) WHERE nostr_pubkey IS NOT NULL;

        CREATE TABLE systems (
            id TEXT PRIMARY KEY,
            game_id TEXT NOT NULL,
            name TEXT NOT NULL,
            hex_q INTEGER NOT NULL,
            hex_r INTEGER NOT NULL,
            ring INTEGER NOT NULL,
            owner_house_id TEXT,
            created_at INTEGER NOT NULL,
            FOREIGN KEY (game_id) REFERENCES games(id) ON DELETE CASCADE,
            FOREIGN KEY (owner_house_id) REFERENCES houses(id) ON DELETE SET NULL,
            UNIQUE(game_id, hex_q, hex_r)
        );

        CREATE INDEX idx_systems_game ON systems(game_id);

        CREATE INDEX idx_systems_coords ON systems(game_id, hex_q, hex_r);

        CREATE INDEX idx_systems_owner ON systems(owner_house_id) WHERE owner_house_id IS NOT NULL;

        CREATE TABLE lanes (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            game_id TEXT NOT NULL,
            from_system_id TEXT NOT NULL,
            to_system_id TEXT NOT NULL,
            lane_type TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            FOREIGN KEY (game_id) REFERENCES games(id) ON DELETE CASCADE,
            FOREIGN KEY (from_system_id) REFERENCES systems(id) ON DELETE CASCADE,
            FOREIGN KEY (to_system_id) REFERENCES systems(id) ON DELETE CASCADE,
            UNIQUE(game_id, from_system_id, to_system_id),
            CHECK(lane_type IN ('Major', 'Minor', 'Restricted'))
        );

        CREATE INDEX idx_lanes_game ON lanes(game_id);

        CREATE INDEX idx_lanes_from ON lanes(from_system_id);

        CREATE INDEX idx_lanes_to ON lanes(to_system_id);

        CREATE TABLE colonies (
            id TEXT PRIMARY KEY,
            game_id TEXT NOT NULL,
            system_id TEXT NOT NULL,
            owner_house_id TEXT NOT NULL,
            population INTEGER NOT NULL DEFAULT 0,
            industry INTEGER NOT NULL DEFAULT 0,
            defenses INTEGER NOT NULL DEFAULT 0,
            starbase_level INTEGER NOT NULL DEFAULT 0,
            under_siege BOOLEAN NOT NULL DEFAULT 0,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            FOREIGN KEY (game_id) REFERENCES games(id) ON DELETE CASCADE,
            FOREIGN KEY (system_id) REFERENCES systems(id) ON DELETE CASCADE,
            FOREIGN KEY (owner_house_id) REFERENCES houses(id) ON DELETE CASCADE,
            UNIQUE(game_id, system_id)
        );

        CREATE INDEX idx_colonies_game ON colonies(game_id);

        CREATE INDEX idx_colonies_owner ON colonies(owner_house_id);

        CREATE INDEX idx_colonies_system ON colonies(system_id);

        CREATE TABLE fleets (
            id TEXT PRIMARY KEY,
            game_id TEXT NOT NULL,
            owner_house_id TEXT NOT NULL,
            location_system_id TEXT NOT NULL,
            name TEXT,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            FOREIGN KEY (game_id) REFERENCES games(id) ON DELETE CASCADE,
            FOREIGN KEY (owner_house_id) REFERENCES houses(id) ON DELETE CASCADE,
            FOREIGN KEY (location_system_id) REFERENCES systems(id) ON DELETE CASCADE
        );

        CREATE INDEX idx_fleets_game ON fleets(game_id);

        CREATE INDEX idx_fleets_owner ON fleets(owner_house_id);

        CREATE INDEX idx_fleets_location ON fleets(location_system_id);

        CREATE TABLE ships (
            id TEXT PRIMARY KEY,
            fleet_id TEXT NOT NULL,
            ship_type TEXT NOT NULL,
            hull_points INTEGER NOT NULL,
            max_hull_points INTEGER NOT NULL,
            created_at INTEGER NOT NULL,
            FOREIGN KEY (fleet_id) REFERENCES fleets(id) ON DELETE CASCADE,
            CHECK(ship_type IN ('Military', 'Spacelift'))
        );

        CREATE INDEX idx_ships_fleet ON ships(fleet_id);

        CREATE TABLE orders (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            game_id TEXT NOT NULL,
            house_id TEXT NOT NULL,
            turn INTEGER NOT NULL,
            fleet_id TEXT NOT NULL,
            order_type TEXT NOT NULL,
            target_system_id TEXT,
            target_fleet_id TEXT,
            params TEXT,
            submitted_at INTEGER NOT NULL,
            processed BOOLEAN NOT NULL DEFAULT 0,
            FOREIGN KEY (game_id) REFERENCES games(id) ON DELETE CASCADE,
            FOREIGN KEY (house_id) REFERENCES houses(id) ON DELETE CASCADE,
            FOREIGN KEY (fleet_id) REFERENCES fleets(id) ON DELETE CASCADE,
            FOREIGN KEY (target_system_id) REFERENCES systems(id) ON DELETE SET NULL,
            FOREIGN KEY (target_fleet_id) REFERENCES fleets(id) ON DELETE SET NULL,
            UNIQUE(game_id, turn, fleet_id)
        );

        CREATE INDEX idx_orders_turn ON orders(game_id, turn);

        CREATE INDEX idx_orders_house_turn ON orders(house_id, turn);

        CREATE INDEX idx_orders_unprocessed ON orders(game_id, turn, processed)
            WHERE processed = 0;

        CREATE TABLE diplomacy (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            game_id TEXT NOT NULL,
            house_a_id TEXT NOT NULL,
            house_b_id TEXT NOT NULL,
            relation TEXT NOT NULL,
            turn_established INTEGER NOT NULL,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            FOREIGN KEY (game_id) REFERENCES games(id) ON DELETE CASCADE,
            FOREIGN KEY (house_a_id) REFERENCES houses(id) ON DELETE CASCADE,
            FOREIGN KEY (house_b_id) REFERENCES houses(id) ON DELETE CASCADE,
            UNIQUE(game_id, house_a_id, house_b_id),
            CHECK(relation IN ('War', 'Peace', 'Alliance', 'NAP')),
            CHECK(house_a_id < house_b_id)
        );

        CREATE INDEX idx_diplomacy_game ON diplomacy(game_id);

        CREATE INDEX idx_diplomacy_houses ON diplomacy(house_a_id, house_b_id);

        CREATE TABLE turn_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            game_id TEXT NOT NULL,
            turn INTEGER NOT NULL,
            phase TEXT NOT NULL,
            event_type TEXT NOT NULL,
            data TEXT NOT NULL,
            visible_to_house_id TEXT,
            created_at INTEGER NOT NULL,
            FOREIGN KEY (game_id) REFERENCES games(id) ON DELETE CASCADE,
            FOREIGN KEY (visible_to_house_id) REFERENCES houses(id) ON DELETE CASCADE
        );

        CREATE INDEX idx_turn_log_game_turn ON turn_log(game_id, turn);

        CREATE INDEX idx_turn_log_visibility ON turn_log(visible_to_house_id)
            WHERE visible_to_house_id IS NOT NULL;

        CREATE TABLE intel_systems (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            game_id TEXT NOT NULL,
            house_id TEXT NOT NULL,
            system_id TEXT NOT NULL,
            last_scouted_turn INTEGER NOT NULL,
            visibility_level TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            FOREIGN KEY (game_id) REFERENCES games(id) ON DELETE CASCADE,
            FOREIGN KEY (house_id) REFERENCES houses(id) ON DELETE CASCADE,
            FOREIGN KEY (system_id) REFERENCES systems(id) ON DELETE CASCADE,
            UNIQUE(game_id, house_id, system_id),
            CHECK(visibility_level IN ('owned', 'occupied', 'scouted', 'adjacent'))
        );

        CREATE INDEX idx_intel_systems_house ON intel_systems(game_id, house_id);

        CREATE INDEX idx_intel_systems_system ON intel_systems(system_id);

        CREATE TABLE intel_fleets (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            game_id TEXT NOT NULL,
            house_id TEXT NOT NULL,
            fleet_id TEXT NOT NULL,
            detected_turn INTEGER NOT NULL,
            detected_system_id TEXT NOT NULL,
            ship_count INTEGER,
            ship_types TEXT,
            intel_quality TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            FOREIGN KEY (game_id) REFERENCES games(id) ON DELETE CASCADE,
            FOREIGN KEY (house_id) REFERENCES houses(id) ON DELETE CASCADE,
            FOREIGN KEY (fleet_id) REFERENCES fleets(id) ON DELETE CASCADE,
            FOREIGN KEY (detected_system_id) REFERENCES systems(id) ON DELETE CASCADE,
            UNIQUE(game_id, house_id, fleet_id),
            CHECK(intel_quality IN ('visual', 'scan', 'spy'))
        );

        CREATE INDEX idx_intel_fleets_house ON intel_fleets(game_id, house_id);

        CREATE INDEX idx_intel_fleets_fleet ON intel_fleets(fleet_id);

        CREATE INDEX idx_intel_fleets_staleness ON intel_fleets(game_id, detected_turn);

        CREATE TABLE intel_colonies (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            game_id TEXT NOT NULL,
            house_id TEXT NOT NULL,
            colony_id TEXT NOT NULL,
            intel_turn INTEGER NOT NULL,
            population INTEGER,
            industry INTEGER,
            defenses INTEGER,
            starbase_level INTEGER,
            intel_source TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            FOREIGN KEY (game_id) REFERENCES games(id) ON DELETE CASCADE,
            FOREIGN KEY (house_id) REFERENCES houses(id) ON DELETE CASCADE,
            FOREIGN KEY (colony_id) REFERENCES colonies(id) ON DELETE CASCADE,
            UNIQUE(game_id, house_id, colony_id),
            CHECK(intel_source IN ('spy', 'capture', 'scan'))
        );

        CREATE INDEX idx_intel_colonies_house ON intel_colonies(game_id, house_id);

        CREATE INDEX idx_intel_colonies_colony ON intel_colonies(colony_id);

        CREATE INDEX idx_intel_colonies_staleness ON intel_colonies(game_id, intel_turn);

        CREATE TABLE game_events (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            game_id TEXT NOT NULL,
            turn INTEGER NOT NULL,
            event_type TEXT NOT NULL,
            house_id TEXT,
            fleet_id TEXT,
            system_id TEXT,
            order_type TEXT,
            description TEXT NOT NULL,
            reason TEXT,
            event_data TEXT,
            created_at INTEGER NOT NULL,
            FOREIGN KEY (game_id) REFERENCES games(id) ON DELETE CASCADE
        );

        CREATE INDEX idx_events_game_turn ON game_events(game_id, turn);

        CREATE INDEX idx_events_house ON game_events(house_id) WHERE house_id IS NOT NULL;

        CREATE INDEX idx_events_type ON game_events(game_id, event_type);

        CREATE TABLE diagnostic_metrics (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            game_id TEXT NOT NULL,
            turn INTEGER NOT NULL,
            act INTEGER NOT NULL,
            rank INTEGER NOT NULL,
            house_id TEXT NOT NULL,

            created_at INTEGER NOT NULL,
            FOREIGN KEY (game_id) REFERENCES games(id) ON DELETE CASCADE,
            UNIQUE(game_id, turn, house_id)
        );

        CREATE INDEX idx_diagnostics_game_turn ON diagnostic_metrics(game_id, turn);

        CREATE INDEX idx_diagnostics_house ON diagnostic_metrics(game_id, house_id);

        CREATE INDEX idx_diagnostics_act ON diagnostic_metrics(game_id, act);

        CREATE TABLE nostr_events (
            id TEXT PRIMARY KEY,
            game_id TEXT NOT NULL,
            kind INTEGER NOT NULL,
            pubkey TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            content TEXT NOT NULL,
            tags TEXT NOT NULL,
            sig TEXT NOT NULL,
            processed BOOLEAN NOT NULL DEFAULT 0,
            received_at INTEGER NOT NULL,
            FOREIGN KEY (game_id) REFERENCES games(id) ON DELETE CASCADE
        );

        CREATE INDEX idx_nostr_events_game_kind ON nostr_events(game_id, kind);

        CREATE INDEX idx_nostr_events_unprocessed ON nostr_events(processed, game_id)
            WHERE processed = 0;

        CREATE TABLE nostr_outbox (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            game_id TEXT NOT NULL,
            event_kind INTEGER NOT NULL,
            recipient_pubkey TEXT,
            content TEXT NOT NULL,
            tags TEXT NOT NULL,
            sent BOOLEAN NOT NULL DEFAULT 0,
            created_at INTEGER NOT NULL,
            sent_at INTEGER,
            FOREIGN KEY (game_id) REFERENCES games(id) ON DELETE CASCADE
        );

        CREATE INDEX idx_nostr_outbox_unsent ON nostr_outbox(sent, game_id)
            WHERE sent = 0;

        CREATE TABLE state_deltas (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            game_id TEXT NOT NULL,
            turn INTEGER NOT NULL,
            house_id TEXT,
            delta_type TEXT NOT NULL,
            entity_id TEXT,
            data TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            FOREIGN KEY (game_id) REFERENCES games(id) ON DELETE CASCADE,
            FOREIGN KEY (house_id) REFERENCES houses(id) ON DELETE CASCADE
        );

        CREATE INDEX idx_deltas_turn ON state_deltas(game_id, turn, house_id);

        CREATE INDEX idx_deltas_type ON state_deltas(game_id, delta_type);

        CREATE TABLE schema_version (
            version INTEGER PRIMARY KEY,
            applied_at INTEGER NOT NULL
        );
        """
}
