public import Engine
internal import Foundation
internal import GRDB

extension GameStore {
    /// The game's own row: deadline, transport, setup, failed resolutions.
    public func game() throws -> StoredGame {
        try StoredGame(try gameRecord())
    }

    func gameRecord() throws -> GameRecord {
        guard let game = try database.writer.read({ db in try GameRecord.fetchOne(db) }) else {
            throw StorageError(.missingGame, "\(database.path) holds no game")
        }
        return game
    }

    /// The game's key, as its stream version says: none for version 1, 32 bytes for version 2.
    static func key(of game: GameRecord) throws -> GameKey? {
        switch game.randomStream {
        case 1: return nil
        case 2:
            guard let bytes = game.gameKey, let key = GameKey(bytes: Array(bytes)) else {
                throw StorageError(.inconsistentState, "game \(game.id) uses keyed dice but has no 32-byte key")
            }
            return key
        default: throw StorageError(.inconsistentState, "game \(game.id) has an unknown random stream version \(game.randomStream)")
        }
    }

    /// Every house, by id.
    public func houses() throws -> [StoredHouse] {
        try database.writer.read { db in try HouseRecord.order(Column("id")).fetchAll(db) }.map(StoredHouse.init)
    }

    /// The whole game state, as the engine sees it.
    public func loadState() throws -> GameState {
        try database.writer.read { db in try Self.loadState(db) }
    }

    static func loadState(_ db: Database) throws -> GameState {
        guard let game = try GameRecord.fetchOne(db) else {
            throw StorageError(.missingGame, "the database holds no game")
        }
        let config = try JSONDecoder().decode(GameConfig.self, from: Data(game.gameConfigJson.utf8))
        guard let phase = GamePhase(rawValue: game.phase) else {
            throw StorageError(.inconsistentState, "unknown game phase \(game.phase)")
        }
        let info = GameInfo(
            id: game.id, name: game.name, turn: game.turn, year: game.year, month: game.month, phase: phase,
            seed: UInt64(bitPattern: game.seed), key: try key(of: game), turnLimit: game.turnLimit,
            winnerHouseID: game.winnerHouseId
        )
        let houses = try HouseRecord.order(Column("id")).fetchAll(db).map { record in
            House(
                id: record.id, name: record.name, slug: record.slug ?? InitialStateBuilder.slug(for: record.name),
                color: record.color, prestige: record.prestige, treasury: record.treasury,
                eliminated: record.eliminated, homeSystemID: record.homeSystemId
            )
        }
        // The big tables are read row by row by column position: decoding
        // records by name cost more than the query on large maps.
        var systems: [StarSystem] = []
        let systemRows = try Row.fetchCursor(db, sql: "SELECT id, name, hex_q, hex_r, owner_house_id FROM systems ORDER BY id")
        while let row = try systemRows.next() {
            systems.append(StarSystem(id: row[0], name: row[1], coord: HexCoord(q: row[2], r: row[3]), ownerHouseID: row[4]))
        }
        var lanes: [Lane] = []
        let laneRows = try Row.fetchCursor(db, sql: "SELECT from_system_id, to_system_id, lane_type FROM lanes ORDER BY id")
        while let row = try laneRows.next() {
            let name: String = row[2]
            guard let type = LaneType(rawValue: name) else { throw StorageError(.inconsistentState, "unknown lane type \(name)") }
            lanes.append(Lane(between: row[0], and: row[1], type: type))
        }
        var colonies: [Colony] = []
        let colonyRows = try Row.fetchCursor(
            db,
            sql: """
                SELECT id, system_id, owner_house_id, population, industry, defenses, starbase_level, under_siege FROM colonies ORDER BY id
                """)
        while let row = try colonyRows.next() {
            colonies.append(
                Colony(
                    id: row[0], systemID: row[1], ownerHouseID: row[2], population: row[3], industry: row[4],
                    defenses: row[5], starbaseLevel: row[6], underSiege: row[7]
                ))
        }
        var shipsByFleet: [String: [Ship]] = [:]
        let shipRows = try Row.fetchCursor(db, sql: "SELECT id, fleet_id, ship_type, hull_points, max_hull_points FROM ships ORDER BY id")
        while let row = try shipRows.next() {
            let name: String = row[2]
            guard let type = ShipType(rawValue: name) else { throw StorageError(.inconsistentState, "unknown ship type \(name)") }
            shipsByFleet[row[1], default: []].append(Ship(id: row[0], type: type, hullPoints: row[3], maxHullPoints: row[4]))
        }
        let decoder = JSONDecoder()
        var fleets: [Fleet] = []
        let fleetRows = try Row.fetchCursor(db, sql: "SELECT id, owner_house_id, location_system_id, name, standing_order FROM fleets ORDER BY id")
        while let row = try fleetRows.next() {
            let id: String = row[0]
            let standing: String? = row[4]
            fleets.append(
                Fleet(
                    id: id, ownerHouseID: row[1], locationSystemID: row[2], name: row[3], ships: shipsByFleet[id] ?? [],
                    standingOrder: try standing.map { try decoder.decode(FleetCommand.self, from: Data($0.utf8)) }
                ))
        }
        let diplomacy = try DiplomacyRecord.fetchAll(db).map { record in
            guard let relation = DiplomaticRelation(rawValue: record.relation) else {
                throw StorageError(.inconsistentState, "unknown relation \(record.relation)")
            }
            return Diplomacy(between: record.houseAId, and: record.houseBId, relation: relation, turnEstablished: record.turnEstablished)
        }
        let proposals = try Row.fetchAll(db, sql: "SELECT * FROM diplomatic_proposals").map { row in
            guard let relation = DiplomaticRelation(rawValue: row["relation"]) else {
                throw StorageError(.inconsistentState, "unknown proposed relation \(row["relation"] as String)")
            }
            return DiplomaticProposal(from: row["from_house_id"], to: row["to_house_id"], relation: relation, turnProposed: row["turn_proposed"])
        }
        return GameState(
            game: info, config: config, houses: houses, systems: systems, lanes: lanes,
            colonies: colonies, fleets: fleets, diplomacy: diplomacy, proposals: proposals,
            intel: try loadIntel(db, houseIDs: houses.map(\.id))
        )
    }

