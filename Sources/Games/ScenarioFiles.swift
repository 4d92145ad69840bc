public import Engine
public import Foundation
internal import Scenarios

/// Finds and reads scenarios: `--scenario NAME` means `scenarios/NAME.kdl`,
/// or the built-in scenario NAME.
public enum ScenarioFiles {
    /// Where a scenario is read from.
    public enum Source: Sendable, Equatable {
        case file(URL)
        /// One of the scenarios compiled into the program.
        case builtIn(String)

        /// How messages name it: the path (relative when under the working
        /// directory), or the built-in scenario's name.
        public var shown: String {
            switch self {
            case .file(let url):
                let cwd = FileManager.default.currentDirectoryPath + "/"
                return url.path.hasPrefix(cwd) ? String(url.path.dropFirst(cwd.count)) : url.path
            case .builtIn(let name):
                return "\(name) (built in)"
            }
        }
    }

    /// The scenario a reference names, the first of: an existing file at that
    /// path; NAME.kdl in the working directory's `scenarios/` or the one beside
    /// the data folder (a user's own scenarios, which may shadow a built-in
    /// one); the built-in scenario NAME.
    public static func locate(_ reference: String, data: DataDirectory) throws(GamesError) -> Source {
        let manager = FileManager.default
        if manager.fileExists(atPath: reference), reference.hasSuffix(".kdl") || reference.contains("/") {
            return .file(URL(fileURLWithPath: reference))
        }
        let fileName = reference.hasSuffix(".kdl") ? reference : "\(reference).kdl"
        for folder in folders(data) {
            let candidate = folder.appendingPathComponent(fileName)
            if manager.fileExists(atPath: candidate.path) { return .file(candidate) }
        }
        if let builtIn = BuiltInScenario.named(reference) { return .builtIn(builtIn.name) }
        throw GamesError(
            .scenarioNotFound,
            "no scenario \"\(reference)\"; available: \(available(data: data).joined(separator: ", "))"
        )
    }

    /// Every name `--scenario` accepts here: the user's scenario files and the built-in ones.
    public static func available(data: DataDirectory) -> [String] {
        let files = folders(data).flatMap { (try? FileManager.default.contentsOfDirectory(atPath: $0.path)) ?? [] }
            .filter { $0.hasSuffix(".kdl") }.map { String($0.dropLast(4)) }
        return Set(files + BuiltInScenario.names).sorted()
    }

    /// The folders a user's own scenarios are looked for in.
    static func folders(_ data: DataDirectory) -> [URL] {
        [
            URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("scenarios"),
            data.root.deletingLastPathComponent().appendingPathComponent("scenarios"),
        ]
    }

    /// Reads a scenario into a setup; problems come back as file:line:column.
    public static func load(_ source: Source) throws -> GameSetup {
        switch source {
        case .file(let url):
            return try load(url)
        case .builtIn(let name):
            guard let builtIn = BuiltInScenario.named(name) else {
                throw GamesError(.scenarioNotFound, "no built-in scenario \"\(name)\"")
            }
            return try builtIn.load()
        }
    }

    /// Reads a scenario file into a setup; problems come back as file:line:column.
    public static func load(_ url: URL) throws -> GameSetup {
        let bytes: [UInt8]
        do {
            bytes = try [UInt8](Data(contentsOf: url))
        } catch {
            throw GamesError(.scenarioUnreadable, "cannot read \(url.path): \(error.localizedDescription)")
        }
        return try ScenarioLoader.load(bytes, file: Source.file(url).shown, source: url.deletingPathExtension().lastPathComponent)
    }
}
