import Engine
import Foundation
import TestSupport
@testable import Games
@testable import FolderTransport
@testable import Daemon
@testable import PlayerProtocol

/// A game in a temporary data folder, for use-case tests.
final class TestGame {
    let temporary: TemporaryFolder
    var root: URL { temporary.url }
    let data: DataDirectory
    let created: CreatedGame
    let session: GameSession

    init(players: Int = 2, seed: UInt64? = 42, open: Bool = false, deadlineHours: Int? = nil, turnLimit: Int? = nil) throws {
        temporary = try TemporaryFolder()
        data = DataDirectory(path: temporary.url.appendingPathComponent("data").path)
        var setup = GameSetup.standard(players: players)
        setup.turnLimit = turnLimit
        created = try CreateGame(data: data, prepare: FolderLayout.prepare).run(NewGameRequest(setup: setup, seed: seed, open: open, deadlineHours: deadlineHours))
        session = try GameSession(folder: data.gameFolder(id: created.id))
    }

    var state: GameState { session.state }
    func house(_ slug: String) -> House { state.house(slug: slug)! }
    func token(_ slug: String) -> String? { created.houses.first { $0.slug == slug }?.token }
    func fleets(of slug: String) -> [Fleet] { state.fleets.filter { $0.ownerHouseID == house(slug).id } }
    func ordersFolder(_ slug: String) -> URL { session.folder.ordersFolder(slug) }

    /// A JSON order file body with the right header.
    func orderFile(_ slug: String, turn: Int? = nil, token: String?? = nil, body: [String: Any] = ["fleet_orders": []]) -> Data {
        var object: [String: Any] = ["game": created.id, "house": slug, "turn": turn ?? session.turn]
        if let token = token ?? self.token(slug) { object["token"] = token }
        for (key, value) in body { object[key] = value }
        return try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }

    /// Drops `data` into a house's orders/ and takes it, as the daemon would.
    @discardableResult
    func drop(_ data: Data, as name: String, into slug: String) throws -> Receipt {
        let url = ordersFolder(slug).appendingPathComponent(name)
        try data.write(to: url)
        return try take(name, from: slug)
    }

    func take(_ name: String, from slug: String) throws -> Receipt {
        let entry = try require(DropEntry.inspect(ordersFolder(slug).appendingPathComponent(name)))
        return try require(try FolderIngestion(session: session).run(entry, slug: slug))
    }

    func receiptFiles(_ slug: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: session.folder.receiptsFolder(slug).path)) ?? []).sorted()
    }
}

struct RequireFailure: Error {}

func require<T>(_ value: T?) throws -> T {
    guard let value else { throw RequireFailure() }
    return value
}
