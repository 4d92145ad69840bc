import Engine
import Foundation
import Storage

/// The size of a turn to resolve.
public struct ResolveLoad: Sendable {
    public var houses: Int
    public var rings: Int
    public var fleetsPerHouse: Int
    public var shipsPerFleet: Int

    public init(houses: Int, rings: Int, fleetsPerHouse: Int, shipsPerFleet: Int) {
        self.houses = houses
        self.rings = rings
        self.fleetsPerHouse = fleetsPerHouse
        self.shipsPerFleet = shipsPerFleet
    }

    /// 12 houses on 469 systems with 2,004 fleets and 10,020 ships: the load the issue sets a target for.
    public static let twelveHouses = ResolveLoad(houses: 12, rings: 12, fleetsPerHouse: 167, shipsPerFleet: 5)
    /// 4 houses on 61 systems with the same forces per house (668 fleets, 3,340 ships).
    public static let fourHouses = ResolveLoad(houses: 4, rings: 4, fleetsPerHouse: 167, shipsPerFleet: 5)
}

/// Figure 3: one turn of a large war, resolved by the engine and written by
/// `GameStore.recordTurn` (one BEGIN IMMEDIATE transaction, WAL, synchronous
/// FULL) into a real database file. Every fleet has a move order to a
/// neighbouring system. Every measured turn starts from the same loaded state
/// (in its own copy of the database), so each one carries the full load
/// rather than what earlier battles left; the move orders differ each time.
/// The first turn is a warm-up and not counted.
public func measureTurnResolution(_ load: ResolveLoad, key: String, label: String, turns: Int, targetMs: Double?) throws -> BenchSection {
    let folder = try TemporaryFolder("resolve-\(key)")
    defer { folder.remove() }
    let state = try loadedState(load, seed: 0xEC4B_0003)
    let fleets = state.fleets.count
    let ships = state.fleets.reduce(0) { $0 + $1.ships.count }
    let template = folder.url.appendingPathComponent("template", isDirectory: true)
    try FileManager.default.createDirectory(at: template, withIntermediateDirectories: true)
    var setup = GameSetup.standard(players: load.houses)
    setup.rings = load.rings
    let insertMs: Double
    do {
        let database = try GameDatabase.create(inFolder: template)
        (_, insertMs) = try BenchClock.time {
            try GameStore(database: database).insertNewGame(
                state,
                NewGameRecord(
                    setup: setup, tokenHashes: [:], turnDeadline: nil, pollIntervalSeconds: 30,
                    dataDirectory: template.path, createdAt: Int64(Date().timeIntervalSince1970)
                ))
        }
        try database.checkpoint()
    }

    var engine: [Double] = []
    var write: [Double] = []
    var total: [Double] = []
    var rejected = 0
    var battles: [Double] = []
    var eventRows: [Double] = []
    var deltaRows: [Double] = []
    var fleetsAfter: [Double] = []
    var random = SeededRandom(seed: 0xEC4B_0004)
    for round in 0...max(1, turns) {
        let copy = folder.url.appendingPathComponent("turn-\(round)", isDirectory: true)
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: template.appendingPathComponent(GameDatabase.fileName), to: copy.appendingPathComponent(GameDatabase.fileName))
        let store = GameStore(database: try GameDatabase.open(folder: copy))
        // The daemon's connection has just loaded the state (GameSession.reload): same warm cache here.
        _ = try store.loadState()
        let (submissions, invalid) = moveEverything(state, random: &random)
        let start = BenchClock.now()
        let result = try TurnResolver.resolve(state: state, submissions: submissions)
        let resolved = BenchClock.now()
        try store.recordTurn(result, previous: state, nextDeadline: nil, now: Int64(Date().timeIntervalSince1970))
        let written = BenchClock.now()
        guard round > 0 else { continue }
        rejected += invalid
        engine.append(BenchClock.milliseconds(start.duration(to: resolved)))
        write.append(BenchClock.milliseconds(resolved.duration(to: written)))
        total.append(BenchClock.milliseconds(start.duration(to: written)))
        battles.append(Double(result.events.filter { $0.type == .battle }.count))
        // What the write transaction carries besides the changed entity rows.
        eventRows.append(Double(result.events.count))
        deltaRows.append(Double(result.deltas.count))
        fleetsAfter.append(Double(result.state.fleets.count))
    }

    var section = BenchSection(title: "Turn resolution + write, \(label)")
    let median = LatencySummary.median(total)
    var note = ""
    if let targetMs { note = "target <= \(Int(targetMs)) ms: " + (median <= targetMs ? "met" : "MISSED") }
    section.number("resolve_ms.\(key)", median, decimals: 1, "resolve + recordTurn, median of \(total.count) turns", unit: "ms", note: note)
    section.number("resolve_ms.\(key)_max", total.max() ?? .nan, decimals: 1, "resolve + recordTurn, slowest turn", unit: "ms")
    section.number("resolve_ms.\(key)_engine_only", LatencySummary.median(engine), decimals: 1, "TurnResolver.resolve only, median", unit: "ms")
    section.number("resolve_ms.\(key)_write_only", LatencySummary.median(write), decimals: 1, "GameStore.recordTurn only, median", unit: "ms")
    section.integer("resolve_load.\(key).systems", state.systems.count, "systems")
    section.integer("resolve_load.\(key).fleets", fleets, "fleets (each ordered to move)")
    section.integer("resolve_load.\(key).ships", ships, "ships")
    section.number("resolve_load.\(key).fleets_after", LatencySummary.median(fleetsAfter), decimals: 0, "fleets after the turn (battle losses), median")
    section.number("resolve_load.\(key).battles", LatencySummary.median(battles), decimals: 0, "battles in the turn, median")
    section.number("resolve_load.\(key).events_per_turn", LatencySummary.median(eventRows), decimals: 0, "events written (game_events; turn_log one per audience), median")
    section.number("resolve_load.\(key).deltas_per_turn", LatencySummary.median(deltaRows), decimals: 0, "state deltas written, median")
    section.integer("resolve_load.\(key).rejected_move_orders", rejected, "move orders the validator refused (should be 0)")
    section.number("resolve_load.\(key).initial_insert_ms", insertMs, decimals: 1, "writing the initial state (insertNewGame), once", unit: "ms")
    if let targetMs {
        section.number("targets.resolve_ms.\(key)", targetMs, decimals: 0, "target (issue): at most", unit: "ms")
        section.flag("targets_met.resolve_ms.\(key)", median <= targetMs, "target met")
    }
    return section
}

