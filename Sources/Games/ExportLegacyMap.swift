public import Foundation
internal import LegacyMigration

/// `ec4x export --legacy DIR`: the game's map in the old file format.
public enum ExportLegacyMap {
    /// Writes `game_data/systems.txt`, `game_data/lanes.txt` and `game_config.toml` under `destination`.
    public static func run(session: GameSession, destination: URL) throws {
        let files = LegacyExporter.export(session.state, legacyIDs: try session.store.legacySystemIDs())
        let dataFolder = destination.appendingPathComponent("game_data", isDirectory: true)
        try FileManager.default.createDirectory(at: dataFolder, withIntermediateDirectories: true)
        try Data(files.systems.utf8).write(to: dataFolder.appendingPathComponent("systems.txt"), options: .atomic)
        try Data(files.lanes.utf8).write(to: dataFolder.appendingPathComponent("lanes.txt"), options: .atomic)
        try Data(files.config.utf8).write(to: destination.appendingPathComponent("game_config.toml"), options: .atomic)
    }
}
