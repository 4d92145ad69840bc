internal import Engine
internal import Foundation
internal import GRDB

/// Reads and writes one game's rows. All state crossing this boundary is the
/// engine's `GameState`; records stay inside the module.
public struct GameStore: Sendable {
    public let database: GameDatabase

    public init(database: GameDatabase) {
        self.database = database
    }

    /// JSON as the database keeps it: sorted keys, so equal values give equal text.
    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
