internal import Engine

/// The lookups one view needs, built once: names, slugs, short system ids,
/// the viewer's intel. Each section of the view is made by one method
/// (ViewContext+Sections.swift) and reads the state only through the rules
/// of what the viewer may know.
struct ViewContext {
    let state: GameState
    let viewer: House
    let graph: StarGraph
    let shortSystem: ShortIDs
    let systemNames: [String: String]
    let slugs: [String: String]
    let intelRecord: HouseIntel

    init(state: GameState, viewer: House) {
        self.state = state
        self.viewer = viewer
        graph = StarGraph(state: state)
        shortSystem = ShortIDs(ids: state.systems.map(\.id))
        systemNames = Dictionary(uniqueKeysWithValues: state.systems.map { ($0.id, $0.name) })
        slugs = Dictionary(uniqueKeysWithValues: state.houses.map { ($0.id, $0.slug) })
        intelRecord = state.intel(of: viewer.id) ?? HouseIntel(houseID: viewer.id)
    }

    var turn: Int { state.game.turn }
    var viewerColonies: [Colony] { state.colonies.filter { $0.ownerHouseID == viewer.id } }
    var viewerFleets: [Fleet] { state.fleets.filter { $0.ownerHouseID == viewer.id } }

    func slug(_ houseID: String) -> String { slugs[houseID] ?? houseID }
    func systemName(_ systemID: String) -> String { systemNames[systemID] ?? systemID }
    func system(_ systemID: String) -> String { shortSystem(systemID) }

    static func shipTally(_ ships: [Ship]) -> HouseView.ShipTally {
        let counts = ShipCounts(ships)
        return HouseView.ShipTally(military: counts.military, spacelift: counts.spacelift)
    }

    static func name(of type: ShipType) -> String { type.rawValue.lowercased() }
    static func name(of lane: LaneType) -> String { lane.rawValue.lowercased() }
    static func name(of visibility: SystemVisibility) -> String { visibility.rawValue }
    static func flag(_ value: Bool) -> Bool? { value ? true : nil }
}
