/// One star system as listed in a legacy `systems.txt` line: `id,q,r,ring,player|none`.
public struct LegacySystem: Sendable, Hashable, Codable {
    /// The id the old generator derived from the coordinates; lanes refer to systems by it.
    public var legacyID: Int
    /// Axial hex coordinates.
    public var q: Int
    public var r: Int
    /// Distance from the centre hex; checked against q and r when parsed.
    public var ring: Int
    /// 0-based index of the player whose homeworld this is, or `nil` for an unowned system.
    public var player: Int?
    /// 1-based line in systems.txt, kept for reports.
    public var line: Int

    public init(legacyID: Int, q: Int, r: Int, ring: Int, player: Int?, line: Int) {
        self.legacyID = legacyID
        self.q = q
        self.r = r
        self.ring = ring
        self.player = player
        self.line = line
    }

    public var isHome: Bool { player != nil }
}
