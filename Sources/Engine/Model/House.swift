/// A player faction.
public struct House: Sendable, Codable, Equatable, Identifiable {
    public var id: String
    public var name: String
    /// Lowercase folder name: `houses/<slug>/`.
    public var slug: String
    public var color: String?
    public var prestige: Int
    public var treasury: Int
    public var eliminated: Bool
    public var homeSystemID: String?

    public init(
        id: String, name: String, slug: String, color: String? = nil, prestige: Int = 0,
        treasury: Int = 0, eliminated: Bool = false, homeSystemID: String? = nil
    ) {
        self.id = id
        self.name = name
        self.slug = slug
        self.color = color
        self.prestige = prestige
        self.treasury = treasury
        self.eliminated = eliminated
        self.homeSystemID = homeSystemID
    }
}
