import Foundation
import Testing
import TestSupport

/// `ec4x mcp` driven by the official MCP Python client (PyPI `mcp`, in the
/// virtual environment `scripts/setup.sh` makes), as an agent would drive it,
/// while a real daemon runs and bots play the other houses.
@Suite(.serialized) struct MCPSessionTests {
    struct House: Decodable {
        var slug: String
        var token: String?
    }

    struct Created: Decodable {
        var id: String
        var houses: [House]
    }

    func newGame(in folder: TemporaryFolder, open: Bool = false) throws -> Created {
        let result = try CommandRunner(workingDirectory: folder.url).run(["new", "--seed", "7", "--players", "4", "--json"] + (open ? ["--open"] : []))
        return try JSONDecoder().decode(Created.self, from: Data(result.stdout.utf8))
    }

    @Test(.enabled(if: MCPClientPython.path != nil || MCPClientPython.isCI, "no MCP client venv: run scripts/test.sh, or `source scripts/setup.sh && ec4x_mcp_venv`"))
    func anAgentPlaysThreeTurnsOfAFourHouseGameThroughTheToolsAlone() throws {
        guard let python = MCPClientPython.path else {
            Issue.record("CI=true but the MCP client venv is missing at \(MCPClientPython.venv.path): scripts/test.sh must run ec4x_mcp_venv (scripts/setup.sh) first")
            return
        }
        let folder = try TemporaryFolder()
        let game = try newGame(in: folder)
        let alpha = try #require(game.houses.first { $0.slug == "alpha" })
        let daemon = try DaemonProcess(in: folder.url)
        #expect(daemon.waitUntilReady(), "\(daemon.output)")

        let config: [String: Any] = [
            "ec4x": CommandRunner.executable.path, "data": folder.url.appendingPathComponent("data").path,
            "game": game.id, "house": "alpha", "token": alpha.token ?? "", "turns": 3,
            "others": Dictionary(uniqueKeysWithValues: game.houses.filter { $0.slug != "alpha" }.map { ($0.slug, $0.token ?? "") }),
        ]
        let configText = String(decoding: try JSONSerialization.data(withJSONObject: config), as: UTF8.self)
        let result = try MCPClientPython.run(python, [MCPClientPython.script.path, configText], in: folder.url)
        #expect(result.status == 0, "client: \(result.stderr)\ndaemon: \(daemon.output)")
        let summary = try #require(try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "stdout: \(result.stdout)\nstderr: \(result.stderr)")

        #expect(summary["tools"] as? [String] == ["get_map", "get_receipts", "get_rules", "get_view", "submit_orders", "validate_orders", "wait_for_turn"])
        #expect(summary["first_turn"] as? Int == 1)
        #expect((summary["markdown"] as? String)?.contains("## Your fleets") == true, "get_view markdown returns view.md")
        #expect((summary["map_systems"] as? Int ?? 0) > 0)
        #expect(summary["rules_mention_costs"] as? Bool == true)
        // The wrong turn and the unknown system each come back with their own code.
        let badCodes = summary["bad_file_codes"] as? [String] ?? []
        #expect(badCodes.count >= 2, "\(badCodes)")
        #expect(!(summary["broken_text_codes"] as? [String] ?? []).isEmpty)

        let turns = summary["turns"] as? [[String: Any]] ?? []
        #expect(turns.map { $0["turn"] as? Int } == [1, 2, 3])
        #expect(turns.map { $0["next_turn"] as? Int } == [2, 3, 4])
        #expect(turns.allSatisfy { $0["checked"] as? String == "accepted" && $0["receipt"] as? String == "accepted" })
        // Alpha went first each turn: its receipt says the turn still waits for the bots.
        #expect(turns.allSatisfy { !($0["waiting_for"] as? [String] ?? []).contains("alpha") })
        #expect(summary["latest_receipt_turns"] as? [Int] == [3, 2])
        #expect(summary["final_turn"] as? Int == 4)
        #expect(summary["short_wait"] as? String == "timed_out")
        #expect(summary["after_cancel_turn"] as? Int == 4)

        // What the folder says agrees: alpha's view is for turn 4 and each of its files was received.
        let gameFolder = folder.url.appendingPathComponent("data/games/\(game.id)")
        let view = try JSONSerialization.jsonObject(with: Data(contentsOf: gameFolder.appendingPathComponent("houses/alpha/view.json"))) as? [String: Any]
        #expect((view?["game"] as? [String: Any])?["turn"] as? Int == 4)
        let received = try FileManager.default.contentsOfDirectory(atPath: gameFolder.appendingPathComponent("houses/alpha/received").path)
        #expect(received.count == 3, "\(received)")
        daemon.terminate()
    }

    @Test func aWrongTokenOrHouseIsRefusedAtStartUp() throws {
        let folder = try TemporaryFolder()
        let game = try newGame(in: folder)
        let runner = CommandRunner(workingDirectory: folder.url)

        let wrongToken = try runner.run(["mcp", game.id, "--house", "alpha", "--token", "not-the-token"])
        #expect(wrongToken.status != 0)
        #expect(wrongToken.stderr.contains("token"), "\(wrongToken.stderr)")
        #expect(wrongToken.stdout.isEmpty)

        let noToken = try runner.run(["mcp", game.id, "--house", "alpha"])
        #expect(noToken.status != 0)
        #expect(noToken.stderr.contains("--token"), "\(noToken.stderr)")

        let betaToken = try #require(game.houses.first { $0.slug == "beta" }?.token)
        let othersToken = try runner.run(["mcp", game.id, "--house", "alpha", "--token", betaToken])
        #expect(othersToken.status != 0)

        let wrongHouse = try runner.run(["mcp", game.id, "--house", "omega", "--token", betaToken])
        #expect(wrongHouse.status != 0)
        #expect(wrongHouse.stderr.contains("omega") && wrongHouse.stderr.contains("alpha"), "\(wrongHouse.stderr)")
    }
}

/// The Python with the official MCP client, made by `ec4x_mcp_venv` in scripts/setup.sh.
enum MCPClientPython {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let venv = root.appendingPathComponent(".build/mcp-venv")
    static let script = root.appendingPathComponent("Tests/MCPClient/mcp_client.py")
    static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

    static var path: URL? {
        let python = venv.appendingPathComponent("bin/python")
        return FileManager.default.isExecutableFile(atPath: python.path) ? python : nil
    }

    /// Runs the client with a guard far longer than three turns ever take.
    static func run(_ python: URL, _ arguments: [String], in folder: URL) throws -> CommandRunner.Result {
        let process = Process()
        process.executableURL = python
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = PipeReader(out)
        let stderr = PipeReader(err)
        let watchdog = Watchdog(killing: process, after: 5 * patience)
        let (outData, errData) = (stdout.wait(), stderr.wait())
        process.waitUntilExit()
        let killed = !watchdog.cancel()
        return CommandRunner.Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self), killed: killed
        )
    }
}
