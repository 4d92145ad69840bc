public import Foundation

/// Finds a game by id, id prefix or name and opens it.
public enum OpenGame {
    public static func session(_ reference: String, data: DataDirectory) throws -> GameSession {
        let summary = try GameCatalog.scan(data).find(reference)
        return try GameSession(folder: GameFolder(url: URL(fileURLWithPath: summary.folder)))
    }
}
