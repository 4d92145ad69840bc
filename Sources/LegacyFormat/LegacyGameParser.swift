/// Reads all files of a legacy game, checks them against each other and repairs the map.
/// Errors from every file are gathered before anything is thrown.
public enum LegacyGameParser {
    public static func parse(_ sources: LegacyGameSources) throws(LegacyParseFailure) -> LegacyGame {
        let result = read(sources)
        guard result.errors.isEmpty, let game = result.game else { throw LegacyParseFailure(errors: result.errors) }
        return game
    }

    /// Collecting form: `game` is nil whenever there are errors; the errors are in file order
    /// (systems, lanes, config, info), then line order.
    public static func read(_ sources: LegacyGameSources) -> (game: LegacyGame?, errors: [LegacyParseError]) {
        let (systems, systemErrors) = LegacySystemsParser.read(sources.systems.bytes, file: sources.systems.name)
        // A system line rejected for, say, its ring still names its id: its lanes are not "unknown".
        let (lanes, laneErrors) = LegacyLanesParser.read(
            sources.lanes.bytes, file: sources.lanes.name,
            systemIDs: LegacySystemsParser.listedIDs(sources.systems.bytes, file: sources.systems.name)
        )
        var errors = systemErrors + laneErrors
        var warnings: [LegacyParseWarning] = []

        var config: LegacyConfig?
        if let file = sources.config {
            let result = LegacyConfigParser.read(file.bytes, file: file.name)
            config = result.config
            warnings += result.warnings
            errors += result.errors
        }
        var info: LegacyGameInfo?
        if let file = sources.info {
            let result = LegacyGameInfoParser.read(file.bytes, file: file.name)
            info = result.info
            errors += result.errors
        }
        guard errors.isEmpty else { return (nil, errors) }

        let map = LegacyMapRepair.repair(systems: systems, lanes: lanes)
        warnings += crossCheck(map: map, listedLaneCount: lanes.count, sources: sources, config: config, info: info)
        return (LegacyGame(map: map, listedLanes: lanes, config: config, info: info, warnings: warnings), [])
    }

    /// Counts that disagree between files are suspicious but do not stop a migration: the map files win.
    static func crossCheck(
        map: LegacyMap, listedLaneCount: Int, sources: LegacyGameSources, config: LegacyConfig?, info: LegacyGameInfo?
    ) -> [LegacyParseWarning] {
        var warnings: [LegacyParseWarning] = []
        let homes = map.homes
        let indices = homes.compactMap(\.player)
        if indices != Array(0..<indices.count) {
            warnings.append(
                LegacyParseWarning(
                    code: .playerIndicesNotContiguous, file: sources.systems.name, line: nil, text: "",
                    message: "home player indices are \(indices.map(String.init).joined(separator: ", ")), not 0...\(indices.count - 1)"
                ))
        }
        if let config, let numEmpires = config.numEmpires, numEmpires != homes.count, let file = sources.config {
            let line = config.lineOfSetting[LegacyConfigField.numEmpires.camelCaseKey]
            warnings.append(
                LegacyParseWarning(
                    code: .playerCountMismatch, file: file.name, line: line, text: "",
                    message: "the config says \(numEmpires) empires but systems.txt has \(homes.count) homes"
                ))
        }
        if let info, let file = sources.info {
            func entry(_ key: String) -> LegacyGameInfo.Entry? {
                info.entries.first { LegacyGameInfoParser.normalizedKey($0.key) == key }
            }
            func warn(_ code: LegacyParseWarning.Code, _ key: String, _ message: String) {
                let found = entry(key)
                warnings.append(
                    LegacyParseWarning(
                        code: code, file: file.name, line: found?.line,
                        text: found.map { "\($0.key): \($0.value)" } ?? "", message: message
                    ))
            }
            if let players = info.players, players != homes.count {
                warn(.playerCountMismatch, "players", "game_info says \(players) players but systems.txt has \(homes.count) homes")
            }
            if let count = info.systems, count != map.systems.count {
                warn(.gameInfoCountMismatch, "systems", "game_info says \(count) systems but systems.txt lists \(map.systems.count)")
            }
            // The old tool counted listed lines, so either count is accepted.
            if let count = info.jumpLanes, count != listedLaneCount, count != map.lanes.count {
                warn(
                    .gameInfoCountMismatch, "jump lanes",
                    "game_info says \(count) jump lanes but lanes.txt lists \(listedLaneCount) lines (\(map.lanes.count) distinct lanes)")
            }
        }
        return warnings
    }
}
