internal import Foundation
internal import GRDB

/// The versioned migrations every game database goes through, in order.
/// Each also records its number in the design's `schema_version` table.
enum SchemaMigrator {
    static let steps: [(version: Int, name: String, sql: String)] = [
        (1, "design-schema", DesignSchema.sql),
        (2, "nostr-event-turn", ExtensionSchema.nostrEventTurn),
        (3, "house-identity-and-treasury", ExtensionSchema.houseIdentityAndTreasury),
        (4, "game-seed-and-history", ExtensionSchema.gameSeedAndHistory),
        (5, "submissions", ExtensionSchema.submissions),
        (6, "house-orders", ExtensionSchema.houseOrders),
        (7, "legacy-system-ids", ExtensionSchema.legacySystemIDs),
        (8, "engine-state", ExtensionSchema.engineState),
        (9, "diagnostic-metric-columns", ExtensionSchema.diagnosticMetricColumns),
        (10, "resolve-failures", ExtensionSchema.resolveFailures),
        (11, "initial-state", ExtensionSchema.initialState),
        (12, "order-fleet-indexes", ExtensionSchema.orderFleetIndexes),
        (13, "submission-raw-encoding", ExtensionSchema.submissionRawEncoding),
        (14, "game-key", ExtensionSchema.gameKey),
        (15, "submission-more-errors", ExtensionSchema.submissionMoreErrors),
        (16, "redact-stored-tokens", "SELECT 1"),
        (17, "repeated-standing-orders", ExtensionSchema.repeatedStandingOrders),
        (18, "nostr-transport", ExtensionSchema.nostrTransport),
        (19, "submission-ready", ExtensionSchema.submissionReady),
        (20, "pending-receipts", ExtensionSchema.pendingReceipts),
    ]

    /// Migrations that change data as well: run after their SQL, in the same transaction.
    static let dataSteps: [Int: @Sendable (Database) throws -> Void] = [
        16: RedactStoredTokens.run
    ]

    static var latestVersion: Int { steps.last!.version }

    static func migrator() -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for step in steps {
            migrator.registerMigration("v\(step.version)-\(step.name)") { db in
                try db.execute(sql: step.sql)
                try dataSteps[step.version]?(db)
                try db.execute(
                    sql: "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)",
                    arguments: [step.version, Int(Date().timeIntervalSince1970)]
                )
            }
        }
        return migrator
    }
}
