public import Foundation
public import Games
internal import FolderTransport
internal import PlayerProtocol

/// One line per thing the daemon did, on standard error:
/// `2026-11-27T20:50:01.123Z game=1a2b3c4d house=alpha turn=3 accepted order.json (1.4 ms)`.
public struct DaemonLog: Sendable {
    let write: @Sendable (String) -> Void

    public init(write: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }) {
        self.write = write
    }

    public func info(_ message: String, game: String? = nil, house: String? = nil, turn: Int? = nil, milliseconds: Double? = nil) {
        var fields = [Date().formatted(.iso8601.year().month().day().dateSeparator(.dash).time(includingFractionalSeconds: true).timeSeparator(.colon).timeZone(separator: .omitted))]
        if let game { fields.append("game=\(game.prefix(8))") }
        if let house { fields.append("house=\(house)") }
        if let turn { fields.append("turn=\(turn)") }
        fields.append(message)
        if let milliseconds { fields.append(String(format: "(%.1f ms)", milliseconds)) }
        write(fields.joined(separator: " "))
    }
}
