/// Builds the state of turn 1 from a setup and the game's dice. Every id comes
/// from the dice, drawn in a fixed order, so the same setup and key (or seed)
/// give the same game.
public enum InitialStateBuilder {
    /// A `--seed N` game: its key derives from N (reproducible, not secret).
    public static func build(setup: GameSetup, seed: UInt64) throws(SetupError) -> GameState {
        try build(setup: setup, dice: GameDice(seed: seed, key: GameKey(seed: seed)))
    }

    public static func build(setup: GameSetup, dice: GameDice) throws(SetupError) -> GameState {
        try validate(setup)
        var ids = dice.ids("ids")
        var random = dice.stream("setup")
        let gameID = ids.next()
        let houseIDs = setup.houses.map { _ in ids.next() }

        let map = try StarmapGenerator(rings: setup.rings, seats: setup.houses.count, weights: setup.laneWeights)
            .generate(ids: &ids, random: &random)
        return assemble(setup: setup, dice: dice, gameID: gameID, houseIDs: houseIDs, map: map, ids: &ids)
    }

    /// Places houses, home colonies and starting fleets on a map that already
    /// exists (generated, or imported from a legacy game).
    public static func assemble(
        setup: GameSetup, dice: GameDice, gameID: String, houseIDs: [String], map: Starmap, ids: inout IDGenerator
    ) -> GameState {
        var systems = map.systems
        var houses: [House] = []
        var colonies: [Colony] = []
        var fleets: [Fleet] = []
        for (seat, spec) in setup.houses.enumerated() {
            let houseID = houseIDs[seat]
            let homeID = map.homeSystemIDs[seat]
            houses.append(
                House(
                    id: houseID, name: spec.name, slug: slug(for: spec.name), color: spec.color,
                    prestige: setup.startingPrestige, treasury: setup.startingTreasury, homeSystemID: homeID
                ))
            if let index = systems.firstIndex(where: { $0.id == homeID }) { systems[index].ownerHouseID = houseID }
            let home = setup.homeColony
            colonies.append(
                Colony(
                    id: ids.next(), systemID: homeID, ownerHouseID: houseID, population: home.population,
                    industry: home.industry, defenses: home.defenses, starbaseLevel: home.starbaseLevel
                ))
            for fleetSpec in setup.startingFleets {
                let fleetID = ids.next()
                var ships: [Ship] = []
                for _ in 0..<fleetSpec.military {
                    ships.append(newShip(id: ids.next(), type: .military, config: setup.config))
                }
                for _ in 0..<fleetSpec.spacelift {
                    ships.append(newShip(id: ids.next(), type: .spacelift, config: setup.config))
                }
                fleets.append(Fleet(id: fleetID, ownerHouseID: houseID, locationSystemID: homeID, name: fleetSpec.name, ships: ships))
            }
        }
        let info = GameInfo(id: gameID, name: setup.name, seed: dice.seed, key: dice.key, turnLimit: setup.turnLimit)
        var state = GameState(
            game: info, config: setup.config, houses: houses, systems: systems, lanes: map.lanes,
            colonies: colonies, fleets: fleets, diplomacy: []
        )
        // Every house starts knowing its home and the systems next to it.
        IntelUpdater.update(&state)
        return state
    }

    public static func newShip(id: String, type: ShipType, config: GameConfig) -> Ship {
        let hull = type == .military ? config.militaryHullPoints : config.spaceliftHullPoints
        return Ship(id: id, type: type, hullPoints: hull, maxHullPoints: hull)
    }

    /// The folder name of a house: its name in lowercase, letters, digits and dashes only.
    public static func slug(for name: String) -> String {
        var result = ""
        for scalar in name.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty, result.last != "-" {
                result.append("-")
            }
        }
        while result.last == "-" { result.removeLast() }
        return result
    }

    static func validate(_ setup: GameSetup) throws(SetupError) {
        let count = setup.houses.count
        guard (GameSetup.minHouses...GameSetup.maxHouses).contains(count) else {
            throw SetupError(code: .housesOutOfRange, message: "a game has 2 to 12 houses, got \(count)")
        }
        var slugs = Set<String>()
        for house in setup.houses {
            let slug = slug(for: house.name)
            guard !slug.isEmpty else {
                throw SetupError(code: .badHouseName, message: "house name \"\(house.name)\" has no letters or digits")
            }
            guard slugs.insert(slug).inserted else {
                throw SetupError(code: .duplicateHouse, message: "two houses share the folder name \"\(slug)\"")
            }
        }
        guard !setup.startingFleets.isEmpty,
            setup.startingFleets.allSatisfy({ $0.military >= 0 && $0.spacelift >= 0 && $0.military + $0.spacelift > 0 })
        else {
            throw SetupError(code: .badFleets, message: "every starting fleet needs at least one ship and no negative counts")
        }
        if let limit = setup.turnLimit, limit < 1 {
            throw SetupError(code: .badTurnLimit, message: "the turn limit must be at least 1, got \(limit)")
        }
    }
}