/// An initial state with `fleetsPerHouse` extra fleets per house, each placed
/// in a system of the house's own region (the systems nearer its home than
/// any other), so fronts meet at region borders as in a real war.
func loadedState(_ load: ResolveLoad, seed: UInt64) throws -> GameState {
    var setup = GameSetup.standard(players: load.houses)
    setup.rings = load.rings
    var state = try InitialStateBuilder.build(setup: setup, seed: seed)
    let graph = StarGraph(state: state)
    // Multi-source breadth-first search from every home: each system goes to the first home that reaches it.
    var region: [String: String] = [:]
    var frontier: [String] = []
    for house in state.houses.sorted(by: { $0.id < $1.id }) {
        guard let home = house.homeSystemID else { continue }
        region[home] = house.id
        frontier.append(home)
    }
    while !frontier.isEmpty {
        var next: [String] = []
        for system in frontier {
            for edge in graph.neighbours(of: system).sorted(by: { $0.to < $1.to }) where region[edge.to] == nil {
                region[edge.to] = region[system]
                next.append(edge.to)
            }
        }
        frontier = next
    }
    var systemsOf: [String: [String]] = [:]
    for (system, house) in region { systemsOf[house, default: []].append(system) }
    var ids = IDGenerator(seed: seed, stream: "bench-forces")
    var random = SeededRandom(seed: seed)
    for house in state.houses.sorted(by: { $0.id < $1.id }) {
        let systems = (systemsOf[house.id] ?? []).sorted()
        guard !systems.isEmpty else { continue }
        for index in 0..<load.fleetsPerHouse {
            let location = systems[Int(random.next() % UInt64(systems.count))]
            let fleetID = ids.next()
            var ships: [Ship] = []
            for slot in 0..<load.shipsPerFleet {
                // One fleet in four carries a troop/colony ship.
                let type: ShipType = (index % 4 == 0 && slot == 0) ? .spacelift : .military
                ships.append(InitialStateBuilder.newShip(id: ids.next(), type: type, config: state.config))
            }
            state.fleets.append(Fleet(id: fleetID, ownerHouseID: house.id, locationSystemID: location, name: "Bench \(index + 1)", ships: ships))
        }
    }
    state.normalizeOrder()
    _ = IntelUpdater.update(&state)
    return state
}

/// A move to a random neighbouring system the fleet may enter, for every fleet.
/// Returns the submissions and how many orders the validator refused.
func moveEverything(_ state: GameState, random: inout SeededRandom) -> ([String: Orders], Int) {
    let graph = StarGraph(state: state)
    var byHouse: [String: [FleetOrder]] = [:]
    for fleet in state.fleets {
        let lanes = graph.neighbours(of: fleet.locationSystemID).filter { $0.type != .restricted || fleet.mayUseRestrictedLanes }
        guard !lanes.isEmpty else { continue }
        let target = lanes[Int(random.next() % UInt64(lanes.count))].to
        byHouse[fleet.ownerHouseID, default: []].append(FleetOrder(fleet: fleet.id, .move, to: target))
    }
    let validator = OrderValidator(state: state)
    var submissions: [String: Orders] = [:]
    var refused = 0
    for (house, orders) in byHouse {
        let submission = Orders(fleetOrders: orders)
        let validation = validator.validate(submission, house: house)
        if validation.resolved == nil {
            refused += validation.errors.count
            // Keep only the orders the validator had nothing against, so the house still moves.
            let bad = Set(validation.errors.compactMap { $0.path.split(separator: "[").dropFirst().first.flatMap { Int($0.prefix { $0.isNumber }) } })
            submissions[house] = Orders(fleetOrders: orders.enumerated().filter { !bad.contains($0.offset) }.map(\.element))
        } else {
            submissions[house] = submission
        }
    }
    return (submissions, refused)
}
