import Foundation
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
        let sync: BackgroundProcess
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
}
