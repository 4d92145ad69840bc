import Foundation
import Testing
import TestSupport

/// A whole standard 4-house game played the way a user plays it: the
/// scripted player reads only its house folder and the docs, writes order
/// files, and the built `ec4x` runs the bots and the turns.
@Suite struct ScriptedPlayerTests {
    typealias JSON = [String: Any]

    @Test func aScriptedPlayerPlaysAFullGameAgainstTheBotsAndEveryLostShipIsExplained() throws {
        let folder = try TemporaryFolder()
        let runner = CommandRunner(workingDirectory: folder.url)
        let created = try runner.run(["new", "--scenario", "standard-4-player", "--seed", "20261203", "--json"])
        #expect(created.status == 0, "\(created.stderr)")
        let game = try #require(try JSONSerialization.jsonObject(with: Data(created.stdout.utf8)) as? JSON)
        let id = try #require(game["id"] as? String)
        var tokens: [String: String] = [:]
        for house in game["houses"] as? [JSON] ?? [] { tokens[house["slug"] as? String ?? ""] = house["token"] as? String }
        let gameFolder = folder.url.appendingPathComponent("data/games/\(id)")
        func houseFolder(_ slug: String) -> URL { gameFolder.appendingPathComponent("houses/\(slug)") }

        var player = ScriptedPlayer(houseFolder: houseFolder("alpha"), slug: "alpha", token: tokens["alpha"])
        let map = try player.map()
        #expect(try Data(contentsOf: houseFolder("beta").appendingPathComponent("map.json")) == Data(contentsOf: houseFolder("alpha").appendingPathComponent("map.json")))
        #expect(try Data(contentsOf: gameFolder.appendingPathComponent("public/map.json")) == Data(contentsOf: houseFolder("alpha").appendingPathComponent("map.json")))

        var view = try player.view()
        var turns = 0
        while (view["game"] as? JSON)?["phase"] as? String == "active", turns < 40 {
            let turn = player.turn(view)
            #expect(FileManager.default.fileExists(atPath: houseFolder("alpha").appendingPathComponent("view.md").path))
            let eliminated = (view["house"] as? JSON)?["eliminated"] as? Bool == true
            for slug in ["beta", "delta", "gamma"] {
                let bot = try runner.run(["bot", id, "--house", slug, "--token", tokens[slug] ?? ""])
                guard bot.status == 0 else { break }
                let botFile = folder.url.appendingPathComponent("\(slug)-\(turn).json")
                try Data(bot.stdout.utf8).write(to: botFile)
                try drop(botFile, into: houseFolder(slug).appendingPathComponent("orders"), name: "turn-\(turn).json")
            }
            if !eliminated {
                if turn % 5 == 2 {
                    // With the bots in, a draft must not end the turn: alpha is still awaited.
                    try sendDraft(&player, view: view, map: map, turn: turn, runner: runner, game: id, scratch: folder.url, house: houseFolder("alpha"))
                }
                try play(&player, view: view, map: map, turn: turn, runner: runner, game: id, scratch: folder.url, orders: houseFolder("alpha").appendingPathComponent("orders"))
            }
            let daemon = try runner.run(["daemon", "--once"])
            #expect(daemon.status == 0, "\(daemon.stderr)")
            let next = try player.view()
            #expect(player.turn(next) == turn + 1, "the turn resolved once every house had a file in")
            player.checkLosses(before: view, after: next)
            view = next
            turns += 1
        }

        #expect(player.problems.isEmpty, "\(player.problems.joined(separator: "\n"))")
        #expect(player.battlesSeen > 0 && player.shipsLostInBattle > 0, "alpha fought: \(player.battlesSeen) battles, \(player.shipsLostInBattle) ships lost")
        #expect((view["game"] as? JSON)?["phase"] as? String == "completed", "the game ended within its 35 turns")
        #expect(view["orders_template"] == nil, "a finished game's view offers no orders template")
        #expect((view["game"] as? JSON)?["winner"] as? String != nil)
        let guide = (view["guide"] as? [String] ?? []).joined(separator: " ")
        #expect(guide.contains("over") && !guide.contains("To play"))
        let brief = try String(contentsOf: houseFolder("alpha").appendingPathComponent("view.md"), encoding: .utf8)
        #expect(brief.contains("The game is over") && brief.contains("Final standings"))
        let ranks = (view["houses"] as? [JSON] ?? []).compactMap { $0["rank"] as? Int }.sorted()
        #expect(ranks == [1, 2, 3, 4], "final standings rank every house")
        #expect(player.usedOrders == ScriptedPlayer.allOrders, "order kinds used: \(player.usedOrders.sorted())")
        #expect(player.draftsSent > 0, "alpha sent drafts")
        #expect(player.namesUsed > 0, "alpha named systems or fleets by name")
        #expect(player.usedBuilds == ScriptedPlayer.allBuilds, "build items used: \(player.usedBuilds.sorted())")
        #expect(player.usedDiplomacy == ScriptedPlayer.allDiplomacy, "diplomacy used: \(player.usedDiplomacy.sorted())")
        // The bots answer diplomacy: beta took the peace, gamma the pact (until alpha declared war).
        let history = try player.readJSON("history/turn_3.json")
        #expect(player.relation(history, "beta") == "peace")
        #expect(player.relation(history, "gamma") == "nap")
    }

