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

    /// One configured encoder for every row: making an encoder per value cost
    /// more than encoding it when a turn writes thousands of rows.
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// JSON as the database keeps it: sorted keys, so equal values give equal text.
    static func json(_ value: some Encodable) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
