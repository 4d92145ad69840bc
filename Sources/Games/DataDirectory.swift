public import Foundation

/// The runtime root (`./data` by default): `games/<uuid>/` for each game.
public struct DataDirectory: Sendable {
    public let root: URL

    public init(path: String) {
        root = URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
    }

    public var gamesFolder: URL { root.appendingPathComponent("games", isDirectory: true) }

    public func gameFolder(id: String) -> GameFolder {
        GameFolder(url: gamesFolder.appendingPathComponent(id, isDirectory: true))
    }
}
