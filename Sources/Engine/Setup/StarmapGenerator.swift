/// Generates the map of a new game from its setup and seed.
///
/// Rules (RULES.md, "The map"): a flat-top axial hex grid of `rings` rings
/// around the hub (3n²+3n+1 systems). The hub has a lane to each of its six
/// neighbours; each homeworld sits on the outer ring with exactly three Major
/// lanes; every other pair of neighbouring systems is joined by one lane whose
/// type is drawn with the setup's weights. Homes are spread to maximise the
/// smallest distance between any two of them.
public struct StarmapGenerator: Sendable {
    public var rings: Int
    public var seats: Int
    public var weights: GameSetup.LaneWeights

    public init(rings: Int, seats: Int, weights: GameSetup.LaneWeights) {
        self.rings = rings
        self.seats = seats
        self.weights = weights
    }

    public func validate() throws(SetupError) {
        guard (1...30).contains(rings) else {
            throw SetupError(code: .ringsOutOfRange, message: "rings must be between 1 and 30, got \(rings)")
        }
        guard (GameSetup.minHouses...GameSetup.maxHouses).contains(seats) else {
            throw SetupError(code: .housesOutOfRange, message: "a game has 2 to 12 houses, got \(seats)")
        }
        guard seats * 2 <= 6 * rings else {
            throw SetupError(
                code: .mapTooSmall,
                message: "\(rings) rings leave too little room for \(seats) homeworlds; use at least \((seats + 2) / 3) rings"
            )
        }
        guard weights.major >= 0, weights.minor >= 0, weights.restricted >= 0,
            weights.major + weights.minor + weights.restricted > 0
        else {
            throw SetupError(code: .badLaneWeights, message: "lane weights must be non-negative and not all zero")
        }
    }

    public func generate(ids: inout IDGenerator, random: inout SeededRandom) throws(SetupError) -> Starmap {
        try validate()
        let coords = HexCoord.grid(rings: rings)
        let names = SystemNameGenerator.names(count: coords.count, random: &random)
        var systems: [StarSystem] = []
        var idAt: [HexCoord: String] = [:]
        for (index, coord) in coords.enumerated() {
            let id = ids.next()
            idAt[coord] = id
            systems.append(StarSystem(id: id, name: names[index], coord: coord))
        }

        let homes = homeCoordinates(random: &random)
        let homeSet = Set(homes)
        var lanes: [Lane] = []
        var joined = Set<Lane>()
        func addLane(_ a: HexCoord, _ b: HexCoord, _ type: LaneType) {
            let lane = Lane(between: idAt[a]!, and: idAt[b]!, type: type)
            if joined.insert(Lane(between: lane.from, and: lane.to, type: .major)).inserted {
                lanes.append(lane)
            }
        }

        for home in homes {
            for neighbour in homeLaneTargets(home, homes: homeSet, random: &random) {
                addLane(home, neighbour, .major)
            }
        }
        for coord in coords where !homeSet.contains(coord) {
            for neighbour in coord.neighbours where neighbour.ring <= rings && !homeSet.contains(neighbour) {
                guard coord < neighbour else { continue }
                let type: LaneType = (coord == .hub || neighbour == .hub) ? .major : drawLaneType(&random)
                addLane(coord, neighbour, type)
            }
        }
        ensureReachableWithoutRestrictedLanes(lanes: &lanes, hubID: idAt[.hub]!, systemIDs: systems.map(\.id))

        lanes.sort { ($0.from, $0.to) < ($1.from, $1.to) }
        return Starmap(systems: systems, lanes: lanes, homeSystemIDs: homes.map { idAt[$0]! })
    }

    /// Homes on the outer ring, spread as far apart as the ring allows.
    /// Every rotation of an even spacing is scored by its smallest pairwise
    /// distance; ties are broken by the seed, never by iteration order.
    func homeCoordinates(random: inout SeededRandom) -> [HexCoord] {
        let ring = HexCoord.ringCoordinates(radius: rings)
        var best: [[HexCoord]] = []
        var bestScore = -1
        for offset in 0..<ring.count {
            let picks = (0..<seats).map { ring[(offset + $0 * ring.count / seats) % ring.count] }
            var score = Int.max
            for i in picks.indices {
                for j in picks.indices where j > i { score = min(score, picks[i].distance(to: picks[j])) }
            }
            if score > bestScore {
                bestScore = score
                best = [picks]
            } else if score == bestScore {
                best.append(picks)
            }
        }
        return random.pick(best)
    }

    /// Three neighbours of a home: inner ones first, then the seed picks among the rest.
    func homeLaneTargets(_ home: HexCoord, homes: Set<HexCoord>, random: inout SeededRandom) -> [HexCoord] {
        let candidates = home.neighbours.filter { $0.ring <= rings && !homes.contains($0) }
        let inner = candidates.filter { $0.ring < home.ring }.sorted()
        var outer = candidates.filter { $0.ring >= home.ring }.sorted()
        random.shuffle(&outer)
        return Array((inner + outer).prefix(3))
    }

    func drawLaneType(_ random: inout SeededRandom) -> LaneType {
        let total = weights.major + weights.minor + weights.restricted
        let roll = random.int(in: 0...(total - 1))
        if roll < weights.major { return .major }
        if roll < weights.major + weights.minor { return .minor }
        return .restricted
    }

    /// Spacelift ships cannot use Restricted lanes, so every system must be
    /// reachable without them: a Restricted lane that is the only way into a
    /// part of the map becomes Minor.
    func ensureReachableWithoutRestrictedLanes(lanes: inout [Lane], hubID: String, systemIDs: [String]) {
        while true {
            var reached: Set<String> = [hubID]
            var frontier = [hubID]
            while let current = frontier.popLast() {
                for lane in lanes where lane.type != .restricted {
                    guard let next = lane.other(end: current), reached.insert(next).inserted else { continue }
                    frontier.append(next)
                }
            }
            if reached.count == systemIDs.count { return }
            let bridge = lanes.indices
                .filter { lanes[$0].type == .restricted && reached.contains(lanes[$0].from) != reached.contains(lanes[$0].to) }
                .min { (lanes[$0].from, lanes[$0].to) < (lanes[$1].from, lanes[$1].to) }
            guard let bridge else { return }
            lanes[bridge].type = .minor
        }
    }
}
