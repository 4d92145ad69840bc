extension TurnWorkspace {
    /// Income: every colony produces (40% under siege by default); the house
    /// treasury collects it and pays the upkeep of every ship it owns.
    func runIncomePhase() {
        var production: [String: Int] = [:]
        var upkeep: [String: Int] = [:]
        for colonyID in colonies.keys.sorted() {
            let colony = colonies[colonyID]!
            production[colony.ownerHouseID, default: 0] += Economy.production(of: colony, config: config)
        }
        for fleetID in sortedFleetIDs() {
            let fleet = fleets[fleetID]!
            upkeep[fleet.ownerHouseID, default: 0] += Economy.upkeep(of: fleet, config: config)
        }
        for houseID in houseIDs where houses[houseID]?.eliminated == false {
            let earned = production[houseID] ?? 0
            let paid = upkeep[houseID] ?? 0
            houses[houseID]?.treasury += earned - paid
            metrics[houseID]?.production = earned
            metrics[houseID]?.upkeep = paid
            emit(
                TurnEvent(
                    phase: .income, type: .income, houseID: houseID,
                    description: "House \(houseName(houseID)) produced \(earned) and paid \(paid) in upkeep",
                    data: ["production": .int(earned), "upkeep": .int(paid), "treasury": .int(houses[houseID]!.treasury)],
                    visibility: .actor
                ))
        }
    }
}