    static func loadIntel(_ db: Database, houseIDs: [String]) throws -> [HouseIntel] {
        var intel = Dictionary(uniqueKeysWithValues: houseIDs.map { ($0, HouseIntel(houseID: $0)) })
        for row in try Row.fetchAll(db, sql: "SELECT house_id, system_id, visibility_level, last_scouted_turn FROM intel_systems") {
            guard let visibility = SystemVisibility(rawValue: row["visibility_level"]) else {
                throw StorageError(.inconsistentState, "unknown visibility \(row["visibility_level"] as String)")
            }
            intel[row["house_id"]]?.systems.append(SystemIntel(systemID: row["system_id"], visibility: visibility, lastSeenTurn: row["last_scouted_turn"]))
        }
        let decoder = JSONDecoder()
        for row in try Row.fetchAll(db, sql: "SELECT * FROM intel_fleets") {
            let types = try decoder.decode(ShipCounts.self, from: Data((row["ship_types"] as String? ?? "{}").utf8))
            var entry = FleetIntel(
                fleetID: row["fleet_id"], ownerHouseID: row["owner_house_id"] ?? "", systemID: row["detected_system_id"],
                detectedTurn: row["detected_turn"], shipTypes: types, quality: row["intel_quality"]
            )
            entry.shipCount = row["ship_count"] ?? types.total
            intel[row["house_id"]]?.fleets.append(entry)
        }
        for row in try Row.fetchAll(db, sql: "SELECT * FROM intel_colonies") {
            let colony = Colony(
                id: row["colony_id"], systemID: row["system_id"] ?? "", ownerHouseID: row["owner_house_id"] ?? "",
                population: row["population"] ?? 0, industry: row["industry"] ?? 0, defenses: row["defenses"] ?? 0,
                starbaseLevel: row["starbase_level"] ?? 0, underSiege: row["under_siege"]
            )
            intel[row["house_id"]]?.colonies.append(ColonyIntel(colony: colony, turn: row["intel_turn"], source: row["intel_source"]))
        }
        return houseIDs.sorted().map { id in
            var entry = intel[id]!
            entry.systems.sort { $0.systemID < $1.systemID }
            entry.fleets.sort { $0.fleetID < $1.fleetID }
            entry.colonies.sort { $0.colonyID < $1.colonyID }
            return entry
        }
    }
}

extension GameStore {
    /// SQLite's `data_version`: changes when another connection commits.
    public func dataVersion() throws -> Int {
        try database.writer.read { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
    }
}

extension GameStore {
    /// The state the game started from.
    public func initialState() throws -> GameState {
        let text = try database.writer.read { db in try String.fetchOne(db, sql: "SELECT state_json FROM initial_state") }
        guard let text else { throw StorageError(.missingGame, "\(database.path) has no recorded initial state") }
        return try JSONDecoder().decode(GameState.self, from: Data(text.utf8))
    }
}
