import Foundation
import GRDB
import Testing
import TestSupport

/// The commands a player or a harness uses around the daemon, run as a user runs them.
@Suite struct PlayerCommandsTests {
    struct Game {
        let folder: TemporaryFolder
        let id: String
        let tokens: [String: String]
        var runner: CommandRunner { CommandRunner(workingDirectory: folder.url) }
        var gameFolder: URL { folder.url.appendingPathComponent("data/games/\(id)") }
    }

    func newGame(seed: Int = 31) throws -> Game {
        let folder = try TemporaryFolder()
        let result = try CommandRunner(workingDirectory: folder.url).run(["new", "--seed", "\(seed)", "--players", "2", "--json"])
        let created = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        var tokens: [String: String] = [:]
        for house in created["houses"] as? [[String: Any]] ?? [] { tokens[house["slug"] as! String] = house["token"] as? String }
        return Game(folder: folder, id: created["id"] as! String, tokens: tokens)
    }

    @Test func aBotFileValidatesSubmitsAndTheDaemonTakesIt() throws {
        let game = try newGame()
        let bot = try game.runner.run(["bot", String(game.id.prefix(8)), "--house", "alpha", "--token", game.tokens["alpha"]!])
        #expect(bot.status == 0, "\(bot.stderr)")
        let file = game.folder.url.appendingPathComponent("alpha.json")
        try Data(bot.stdout.utf8).write(to: file)

        let validated = try game.runner.run(["validate", game.id, "--house", "alpha", "alpha.json"])
        #expect(validated.status == 0, "\(validated.stdout)")
        #expect(validated.stdout.contains("\"status\" : \"accepted\""))
        #expect(try FileManager.default.contentsOfDirectory(atPath: game.gameFolder.appendingPathComponent("houses/alpha/orders").path).isEmpty)

        let submitted = try game.runner.run(["submit", game.id, "--house", "alpha", "alpha.json"])
        #expect(submitted.status == 0, "\(submitted.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: game.gameFolder.appendingPathComponent("houses/alpha/orders").path) == ["alpha.json"])

        let once = try game.runner.run(["daemon", "--once"])
        #expect(once.status == 0)
        let status = try game.runner.run(["status", game.id, "--json"])
        #expect(status.stdout.contains("\"submitted\" : 1"))
    }

    @Test func aBadFileIsNotSubmittedAndItsErrorsArePrinted() throws {
        let game = try newGame()
        let file = game.folder.url.appendingPathComponent("bad.json")
        try Data(#"{"game":"\#(game.id)","house":"alpha","turn":9,"fleet_orders":[]}"#.utf8).write(to: file)
        let submitted = try game.runner.run(["submit", game.id, "--house", "alpha", "bad.json"])
        #expect(submitted.status != 0)
        #expect(submitted.stdout.contains("header.future_turn"))
        #expect(submitted.stdout.contains("header.missing_token"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: game.gameFolder.appendingPathComponent("houses/alpha/orders").path).isEmpty)
    }

    @Test func resolveWaitsUnlessForcedThenReplayAgrees() throws {
        let game = try newGame(seed: 32)
        let waiting = try game.runner.run(["resolve", game.id])
        #expect(waiting.status != 0)
        #expect(waiting.stderr.contains("alpha, beta"))
        for _ in 0..<3 {
            let forced = try game.runner.run(["resolve", game.id, "--force"])
            #expect(forced.status == 0, "\(forced.stderr)")
        }
        let status = try game.runner.run(["status", game.id, "--json"])
        #expect(status.stdout.contains("\"turn\" : 4"))
        let view = try JSONSerialization.jsonObject(with: Data(contentsOf: game.gameFolder.appendingPathComponent("houses/beta/view.json"))) as? [String: Any]
        #expect((view?["game"] as? [String: Any])?["turn"] as? Int == 4)
        let replay = try game.runner.run(["replay", game.id, "--json"])
        #expect(replay.status == 0, "\(replay.stderr)")
        #expect(replay.stdout.contains("\"turnsChecked\" : 3"))
    }

    @Test func exportRewritesAMissingViewAndBackupCopiesALiveGame() throws {
        let game = try newGame(seed: 33)
        _ = try game.runner.run(["daemon", "--once"])
        let view = game.gameFolder.appendingPathComponent("houses/alpha/view.json")
        let original = try Data(contentsOf: view)
        try FileManager.default.removeItem(at: view)
        let export = try game.runner.run(["export", game.id, "--house", "alpha"])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(try Data(contentsOf: view) == original)

        let backup = try game.runner.run(["backup", game.id, "copy.db"])
        #expect(backup.status == 0, "\(backup.stderr)")
        let name = try DatabaseQueue(path: game.folder.url.appendingPathComponent("copy.db").path).read { db in try String.fetchOne(db, sql: "SELECT id FROM games") }
        #expect(name == game.id)
        #expect(try game.runner.run(["backup", game.id, "copy.db"]).status != 0)
    }

    @Test func schemasArePrintedAsJSON() throws {
        let folder = try TemporaryFolder()
        for name in ["orders", "receipt", "view", "map"] {
            let result = try CommandRunner(workingDirectory: folder.url).run(["schema", name])
            #expect(result.status == 0)
            let schema = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            #expect(schema?["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        }
        #expect(try CommandRunner(workingDirectory: folder.url).run(["schema", "nope"]).status != 0)
    }
}
