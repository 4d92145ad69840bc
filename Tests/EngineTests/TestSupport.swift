import Foundation
@testable import Engine

/// Encodes with sorted keys: the byte-for-byte comparison of results.
func canonicalJSON(_ value: some Encodable) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return try encoder.encode(value)
}

/// A generated game from the standard setup.
func makeGame(players: Int, seed: UInt64, turnLimit: Int? = nil, rings: Int? = nil, config: GameConfig = GameConfig()) throws -> GameState {
    var setup = GameSetup.standard(players: players)
    setup.turnLimit = turnLimit
    setup.config = config
    if let rings { setup.rings = rings }
    return try InitialStateBuilder.build(setup: setup, seed: seed)
}

/// Every active house's bot orders for the state's turn.
func botSubmissions(_ state: GameState, strategies: [ReferenceBot.Strategy], botSeed: UInt64) -> [String: Orders] {
    var submissions: [String: Orders] = [:]
    for (seat, house) in state.houses.enumerated() where !house.eliminated {
        let knowledge = HouseKnowledge.make(from: state, for: house.id)!
        let bot = ReferenceBot(strategy: strategies[seat % strategies.count], seed: botSeed)
        submissions[house.id] = bot.orders(for: knowledge)
    }
    return submissions
}

/// A small hand-made world for table tests: named systems on a line of
/// hexes, lanes as listed, houses "red" and "blue" (and more if asked).
struct World {
    var config = GameConfig()
    var seed: UInt64 = 7
    var systems: [StarSystem] = []
    var lanes: [Lane] = []
    var houses: [House] = []
    var colonies: [Colony] = []
    var fleets: [Fleet] = []
    var diplomacy: [Diplomacy] = []
    var shipCounter = 0

    /// `homes`: give each house a colony in a system of its own with no lanes,
    /// so that nobody is eliminated by accident.
    init(systems names: [String], lanes: [(String, String, LaneType)], houses houseNames: [String] = ["red", "blue"], homes: Bool = true) {
        for (index, name) in names.enumerated() {
            systems.append(StarSystem(id: Self.systemID(name), name: name.capitalized, coord: HexCoord(q: index, r: 0)))
        }
        for (a, b, type) in lanes { self.lanes.append(Lane(between: Self.systemID(a), and: Self.systemID(b), type: type)) }
        for name in houseNames {
            houses.append(House(id: Self.houseID(name), name: name.capitalized, slug: name, treasury: 100))
        }
        if homes {
            for name in houseNames {
                systems.append(StarSystem(id: Self.systemID("home-\(name)"), name: "Home \(name)", coord: HexCoord(q: -1 - systems.count, r: 5)))
                colony(name, at: "home-\(name)", population: 1)
            }
        }
    }

    static func systemID(_ name: String) -> String { "system-\(name)" }
    static func houseID(_ name: String) -> String { "house-\(name)" }
    static func fleetID(_ name: String) -> String { "fleet-\(name)" }
    static func colonyID(_ name: String) -> String { "colony-\(name)" }

    mutating func colony(_ house: String, at system: String, population: Int = 5, industry: Int = 0, defenses: Int = 0, starbase: Int = 0) {
        colonies.append(
            Colony(
                id: Self.colonyID(system), systemID: Self.systemID(system), ownerHouseID: Self.houseID(house),
                population: population, industry: industry, defenses: defenses, starbaseLevel: starbase
            ))
        if let index = systems.firstIndex(where: { $0.id == Self.systemID(system) }) {
            systems[index].ownerHouseID = Self.houseID(house)
        }
    }

    mutating func fleet(_ name: String, of house: String, at system: String, military: Int = 0, spacelift: Int = 0, damaged: Bool = false) {
        var ships: [Ship] = []
        for index in 0..<(military + spacelift) {
            shipCounter += 1
            let type: ShipType = index < military ? .military : .spacelift
            var ship = InitialStateBuilder.newShip(id: String(format: "ship-%04d", shipCounter), type: type, config: config)
            if damaged, index == 0 { ship.hullPoints -= 1 }
            ships.append(ship)
        }
        fleets.append(Fleet(id: Self.fleetID(name), ownerHouseID: Self.houseID(house), locationSystemID: Self.systemID(system), ships: ships))
    }

    mutating func relation(_ a: String, _ b: String, _ relation: DiplomaticRelation) {
        diplomacy.append(Diplomacy(between: Self.houseID(a), and: Self.houseID(b), relation: relation, turnEstablished: 1))
    }

    func state() -> GameState {
        var state = GameState(
            game: GameInfo(id: "game-test", name: "Test", seed: seed), config: config, houses: houses, systems: systems,
            lanes: lanes, colonies: colonies, fleets: fleets, diplomacy: diplomacy
        )
        IntelUpdater.update(&state)
        return state
    }
}

extension GameState {
    func fleet(_ id: String) -> Fleet? { fleets.first { $0.id == id } }
    func colony(id: String) -> Colony? { colonies.first { $0.id == id } }
}

/// Resolves one turn with the given orders per house name.
func resolve(_ state: GameState, _ orders: [String: Orders]) throws -> TurnResult {
    var submissions: [String: Orders] = [:]
    for (name, order) in orders { submissions[World.houseID(name)] = order }
    return try TurnResolver.resolve(state: state, submissions: submissions)
}

func move(_ fleet: String, _ kind: FleetOrderKind, to system: String? = nil, target: String? = nil) -> FleetOrder {
    FleetOrder(fleet: World.fleetID(fleet), kind, to: system.map(World.systemID), target: target.map(World.fleetID))
}
