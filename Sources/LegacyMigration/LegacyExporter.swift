public import Engine

/// Writes a game's map in the old file format (systems.txt, lanes.txt,
/// game_config.toml), so old tools can read it and `ec4x migrate` can bring it back.
public enum LegacyExporter {
    public struct Files: Sendable, Equatable {
        public var systems: String
        public var lanes: String
        public var config: String
    }

    /// - Parameter legacyIDs: ids the systems had in the legacy game they came
    ///   from; other systems get the old generator's id, (q+R)(2R+1)+(r+R).
    public static func export(_ state: GameState, legacyIDs: [String: Int] = [:]) -> Files {
        let rings = state.systems.map(\.ring).max() ?? 0
        func legacyID(_ system: StarSystem) -> Int {
            legacyIDs[system.id] ?? (system.coord.q + rings) * (2 * rings + 1) + (system.coord.r + rings)
        }
        // Player indices follow the houses' folder names, a stable order.
        let seats = state.houses.sorted { $0.slug < $1.slug }
        var playerAtHome: [String: Int] = [:]
        for (index, house) in seats.enumerated() {
            if let home = house.homeSystemID { playerAtHome[home] = index }
        }
        let byID = Dictionary(uniqueKeysWithValues: state.systems.map { ($0.id, $0) })
        let systems = state.systems.sorted { legacyID($0) < legacyID($1) }.map { system in
            "\(legacyID(system)),\(system.coord.q),\(system.coord.r),\(system.ring),\(playerAtHome[system.id].map(String.init) ?? "none")"
        }
        // The old moderator listed every lane from both ends; so does this.
        var lanes: [(Int, Int, String)] = []
        for lane in state.lanes {
            guard let a = byID[lane.from], let b = byID[lane.to] else { continue }
            lanes.append((legacyID(a), legacyID(b), lane.type.rawValue))
            lanes.append((legacyID(b), legacyID(a), lane.type.rawValue))
        }
        lanes.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        var config = [
            "gameName = \(tomlString(state.game.name))",
            "numEmpires = \(state.houses.count)",
            "startYear = \(state.game.year)",
        ]
        if let limit = state.game.turnLimit { config.append("gameLength = \(limit)") }
        return Files(
            systems: systems.joined(separator: "\n") + "\n",
            lanes: lanes.map { "\($0.0),\($0.1),\($0.2)" }.joined(separator: "\n") + "\n",
            config: "# Written by ec4x export --legacy\n" + config.joined(separator: "\n") + "\n"
        )
    }

    static func tomlString(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\t": escaped += "\\t"
            default:
                if scalar.value < 0x20 {
                    escaped += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
                } else {
                    escaped.unicodeScalars.append(scalar)
                }
            }
        }
        return "\"\(escaped)\""
    }
}
