public import Foundation
internal import Storage

/// The games found under `data/games/*/ec4x.db`, and the folders that could
/// not be read (reported, never fatal).
public struct GameCatalog: Sendable {
    public struct Problem: Sendable, Codable, Equatable {
        public var folder: String
        public var message: String
    }

    public var games: [GameSummary]
    public var problems: [Problem]

    /// Reads every game folder; hidden folders (games being created) are skipped.
    public static func scan(_ data: DataDirectory, now: Date = Date()) -> GameCatalog {
        let manager = FileManager.default
        let names = (try? manager.contentsOfDirectory(atPath: data.gamesFolder.path)) ?? []
        var games: [GameSummary] = []
        var problems: [Problem] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let folder = data.gameFolder(id: name)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: folder.url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                problems.append(Problem(folder: folder.url.path, message: "not a game folder (a file), skipped"))
                continue
            }
            do {
                let database = try GameDatabase.open(folder: folder.url)
                games.append(try GameSummary.read(GameStore(database: database), folder: folder, now: now))
            } catch {
                problems.append(Problem(folder: folder.url.path, message: "\(error)"))
            }
        }
        return GameCatalog(games: games, problems: problems)
    }

    /// The game named by `reference`: its id, a unique id prefix, or its name.
    public func find(_ reference: String) throws -> GameSummary {
        if let exact = games.first(where: { $0.id == reference }) { return exact }
        let matches = games.filter { $0.id.hasPrefix(reference.lowercased()) || $0.name == reference }
        guard let first = matches.first else {
            throw GamesError(.gameNotFound, "no game \"\(reference)\" in this data folder")
        }
        guard matches.count == 1 else {
            throw GamesError(
                .gameAmbiguous,
                "\"\(reference)\" matches \(matches.count) games: \(matches.map(\.id).joined(separator: ", "))"
            )
        }
        return first
    }
}
