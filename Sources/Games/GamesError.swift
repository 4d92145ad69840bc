/// A use case that could not be carried out, with a stable code and a message for the user.
public struct GamesError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable, CaseIterable {
        case gameNotFound = "game.not_found"
        case gameAmbiguous = "game.ambiguous"
        case gameExists = "game.exists"
        case seedUsed = "new.game_exists"
        case setupInvalid = "new.invalid_setup"
        case scenarioNotFound = "scenario.not_found"
        case scenarioUnreadable = "scenario.unreadable"
        case unknownHouse = "game.unknown_house"
        case backupExists = "backup.exists"
        case noTurn = "bot.no_turn"
        case noFreeName = "submit.no_free_name"
        case daemonRunning = "daemon.already_running"
        case gameActive = "compact.game_active"
        case unknownGroup = "new.unknown_group"
        case folderRefused = "folder.refused"
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
