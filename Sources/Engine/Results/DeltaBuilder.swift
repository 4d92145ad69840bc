/// The per-house `state_deltas` of a turn: for every entity a house owns
/// (or owned), the fields that changed, and a few public rows (relations,
/// the game clock).
public enum DeltaBuilder {
    public static func deltas(from old: GameState, to new: GameState) -> [StateDelta] {
        var result: [StateDelta] = []
        let oldHouses = Dictionary(uniqueKeysWithValues: old.houses.map { ($0.id, $0) })
        for house in new.houses {
            guard let before = oldHouses[house.id] else { continue }
            var data: [String: JSONValue] = [:]
            if before.treasury != house.treasury { data["treasury"] = .int(house.treasury) }
            if before.prestige != house.prestige { data["prestige"] = .int(house.prestige) }
            if before.eliminated != house.eliminated { data["eliminated"] = .bool(house.eliminated) }
            if !data.isEmpty { result.append(StateDelta(houseID: house.id, deltaType: "house_updated", entityID: house.id, data: data)) }
        }

        let oldColonies = Dictionary(uniqueKeysWithValues: old.colonies.map { ($0.id, $0) })
        for colony in new.colonies {
            guard let before = oldColonies[colony.id] else {
                result.append(StateDelta(houseID: colony.ownerHouseID, deltaType: "colony_founded", entityID: colony.id, data: full(colony)))
                continue
            }
            if before.ownerHouseID != colony.ownerHouseID {
                result.append(StateDelta(houseID: colony.ownerHouseID, deltaType: "colony_captured", entityID: colony.id, data: full(colony)))
                result.append(
                    StateDelta(
                        houseID: before.ownerHouseID, deltaType: "colony_lost", entityID: colony.id,
                        data: ["system": .string(colony.systemID), "new_owner": .string(colony.ownerHouseID)]
                    ))
                continue
            }
            var data: [String: JSONValue] = [:]
            if before.population != colony.population { data["population"] = .int(colony.population) }
            if before.industry != colony.industry { data["industry"] = .int(colony.industry) }
            if before.defenses != colony.defenses { data["defenses"] = .int(colony.defenses) }
            if before.starbaseLevel != colony.starbaseLevel { data["starbase_level"] = .int(colony.starbaseLevel) }
            if before.underSiege != colony.underSiege { data["under_siege"] = .bool(colony.underSiege) }
            if !data.isEmpty {
                result.append(StateDelta(houseID: colony.ownerHouseID, deltaType: "colony_updated", entityID: colony.id, data: data))
            }
        }

        var oldFleets = Dictionary(uniqueKeysWithValues: old.fleets.map { ($0.id, $0) })
        for fleet in new.fleets {
            guard let before = oldFleets.removeValue(forKey: fleet.id) else {
                result.append(
                    StateDelta(
                        houseID: fleet.ownerHouseID, deltaType: "fleet_created", entityID: fleet.id,
                        data: ["location": .string(fleet.locationSystemID), "name": .optional(fleet.name), "ships": ships(fleet.ships)]
                    ))
                continue
            }
            guard before != fleet else { continue }
            var data: [String: JSONValue] = [:]
            if before.locationSystemID != fleet.locationSystemID {
                data["from"] = .string(before.locationSystemID)
                data["to"] = .string(fleet.locationSystemID)
            }
            if before.ships != fleet.ships {
                let oldShips = Dictionary(uniqueKeysWithValues: before.ships.map { ($0.id, $0) })
                let newIDs = Set(fleet.ships.map(\.id))
                let added = fleet.ships.filter { oldShips[$0.id] == nil }
                let changed = fleet.ships.filter { oldShips[$0.id] != nil && oldShips[$0.id] != $0 }
                let removed = before.ships.map(\.id).filter { !newIDs.contains($0) }
                if !added.isEmpty { data["ships_added"] = ships(added) }
                if !changed.isEmpty { data["ships_changed"] = .array(changed.map { ["id": .string($0.id), "hp": .int($0.hullPoints)] }) }
                if !removed.isEmpty { data["ships_removed"] = .strings(removed) }
            }
            if before.standingOrder != fleet.standingOrder { data["standing_order"] = order(fleet.standingOrder) }
            let type = before.locationSystemID != fleet.locationSystemID ? "fleet_moved" : "fleet_updated"
            result.append(StateDelta(houseID: fleet.ownerHouseID, deltaType: type, entityID: fleet.id, data: data))
        }
        for id in oldFleets.keys.sorted() {
            let fleet = oldFleets[id]!
            result.append(
                StateDelta(
                    houseID: fleet.ownerHouseID, deltaType: "fleet_removed", entityID: id, data: ["last_location": .string(fleet.locationSystemID)]
                ))
        }

        let oldRelations = Dictionary(uniqueKeysWithValues: old.diplomacy.map { ("\($0.houseA)|\($0.houseB)", $0) })
        for row in new.diplomacy where oldRelations["\(row.houseA)|\(row.houseB)"] != row {
            result.append(
                StateDelta(
                    houseID: nil, deltaType: "diplomacy_changed", entityID: nil,
                    data: ["house_a": .string(row.houseA), "house_b": .string(row.houseB), "relation": .string(row.relation.rawValue)]
                ))
        }
        var clock: [String: JSONValue] = [
            "turn": .int(new.game.turn), "year": .int(new.game.year), "month": .int(new.game.month),
            "phase": .string(new.game.phase.rawValue),
        ]
        if let winner = new.game.winnerHouseID { clock["winner"] = .string(winner) }
        result.append(StateDelta(houseID: nil, deltaType: "game_advanced", entityID: new.game.id, data: clock))
        return result
    }

    static func full(_ colony: Colony) -> [String: JSONValue] {
        [
            "system": .string(colony.systemID), "owner": .string(colony.ownerHouseID), "population": .int(colony.population),
            "industry": .int(colony.industry), "defenses": .int(colony.defenses), "starbase_level": .int(colony.starbaseLevel),
            "under_siege": .bool(colony.underSiege),
        ]
    }

    static func ships(_ ships: [Ship]) -> JSONValue {
        .array(ships.map { ["id": .string($0.id), "type": .string($0.type.rawValue), "hp": .int($0.hullPoints), "max_hp": .int($0.maxHullPoints)] })
    }

    static func order(_ command: FleetCommand?) -> JSONValue {
        guard let command else { return .null }
        var data: [String: JSONValue] = ["order": .string(command.kind.rawValue)]
        if let system = command.targetSystemID { data["to"] = .string(system) }
        if let fleet = command.targetFleetID { data["target"] = .string(fleet) }
        return .object(data)
    }
}
