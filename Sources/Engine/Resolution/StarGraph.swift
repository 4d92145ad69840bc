/// The lane network as adjacency lists, built once per use from the state's
/// lanes. Neighbours are sorted by system id so searches are deterministic.
public struct StarGraph: Sendable {
    public struct Edge: Sendable, Equatable {
        public var to: String
        public var type: LaneType
    }

    public private(set) var edges: [String: [Edge]] = [:]
    public private(set) var coords: [String: HexCoord] = [:]
    /// The longest lane in hexes (legacy maps may join non-neighbours); keeps the A* estimate admissible.
    public private(set) var longestLane = 1

    public init(systems: [StarSystem], lanes: [Lane]) {
        for system in systems { coords[system.id] = system.coord }
        for lane in lanes {
            edges[lane.from, default: []].append(Edge(to: lane.to, type: lane.type))
            edges[lane.to, default: []].append(Edge(to: lane.from, type: lane.type))
            if let a = coords[lane.from], let b = coords[lane.to] {
                longestLane = max(longestLane, a.distance(to: b))
            }
        }
        for key in edges.keys { edges[key]!.sort { $0.to < $1.to } }
    }

    public init(state: GameState) {
        self.init(systems: state.systems, lanes: state.lanes)
    }

    public func neighbours(of systemID: String) -> [Edge] { edges[systemID] ?? [] }

    public func lane(_ a: String, _ b: String) -> LaneType? {
        neighbours(of: a).first { $0.to == b }?.type
    }

    public func contains(_ systemID: String) -> Bool { coords[systemID] != nil }

    /// A lower bound on the cost of going from `a` to `b` (each jump costs at least 1).
    func estimate(_ a: String, _ b: String) -> Int {
        guard let from = coords[a], let to = coords[b] else { return 0 }
        let hexes = from.distance(to: to)
        return (hexes + longestLane - 1) / longestLane
    }
}
