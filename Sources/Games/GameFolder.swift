public import Foundation

/// One game's folder, `data/games/<uuid>/`, named by the game's id and
/// holding its database. What else lives there is the transports' business.
public struct GameFolder: Sendable, Equatable {
    public let url: URL

    public init(url: URL) {
        self.url = url
    }

    public var id: String { url.lastPathComponent }
    public var databaseURL: URL { url.appendingPathComponent("ec4x.db") }
    /// The daemon's own markers for this game.
    public var controlFolder: URL { url.appendingPathComponent(".ec4x", isDirectory: true) }
}
