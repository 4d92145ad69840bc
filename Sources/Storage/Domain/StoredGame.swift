public import Engine
internal import Foundation

/// What the `games` row says beyond the engine's state: deadline, transport,
/// the setup it was made from, and the record of failed resolutions.
public struct StoredGame: Sendable, Equatable {
    public var id: String
    public var name: String
    public var turn: Int
    public var year: Int
    public var month: Int
    public var phase: GamePhase
    /// Unix time; nil when the turn has no deadline.
    public var deadline: Int64?
    /// Seconds between polls the game asks for (`transport_config.poll_interval`).
    public var pollInterval: Double?
    /// The setup the game was made from; nil for a setup this version cannot read.
    public var setup: GameSetup?
    public var winnerHouseID: String?
    /// Failed attempts in a row to resolve the current turn, and the last error.
    public var resolveFailures: Int
    public var lastError: String?
}

extension StoredGame {
    init(_ record: GameRecord) throws {
        guard let phase = GamePhase(rawValue: record.phase) else {
            throw StorageError(.inconsistentState, "unknown game phase \(record.phase)")
        }
        var pollInterval: Double?
        if let text = record.transportConfig,
            let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
            let seconds = object["poll_interval"] as? Double, seconds > 0
        {
            pollInterval = seconds
        }
        self.init(
            id: record.id, name: record.name, turn: record.turn, year: record.year, month: record.month, phase: phase,
            deadline: record.turnDeadline, pollInterval: pollInterval,
            setup: try? JSONDecoder().decode(GameSetup.self, from: Data(record.gameSetupJson.utf8)),
            winnerHouseID: record.winnerHouseId, resolveFailures: record.resolveFailures, lastError: record.lastError
        )
    }
}
