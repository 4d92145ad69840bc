/// The lane network, built once per use from the state's lanes. Systems are
/// numbered in id order so searches can run over arrays instead of
/// dictionaries; neighbours are sorted by system id so every search is
/// deterministic.
public struct StarGraph: Sendable {
    public struct Edge: Sendable, Equatable {
        public var to: String
        public var type: LaneType
    }

    struct IndexedEdge: Sendable {
        var to: Int
        var type: LaneType
    }

    /// System ids, sorted; a system's number is its position here.
    let ids: [String]
    let index: [String: Int]
    let coords: [HexCoord]
    let adjacency: [[IndexedEdge]]
    /// The longest lane in hexes (legacy maps may join non-neighbours); keeps the A* estimate admissible.
    let longestLane: Int

    public init(systems: [StarSystem], lanes: [Lane]) {
        let sorted = systems.sorted { $0.id < $1.id }
        ids = sorted.map(\.id)
        var index: [String: Int] = [:]
        index.reserveCapacity(sorted.count)
        for (number, system) in sorted.enumerated() { index[system.id] = number }
        self.index = index
        coords = sorted.map(\.coord)
        var adjacency = [[IndexedEdge]](repeating: [], count: sorted.count)
        var longest = 1
        for lane in lanes {
            guard let a = index[lane.from], let b = index[lane.to] else { continue }
            adjacency[a].append(IndexedEdge(to: b, type: lane.type))
            adjacency[b].append(IndexedEdge(to: a, type: lane.type))
            longest = max(longest, coords[a].distance(to: coords[b]))
        }
        for number in adjacency.indices { adjacency[number].sort { $0.to < $1.to } }
        self.adjacency = adjacency
        longestLane = longest
    }

    public init(state: GameState) {
        self.init(systems: state.systems, lanes: state.lanes)
    }

    public func neighbours(of systemID: String) -> [Edge] {
        guard let number = index[systemID] else { return [] }
        return adjacency[number].map { Edge(to: ids[$0.to], type: $0.type) }
    }

    public func lane(_ a: String, _ b: String) -> LaneType? {
        guard let from = index[a], let to = index[b] else { return nil }
        return adjacency[from].first { $0.to == to }?.type
    }

    public func contains(_ systemID: String) -> Bool { index[systemID] != nil }

    /// A lower bound on the cost of going from system `a` to system `b` (each jump costs at least 1).
    func estimate(_ a: Int, _ b: Int) -> Int {
        let hexes = coords[a].distance(to: coords[b])
        return (hexes + longestLane - 1) / longestLane
    }
}
