import Foundation
import Games
import FolderTransport
import Daemon
import PlayerProtocol

/// Printing for humans and for programs.
enum Output {
    static func json(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    }

    static func warning(_ message: String) {
        FileHandle.standardError.write(Data("warning: \(message)\n".utf8))
    }

    /// A path as the user typed its data folder: relative when under the working directory.
    static func display(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(cwd) ? String(path.dropFirst(cwd.count)) : path
    }
}

/// An error that ends a command with a message and a non-zero exit code.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
}

extension GamesError {
    var asCommandFailure: CommandFailure { CommandFailure(description: message) }
}
