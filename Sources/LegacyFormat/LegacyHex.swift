/// Axial hex geometry as used by the legacy map files (q, r; the third cube coordinate is -q-r).
public enum LegacyHex {
    /// The six axial offsets of a hex's neighbours.
    public static let neighbourOffsets: [(q: Int, r: Int)] = [
        (1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1),
    ]

    /// Hex distance from the centre (0, 0); the legacy `ring` column must equal it.
    public static func ring(q: Int, r: Int) -> Int {
        max(abs(q), abs(r), abs(q + r))
    }

    /// Hex distance between two axial positions.
    public static func distance(from a: (q: Int, r: Int), to b: (q: Int, r: Int)) -> Int {
        ring(q: a.q - b.q, r: a.r - b.r)
    }

    /// Whether two positions share an edge.
    public static func areNeighbours(_ a: (q: Int, r: Int), _ b: (q: Int, r: Int)) -> Bool {
        distance(from: a, to: b) == 1
    }
}
