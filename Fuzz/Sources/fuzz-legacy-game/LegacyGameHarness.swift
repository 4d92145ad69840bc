internal import FuzzSupport
internal import LegacyFuzzChecks
internal import LegacyFormat

/// A whole legacy game: the input is cut at NUL bytes into systems.txt, lanes.txt, game_config.toml
/// and game_info.txt (missing parts are absent files), so the cross-file checks and the map repair
/// see maps whose lanes actually name their systems.
func legacyGameTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    let parts = bytes.split(separator: 0, maxSplits: 3, omittingEmptySubsequences: false).map(Array.init)
    func part(_ index: Int) -> [UInt8]? { parts.indices.contains(index) ? parts[index] : nil }
    let sources = LegacyGameSources(
        systems: .init(name: "game_data/systems.txt", bytes: part(0) ?? []),
        lanes: .init(name: "game_data/lanes.txt", bytes: part(1) ?? []),
        config: part(2).map { .init(name: "game_config.toml", bytes: $0) },
        info: part(3).map { .init(name: "game_info.txt", bytes: $0) }
    )
    let (game, errors) = LegacyGameParser.read(sources)
    fuzzInvariant((game == nil) == !errors.isEmpty, "a game and errors, or neither")
    guard let game else { return 0 }
    let ids = Set(game.map.systems.map(\.legacyID))
    for lane in game.map.lanes {
        fuzzInvariant(lane.lowerID < lane.higherID, "lane \(lane.lowerID)-\(lane.higherID) not stored lower first")
        fuzzInvariant(ids.contains(lane.lowerID) && ids.contains(lane.higherID), "lane to an unknown system kept")
        fuzzInvariant(!lane.sourceLines.isEmpty && lane.sourceLines == lane.sourceLines.sorted(), "source lines \(lane.sourceLines)")
    }
    let pairs = game.map.lanes.map { [$0.lowerID, $0.higherID] }
    fuzzInvariant(Set(pairs).count == pairs.count, "a pair of systems has two lanes")
    return 0
}
