internal import Engine
internal import Foundation
internal import GRDB

/// Writes a game state into the tables, touching only the rows that changed
/// since `old` (nil: everything is new). Used for a new game and after every
/// turn, inside the caller's transaction.
enum StateWriter {
    static func write(_ new: GameState, replacing old: GameState?, db: Database, now: Int64) throws {
        let gameID = new.game.id
        try db.execute(
            sql: "UPDATE games SET turn = ?, year = ?, month = ?, phase = ?, turn_limit = ?, winner_house_id = ?, updated_at = ? WHERE id = ?",
            arguments: [new.game.turn, new.game.year, new.game.month, new.game.phase.rawValue, new.game.turnLimit, new.game.winnerHouseID, now, gameID]
        )
        if old == nil {
            for system in new.systems {
                try SystemRecord(
                    id: system.id, gameId: gameID, name: system.name, hexQ: system.coord.q, hexR: system.coord.r,
                    ring: system.ring, ownerHouseId: system.ownerHouseID, createdAt: now
                ).insert(db)
            }
            for lane in new.lanes {
                try LaneRecord(id: nil, gameId: gameID, fromSystemId: lane.from, toSystemId: lane.to, laneType: lane.type.rawValue, createdAt: now).insert(db)
            }
        } else {
            let before = Dictionary(uniqueKeysWithValues: old!.systems.map { ($0.id, $0.ownerHouseID) })
            for system in new.systems where before[system.id] != system.ownerHouseID {
                try db.run("UPDATE systems SET owner_house_id = ? WHERE id = ?", [system.ownerHouseID, system.id])
            }
        }
        let oldHouses = Dictionary(uniqueKeysWithValues: (old?.houses ?? []).map { ($0.id, $0) })
        for house in new.houses where oldHouses[house.id] != house {
            try db.execute(
                sql: "UPDATE houses SET prestige = ?, treasury = ?, eliminated = ?, home_system_id = ? WHERE id = ?",
                arguments: [house.prestige, house.treasury, house.eliminated, house.homeSystemID, house.id]
            )
        }
        try writeColonies(new, old: old, db: db, now: now)
        try writeFleets(new, old: old, db: db, now: now)
        try writeDiplomacy(new, old: old, db: db, now: now)
        try writeIntel(new, old: old, db: db, now: now)
    }

    static func writeColonies(_ new: GameState, old: GameState?, db: Database, now: Int64) throws {
        let before = Dictionary(uniqueKeysWithValues: (old?.colonies ?? []).map { ($0.id, $0) })
        let after = Set(new.colonies.map(\.id))
        for id in before.keys.sorted() where !after.contains(id) {
            try db.run("DELETE FROM colonies WHERE id = ?", [id])
        }
        for colony in new.colonies where before[colony.id] != colony {
            if before[colony.id] == nil {
                try ColonyRecord(
                    id: colony.id, gameId: new.game.id, systemId: colony.systemID, ownerHouseId: colony.ownerHouseID,
                    population: colony.population, industry: colony.industry, defenses: colony.defenses,
                    starbaseLevel: colony.starbaseLevel, underSiege: colony.underSiege, createdAt: now, updatedAt: now
                ).insert(db)
            } else {
                try db.run(
                    """
                    UPDATE colonies SET owner_house_id = ?, population = ?, industry = ?, defenses = ?, starbase_level = ?,
                        under_siege = ?, updated_at = ? WHERE id = ?
                    """,
                    [
                        colony.ownerHouseID, colony.population, colony.industry, colony.defenses,
                        colony.starbaseLevel, colony.underSiege, now, colony.id,
                    ])
            }
        }
    }

