/// A distinct lane after repair: an unordered pair of systems, stored lower id first.
public struct LegacyMapLane: Sendable, Hashable, Codable {
    public var lowerID: Int
    public var higherID: Int
    public var type: LegacyLaneType
    /// Whether the two hexes share an edge; false for the lanes the old generator got wrong.
    public var isAdjacent: Bool
    /// The lanes.txt lines this lane was listed on, ascending.
    public var sourceLines: [Int]

    public init(lowerID: Int, higherID: Int, type: LegacyLaneType, isAdjacent: Bool, sourceLines: [Int]) {
        self.lowerID = lowerID
        self.higherID = higherID
        self.type = type
        self.isAdjacent = isAdjacent
        self.sourceLines = sourceLines
    }
}
