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
        guard graph.contains(start), graph.contains(goal) else { return nil }
        if start == goal { return [start] }
        var best: [String: Int] = [start: 0]
        var cameFrom: [String: String] = [:]
        var closed: Set<String> = []
        var open = MinHeap()
        open.push(.init(f: graph.estimate(start, goal), g: 0, id: start))
        while let current = open.pop() {
            if current.id == goal { break }
            guard closed.insert(current.id).inserted else { continue }
            for edge in graph.neighbours(of: current.id) {
                if edge.type == .restricted, !allowRestricted { continue }
                let cost = current.g + edge.type.pathCost
                if let known = best[edge.to], known <= cost { continue }
                best[edge.to] = cost
                cameFrom[edge.to] = current.id
                open.push(.init(f: cost + graph.estimate(edge.to, goal), g: cost, id: edge.to))
            }
        }
        guard best[goal] != nil else { return nil }
        var path = [goal]
        var node = goal
        while let previous = cameFrom[node] {
            path.append(previous)
            node = previous
        }
        return path.reversed()
    }

    /// The cost of a path (sum of lane costs).
    public func cost(of path: [String]) -> Int {
        zip(path, path.dropFirst()).reduce(0) { $0 + (graph.lane($1.0, $1.1)?.pathCost ?? 0) }
    }

    struct Node {
        var f: Int
        var g: Int
        var id: String

        /// Lowest estimate first; then the deeper node; then the smaller id.
        func precedes(_ other: Node) -> Bool {
            if f != other.f { return f < other.f }
            if g != other.g { return g > other.g }
            return id < other.id
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