    static func writeFleets(_ new: GameState, old: GameState?, db: Database, now: Int64) throws {
        let before = Dictionary(uniqueKeysWithValues: (old?.fleets ?? []).map { ($0.id, $0) })
        let after = Set(new.fleets.map(\.id))
        // Ships first: a ship may have moved from a fleet that is deleted below.
        var oldShips: [String: (fleet: String, ship: Ship)] = [:]
        for fleet in old?.fleets ?? [] { for ship in fleet.ships { oldShips[ship.id] = (fleet.id, ship) } }
        var newShipIDs = Set<String>()
        let moveFleet = try db.prepared("UPDATE fleets SET location_system_id = ?, standing_order = ?, updated_at = ? WHERE id = ?")
        let changeFleet = try db.prepared(
            "UPDATE fleets SET owner_house_id = ?, location_system_id = ?, name = ?, standing_order = ?, updated_at = ? WHERE id = ?"
        )
        for fleet in new.fleets where before[fleet.id] != fleet {
            let standingOrder = fleet.standingOrder.map(Self.standingOrderJSON)
            if let previous = before[fleet.id] {
                // Owners and names rarely change; leaving them out spares the owner index.
                if previous.ownerHouseID == fleet.ownerHouseID, previous.name == fleet.name {
                    try moveFleet.run([fleet.locationSystemID, standingOrder, now, fleet.id])
                } else {
                    try changeFleet.run([fleet.ownerHouseID, fleet.locationSystemID, fleet.name, standingOrder, now, fleet.id])
                }
            } else {
                try FleetRecord(
                    id: fleet.id, gameId: new.game.id, ownerHouseId: fleet.ownerHouseID, locationSystemId: fleet.locationSystemID,
                    name: fleet.name, createdAt: now, updatedAt: now, standingOrder: standingOrder
                ).insert(db)
            }
        }
        let updateShip = try db.prepared("UPDATE ships SET fleet_id = ?, hull_points = ?, max_hull_points = ? WHERE id = ?")
        for fleet in new.fleets {
            for ship in fleet.ships {
                newShipIDs.insert(ship.id)
                if let previous = oldShips[ship.id] {
                    guard previous.fleet != fleet.id || previous.ship != ship else { continue }
                    try updateShip.run([fleet.id, ship.hullPoints, ship.maxHullPoints, ship.id])
                } else {
                    try ShipRecord(
                        id: ship.id, fleetId: fleet.id, shipType: ship.type.rawValue, hullPoints: ship.hullPoints,
                        maxHullPoints: ship.maxHullPoints, createdAt: now
                    ).insert(db)
                }
            }
        }
        let deleteShip = try db.prepared("DELETE FROM ships WHERE id = ?")
        for id in oldShips.keys.sorted() where !newShipIDs.contains(id) {
            try deleteShip.run([id])
        }
        let deleteFleet = try db.prepared("DELETE FROM fleets WHERE id = ?")
        for id in before.keys.sorted() where !after.contains(id) {
            try deleteFleet.run([id])
        }
    }

    /// A fleet's standing order as the loader decodes it, written directly:
    /// thousands of fleets move every turn in a large game.
    static func standingOrderJSON(_ command: FleetCommand) -> String {
        var members: [String: JSONValue] = ["kind": .string(command.kind.rawValue)]
        if let system = command.targetSystemID { members["targetSystemID"] = .string(system) }
        if let fleet = command.targetFleetID { members["targetFleetID"] = .string(fleet) }
        return JSONValue.objectText(members)
    }

    static func writeDiplomacy(_ new: GameState, old: GameState?, db: Database, now: Int64) throws {
        if old?.diplomacy != new.diplomacy {
            try db.execute(sql: "DELETE FROM diplomacy")
            for pair in new.diplomacy {
                try DiplomacyRecord(
                    id: nil, gameId: new.game.id, houseAId: pair.houseA, houseBId: pair.houseB, relation: pair.relation.rawValue,
                    turnEstablished: pair.turnEstablished, createdAt: now, updatedAt: now
                ).insert(db)
            }
        }
        if old?.proposals != new.proposals {
            try db.execute(sql: "DELETE FROM diplomatic_proposals")
            for proposal in new.proposals {
                try db.execute(
                    sql: "INSERT INTO diplomatic_proposals (game_id, from_house_id, to_house_id, relation, turn_proposed) VALUES (?, ?, ?, ?, ?)",
                    arguments: [new.game.id, proposal.fromHouseID, proposal.toHouseID, proposal.relation.rawValue, proposal.turnProposed]
                )
            }
        }
    }

