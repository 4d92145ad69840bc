import Testing
@testable import Engine

@Suite struct StarmapGeneratorTests {
    func generate(rings: Int, seats: Int, seed: UInt64) throws -> Starmap {
        var ids = IDGenerator(seed: seed)
        var random = SeededRandom(seed: seed, stream: "setup")
        return try StarmapGenerator(rings: rings, seats: seats, weights: GameSetup.LaneWeights()).generate(ids: &ids, random: &random)
    }

    static let shapes: [(rings: Int, seats: Int)] = [(1, 2), (2, 4), (3, 2), (3, 6), (4, 4), (5, 8), (12, 12)]

    @Test(arguments: shapes.indices)
    func mapShape(shape: Int) throws {
        let (rings, seats) = Self.shapes[shape]
        for seed in [1, 42, 9001] as [UInt64] {
            let map = try generate(rings: rings, seats: seats, seed: seed)
            #expect(map.systems.count == 3 * rings * rings + 3 * rings + 1)
            let byID = Dictionary(uniqueKeysWithValues: map.systems.map { ($0.id, $0) })
            let hub = try #require(map.systems.first { $0.coord == .hub })
            let lanesOf = { (id: String) in map.lanes.filter { $0.from == id || $0.to == id } }
            #expect(lanesOf(hub.id).count == 6)
            #expect(lanesOf(hub.id).allSatisfy { $0.type == .major })

            #expect(map.homeSystemIDs.count == seats)
            #expect(Set(map.homeSystemIDs).count == seats)
            for home in map.homeSystemIDs {
                let lanes = lanesOf(home)
                #expect(lanes.count == 3)
                #expect(lanes.allSatisfy { $0.type == .major })
                #expect(byID[home]?.ring == rings)
            }

            let pairs = map.lanes.map { "\($0.from)|\($0.to)" }
            #expect(Set(pairs).count == pairs.count, "each lane once")
            #expect(map.lanes.allSatisfy { $0.from < $0.to && byID[$0.from] != nil && byID[$0.to] != nil })
            #expect(map.lanes.allSatisfy { byID[$0.from]!.coord.isNeighbour(of: byID[$0.to]!.coord) })

            for allowRestricted in [true, false] {
                var reached: Set<String> = [hub.id]
                var frontier = [hub.id]
                while let current = frontier.popLast() {
                    for lane in lanesOf(current) where allowRestricted || lane.type != .restricted {
                        let next = lane.other(end: current)!
                        if reached.insert(next).inserted { frontier.append(next) }
                    }
                }
                #expect(reached.count == map.systems.count, "all systems reachable (restricted lanes allowed: \(allowRestricted))")
            }
            #expect(Set(map.systems.map(\.name)).count == map.systems.count, "unique names")
        }
    }

    @Test func sameSeedSameMap() throws {
        let first = try generate(rings: 5, seats: 6, seed: 77)
        let again = try generate(rings: 5, seats: 6, seed: 77)
        let other = try generate(rings: 5, seats: 6, seed: 78)
        #expect(first == again)
        #expect(first != other)
        let game = try makeGame(players: 4, seed: 5)
        #expect(try canonicalJSON(game) == canonicalJSON(try makeGame(players: 4, seed: 5)))
    }

    @Test func homesAreSpreadOut() throws {
        let map = try generate(rings: 6, seats: 6, seed: 3)
        let coords = map.homeSystemIDs.map { id in map.systems.first { $0.id == id }!.coord }
        var closest = Int.max
        for i in coords.indices { for j in coords.indices where j > i { closest = min(closest, coords[i].distance(to: coords[j])) } }
        #expect(closest >= 6)
    }

    @Test func tooManyHousesForTheRingsIsRefused() {
        #expect(throws: SetupError.self) { try generate(rings: 1, seats: 4, seed: 1) }
    }
}
