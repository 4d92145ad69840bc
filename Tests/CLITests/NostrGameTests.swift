import Foundation
import GRDB
import TestSupport
import Testing

/// A Nostr game end to end, on real relays on loopback: nostr-sdk's LocalRelay and PyPI nostr-relay at
/// once. House alpha is played through `ec4x player sync` and `ec4x bot` writing into its folder;
/// house beta by an independent nostr-sdk client that knows only DESIGN.md §8 and its own key.
@Suite(.serialized, .enabled(if: NostrEnvironment.shouldRun))
struct NostrGameTests {
    /// A game on two relays with alpha syncing into `alpha/` and the daemon serving it.
    final class Table {
        let folder: TemporaryFolder
        let runner: CommandRunner
        var relays: [RelayProcess]
        let gameID: String
        let naddr: String
        let moderator: String
        var daemon: DaemonProcess
        var sync: BackgroundProcess
        let keys: [String: String]

        init() throws {
            #expect(NostrEnvironment.isAvailable, "\(NostrEnvironment.missing)")
            folder = try TemporaryFolder()
            runner = CommandRunner(workingDirectory: folder.url)
            relays = [try RelayProcess.localRelay(in: folder.url), try RelayProcess.nostrRelay(in: folder.url)]
            var keys: [String: String] = [:]
            for name in ["alpha", "beta", "third"] {
                let made = try runner.run(["keygen", "--out", "\(name).key"])
                try #require(made.status == 0, "\(made.stderr)")
                keys[name] = made.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            self.keys = keys
            let created = try runner.run(
                ["new", "--players", "2", "--seed", "11", "--transport", "nostr", "--json"] + relays.flatMap { ["--relay", $0.url] }
                    + ["--player", "alpha=\(keys["alpha"]!)", "--player", "beta=\(keys["beta"]!)"])
            try #require(created.status == 0, "\(created.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(created.stdout.utf8)) as? [String: Any])
            gameID = try #require((object["game"] as? [String: Any])?["id"] as? String)
            naddr = try #require(object["naddr"] as? String)
            moderator = try #require(object["moderator"] as? String)
            daemon = try DaemonProcess(in: folder.url)
            try #require(daemon.waitUntilReady(), "\(daemon.output)")
            sync = try BackgroundProcess(
                CommandRunner.executable, ["player", "sync", "--key", "alpha.key", "--game", naddr, "--folder", "alpha"], in: folder.url, name: "sync")
        }

        var alpha: URL { folder.url.appendingPathComponent("alpha") }

        func secret(_ name: String) -> String {
            ((try? String(contentsOf: folder.url.appendingPathComponent("\(name).key"), encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        }

        /// The turn alpha's synced view.json shows.
        var alphaViewTurn: Int? {
            guard let data = FileManager.default.contents(atPath: alpha.appendingPathComponent("view.json").path),
                let view = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
            else { return nil }
            return (view["game"] as? [String: Any])?["turn"] as? Int
        }

        /// `ec4x bot` for alpha, written into alpha's orders/ as a script would (whole, then renamed).
        func alphaPlays(turn: Int) throws {
            let bot = try runner.run(["bot", gameID, "--house", "alpha"])
            try #require(bot.status == 0, "\(bot.stderr)")
            let staged = alpha.appendingPathComponent("orders/.t\(turn).json")
            try Data(bot.stdout.utf8).write(to: staged)
            try FileManager.default.moveItem(at: staged, to: alpha.appendingPathComponent("orders/t\(turn).json"))
        }

        func alphaReceipt(turn: Int) -> [String: Any]? {
            let folder = alpha.appendingPathComponent("receipts")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            guard let name = names.first(where: { $0.hasPrefix("t\(turn)-") }),
                let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)
            else { return nil }
            return try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        }

        /// The independent player for beta, playing `turns` turns in the background.
        func betaPlays(turns: Int) throws -> BackgroundProcess {
            try BackgroundProcess(
                NostrEnvironment.python,
                [NostrEnvironment.player.path, "play", "--secret", secret("beta"), "--moderator", moderator, "--game", gameID, "--house", "beta", "--turns", String(turns)]
                    + relays.flatMap { ["--relay", $0.url] },
                in: folder.url, name: "beta-\(UUID().uuidString.prefix(4))")
        }

        /// Every event of the game one relay holds, and whether the third key reads it.
        func audit(_ relay: RelayProcess) throws -> [[String: Any]] {
            let run = try runner.run(
                [NostrEnvironment.player.path, "audit", "--relay", relay.url, "--secret", secret("third"), "--moderator", moderator, "--game", gameID],
                executable: NostrEnvironment.python)
            try #require(run.status == 0, "\(run.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            return try #require(object["events"] as? [[String: Any]])
        }

        /// Rows of the moderator's database, read as `ec4x` left them.
        func rows(_ sql: String) throws -> [Row] {
            var configuration = Configuration()
            configuration.readonly = true
            let path = data.appendingPathComponent("games/\(gameID)/ec4x.db").path
            return try DatabaseQueue(path: path, configuration: configuration).read { try Row.fetchAll($0, sql: sql) }
        }

        var data: URL { folder.url.appendingPathComponent("data") }

        func count(_ sql: String) -> Int { ((try? rows(sql))?.first?[0] as Int?) ?? -1 }

        /// An order event for beta's seat signed by the third key, sent with nostr-sdk to every relay.
        func strangerSendsOrders(turn: Int) throws -> String {
            var sent = ""
            for relay in relays {
                let run = try runner.run(
                    [
                        NostrEnvironment.peer.path, "publish", "--relay", relay.url, "--secret", secret("third"), "--kind", "3471",
                        "--content", #"{"game":"\#(gameID)","house":"beta","turn":\#(turn),"fleet_orders":[]}"#, "--encrypt-to", moderator,
                        "--tag", "a", "30470:\(moderatorHex):\(gameID)", "--tag", "p", moderatorHex,
                    ], executable: NostrEnvironment.python)
                try #require(run.status == 0, "\(run.stderr)")
                sent = run.stdout
            }
            let object = try #require(try JSONSerialization.jsonObject(with: Data(sent.utf8)) as? [String: Any])
            return try #require(object["id"] as? String)
        }

        var moderatorHex: String {
            (try? rows("SELECT json_extract(transport_config, '$.moderator_pubkey') FROM games").first?[0] as String?) ?? ""
        }

        func restartDaemon() throws {
            daemon = try DaemonProcess(in: folder.url)
            try #require(daemon.waitUntilReady(), "\(daemon.output)")
        }

        func stop() {
            sync.stop()
            daemon.terminate()
            for relay in relays { relay.stop() }
        }
    }

    static let privateKinds: Set<Int> = [3471, 3472, 30473, 3476]

    @Test func twoHousesPlayFiveTurnsOverBothRelays() throws {
        let table = try Table()
        defer { table.stop() }
        let beta = try table.betaPlays(turns: 5)
        for turn in 1...5 {
            #expect(waitFor { table.alphaViewTurn == turn }, "alpha's view of turn \(turn); sync: \(table.sync.errors)")
            try table.alphaPlays(turn: turn)
            #expect(waitFor { table.alphaReceipt(turn: turn) != nil }, "alpha's receipt of turn \(turn)")
            #expect(table.alphaReceipt(turn: turn)?["status"] as? String == "accepted")
        }
        #expect(waitFor { table.alphaViewTurn == 6 }, "the game reached turn 6; daemon: \(table.daemon.output)")
        // The synced folder reads like a local house's: the map is the local map.json, and view.md is there.
        // view.md follows view.json a moment later (it is written from it).
        let briefFile = table.alpha.appendingPathComponent("view.md")
        #expect(
            waitFor { (try? String(contentsOf: briefFile, encoding: .utf8))?.contains(", turn 6 (") == true },
            "view.md of turn 6: \(((try? String(contentsOf: briefFile, encoding: .utf8)) ?? "").prefix(200))")
        let syncedMap = try JSONSerialization.jsonObject(with: Data(contentsOf: table.alpha.appendingPathComponent("map.json"))) as? [String: Any]
        #expect(syncedMap?["rules"] != nil && syncedMap?["systems"] != nil)

        #expect(beta.wait() == 0, "beta: \(beta.errors)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(beta.output.utf8)) as? [String: Any])
        let turns = try #require(report["turns"] as? [[String: Any]])
        #expect(turns.count == 5)
        for (index, turn) in turns.enumerated() {
            #expect(turn["view_turn"] as? Int == index + 1, "beta decrypted its view of turn \(index + 1)")
            let receipt = try #require(turn["receipt"] as? [String: Any])
            #expect(receipt["status"] as? String == "accepted")
            #expect(receipt["turn"] as? Int == index + 1)
            #expect(receipt["house"] as? String == "beta")
        }

        for relay in table.relays {
            let events = try table.audit(relay)
            let orders = events.filter { $0["kind"] as? Int == 3471 }
            let answered = Set(events.filter { $0["kind"] as? Int == 3472 }.compactMap { $0["e"] as? String })
            #expect(orders.count == 10, "5 order events from each house on \(relay.url)")
            for order in orders { #expect(answered.contains(order["id"] as? String ?? ""), "a receipt event answers \(order["id"] ?? "") on \(relay.url)") }
            #expect(events.contains { $0["kind"] as? Int == 30473 }, "views on \(relay.url)")
            #expect(events.contains { $0["kind"] as? Int == 30474 }, "the map on \(relay.url)")
            #expect(events.contains { $0["kind"] as? Int == 30470 }, "the announcement on \(relay.url)")
            for event in events where Self.privateKinds.contains(event["kind"] as? Int ?? 0) {
                #expect(event["readable_by_key"] as? Bool == false, "a third key reads \(event["kind"] ?? "") \(event["id"] ?? "") on \(relay.url)")
            }
            #expect(events.allSatisfy { $0["verified"] as? Bool == true })
        }
    }

    /// One relay down for a turn then back, a stranger's orders, duplicate deliveries (every event
    /// arrives from both relays, and again on every catch-up), the daemon killed -9 as an order event
    /// arrives and again for a whole turn's orders, and a relay that returns a stale view: nothing
    /// lost, every house answered once.
    @Test func faultsLoseNothingAndEveryPlayerIsAnswered() throws {
        let table = try Table()
        defer { table.stop() }

        // Turn 1 with nostr-relay down: both houses still get through on LocalRelay.
        let port = table.relays[1].port
        table.relays[1].stop()
        #expect(waitFor { table.alphaViewTurn == 1 })
        try table.alphaPlays(turn: 1)
        let beta1 = try table.betaPlays(turns: 1)
        #expect(beta1.wait() == 0, "beta answered with one relay down: \(beta1.errors)")
        #expect(waitFor { table.alphaReceipt(turn: 1) != nil })
        #expect(waitFor { table.alphaViewTurn == 2 }, "\(table.daemon.output)")
        #expect(table.count("SELECT COUNT(*) FROM nostr_outbox WHERE sent = 0") > 0, "the down relay still owes events")

        // The relay comes back (same port, same store): the outbox catches up until it says OK to everything.
        table.relays[1] = try RelayProcess.nostrRelay(in: table.folder.url, port: port)
        #expect(waitFor { table.count("SELECT COUNT(*) FROM nostr_outbox WHERE sent = 0") == 0 }, "\(table.daemon.output)")
        let relayed = try table.audit(table.relays[1])
        let answeredThere = Set(relayed.filter { $0["kind"] as? Int == 3472 }.compactMap { $0["e"] as? String })
        for order in relayed where order["kind"] as? Int == 3471 {
            #expect(answeredThere.contains(order["id"] as? String ?? ""), "the returned relay has the receipt of \(order["id"] ?? "")")
        }

        // A stranger's orders for beta's seat: stored, ignored, never answered, beta still awaited.
        let strangerEvent = try table.strangerSendsOrders(turn: 2)
        #expect(waitFor { table.count("SELECT COUNT(*) FROM nostr_events WHERE id = '\(strangerEvent)' AND processed = 1 AND note LIKE 'ignored%'") == 1 })
        #expect(table.count("SELECT COUNT(*) FROM submissions WHERE turn = 2") == 0)

        // Turn 2: the daemon is killed -9 as soon as beta's order event has arrived; restarted, it answers.
        try table.alphaPlays(turn: 2)
        #expect(waitFor { table.alphaReceipt(turn: 2) != nil })
        let betaOrders = "SELECT COUNT(*) FROM nostr_events WHERE kind = 3471 AND note IS NULL AND pubkey != (SELECT nostr_pubkey FROM houses WHERE slug = 'alpha')"
        let before = table.count(betaOrders)
        let beta2 = try table.betaPlays(turns: 1)
        #expect(waitFor(timeout: patience) { table.count(betaOrders) > before })
        table.daemon.kill9()
        try table.restartDaemon()
        #expect(beta2.wait() == 0, "beta answered after the kill: \(beta2.errors)")
        #expect(waitFor { table.alphaViewTurn == 3 }, "\(table.daemon.output)")

        // Turn 3 sent while the daemon is down (killed -9): the restarted daemon catches up from the relays.
        table.daemon.kill9()
        try table.alphaPlays(turn: 3)
        let beta3 = try table.betaPlays(turns: 1)
        #expect(waitFor { FileManager.default.fileExists(atPath: table.alpha.appendingPathComponent("orders/t3.json").path) == false }, "alpha's turn 3 sent")
        try table.restartDaemon()
        #expect(beta3.wait() == 0, "beta answered after the restart: \(beta3.errors)")
        #expect(waitFor { table.alphaReceipt(turn: 3) != nil })
        #expect(waitFor { table.alphaViewTurn == 4 }, "\(table.daemon.output)")

        // Every order event from a house was answered exactly once, whatever arrived twice.
        let houseOrders = Set(try table.rows("SELECT id FROM nostr_events WHERE kind = 3471 AND note IS NULL").map { $0[0] as String })
        let receipts = try table.rows("SELECT tags FROM nostr_outbox WHERE event_kind = 3472").map { row -> String in
            let tags = (try? JSONSerialization.jsonObject(with: Data((row[0] as String).utf8)) as? [[String]]) ?? []
            return tags.first { $0.first == "e" }?[1] ?? ""
        }
        #expect(houseOrders.count == 6)
        #expect(receipts.count == houseOrders.count, "one receipt per order event")
        #expect(Set(receipts) == houseOrders)
        #expect(!receipts.contains(strangerEvent))

        // A stale version of alpha's view sent to nostr-relay after the newest (a replay): the relay
        // keeps it and returns it; a fresh sync still shows the newest.
        let alphaKey = (try table.rows("SELECT nostr_pubkey FROM houses WHERE slug = 'alpha'").first?[0] as String?) ?? ""
        #expect(waitFor { table.count("SELECT COUNT(*) FROM nostr_outbox WHERE sent = 0") == 0 })
        let stale = try #require(
            try table.rows("SELECT event_json FROM nostr_outbox WHERE event_kind = 30473 AND recipient_pubkey = '\(alphaKey)' ORDER BY id LIMIT 1").first?[0] as String?)
        let replay = try table.runner.run(
            [NostrEnvironment.player.path, "send", "--relay", table.relays[1].url, "--event-json", stale], executable: NostrEnvironment.python)
        #expect(replay.status == 0, "\(replay.stderr)")
        let versions = try table.audit(table.relays[1]).filter { $0["kind"] as? Int == 30473 && $0["p"] as? String == alphaKey }
        #expect(versions.count > 1, "nostr-relay returns a stale version of the view: \(replay.stdout)")
        table.sync.stop()
        try FileManager.default.removeItem(at: table.alpha.appendingPathComponent("view.json"))
        try FileManager.default.removeItem(at: table.alpha.appendingPathComponent(".sync-state.json"))
        table.sync = try BackgroundProcess(
            CommandRunner.executable, ["player", "sync", "--key", "alpha.key", "--game", table.naddr, "--folder", "alpha"], in: table.folder.url,
            name: "sync-again")
        #expect(waitFor { table.alphaViewTurn == 4 })
        // Time for both relays to send all they hold, stale versions included; the newest stays.
        Thread.sleep(forTimeInterval: 2)
        #expect(table.alphaViewTurn == 4)
    }

    /// An order dropped while one relay is down, the sync killed -9 and restarted, the relay back:
    /// the same signed event (kept in `.outbox/`) reaches that relay, and the moderator answers it once.
    @Test func anOrderReachesARelayThatMissedItAcrossASyncRestart() throws {
        let table = try Table()
        defer { table.stop() }
        let port = table.relays[1].port
        table.relays[1].stop()
        #expect(waitFor { table.alphaViewTurn == 1 })
        try table.alphaPlays(turn: 1)
        #expect(waitFor { table.alphaReceipt(turn: 1) != nil }, "answered through the relay that is up: \(table.sync.errors)")
        let outbox = table.alpha.appendingPathComponent(".outbox")
        let kept = (try? FileManager.default.contentsOfDirectory(atPath: outbox.path)) ?? []
        #expect(kept.count == 1, "the event is kept for the relay that is down: \(table.sync.errors)")
        let sent = try FileManager.default.contentsOfDirectory(atPath: table.alpha.appendingPathComponent("sent").path)
        let eventID = try #require(sent.first { $0.hasSuffix("-t1.json") }.map { String($0.prefix(64)) })

        table.sync.kill9()
        table.sync = try BackgroundProcess(
            CommandRunner.executable, ["player", "sync", "--key", "alpha.key", "--game", table.naddr, "--folder", "alpha"], in: table.folder.url,
            name: "sync-restarted")
        table.relays[1] = try RelayProcess.nostrRelay(in: table.folder.url, port: port)
        #expect(
            waitFor { ((try? FileManager.default.contentsOfDirectory(atPath: outbox.path)) ?? []).isEmpty },
            "every relay took the event: \(table.sync.errors)")
        let there = try table.audit(table.relays[1]).filter { $0["kind"] as? Int == 3471 }.compactMap { $0["id"] as? String }
        #expect(there.contains(eventID), "the relay that was down has the order event")
        #expect(try FileManager.default.contentsOfDirectory(atPath: table.alpha.appendingPathComponent("sent").path).filter { $0.hasSuffix("-t1.json") } == ["\(eventID)-t1.json"])

        // The moderator hears the event again from the returned relay: stored once, answered once.
        #expect(waitFor { table.count("SELECT COUNT(*) FROM nostr_outbox WHERE sent = 0") == 0 }, "\(table.daemon.output)")
        #expect(table.count("SELECT COUNT(*) FROM nostr_events WHERE id = '\(eventID)'") == 1)
        #expect(table.count("SELECT COUNT(*) FROM nostr_outbox WHERE event_kind = 3472 AND tags LIKE '%\(eventID)%'") == 1)
        let receipts = try FileManager.default.contentsOfDirectory(atPath: table.alpha.appendingPathComponent("receipts").path)
        #expect(receipts.filter { $0.hasPrefix("t1-") }.count == 1)
    }

