/// Why a game database could not be used, with a stable code.
public struct StorageError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable {
        case networkFilesystem = "storage.network_filesystem"
        case notAGameDatabase = "storage.not_a_game_database"
        case unreadable = "storage.unreadable"
        case newerSchema = "storage.newer_schema"
        case missingGame = "storage.missing_game"
        case inconsistentState = "storage.inconsistent_state"
        /// Another process resolved the turn first: nothing failed, the reader is behind.
        case turnAlreadyResolved = "storage.turn_already_resolved"
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "\(message) [\(code.rawValue)]" }
}
