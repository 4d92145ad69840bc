/// Recomputes every house's intel from the state, as the houses see it at
/// the start of the state's turn (`lastSeenTurn` = that turn):
///
/// - a system with the house's colony is `owned`; with its fleet, `occupied`;
/// - a system one lane from those is `adjacent` (seen now, nothing inside);
/// - a system an ally owns or occupies is `scouted` with age 0 (allies share
///   what they see); any other system seen before stays `scouted` with the
///   turn it was last seen;
/// - foreign fleets and colonies are recorded wherever the house or an ally
///   is present (fleet: owner, place, ship counts; colony: its figures);
///   there, nothing older survives (a fleet seen there before and gone now
///   is dropped); elsewhere older sightings stay as they were, except that
///   fleets which no longer exist are dropped (storage deletes them with
///   the fleet);
/// - a colony the house owned and lost is recorded under its new owner.
public enum IntelUpdater {
    @discardableResult
    public static func update(_ state: inout GameState) -> [IntelUpdate] {
        let now = state.game.turn
        // Games created before release 2 keep the rule they were recorded with (GameConfig.intelRevision).
        let truthNow = (state.config.intelRevision ?? 1) >= 2
        let graph = StarGraph(state: state)
        var fleetsAt: [String: [Fleet]] = [:]
        var present: [String: Set<String>] = [:]
        var owned: [String: Set<String>] = [:]
        var colonyAt: [String: Colony] = [:]
        for fleet in state.fleets {
            fleetsAt[fleet.locationSystemID, default: []].append(fleet)
            present[fleet.ownerHouseID, default: []].insert(fleet.locationSystemID)
        }
        for colony in state.colonies {
            colonyAt[colony.systemID] = colony
            owned[colony.ownerHouseID, default: []].insert(colony.systemID)
        }
        let liveFleets = Set(state.fleets.map(\.id))
        var allies: [String: [String]] = [:]
        for row in state.diplomacy where row.relation == .alliance {
            allies[row.houseA, default: []].append(row.houseB)
            allies[row.houseB, default: []].append(row.houseA)
        }
        let previous = Dictionary(uniqueKeysWithValues: state.intel.map { ($0.houseID, $0) })
        var result: [HouseIntel] = []
        var updates: [IntelUpdate] = []
        for house in state.houses {
            let before = previous[house.id] ?? HouseIntel(houseID: house.id)
            guard !house.eliminated else {
                // An eliminated house learns nothing new, but sightings of fleets
                // that no longer exist go, as they do for everyone.
                var frozen = before
                frozen.fleets = before.fleets.filter { liveFleets.contains($0.fleetID) }
                result.append(frozen)
                let update = diff(before, frozen)
                if !update.isEmpty { updates.append(update) }
                continue
            }
            var systems: [String: SystemIntel] = [:]
            for entry in before.systems {
                systems[entry.systemID] = SystemIntel(systemID: entry.systemID, visibility: .scouted, lastSeenTurn: entry.lastSeenTurn)
            }
            let mine = owned[house.id] ?? []
            let occupied = (present[house.id] ?? []).subtracting(mine)
            let eyes = mine.union(occupied)
            for systemID in eyes.sorted() {
                for edge in graph.neighbours(of: systemID) where !eyes.contains(edge.to) {
                    systems[edge.to] = SystemIntel(systemID: edge.to, visibility: .adjacent, lastSeenTurn: now)
                }
            }
            var sighted = eyes
            for ally in (allies[house.id] ?? []).sorted() where state.house(ally)?.eliminated == false {
                for systemID in (owned[ally] ?? []).union(present[ally] ?? []) where !eyes.contains(systemID) {
                    systems[systemID] = SystemIntel(systemID: systemID, visibility: .scouted, lastSeenTurn: now)
                    sighted.insert(systemID)
                }
            }
            for systemID in mine { systems[systemID] = SystemIntel(systemID: systemID, visibility: .owned, lastSeenTurn: now) }
            for systemID in occupied { systems[systemID] = SystemIntel(systemID: systemID, visibility: .occupied, lastSeenTurn: now) }

            // Where the house has eyes now, what it sees replaces every older sighting there.
            var fleets = Dictionary(
                uniqueKeysWithValues: before.fleets.filter { liveFleets.contains($0.fleetID) && !(truthNow && sighted.contains($0.systemID)) }.map { ($0.fleetID, $0) })
            var colonies = Dictionary(uniqueKeysWithValues: before.colonies.map { ($0.colonyID, $0) })
            // A colony the house owned last turn and owns no more: it knows who took it.
            for entry in before.systems where truthNow && entry.visibility == .owned && !mine.contains(entry.systemID) {
                if let colony = colonyAt[entry.systemID], colony.ownerHouseID != house.id {
                    colonies[colony.id] = ColonyIntel(colony: colony, turn: now)
                }
            }
            for systemID in sighted {
                for fleet in fleetsAt[systemID] ?? [] where fleet.ownerHouseID != house.id {
                    fleets[fleet.id] = FleetIntel(
                        fleetID: fleet.id, ownerHouseID: fleet.ownerHouseID, systemID: systemID, detectedTurn: now,
                        shipTypes: ShipCounts(fleet.ships)
                    )
                }
                if let colony = colonyAt[systemID], colony.ownerHouseID != house.id {
                    colonies[colony.id] = ColonyIntel(colony: colony, turn: now)
                }
            }
            for colony in state.colonies where colony.ownerHouseID == house.id { colonies[colony.id] = nil }

            let after = HouseIntel(
                houseID: house.id,
                systems: systems.keys.sorted().map { systems[$0]! },
                fleets: fleets.keys.sorted().map { fleets[$0]! },
                colonies: colonies.keys.sorted().map { colonies[$0]! }
            )
            result.append(after)
            let update = diff(before, after)
            if !update.isEmpty { updates.append(update) }
        }
        state.intel = result
        state.normalizeOrder()
        return updates
    }

    static func diff(_ before: HouseIntel, _ after: HouseIntel) -> IntelUpdate {
        let oldSystems = Dictionary(uniqueKeysWithValues: before.systems.map { ($0.systemID, $0) })
        let oldFleets = Dictionary(uniqueKeysWithValues: before.fleets.map { ($0.fleetID, $0) })
        let oldColonies = Dictionary(uniqueKeysWithValues: before.colonies.map { ($0.colonyID, $0) })
        let newFleetIDs = Set(after.fleets.map(\.fleetID))
        let newColonyIDs = Set(after.colonies.map(\.colonyID))
        return IntelUpdate(
            houseID: after.houseID,
            systems: after.systems.filter { oldSystems[$0.systemID] != $0 },
            fleets: after.fleets.filter { oldFleets[$0.fleetID] != $0 },
            colonies: after.colonies.filter { oldColonies[$0.colonyID] != $0 },
            removedFleetIDs: before.fleets.map(\.fleetID).filter { !newFleetIDs.contains($0) },
            removedColonyIDs: before.colonies.map(\.colonyID).filter { !newColonyIDs.contains($0) }
        )
    }
}