    /// An agent plays alpha through `ec4x mcp --folder` on the folder `ec4x player sync` mirrors (no
    /// database on the player's side) with the official MCP Python client, while beta plays over nostr-sdk.
    @Test(.enabled(if: MCPClientPython.path != nil || MCPClientPython.isCI, "no MCP client venv: `source scripts/setup.sh && ec4x_mcp_venv`"))
    func anAgentPlaysASyncedFolderOverMCP() throws {
        let python = try #require(MCPClientPython.path, "the MCP client venv is missing at \(MCPClientPython.venv.path)")
        let table = try Table()
        defer { table.stop() }
        #expect(waitFor { table.alphaViewTurn == 1 }, "\(table.sync.errors)")
        let beta = try table.betaPlays(turns: 2)
        let config: [String: Any] = ["ec4x": CommandRunner.executable.path, "folder": table.alpha.path, "turns": 2]
        let configText = String(decoding: try JSONSerialization.data(withJSONObject: config), as: UTF8.self)
        let script = MCPClientPython.script.deletingLastPathComponent().appendingPathComponent("mcp_folder_client.py")
        let result = try MCPClientPython.run(python, [script.path, configText], in: table.folder.url)
        #expect(result.status == 0, "client: \(result.stderr)\nsync: \(table.sync.errors)\ndaemon: \(table.daemon.output)")
        let summary = try #require(try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "stdout: \(result.stdout)")

        #expect(summary["tools"] as? [String] == ["get_map", "get_receipts", "get_rules", "get_view", "submit_orders", "validate_orders", "wait_for_turn"])
        #expect(summary["house"] as? String == "alpha")
        #expect(summary["first_turn"] as? Int == 1)
        #expect((summary["map_systems"] as? Int ?? 0) > 0)
        #expect(summary["rules_mention_costs"] as? Bool == true)
        #expect(summary["bad_file_codes"] as? [String] == ["header.future_turn"])
        #expect(summary["broken_text_codes"] as? [String] == ["file.bad_json"])
        let turns = summary["turns"] as? [[String: Any]] ?? []
        #expect(turns.map { $0["turn"] as? Int } == [1, 2])
        #expect(turns.map { $0["next_turn"] as? Int } == [2, 3])
        #expect(turns.allSatisfy { $0["checked"] as? String == "readable" && ($0["note"] as? String ?? "").contains("moderator") })
        #expect(turns.allSatisfy { $0["receipt"] as? String == "accepted" && ($0["kept_as"] as? String ?? "").hasPrefix("nostr:") })
        #expect(summary["latest_receipt_turns"] as? [Int] == [2, 1])
        #expect(summary["short_wait"] as? String == "timed_out")
        #expect(beta.wait() == 0, "beta: \(beta.errors)")
        let sent = try FileManager.default.contentsOfDirectory(atPath: table.alpha.appendingPathComponent("sent").path)
        #expect(sent.filter { $0.contains("-mcp-turn") }.count == 2, "both files went out through the sync: \(sent)")
    }

