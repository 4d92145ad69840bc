import Engine
import Foundation
import GRDB
import Testing
import TestSupport
@testable import Games
@testable import FolderTransport
@testable import Daemon
@testable import PlayerProtocol
@testable import Storage

/// The storage encoding changes (issue #15) lose nothing: the same seeded
/// 4-house bot game, played through the real ingestion path once with the
/// write path before them (`StorageLevers` none) and once with every lever,
/// reads back the same replay, views, intel, receipts, events and
/// query-pattern results. The recorded replay fixture, written by an earlier
/// build, still reads back its events as that build's reader did.
@Suite struct StorageEquivalenceTests {
    static let fixture = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/replay-4p-seed7/ec4x.db")

    /// Everything a player, a host or replay reads back, by turn and house.
    struct Snapshot: Codable, Equatable {
        var replay: ReplayGame.Report
        var stateHash: String
        var intel: [HouseIntel]
        var receipts: [String]
        var views: [String: String]
        var turns: [Turn]
        var visibleState: [String: [String]]
        var ordersInForceTurns: [Int: [String: Int]]
    }

    struct Turn: Codable, Equatable {
        var turn: Int
        var expected: [String]
        var submitted: [String]
        var events: [TurnEvent]
        /// The rows of the design's turn-deltas query, by house slug.
        var deltas: [String: [String]]
        /// `game_events` rows each house may see through `turn_log`, by slug ("public" for everyone).
        var eventsSeen: [String: [Int]]
        var eventCount: Int
    }

    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// JSON text with its keys sorted and no spaces: the same data reads the same whatever its encoding.
    static func normalized(_ json: String) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(try JSONDecoder().decode([String: JSONValue].self, from: Data(json.utf8))), as: UTF8.self)
    }

    func play(_ game: TestGame, turns: Int) throws -> [String] {
        var receipts: [String] = []
        func keep(_ receipt: Receipt) throws {
            var stable = receipt
            stable.receivedAt = ""
            receipts.append(try Self.encode(stable))
        }
        for _ in 0..<turns {
            for house in game.state.activeHouses {
                let file = try BotOrders.make(session: game.session, slug: house.slug, strategy: .greedy, token: game.token(house.slug))
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys]
                let bytes = try encoder.encode(file)
                try keep(try game.drop(bytes, as: "turn\(game.session.turn).json", into: house.slug))
                if house.slug == game.state.activeHouses.first?.slug {
                    // The same bytes again: a duplicate, answered with the earlier receipt.
                    try keep(try game.drop(bytes, as: "again\(game.session.turn).json", into: house.slug))
                }
            }
            _ = try ResolveTurn(session: game.session).run()
        }
        return receipts
    }

    func snapshot(_ game: TestGame, receipts: [String]) throws -> Snapshot {
        // Everything below is read from the database, as after a restart.
        let session = try GameSession(folder: game.session.folder)
        let store = session.store
        let slugs = Dictionary(uniqueKeysWithValues: session.state.houses.map { ($0.id, $0.slug) })
        var turns: [Turn] = []
        for turn in 1..<session.turn {
            let readiness = try store.turnReadiness(turn: turn)
            var deltas: [String: [String]] = [:]
            for house in session.state.houses {
                deltas[house.slug] = try store.turnDeltas(turn: turn, houseID: house.id).map {
                    "\($0.houseId.flatMap { slugs[$0] } ?? "public") \($0.deltaType) \($0.entityId ?? "-") \(try Self.normalized($0.data))"
                }
            }
            var seen: [String: [Int]] = [:]
            let rows = try store.database.writer.read { db in
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT l.visible_to_house_id AS house, e.id AS event FROM turn_log l
                        JOIN game_events e ON e.id = json_extract(l.data, '$.event_id')
                        WHERE l.turn = ? ORDER BY e.id, l.visible_to_house_id
                        """, arguments: [turn])
            }
            let first = try store.database.writer.read { db in try Int.fetchOne(db, sql: "SELECT min(id) FROM game_events WHERE turn = ?", arguments: [turn]) } ?? 0
            for row in rows {
                let house: String? = row["house"]
                seen[house.flatMap { slugs[$0] } ?? "public", default: []].append(row["event"] - first)
            }
            let count = try store.database.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM game_events WHERE turn = ?", arguments: [turn]) } ?? 0
            turns.append(
                Turn(
                    turn: turn, expected: readiness.expected, submitted: readiness.submitted, events: try store.events(turn: turn),
                    deltas: deltas, eventsSeen: seen, eventCount: count
                ))
        }
        var visible: [String: [String]] = [:]
        for house in session.state.houses {
            let state = try store.visibleState(houseID: house.id, currentTurn: session.turn)
            visible[house.slug] =
                state.ownColonies.map { "colony \($0.id) \($0.systemId) \($0.population) \($0.industry) \($0.defenses)" }
                + state.knownSystems.map { "system \($0.system.id) \($0.visibility) \($0.lastScoutedTurn)" }
                + state.detectedFleets.map { "fleet \($0.fleetID) \($0.systemID) \($0.shipCount.map(String.init) ?? "-") \($0.turnsStale)" }
        }
        try ViewFiles(session: session).publishCurrent()
        var views: [String: String] = [:]
        for house in session.state.houses {
            views[house.slug] = String(decoding: try Data(contentsOf: session.folder.viewFile(house.slug)), as: UTF8.self)
        }
        var orders: [Int: [String: Int]] = [:]
        for turn in 1...session.turn {
            orders[turn] = try store.ordersInForce(turn: turn).orders.reduce(into: [:]) { counts, entry in
                counts[slugs[entry.key] ?? entry.key] = entry.value.fleetOrders.count + entry.value.builds.count + entry.value.diplomacy.count
            }
        }
        return Snapshot(
            replay: try ReplayGame(session: session).run(), stateHash: session.stateHash, intel: session.state.intel,
            receipts: receipts, views: views, turns: turns, visibleState: visible, ordersInForceTurns: orders
        )
    }

    func played(levers: StorageLevers) throws -> (Snapshot, TestGame) {
        try StorageLevers.$inEffect.withValue(levers) {
            // Open: no random tokens, so both games receive the same bytes.
            let game = try TestGame(players: 4, seed: 11, open: true)
            let receipts = try play(game, turns: 12)
            return (try snapshot(game, receipts: receipts), game)
        }
    }

    @Test func aBotGameReadsBackTheSameWithAndWithoutTheLevers() throws {
        let (before, oldGame) = try played(levers: [])
        let (now, newGame) = try played(levers: .all)
        #expect(now.replay.turnsChecked == 12)
        #expect(now.replay.firstMismatch == nil)
        #expect(now.replay == before.replay)
        #expect(now.stateHash == before.stateHash)
        #expect(now.intel == before.intel)
        #expect(now.receipts == before.receipts)
        #expect(now.receipts.contains { $0.contains("\"duplicate\"") })
        #expect(now.views == before.views)
        #expect(now.visibleState == before.visibleState)
        #expect(now.ordersInForceTurns == before.ordersInForceTurns)
        #expect(now.turns.count == before.turns.count)
        for (mine, theirs) in zip(now.turns, before.turns) {
            #expect(mine == theirs, "turn \(mine.turn)")
        }
        // And the levers did act: smaller event data, deflated files, larger pages, fewer order rows.
        func figures(_ game: TestGame) throws -> [Int] {
            try DatabaseQueue(path: game.session.folder.databaseURL.path).read { db in
                [
                    try Int.fetchOne(db, sql: "SELECT sum(length(event_data)) FROM game_events") ?? 0,
                    try Int.fetchOne(db, sql: "SELECT sum(length(raw)) FROM submissions") ?? 0,
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM submissions WHERE raw_encoding = 'deflate'") ?? 0,
                    try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0,
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM orders") ?? 0,
                    try Int.fetchOne(db, sql: "SELECT coalesce(sum(json_array_length(repeated_standing_orders)), 0) FROM submissions") ?? 0,
                    try Int.fetchOne(
                        db, sql: "SELECT count(*) FROM game_events WHERE event_type = 'FleetMoved' AND json_extract(event_data, '$.data.to') IS NULL") ?? 0,
                ]
            }
        }
        let old = try figures(oldGame)
        let new = try figures(newGame)
        #expect(new[0] < old[0])
        #expect(new[1] < old[1])
        #expect(old[2] == 0 && new[2] > 0)
        #expect(old[3] == 4096 && new[3] == GameDatabase.largerPageSize)
        // Lines repeating a standing order moved from orders rows to the submission's list.
        #expect(old[5] == 0 && new[5] > 0)
        #expect(new[4] < old[4])
        // Moves' data without the system their row's system_id names.
        #expect(old[6] == 0 && new[6] > 0)
    }

    /// The reader before issue #15: phase and visibility from event_data alone.
    struct EarlierEventRow: Decodable {
        var phase: TurnPhase
        var data: [String: JSONValue]?
        var visibility: EventVisibility?
    }

    @Test func theRecordedReplayFixtureReadsBackAsTheEarlierReaderDid() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(at: Self.fixture, to: folder.url.appendingPathComponent(GameDatabase.fileName))
        let store = GameStore(database: try GameDatabase.open(folder: folder.url))
        var checked = 0
        for turn in 1...9 {
            let rows = try store.database.writer.read { db in
                try Row.fetchAll(db, sql: "SELECT event_type, house_id, event_data FROM game_events WHERE turn = ? ORDER BY id", arguments: [turn])
            }
            let events = try store.events(turn: turn)
            #expect(events.count == rows.count)
            for (event, row) in zip(events, rows) {
                let earlier = try JSONDecoder().decode(EarlierEventRow.self, from: Data((row["event_data"] as String).utf8))
                #expect(event.phase == earlier.phase)
                #expect(event.data == earlier.data ?? [:])
                #expect(event.visibility == earlier.visibility ?? .actor)
                #expect(event.type.rawValue == row["event_type"] as String)
                checked += 1
            }
        }
        #expect(checked > 100)
    }
}

@Suite struct StorageCommandsTests {
    @Test func theStorageReportSplitsTheFileByTableAndTurn() throws {
        let game = try TestGame(players: 2, seed: 3, open: true)
        for _ in 0..<3 {
            for house in game.state.activeHouses {
                let file = try BotOrders.make(session: game.session, slug: house.slug, strategy: .greedy, token: nil)
                try game.drop(try JSONEncoder().encode(file), as: "turn\(game.session.turn).json", into: house.slug)
            }
            _ = try ResolveTurn(session: game.session).run()
        }
        let report = try GameStorageReport.make(session: game.session)
        #expect(report.turnsResolved == 3)
        let tables = Dictionary(uniqueKeysWithValues: report.tables.map { ($0.name, $0) })
        #expect(tables["game_events"]?.rows ?? 0 > 0)
        #expect(tables["submissions"]?.rows == 6)
        #expect(tables["game_events"]?.bytesPerTurn == Double(tables["game_events"]?.bytes ?? 0) / 3)
        #expect(tables["lanes"]?.bytesPerTurn == nil)
        #expect(report.tables.reduce(0) { $0 + $1.bytes } <= report.fileBytes)
    }

    /// With the compact-at-end lever the last turn leaves the file packed: compacting it
    /// again gains nothing, where the same game written without the lever still shrinks.
    @Test(arguments: [true, false])
    func aGameThatEndsIsCompactedAfterItsLastTurn(lever: Bool) throws {
        let levers: StorageLevers = lever ? .all : StorageLevers.all.subtracting(.compactAtEnd)
        try StorageLevers.$inEffect.withValue(levers) {
            let game = try TestGame(players: 4, seed: 6, open: true, turnLimit: 15)
            while game.session.state.game.phase == .active {
                for house in game.state.activeHouses {
                    let file = try BotOrders.make(session: game.session, slug: house.slug, strategy: .greedy, token: nil)
                    try game.drop(try JSONEncoder().encode(file), as: "turn\(game.session.turn).json", into: house.slug)
                }
                _ = try ResolveTurn(session: game.session).run()
            }
            let again = try game.session.store.database.compact()
            if lever {
                #expect(again.bytesAfter == again.bytesBefore)
            } else {
                #expect(again.bytesAfter < again.bytesBefore)
            }
        }
    }

    @Test func compactingKeepsEveryRowAndRefusesAnActiveGameUnlessForced() throws {
        let game = try TestGame(players: 2, seed: 4, open: true)
        for house in game.state.activeHouses {
            let file = try BotOrders.make(session: game.session, slug: house.slug, strategy: .greedy, token: nil)
            try game.drop(try JSONEncoder().encode(file), as: "turn1.json", into: house.slug)
        }
        _ = try ResolveTurn(session: game.session).run()
        #expect(throws: GamesError.self) { try CompactGame.run(session: game.session) }
        let before = try GameStorageReport.make(session: game.session).tables.map { [$0.name: $0.rows] }
        let result = try CompactGame.run(session: game.session, force: true)
        #expect(result.bytesAfter <= result.bytesBefore)
        #expect(
            try GameStorageReport.make(session: game.session).tables.map { [$0.name: $0.rows] }.sorted { $0.keys.first! < $1.keys.first! }
                == before.sorted { $0.keys.first! < $1.keys.first! })
        #expect(try ReplayGame(session: game.session).run().firstMismatch == nil)
    }
}
