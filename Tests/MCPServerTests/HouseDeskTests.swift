import Engine
import MCP
import FolderTransport
import Foundation
import Games
import Testing
import TestSupport
@testable import MCPServer

/// The tools on a real game folder with no daemon running: what an agent is
/// told, and what lands on disk.
struct HouseDeskTests {
    let temporary: TemporaryFolder
    let data: DataDirectory
    let created: CreatedGame
    let desk: HouseDesk

    init() throws {
        temporary = try TemporaryFolder()
        data = DataDirectory(path: temporary.url.appendingPathComponent("data").path)
        created = try CreateGame(data: data, prepare: FolderLayout.prepare).run(NewGameRequest(setup: GameSetup.standard(players: 2), seed: 5))
        let token = created.houses.first { $0.slug == "alpha" }?.token
        desk = HouseDesk(session: try GameSession(folder: data.gameFolder(id: created.id)), data: data, slug: "alpha", token: token, changes: FolderChanges())
    }

    func json(_ answer: ToolAnswer) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(answer.texts.last!.utf8)) as? [String: Any])
    }

    var ordersFolder: URL { data.gameFolder(id: created.id).url.appendingPathComponent("houses/alpha/orders") }

    @Test func withNoDaemonTheSubmittedFileWaitsInOrders() async throws {
        let orders: [String: MCP.Value] = ["orders": ["game": .string(created.id), "house": "alpha", "turn": 1, "fleet_orders": []]]
        let answer = await desk.call("submit_orders", orders)
        #expect(!answer.isError)
        #expect(answer.texts.first?.contains("No ec4x daemon is running") == true, "\(answer.texts)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: ordersFolder.path) == ["mcp-turn1.json"])
        #expect(try json(answer)["status"] as? String == "accepted")
    }

    @Test func aRejectedFileIsAnErrorResultWithTheCodesAndNothingIsPlaced() async throws {
        let orders: [String: MCP.Value] = ["orders": ["game": "not-this-game", "house": "alpha", "turn": 1]]
        let answer = await desk.call("submit_orders", orders)
        #expect(answer.isError)
        let codes = (try json(answer)["errors"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        #expect(!codes.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: ordersFolder.path).isEmpty)
    }

    @Test func aWaitTimesOutAndSaysNoDaemonRuns() async throws {
        let answer = await desk.call("wait_for_turn", ["after_turn": 1, "timeout_seconds": 0.2])
        let result = try json(answer)
        #expect(result["status"] as? String == "timed_out")
        #expect((result["message"] as? String)?.contains("No ec4x daemon") == true)
    }

    @Test(.timeLimit(.minutes(1))) func aCancelledWaitReturnsAtOnce() async throws {
        let desk = desk
        let waiting = Task { await desk.call("wait_for_turn", ["after_turn": 1, "timeout_seconds": 600]) }
        // Most likely asleep by now; cancelled before it slept, it must return all the same.
        try await Task.sleep(for: .milliseconds(200))
        waiting.cancel()
        #expect(try json(await waiting.value)["status"] as? String == "cancelled")
    }

    @Test func anUnknownToolOrFormatIsAnErrorResult() async {
        #expect(await desk.call("get_score", [:]).isError)
        #expect(await desk.call("get_view", ["format": "html"]).isError)
        #expect(await !desk.call("get_view", [:]).isError)
    }
}
