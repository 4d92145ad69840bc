public import Engine
internal import Foundation
internal import GRDB

extension GameStore {
    public func gameRecord() throws -> GameRecord {
        guard let game = try database.writer.read({ db in try GameRecord.fetchOne(db) }) else {
            throw StorageError(.missingGame, "\(database.path) holds no game")
        }
        return game
    }

    public func houseRecords() throws -> [HouseRecord] {
        try database.writer.read { db in try HouseRecord.order(Column("id")).fetchAll(db) }
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
            seed: UInt64(bitPattern: game.seed), turnLimit: game.turnLimit, winnerHouseID: game.winnerHouseId
        )
        let houses = try HouseRecord.order(Column("id")).fetchAll(db).map { record in
            House(
                id: record.id, name: record.name, slug: record.slug ?? InitialStateBuilder.slug(for: record.name),
                color: record.color, prestige: record.prestige, treasury: record.treasury,
                eliminated: record.eliminated, homeSystemID: record.homeSystemId
            )
        }
        let systems = try SystemRecord.order(Column("id")).fetchAll(db).map { record in
            StarSystem(id: record.id, name: record.name, coord: HexCoord(q: record.hexQ, r: record.hexR), ownerHouseID: record.ownerHouseId)
        }
        let lanes = try LaneRecord.fetchAll(db).map { record in
            guard let type = LaneType(rawValue: record.laneType) else {
                throw StorageError(.inconsistentState, "unknown lane type \(record.laneType)")
            }
            return Lane(between: record.fromSystemId, and: record.toSystemId, type: type)
        }
        let colonies = try ColonyRecord.order(Column("id")).fetchAll(db).map { record in
            Colony(
                id: record.id, systemID: record.systemId, ownerHouseID: record.ownerHouseId, population: record.population,
                industry: record.industry, defenses: record.defenses, starbaseLevel: record.starbaseLevel, underSiege: record.underSiege
            )
        }
        var shipsByFleet: [String: [Ship]] = [:]
        for record in try ShipRecord.order(Column("id")).fetchAll(db) {
            guard let type = ShipType(rawValue: record.shipType) else {
                throw StorageError(.inconsistentState, "unknown ship type \(record.shipType)")
            }
            shipsByFleet[record.fleetId, default: []].append(
                Ship(id: record.id, type: type, hullPoints: record.hullPoints, maxHullPoints: record.maxHullPoints)
            )
        }
        let fleets = try FleetRecord.order(Column("id")).fetchAll(db).map { record in
            Fleet(
                id: record.id, ownerHouseID: record.ownerHouseId, locationSystemID: record.locationSystemId,
                name: record.name, ships: shipsByFleet[record.id] ?? []
            )
        }
        let diplomacy = try DiplomacyRecord.fetchAll(db).map { record in
            guard let relation = DiplomaticRelation(rawValue: record.relation) else {
                throw StorageError(.inconsistentState, "unknown relation \(record.relation)")
            }
            return Diplomacy(between: record.houseAId, and: record.houseBId, relation: relation, turnEstablished: record.turnEstablished)
        }
        return GameState(
            game: info, config: config, houses: houses, systems: systems, lanes: lanes,
            colonies: colonies, fleets: fleets, diplomacy: diplomacy
        )
    }
}
