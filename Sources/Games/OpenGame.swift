public import Foundation

/// Finds a game by id, id prefix or name and opens it.
public enum OpenGame {
    public static func session(_ reference: String, data: DataDirectory) throws -> GameSession {
        try GameSession(folder: locate(reference, data: data))
    }

    /// An id or a unique id prefix is matched against folder names alone;
    /// only a name needs every game's database read (`ec4x submit` from a
    /// bot should not open a thousand games to find one).
    static func locate(_ reference: String, data: DataDirectory) throws -> GameFolder {
        let wanted = reference.lowercased()
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: data.gamesFolder.path)) ?? [])
            .filter { !$0.hasPrefix(".") && FileManager.default.fileExists(atPath: data.gameFolder(id: $0).databaseURL.path) }
        let matches = names.filter { $0.hasPrefix(wanted) }
        if names.contains(wanted) || matches.count == 1 {
            return data.gameFolder(id: names.contains(wanted) ? wanted : matches[0])
        }
        let summary = try GameCatalog.scan(data).find(reference)
        return GameFolder(url: URL(fileURLWithPath: summary.folder))
    }
}
