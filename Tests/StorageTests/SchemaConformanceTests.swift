import Foundation
import GRDB
import Testing
import TestSupport
@testable import Storage

/// The schema of a new game must match storage.md object for object: every
/// design column, type, default, NOT NULL, key, CHECK, foreign key, UNIQUE and
/// index, under the same names. Extensions may only add what docs/schema.md lists.
@Suite struct SchemaConformanceTests {
    static let designTables = [
        "games", "houses", "systems", "lanes", "colonies", "fleets", "ships", "orders", "diplomacy", "turn_log",
        "intel_systems", "intel_fleets", "intel_colonies", "game_events", "diagnostic_metrics", "nostr_events",
        "nostr_outbox", "state_deltas", "schema_version",
    ]

    /// Columns the extension migrations add to design tables (docs/schema.md).
    static let extensionColumns: [String: Set<String>] = [
        "games": ["seed", "turn_limit", "winner_house_id", "resolve_failures", "last_error", "game_key", "random_stream"],
        "houses": ["slug", "treasury", "token_hash", "nostr_invite_hash"],
        "nostr_events": ["turn", "note"],
        "nostr_outbox": ["event_json", "acked_relays"],
        "orders": ["submission_id"],
        "fleets": ["standing_order"],
        "intel_fleets": ["owner_house_id"],
        "intel_colonies": ["system_id", "owner_house_id", "under_siege"],
        "diagnostic_metrics": Set(metricColumns),
    ]

    static let metricColumns = [
        "eliminated", "treasury", "treasury_change", "production", "upkeep", "build_spending", "population", "industry", "defenses", "starbase_levels", "colonies",
        "colonies_under_siege", "colonies_founded", "colonies_captured", "colonies_lost", "colonizations_attempted", "colonizations_failed", "fleets", "ships_total",
        "ships_military", "ships_spacelift", "ships_crippled", "ships_built_military", "ships_built_spacelift", "ships_lost", "ships_destroyed", "ships_consumed", "hull_repaired",
        "fleets_moved", "jumps", "fleets_merged", "battles", "battles_won", "battles_lost", "retreats", "invasions_attempted", "invasions_succeeded", "blockades_active",
        "submitted", "orders_submitted", "orders_completed", "orders_in_progress", "orders_failed", "standing_orders_followed", "prestige", "prestige_change", "relations_war",
        "relations_peace", "relations_nap", "relations_alliance", "known_systems", "detected_foreign_fleets",
    ]

    static let extensionTables: Set<String> = [
        "turn_hashes", "submissions", "house_orders", "legacy_system_ids", "diplomatic_proposals", "initial_state", "nostr_published", "pending_receipts",
    ]

    let folder: TemporaryFolder
    let game: DatabaseQueue
    let design: DatabaseQueue

    init() throws {
        folder = try TemporaryFolder()
        game = try GameDatabase.create(inFolder: folder.url).writer
        design = try DesignReference.database()
    }

    @Test func designReferenceHasEveryTableOfTheContract() throws {
        let names = try design.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'") }
        #expect(Set(names) == Set(Self.designTables))
    }

    @Test(arguments: designTables)
    func columnsMatchTheDesign(table: String) throws {
        let sql = "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?) ORDER BY cid"
        let expected = try design.read { db in try Row.fetchAll(db, sql: sql, arguments: [table]) }
        let actual = try game.read { db in try Row.fetchAll(db, sql: sql, arguments: [table]) }
        #expect(!expected.isEmpty)
        // Design columns come first and unchanged; extensions are appended after them.
        #expect(Array(actual.prefix(expected.count)) == expected)
        let extra = Set(actual.dropFirst(expected.count).map { $0["name"] as String })
        #expect(extra == Self.extensionColumns[table] ?? [])
    }

    @Test(arguments: designTables)
    func foreignKeysMatchTheDesign(table: String) throws {
        let sql = "SELECT \"table\", \"from\", \"to\", on_update, on_delete, \"match\" FROM pragma_foreign_key_list(?)"
        let expected = try design.read { db in try Set(Row.fetchAll(db, sql: sql, arguments: [table]).map(\.description)) }
        let actual = try game.read { db in try Set(Row.fetchAll(db, sql: sql, arguments: [table]).map(\.description)) }
        #expect(expected.isSubset(of: actual))
        let added = actual.subtracting(expected)
        // Only the extension columns that reference other rows add foreign keys.
        #expect(added.allSatisfy { key in Self.extensionColumns[table]?.contains { key.contains("from:\"\($0)\"") } ?? false })
    }

