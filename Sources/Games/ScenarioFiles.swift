public import Engine
public import Foundation
internal import Scenarios

/// Finds and reads scenario files: `--scenario NAME` means `scenarios/NAME.kdl`.
public enum ScenarioFiles {
    /// The file a reference names: an existing path, or NAME in one of the
    /// scenario folders: the working directory's `scenarios/`, the one beside
    /// the data folder, then the one of the checkout the program was built in.
    public static func locate(_ reference: String, data: DataDirectory) throws(GamesError) -> URL {
        let manager = FileManager.default
        if manager.fileExists(atPath: reference), reference.hasSuffix(".kdl") || reference.contains("/") {
            return URL(fileURLWithPath: reference)
        }
        let fileName = reference.hasSuffix(".kdl") ? reference : "\(reference).kdl"
        let folders = [
            URL(fileURLWithPath: manager.currentDirectoryPath).appendingPathComponent("scenarios"),
            data.root.deletingLastPathComponent().appendingPathComponent("scenarios"),
        ] + (builtInFolder().map { [$0] } ?? [])
        for folder in folders {
            let candidate = folder.appendingPathComponent(fileName)
            if manager.fileExists(atPath: candidate.path) { return candidate }
        }
        let available = folders.flatMap { (try? manager.contentsOfDirectory(atPath: $0.path)) ?? [] }
            .filter { $0.hasSuffix(".kdl") }.map { String($0.dropLast(4)) }
        let list = Set(available).sorted().joined(separator: ", ")
        throw GamesError(
            .scenarioNotFound,
            "no scenario \"\(reference)\"" + (list.isEmpty ? "" : "; available: \(list)")
        )
    }

    /// `scenarios/` of the checkout holding this executable (`<repo>/.build/<config>/ec4x`).
    static func builtInFolder() -> URL? {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            let candidate = folder.appendingPathComponent("scenarios")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("standard-4-player.kdl").path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return nil
    }

    /// Reads a scenario file into a setup; problems come back as file:line:column.
    public static func load(_ url: URL) throws -> GameSetup {
        let bytes: [UInt8]
        do {
            bytes = try [UInt8](Data(contentsOf: url))
        } catch {
            throw GamesError(.scenarioUnreadable, "cannot read \(url.path): \(error.localizedDescription)")
        }
        let name = url.deletingPathExtension().lastPathComponent
        let cwd = FileManager.default.currentDirectoryPath + "/"
        let shown = url.path.hasPrefix(cwd) ? String(url.path.dropFirst(cwd.count)) : url.path
        return try ScenarioLoader.load(bytes, file: shown, source: name)
    }
}
