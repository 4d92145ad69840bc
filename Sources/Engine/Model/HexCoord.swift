/// A position on the flat-top axial hex grid; the hub is (0, 0).
public struct HexCoord: Hashable, Sendable, Codable, Comparable {
    public var q: Int
    public var r: Int

    public init(q: Int, r: Int) {
        self.q = q
        self.r = r
    }

    public static let hub = HexCoord(q: 0, r: 0)

    /// The six axial directions, in a fixed order.
    public static let directions: [HexCoord] = [
        HexCoord(q: 1, r: 0), HexCoord(q: 1, r: -1), HexCoord(q: 0, r: -1),
        HexCoord(q: -1, r: 0), HexCoord(q: -1, r: 1), HexCoord(q: 0, r: 1),
    ]

    /// Hex distance from the hub, which is the system's ring.
    public var ring: Int { distance(to: .hub) }

    public func distance(to other: HexCoord) -> Int {
        let dq = q - other.q
        let dr = r - other.r
        return max(abs(dq), abs(dr), abs(dq + dr))
    }

    public var neighbours: [HexCoord] {
        Self.directions.map { HexCoord(q: q + $0.q, r: r + $0.r) }
    }

    public func isNeighbour(of other: HexCoord) -> Bool { distance(to: other) == 1 }

    /// Every coordinate within `rings` of the hub, ring by ring, in a fixed order.
    public static func grid(rings: Int) -> [HexCoord] {
        var result: [HexCoord] = []
        for q in -rings...rings {
            for r in max(-rings, -q - rings)...min(rings, -q + rings) {
                result.append(HexCoord(q: q, r: r))
            }
        }
        return result.sorted()
    }

    public static func < (lhs: HexCoord, rhs: HexCoord) -> Bool {
        (lhs.ring, lhs.q, lhs.r) < (rhs.ring, rhs.q, rhs.r)
    }
}

extension HexCoord {
    /// The coordinates of one ring, walking around it in a fixed order.
    public static func ringCoordinates(radius: Int) -> [HexCoord] {
        guard radius > 0 else { return [.hub] }
        var result: [HexCoord] = []
        var current = HexCoord(q: directions[4].q * radius, r: directions[4].r * radius)
        for side in 0..<6 {
            for _ in 0..<radius {
                result.append(current)
                current = HexCoord(q: current.q + directions[side].q, r: current.r + directions[side].r)
            }
        }
        return result
    }
}
