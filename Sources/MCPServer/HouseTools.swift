internal import MCP

/// What answers the tools of DESIGN.md §9 for one house: `HouseDesk` from the game's database,
/// `SyncedFolderDesk` from a folder `ec4x player sync` mirrors. `HouseServer` serves either.
protocol HouseTools: Sendable {
    func call(_ name: String, _ arguments: [String: Value]) async -> ToolAnswer
}
