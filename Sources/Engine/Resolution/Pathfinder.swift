/// A* over the lane network. Lane costs: Major 1, Minor 2, Restricted 3.
/// Restricted lanes are skipped unless the fleet may use them. Ties between
/// equal paths are broken by system id, so the same map always gives the
/// same path.
public struct Pathfinder: Sendable {
    public let graph: StarGraph

    public init(graph: StarGraph) {
        self.graph = graph
    }

    /// The cheapest path from `start` to `goal`, both ends included; nil when unreachable.
    public func path(from start: String, to goal: String, allowRestricted: Bool) -> [String]? {
        guard let source = graph.index[start], let target = graph.index[goal] else { return nil }
        if source == target { return [start] }
        let count = graph.ids.count
        var best = [Int](repeating: Int.max, count: count)
        var cameFrom = [Int](repeating: -1, count: count)
        var closed = [Bool](repeating: false, count: count)
        var open = MinHeap()
        best[source] = 0
        open.push(Node(f: graph.estimate(source, target), g: 0, system: source))
        while let current = open.pop() {
            if current.system == target { break }
            if closed[current.system] { continue }
            closed[current.system] = true
            for edge in graph.adjacency[current.system] {
                if edge.type == .restricted, !allowRestricted { continue }
                let cost = current.g + edge.type.pathCost
                if cost >= best[edge.to] { continue }
                best[edge.to] = cost
                cameFrom[edge.to] = current.system
                open.push(Node(f: cost + graph.estimate(edge.to, target), g: cost, system: edge.to))
            }
        }
        guard best[target] != Int.max else { return nil }
        var path = [graph.ids[target]]
        var node = target
        while cameFrom[node] >= 0 {
            node = cameFrom[node]
            path.append(graph.ids[node])
        }
        return path.reversed()
    }

    /// Lane-cost distance from `start` to every system reachable from it (Dijkstra).
    public func distances(from start: String, allowRestricted: Bool) -> [String: Int] {
        guard let source = graph.index[start] else { return [:] }
        var best = [Int](repeating: Int.max, count: graph.ids.count)
        var open = MinHeap()
        best[source] = 0
        open.push(Node(f: 0, g: 0, system: source))
        while let current = open.pop() {
            guard current.f == best[current.system] else { continue }
            for edge in graph.adjacency[current.system] where allowRestricted || edge.type != .restricted {
                let cost = current.f + edge.type.pathCost
                if cost < best[edge.to] {
                    best[edge.to] = cost
                    open.push(Node(f: cost, g: 0, system: edge.to))
                }
            }
        }
        var result: [String: Int] = [:]
        for (number, cost) in best.enumerated() where cost != Int.max { result[graph.ids[number]] = cost }
        return result
    }

    /// The cost of a path (sum of lane costs).
    public func cost(of path: [String]) -> Int {
        zip(path, path.dropFirst()).reduce(0) { $0 + (graph.lane($1.0, $1.1)?.pathCost ?? 0) }
    }

    struct Node {
        var f: Int
        var g: Int
        var system: Int

        /// Lowest estimate first; then the deeper node; then the smaller id.
        func precedes(_ other: Node) -> Bool {
            if f != other.f { return f < other.f }
            if g != other.g { return g > other.g }
            return system < other.system
        }
    }

    struct MinHeap {
        private var items: [Node] = []

        mutating func push(_ node: Node) {
            items.append(node)
            var child = items.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard items[child].precedes(items[parent]) else { break }
                items.swapAt(child, parent)
                child = parent
            }
        }

        mutating func pop() -> Node? {
            guard !items.isEmpty else { return nil }
            items.swapAt(0, items.count - 1)
            let top = items.removeLast()
            var parent = 0
            while true {
                let left = parent * 2 + 1
                let right = left + 1
                var first = parent
                if left < items.count, items[left].precedes(items[first]) { first = left }
                if right < items.count, items[right].precedes(items[first]) { first = right }
                if first == parent { break }
                items.swapAt(parent, first)
                parent = first
            }
            return top
        }
    }
}