    @Test(arguments: designTables)
    func uniqueConstraintsAndIndexesMatchTheDesign(table: String) throws {
        let expected = try Self.indexes(of: table, in: design)
        let actual = try Self.indexes(of: table, in: game)
        for (name, shape) in expected where name != "idx_nostr_events_turn" {
            #expect(actual[name] == shape, "index \(name) of \(table)")
        }
    }

    @Test(arguments: designTables)
    func checkConstraintsMatchTheDesign(table: String) throws {
        let sql = "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"
        let expected = try design.read { db in try String.fetchOne(db, sql: sql, arguments: [table]) } ?? ""
        let actual = try game.read { db in try String.fetchOne(db, sql: sql, arguments: [table]) } ?? ""
        #expect(Self.checks(in: actual) == Self.checks(in: expected))
    }

    @Test func extensionTablesAreExactlyTheDocumentedOnes() throws {
        let names = try game.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%'")
        }
        #expect(Set(names).subtracting(Self.designTables) == Self.extensionTables)
    }

    @Test func extensionIndexesAreExactlyTheDocumentedOnes() throws {
        let sql = "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_autoindex%'"
        let design = try design.read { db in try Set(String.fetchAll(db, sql: sql)) }
        let actual = try game.read { db in try Set(String.fetchAll(db, sql: sql)) }
        #expect(
            actual.subtracting(design) == [
                "idx_houses_slug", "idx_submissions_turn", "idx_submissions_sha", "idx_house_orders_turn",
                "idx_orders_fleet", "idx_orders_target_fleet",
            ])
        // The design's broken nostr index is replaced under the same name, not dropped.
        #expect(actual.contains("idx_nostr_events_turn"))
    }

    @Test func schemaVersionRecordsEveryMigration() throws {
        let versions = try game.read { db in try Int.fetchAll(db, sql: "SELECT version FROM schema_version ORDER BY version") }
        #expect(versions == Array(1...SchemaMigrator.latestVersion))
    }

    /// Each index as (unique, partial, columns, WHERE clause), keyed by name;
    /// UNIQUE constraints appear as automatic indexes named by their columns.
    static func indexes(of table: String, in queue: DatabaseQueue) throws -> [String: String] {
        try queue.read { db in
            var result: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT name, \"unique\", partial FROM pragma_index_list(?)", arguments: [table]) {
                let name: String = row["name"]
                let columns = try String.fetchAll(db, sql: "SELECT coalesce(name, '<expr>') FROM pragma_index_info(?) ORDER BY seqno", arguments: [name])
                let sql = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = ?", arguments: [name]) ?? ""
                let whereClause = sql.range(of: "WHERE").map { String(sql[$0.lowerBound...]).split(whereSeparator: \.isWhitespace).joined(separator: " ") } ?? ""
                let key = name.hasPrefix("sqlite_autoindex") ? "unique(\(columns.joined(separator: ",")))" : name
                result[key] = "unique=\(row["unique"] as Int) partial=\(row["partial"] as Int) columns=\(columns) \(whereClause)"
            }
            return result
        }
    }

    /// The CHECK clauses of a CREATE TABLE statement, whitespace folded.
    static func checks(in sql: String) -> [String] {
        var result: [String] = []
        var rest = Substring(sql)
        while let start = rest.range(of: "CHECK") {
            var depth = 0
            var end = start.upperBound
            for index in rest[start.upperBound...].indices {
                if rest[index] == "(" { depth += 1 }
                if rest[index] == ")" {
                    depth -= 1
                    if depth == 0 {
                        end = rest.index(after: index)
                        break
                    }
                }
            }
            result.append(rest[start.lowerBound..<end].split(whereSeparator: \.isWhitespace).joined(separator: " "))
            rest = rest[end...]
        }
        return result.sorted()
    }
}
