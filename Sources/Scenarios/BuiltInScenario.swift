public import Engine

/// The scenarios that come with the program, compiled into it (SwiftPM's
/// `embedInCode` resources), so `--scenario standard-4-player` works from a
/// copied binary anywhere, with no file beside it.
///
/// Their one source is `Sources/Scenarios/BuiltIn/*.kdl`; the repository's
/// top-level `scenarios/` holds symlinks to them for people browsing.
public struct BuiltInScenario: Sendable {
    public let name: String
    public let bytes: [UInt8]

    /// Every built-in scenario, by name.
    public static let all: [BuiltInScenario] = [
        BuiltInScenario(name: "large-12-player", bytes: PackageResources.large_12_player_kdl),
        BuiltInScenario(name: "standard-2-player", bytes: PackageResources.standard_2_player_kdl),
        BuiltInScenario(name: "standard-4-player", bytes: PackageResources.standard_4_player_kdl),
    ]

    public static var names: [String] { all.map(\.name) }

    /// The built-in scenario called `name` (with or without `.kdl`).
    public static func named(_ name: String) -> BuiltInScenario? {
        let bare = name.hasSuffix(".kdl") ? String(name.dropLast(4)) : name
        return all.first { $0.name == bare }
    }

    /// The scenario read into a setup; problems name it as `NAME.kdl`.
    public func load() throws(ScenarioProblems) -> GameSetup {
        try ScenarioLoader.load(bytes, file: "\(name).kdl", source: name)
    }
}