    /// A seat left open at creation is claimed by `ec4x player sync --join` with its invite; the new
    /// key then gets the house's view, and orders from it are taken.
    @Test func anOpenSeatIsClaimedWithItsInviteAndPlayed() throws {
        let folder = try TemporaryFolder()
        let runner = CommandRunner(workingDirectory: folder.url)
        let relay = try RelayProcess.localRelay(in: folder.url)
        defer { relay.stop() }
        let alpha = try runner.run(["keygen", "--out", "alpha.key"])
        let newcomer = try runner.run(["keygen", "--out", "newcomer.key"])
        try #require(alpha.status == 0 && newcomer.status == 0)
        let created = try runner.run(
            [
                "new", "--players", "2", "--seed", "12", "--transport", "nostr", "--relay", relay.url, "--player",
                "alpha=\(alpha.stdout.trimmingCharacters(in: .whitespacesAndNewlines))", "--json",
            ])
        try #require(created.status == 0, "\(created.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(created.stdout.utf8)) as? [String: Any])
        let naddr = try #require(object["naddr"] as? String)
        let invite = try #require((object["invites"] as? [String: String])?["beta"])
        let gameID = try #require((object["game"] as? [String: Any])?["id"] as? String)
        let daemon = try DaemonProcess(in: folder.url)
        defer { daemon.terminate() }
        try #require(daemon.waitUntilReady(), "\(daemon.output)")

        let wrong = try BackgroundProcess(
            CommandRunner.executable, ["player", "sync", "--key", "newcomer.key", "--game", naddr, "--folder", "wrong", "--join", "beta", "--invite", "nope"],
            in: folder.url, name: "wrong")
        let receipts = folder.url.appendingPathComponent("wrong/receipts")
        #expect(waitFor { ((try? FileManager.default.contentsOfDirectory(atPath: receipts.path)) ?? []).contains { $0.hasPrefix("join-") } })
        let refusal = ((try? FileManager.default.contentsOfDirectory(atPath: receipts.path)) ?? []).first { $0.hasPrefix("join-") }
        let refused = try String(contentsOf: receipts.appendingPathComponent(refusal ?? ""), encoding: .utf8)
        #expect(refused.contains("\"rejected\"") && refused.contains("nostr.bad_invite"))
        wrong.stop()

        let sync = try BackgroundProcess(
            CommandRunner.executable, ["player", "sync", "--key", "newcomer.key", "--game", naddr, "--folder", "beta", "--join", "beta", "--invite", invite],
            in: folder.url, name: "beta")
        defer { sync.stop() }
        let view = folder.url.appendingPathComponent("beta/view.json")
        #expect(waitFor { FileManager.default.fileExists(atPath: view.path) }, "beta's view after the claim: \(sync.errors) \(daemon.output)")
        let bot = try runner.run(["bot", gameID, "--house", "beta"])
        try #require(bot.status == 0, "\(bot.stderr)")
        try Data(bot.stdout.utf8).write(to: folder.url.appendingPathComponent("beta/orders/t1.json"))
        let beta = folder.url.appendingPathComponent("beta/receipts")
        #expect(waitFor { ((try? FileManager.default.contentsOfDirectory(atPath: beta.path)) ?? []).contains { $0.hasPrefix("t1-") } })
        #expect(daemon.output.contains("accepted order event"))
    }
}