    static func writeIntel(_ new: GameState, old: GameState?, db: Database, now: Int64) throws {
        let before = Dictionary(uniqueKeysWithValues: (old?.intel ?? []).map { ($0.houseID, $0) })
        let gameID = new.game.id
        for intel in new.intel {
            let previous = before[intel.houseID] ?? HouseIntel(houseID: intel.houseID)
            guard previous != intel else { continue }
            let oldSystems = Dictionary(uniqueKeysWithValues: previous.systems.map { ($0.systemID, $0) })
            // Most rows change only because a system in sight was seen again this
            // turn: one statement per house refreshes those instead of one per row.
            let turn = new.game.turn
            let inSight = intel.systems.filter { $0.visibility != .scouted }
            let bulkRefresh = !inSight.isEmpty && inSight.allSatisfy { $0.lastSeenTurn == turn }
            func onlySeenAgain(_ entry: SystemIntel) -> Bool {
                guard bulkRefresh, let old = oldSystems[entry.systemID] else { return false }
                return old.visibility == entry.visibility && entry.visibility != .scouted
            }
            for entry in intel.systems where oldSystems[entry.systemID] != entry && !onlySeenAgain(entry) {
                try db.run(
                    """
                    INSERT INTO intel_systems (game_id, house_id, system_id, last_scouted_turn, visibility_level, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (game_id, house_id, system_id) DO UPDATE SET
                        last_scouted_turn = excluded.last_scouted_turn, visibility_level = excluded.visibility_level, updated_at = excluded.updated_at
                    """, [gameID, intel.houseID, entry.systemID, entry.lastSeenTurn, entry.visibility.rawValue, now, now])
            }
            if bulkRefresh {
                try db.run(
                    """
                    UPDATE intel_systems SET last_scouted_turn = ?, updated_at = ?
                    WHERE house_id = ? AND visibility_level != 'scouted' AND last_scouted_turn != ?
                    """, [turn, now, intel.houseID, turn])
            }
            let keptSystems = Set(intel.systems.map(\.systemID))
            for id in oldSystems.keys.sorted() where !keptSystems.contains(id) {
                try db.run("DELETE FROM intel_systems WHERE house_id = ? AND system_id = ?", [intel.houseID, id])
            }

            let oldFleets = Dictionary(uniqueKeysWithValues: previous.fleets.map { ($0.fleetID, $0) })
            // Likewise a fleet seen again where it was, unchanged: only its turn moves.
            var seenAgain: [String] = []
            for entry in intel.fleets where oldFleets[entry.fleetID] != entry {
                if var old = oldFleets[entry.fleetID], entry.detectedTurn == turn {
                    old.detectedTurn = entry.detectedTurn
                    if old == entry {
                        seenAgain.append(entry.fleetID)
                        continue
                    }
                }
                try db.run(
                    """
                    INSERT INTO intel_fleets (game_id, house_id, fleet_id, detected_turn, detected_system_id, ship_count, ship_types, intel_quality, created_at, updated_at, owner_house_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (game_id, house_id, fleet_id) DO UPDATE SET
                        detected_turn = excluded.detected_turn, detected_system_id = excluded.detected_system_id,
                        ship_count = excluded.ship_count, ship_types = excluded.ship_types, intel_quality = excluded.intel_quality,
                        updated_at = excluded.updated_at, owner_house_id = excluded.owner_house_id
                    """,
                    [
                        gameID, intel.houseID, entry.fleetID, entry.detectedTurn, entry.systemID, entry.shipCount,
                        "{\"Military\":\(entry.shipTypes.military),\"Spacelift\":\(entry.shipTypes.spacelift)}", entry.quality, now, now, entry.ownerHouseID,
                    ])
            }
            for start in stride(from: 0, to: seenAgain.count, by: 500) {
                let chunk = Array(seenAgain[start..<min(start + 500, seenAgain.count)])
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                try db.run(
                    "UPDATE intel_fleets SET detected_turn = ?, updated_at = ? WHERE house_id = ? AND fleet_id IN (\(marks))",
                    StatementArguments([turn, now, intel.houseID] as [any DatabaseValueConvertible] + chunk)
                )
            }
            let keptFleets = Set(intel.fleets.map(\.fleetID))
            for id in oldFleets.keys.sorted() where !keptFleets.contains(id) {
                try db.run("DELETE FROM intel_fleets WHERE house_id = ? AND fleet_id = ?", [intel.houseID, id])
            }

            let oldColonies = Dictionary(uniqueKeysWithValues: previous.colonies.map { ($0.colonyID, $0) })
            for entry in intel.colonies where oldColonies[entry.colonyID] != entry {
                try db.run(
                    """
                    INSERT INTO intel_colonies (game_id, house_id, colony_id, intel_turn, population, industry, defenses, starbase_level, intel_source, created_at, updated_at, system_id, owner_house_id, under_siege)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (game_id, house_id, colony_id) DO UPDATE SET
                        intel_turn = excluded.intel_turn, population = excluded.population, industry = excluded.industry,
                        defenses = excluded.defenses, starbase_level = excluded.starbase_level, intel_source = excluded.intel_source,
                        updated_at = excluded.updated_at, system_id = excluded.system_id, owner_house_id = excluded.owner_house_id,
                        under_siege = excluded.under_siege
                    """,
                    [
                        gameID, intel.houseID, entry.colonyID, entry.intelTurn, entry.population, entry.industry,
                        entry.defenses, entry.starbaseLevel, entry.source, now, now, entry.systemID, entry.ownerHouseID, entry.underSiege,
                    ])
            }
            let keptColonies = Set(intel.colonies.map(\.colonyID))
            for id in oldColonies.keys.sorted() where !keptColonies.contains(id) {
                try db.run("DELETE FROM intel_colonies WHERE house_id = ? AND colony_id = ?", [intel.houseID, id])
            }
        }
    }
}
