/// What one house may name in its orders, and nothing more: its own fleets
/// and colonies, the foreign ones in its intel, and every system (the map is
/// public). Lookups and "did you mean" suggestions search only these, so an
/// order can never tell a hidden entity from one that does not exist
/// (DESIGN.md §4, "Validation never reveals hidden facts").
struct OrderVocabulary {
    /// An entity a house knows of, and whose it is as far as the house knows.
    struct Known {
        var id: String
        var ownerHouseID: String
        var systemID: String
        var label: String?
    }

    let fleets: [String: Known]
    /// The house's own fleets by lowercased name (names are unique per house; a
    /// clash from before that rule makes the name unusable rather than a guess).
    let ownFleetByName: [String: String]
    let fleetIDs: IDResolver
    let fleetCandidates: [NearMiss.Candidate]
    let colonies: [String: Known]
    let colonyIDs: IDResolver
    let colonyCandidates: [NearMiss.Candidate]
    /// The colony the house knows of in each system.
    let colonyAtSystem: [String: String]

    init(state: GameState, house houseID: String, systemNames: [String: String]) {
        var fleets: [String: Known] = [:]
        for fleet in state.fleets where fleet.ownerHouseID == houseID {
            fleets[fleet.id] = Known(id: fleet.id, ownerHouseID: houseID, systemID: fleet.locationSystemID, label: fleet.name)
        }
        var colonies: [String: Known] = [:]
        for colony in state.colonies where colony.ownerHouseID == houseID {
            colonies[colony.id] = Known(id: colony.id, ownerHouseID: houseID, systemID: colony.systemID, label: systemNames[colony.systemID])
        }
        if let intel = state.intel(of: houseID) {
            for seen in intel.fleets where fleets[seen.fleetID] == nil {
                let owner = state.house(seen.ownerHouseID)?.name ?? seen.ownerHouseID
                fleets[seen.fleetID] = Known(id: seen.fleetID, ownerHouseID: seen.ownerHouseID, systemID: seen.systemID, label: "House \(owner)")
            }
            for seen in intel.colonies where colonies[seen.colonyID] == nil {
                colonies[seen.colonyID] = Known(
                    id: seen.colonyID, ownerHouseID: seen.ownerHouseID, systemID: seen.systemID, label: systemNames[seen.systemID])
            }
        }
        self.fleets = fleets
        var byName: [String: String?] = [:]
        for fleet in state.fleets where fleet.ownerHouseID == houseID {
            guard let name = fleet.name?.lowercased() else { continue }
            byName[name] = byName[name] == nil ? fleet.id : String?.none
        }
        ownFleetByName = byName.compactMapValues { $0 }
        self.colonies = colonies
        fleetIDs = IDResolver(ids: fleets.keys)
        colonyIDs = IDResolver(ids: colonies.keys)
        fleetCandidates = fleets.keys.sorted().map { id in
            let own = fleets[id]?.ownerHouseID == houseID
            return NearMiss.Candidate(id: id, label: fleets[id]?.label, name: own ? fleets[id]?.label?.lowercased() : nil)
        }
        colonyCandidates = colonies.keys.sorted().map { id in
            NearMiss.Candidate(id: id, label: colonies[id]?.label, name: colonies[id]?.label?.lowercased())
        }
        var atSystem: [String: String] = [:]
        // Own colonies win over a stale sighting of the same system.
        for id in colonies.keys.sorted() {
            guard let known = colonies[id] else { continue }
            if known.ownerHouseID == houseID || atSystem[known.systemID] == nil { atSystem[known.systemID] = id }
        }
        colonyAtSystem = atSystem
    }
}