    /// Alpha's file: checked with `ec4x validate`, then dropped in orders/ under a temporary name and renamed.
    func play(_ player: inout ScriptedPlayer, view: JSON, map: JSON, turn: Int, runner: CommandRunner, game: String, scratch: URL, orders: URL) throws {
        var file = player.orders(view: view, map: map)
        let staged = scratch.appendingPathComponent("alpha-\(turn).json")
        try JSONSerialization.data(withJSONObject: file, options: [.sortedKeys]).write(to: staged)
        let check = try runner.run(["validate", game, "--house", "alpha", staged.path])
        if check.status != 0 {
            // The receipt lists every error; a player would fix them. This one falls back to the template.
            Issue.record("turn \(turn): alpha's file was refused: \(check.stdout)")
            file = view["orders_template"] as? JSON ?? [:]
            file["token"] = player.token
            try JSONSerialization.data(withJSONObject: file, options: [.sortedKeys]).write(to: staged)
        }
        player.record(file)
        try drop(staged, into: orders, name: "turn-\(turn).json")
    }

    /// A draft (`"ready": false`) of this turn's file: answered as accepted and not
    /// ready, the turn does not run, and alpha stays in the receipt's `waiting_for`.
    func sendDraft(_ player: inout ScriptedPlayer, view: JSON, map: JSON, turn: Int, runner: CommandRunner, game: String, scratch: URL, house: URL) throws {
        var draft = player.orders(view: view, map: map)
        draft["ready"] = false
        let staged = scratch.appendingPathComponent("alpha-\(turn)-draft.json")
        try JSONSerialization.data(withJSONObject: draft, options: [.sortedKeys]).write(to: staged)
        let receipts = house.appendingPathComponent("receipts")
        let before = Set(try FileManager.default.contentsOfDirectory(atPath: receipts.path))
        try drop(staged, into: house.appendingPathComponent("orders"), name: "draft-\(turn).json")
        let daemon = try runner.run(["daemon", "--once"])
        #expect(daemon.status == 0, "\(daemon.stderr)")
        #expect(player.turn(try player.view()) == turn, "turn \(turn): a draft does not end the turn")
        let new = Set(try FileManager.default.contentsOfDirectory(atPath: receipts.path)).subtracting(before).filter { $0.contains("draft-\(turn)") }
        let name = try #require(new.first, "turn \(turn): the draft got a receipt")
        let receipt = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: receipts.appendingPathComponent(name))) as? JSON)
        #expect(receipt["status"] as? String == "accepted", "turn \(turn): \(receipt)")
        #expect(receipt["ready"] as? Bool == false)
        #expect((receipt["waiting_for"] as? [String])?.contains("alpha") == true, "turn \(turn): alpha is still awaited after a draft")
        player.draftsSent += 1
    }

    /// Writes under a dot name first, then renames into the drop folder, as players.md asks.
    func drop(_ file: URL, into orders: URL, name: String) throws {
        let hidden = orders.appendingPathComponent(".\(name).part")
        try FileManager.default.copyItem(at: file, to: hidden)
        try FileManager.default.moveItem(at: hidden, to: orders.appendingPathComponent(name))
    }
}
