/// A settled system, owned by one house.
public struct Colony: Sendable, Codable, Equatable, Identifiable {
    public var id: String
    public var systemID: String
    public var ownerHouseID: String
    public var population: Int
    public var industry: Int
    public var defenses: Int
    public var starbaseLevel: Int
    public var underSiege: Bool

    public init(
        id: String, systemID: String, ownerHouseID: String, population: Int, industry: Int,
        defenses: Int = 0, starbaseLevel: Int = 0, underSiege: Bool = false
    ) {
        self.id = id
        self.systemID = systemID
        self.ownerHouseID = ownerHouseID
        self.population = population
        self.industry = industry
        self.defenses = defenses
        self.starbaseLevel = starbaseLevel
        self.underSiege = underSiege
    }
}
