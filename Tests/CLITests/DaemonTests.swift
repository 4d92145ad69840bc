import Foundation
import GRDB
import Testing
import TestSupport
#if canImport(Glibc)
    import Glibc
#endif

/// The daemon end to end: the built binary on a temporary data folder, files
/// dropped as players drop them, receipts and views read back from disk.
/// Serialized: each test runs its own daemon with its own inotify instance.
@Suite(.serialized) struct DaemonTests {
    struct Game {
        let folder: TemporaryFolder
        let id: String
        var gameFolder: URL { folder.url.appendingPathComponent("data/games/\(id)") }
        func orders(_ slug: String) -> URL { gameFolder.appendingPathComponent("houses/\(slug)/orders") }
        /// The receipts a player sees; not the hidden temporary file of one being written.
        func receipts(_ slug: String) -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: gameFolder.appendingPathComponent("houses/\(slug)/receipts").path)) ?? [])
                .filter { !$0.hasPrefix(".") }.sorted()
        }
        func receipt(_ slug: String, _ name: String) -> [String: Any]? {
            guard let data = FileManager.default.contents(atPath: gameFolder.appendingPathComponent("houses/\(slug)/receipts/\(name)").path) else { return nil }
            return try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        }
        func viewTurn(_ slug: String) -> Int? {
            guard let data = FileManager.default.contents(atPath: gameFolder.appendingPathComponent("houses/\(slug)/view.json").path),
                let view = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                let game = view["game"] as? [String: Any]
            else { return nil }
            return game["turn"] as? Int
        }
        func viewSubmitted(_ slug: String) -> [String] {
            guard let data = FileManager.default.contents(atPath: gameFolder.appendingPathComponent("houses/\(slug)/view.json").path),
                let view = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
            else { return [] }
            return view["submitted"] as? [String] ?? []
        }
        func databaseTurn() throws -> Int {
            try DatabaseQueue(path: gameFolder.appendingPathComponent("ec4x.db").path).read { db in try Int.fetchOne(db, sql: "SELECT turn FROM games")! }
        }
        func orderFile(_ slug: String, turn: Int) -> Data {
            Data(#"{"game":"\#(id)","house":"\#(slug)","turn":\#(turn),"fleet_orders":[]}"#.utf8)
        }
    }

    func newGame(players: Int = 2, seed: Int = 1) throws -> Game {
        let folder = try TemporaryFolder()
        let result = try CommandRunner(workingDirectory: folder.url).run(["new", "--open", "--seed", "\(seed)", "--players", "\(players)", "--json"])
        let created = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return Game(folder: folder, id: created?["id"] as? String ?? "")
    }

    @Test func filesDroppedEveryWayGetReceiptsAndTheTurnResolves() throws {
        let game = try newGame()
        let daemon = try DaemonProcess(in: game.folder.url)
        #expect(daemon.waitUntilReady(), "\(daemon.output)")
        // The first pass already wrote views for turn 1.
        #expect(waitFor { game.viewTurn("alpha") == 1 })

        // A direct write.
        try game.orderFile("alpha", turn: 1).write(to: game.orders("alpha").appendingPathComponent("direct.json"))
        #expect(waitFor { game.receipts("alpha").count == 1 }, "\(daemon.output)")
        #expect(game.receipt("alpha", game.receipts("alpha")[0])?["status"] as? String == "accepted")
        // Every house's view soon says who has submitted.
        #expect(waitFor { game.viewSubmitted("beta") == ["alpha"] }, "\(daemon.output)")

        // Temporary name, then rename: the temporary file is ignored until renamed.
        let temporary = game.orders("beta").appendingPathComponent("upload.json.part")
        try game.orderFile("beta", turn: 1).write(to: temporary)
        try FileManager.default.moveItem(at: temporary, to: game.orders("beta").appendingPathComponent("upload.json"))
        #expect(waitFor { game.receipts("beta").count == 1 }, "\(daemon.output)")
        #expect(waitFor { game.viewTurn("alpha") == 2 && game.viewTurn("beta") == 2 }, "\(daemon.output)")
        #expect(try game.databaseTurn() == 2)
        #expect(FileManager.default.fileExists(atPath: game.gameFolder.appendingPathComponent("public/summary/turn_1.txt").path))
        #expect(FileManager.default.fileExists(atPath: game.gameFolder.appendingPathComponent("houses/alpha/history/turn_2.json").path))

        // From another process, many at once.
        let script = (0..<20).map {
            "printf '%s' '\(String(decoding: game.orderFile("alpha", turn: 2), as: UTF8.self).replacingOccurrences(of: "[]", with: "[]   ").prefix(200))' > \(game.orders("alpha").path)/many-\($0).json"
        }.joined(separator: "; ")
        _ = try CommandRunner(workingDirectory: game.folder.url).shell(script)
        #expect(waitFor { game.receipts("alpha").count == 21 }, "\(daemon.output)")
        let statuses = game.receipts("alpha").dropFirst().compactMap { game.receipt("alpha", $0)?["status"] as? String }
        #expect(
            statuses.filter { $0 == "accepted" }.count == 1,
            "\(game.receipts("alpha").dropFirst().map { ($0, game.receipt("alpha", $0)?["status"] ?? "", game.receipt("alpha", $0)?["sha256"] ?? "") })")
        #expect(statuses.filter { $0 == "duplicate" }.count == 19)

        // Bad input is answered and the daemon keeps going.
        try Data([0x00, 0xFF, 0x13]).write(to: game.orders("beta").appendingPathComponent("garbage.json"))
        try FileManager.default.createSymbolicLink(atPath: game.orders("beta").appendingPathComponent("link.json").path, withDestinationPath: "/etc/hostname")
        #expect(waitFor { game.receipts("beta").count == 3 }, "\(daemon.output)")
        #expect(daemon.process.isRunning)

        // SIGTERM stops it cleanly: exit status 0, ready marker removed, said so.
        #expect(daemon.terminate(), "still running after SIGTERM")
        #expect(daemon.process.terminationReason == .exit && daemon.process.terminationStatus == 0)
        #expect(!FileManager.default.fileExists(atPath: daemon.readyMarker.path))
        #expect(daemon.output.hasSuffix("stopped\n"), "\(daemon.output)")
    }

    /// `ln` into a watched drop folder: inotify reports the new name but
    /// never a close or a rename in the folder; the file is still answered,
    /// once it stayed the same for thirty settle intervals (here 0.2 s each).
    @Test func aFileLinkedIntoAWatchedDropFolderIsAnswered() throws {
        let game = try newGame(seed: 9)
        let daemon = try DaemonProcess(in: game.folder.url, arguments: ["--poll", "600", "--settle", "0.2"])
        #expect(daemon.waitUntilReady(), "\(daemon.output)")
        let elsewhere = game.folder.url.appendingPathComponent("written-elsewhere.json")
        try game.orderFile("alpha", turn: 1).write(to: elsewhere)
        #expect(link(elsewhere.path, game.orders("alpha").appendingPathComponent("linked.json").path) == 0)
        #expect(waitFor { game.receipts("alpha").count == 1 }, "\(daemon.output)")
        let receipt = game.receipts("alpha").first.flatMap { game.receipt("alpha", $0) }
        #expect(receipt?["status"] as? String == "rejected")
        #expect((receipt?["errors"] as? [[String: Any]])?.compactMap { $0["code"] as? String } == ["file.hard_link"])
        #expect(FileManager.default.contents(atPath: elsewhere.path) == game.orderFile("alpha", turn: 1), "the other name is left alone")
        daemon.terminate()
    }

    @Test func aDeadlineResolvesTheTurnWithNoFileEvent() throws {
        let game = try newGame(seed: 2)
        let database = try DatabaseQueue(path: game.gameFolder.appendingPathComponent("ec4x.db").path)
        try database.write { db in try db.execute(sql: "UPDATE games SET turn_deadline = ?", arguments: [Int(Date().timeIntervalSince1970) + 2]) }
        let daemon = try DaemonProcess(in: game.folder.url, arguments: ["--poll", "600"])
        #expect(daemon.waitUntilReady(), "\(daemon.output)")
        #expect(try game.databaseTurn() == 1)
        #expect(waitFor { (try? game.databaseTurn()) == 2 }, "\(daemon.output)")
        #expect(waitFor { daemon.output.contains("deadline passed") }, "\(daemon.output)")
        daemon.terminate()
    }

    @Test func killedMidWayTheDaemonLosesNothingAndFinishesOnRestart() throws {
        let game = try newGame(players: 4, seed: 3)
        var daemon = try DaemonProcess(in: game.folder.url)
        #expect(daemon.waitUntilReady(), "\(daemon.output)")
        let slugs = ["alpha", "beta", "delta", "gamma"]
        for (index, slug) in slugs.enumerated() {
            try game.orderFile(slug, turn: 1).write(to: game.orders(slug).appendingPathComponent("t1.json"))
            if index == 1 { daemon.kill9() }
        }
        // Whatever the daemon had done, a new one finishes it.
        daemon = try DaemonProcess(in: game.folder.url)
        #expect(daemon.waitUntilReady(), "\(daemon.output)")
        #expect(waitFor { slugs.allSatisfy { game.viewTurn($0) == 2 } }, "\(daemon.output)")
        for slug in slugs {
            #expect(game.receipts(slug).count == 1, "\(slug): \(game.receipts(slug))")
            #expect(try FileManager.default.contentsOfDirectory(atPath: game.orders(slug).path).isEmpty)
        }
        #expect(try game.databaseTurn() == 2)
        daemon.terminate()
        let replay = try CommandRunner(workingDirectory: game.folder.url).run(["replay", game.id])
        #expect(replay.status == 0, "\(replay.stderr)")
    }

    @Test func withoutInotifyTheTimerFindsFilesOnceTheyStopChanging() throws {
        let game = try newGame(seed: 13)
        let daemon = try DaemonProcess(in: game.folder.url, arguments: ["--no-inotify", "--poll", "0.3"])
        #expect(daemon.waitUntilReady(), "\(daemon.output)")
        #expect(daemon.output.contains("polling only"))
        try game.orderFile("alpha", turn: 1).write(to: game.orders("alpha").appendingPathComponent("polled.json"))
        #expect(waitFor { game.receipts("alpha").count == 1 }, "\(daemon.output)")
        #expect(game.receipt("alpha", game.receipts("alpha").first ?? "")?["status"] as? String == "accepted")
        daemon.terminate()
    }

    @Test func aGameCreatedWhileTheDaemonRunsIsPickedUpLive() throws {
        let folder = try TemporaryFolder()
        let daemon = try DaemonProcess(in: folder.url)
        #expect(daemon.waitUntilReady(), "\(daemon.output)")
        let created = try CommandRunner(workingDirectory: folder.url).run(["new", "--open", "--seed", "12", "--players", "2", "--json"])
        let id = try #require((try JSONSerialization.jsonObject(with: Data(created.stdout.utf8)) as? [String: Any])?["id"] as? String)
        let game = Game(folder: folder, id: id)
        try game.orderFile("alpha", turn: 1).write(to: game.orders("alpha").appendingPathComponent("first.json"))
        #expect(waitFor { game.receipts("alpha").count == 1 }, "\(daemon.output)")
        daemon.terminate()
    }

    @Test func aLegacyGameDroppedInTheInboxIsImportedAndFiled() throws {
        let folder = try TemporaryFolder()
        let daemon = try DaemonProcess(in: folder.url)
        #expect(daemon.waitUntilReady(), "\(daemon.output)")
        let sample = MigrateCommandTests.samples.appendingPathComponent("test_game")
        try FileManager.default.copyItem(at: sample, to: folder.url.appendingPathComponent("migrate/test_game"))
        let report = folder.url.appendingPathComponent("migrate/done/test_game/migration_report.json")
        #expect(waitFor { FileManager.default.fileExists(atPath: report.path) }, "\(daemon.output)")
        let games = try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("data/games").path).filter { !$0.hasPrefix(".") }
        #expect(games.count == 1)
        let view = folder.url.appendingPathComponent("data/games/\(games.first ?? "")/houses/alpha/view.json")
        #expect(waitFor { FileManager.default.fileExists(atPath: view.path) }, "\(daemon.output)")
        daemon.terminate()
    }

    @Test func aFileIsNotTakenWhileItsWriterPauses() throws {
        let game = try newGame(seed: 5)
        let daemon = try DaemonProcess(in: game.folder.url)
        #expect(daemon.waitUntilReady(), "\(daemon.output)")
        let body = game.orderFile("alpha", turn: 1)
        let url = game.orders("alpha").appendingPathComponent("slow.json")
        // A slow writer: create, write half, pause longer than the settle interval, finish, close.
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        #expect(descriptor >= 0)
        let bytes = [UInt8](body)
        _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress!, bytes.count / 2) }
        // Beta's files are the daemon's signal that it has looked at the game:
        // each pass takes alpha's folder before beta's, so once beta's receipt
        // is there, alpha's half-written file has been seen and left.
        try game.orderFile("beta", turn: 1).write(to: game.orders("beta").appendingPathComponent("first-look.json"))
        #expect(waitFor { game.receipts("beta").count == 1 }, "\(daemon.output)")
        // The writer's pause itself: longer than the daemon's one-second
        // settle interval, so a size that stays the same must not be taken
        // for a finished file. Only a wait can make that pause.
        Thread.sleep(forTimeInterval: 1.5)
        try Data(game.orderFile("beta", turn: 1) + Data(" ".utf8)).write(to: game.orders("beta").appendingPathComponent("second-look.json"))
        #expect(waitFor { game.receipts("beta").count == 2 }, "\(daemon.output)")
        #expect(game.receipts("alpha").isEmpty, "taken while still being written")
        _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + bytes.count / 2, bytes.count - bytes.count / 2) }
        close(descriptor)
        #expect(waitFor { game.receipts("alpha").count == 1 }, "\(daemon.output)")
        let receipt = game.receipt("alpha", game.receipts("alpha").first ?? "")
        #expect(receipt?["status"] as? String == "accepted")
        #expect(receipt?["file"] as? String == "slow.json")
        daemon.terminate()
    }

    @Test func aSecondDaemonOnTheSameDataFolderIsRefused() throws {
        let game = try newGame(seed: 6)
        let daemon = try DaemonProcess(in: game.folder.url)
        #expect(daemon.waitUntilReady(), "\(daemon.output)")
        let second = try CommandRunner(workingDirectory: game.folder.url).run(["daemon", "--once"])
        #expect(second.status != 0)
        #expect(second.stderr.contains("already working on"))
        daemon.terminate()
        #expect(try CommandRunner(workingDirectory: game.folder.url).run(["daemon", "--once"]).status == 0)
    }

    @Test func onceReconcilesAndExits() throws {
        let game = try newGame(seed: 4)
        for slug in ["alpha", "beta"] {
            try game.orderFile(slug, turn: 1).write(to: game.orders(slug).appendingPathComponent("orders.json"))
        }
        let result = try CommandRunner(workingDirectory: game.folder.url).run(["daemon", "--once"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try game.databaseTurn() == 2)
        #expect(game.viewTurn("alpha") == 2)
        #expect(game.receipts("alpha").count == 1 && game.receipts("beta").count == 1)
    }

    /// Files a house dropped together while no daemon ran settle together:
    /// one run takes them all, not one a settle interval.
    @Test func onceTakesEveryFileOfAHouseThatDroppedMany() throws {
        let game = try newGame(seed: 8)
        for index in 0..<30 {
            try (game.orderFile("alpha", turn: 1) + Data(String(repeating: " ", count: index).utf8))
                .write(to: game.orders("alpha").appendingPathComponent(String(format: "f%02d.json", index)))
        }
        let result = try CommandRunner(workingDirectory: game.folder.url).run(["daemon", "--once"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(game.receipts("alpha").count == 30, "\(result.stderr)")
        #expect((try? FileManager.default.contentsOfDirectory(atPath: game.orders("alpha").path)) == [])
    }

    @Test func jsonLogsAreOneObjectPerLineAndARejectedFileLogsAWarning() throws {
        let game = try newGame(seed: 7)
        // A file name with a line break: it must not break the log into two lines.
        try Data("not an order file\n".utf8).write(to: game.orders("alpha").appendingPathComponent("bad\nname.json"))
        let result = try CommandRunner(workingDirectory: game.folder.url).run(["daemon", "--once", "--log-format", "json", "--log-level", "debug"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.hasSuffix("\n"))
        let lines = result.stderr.split(separator: "\n")
        #expect(!lines.isEmpty)
        var objects: [[String: Any]] = []
        for line in lines {
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object != nil, "not a JSON object: \(line)")
            guard let object else { continue }
            #expect(object["ts"] is String && object["message"] is String, "\(line)")
            #expect(["trace", "debug", "info", "warning", "error"].contains(object["level"] as? String ?? ""), "\(line)")
            objects.append(object)
        }
        let rejected = objects.filter { ($0["message"] as? String)?.hasPrefix("rejected bad\nname.json") == true }
        #expect(rejected.count == 1, "\(result.stderr)")
        let record = try #require(rejected.first)
        #expect(record["level"] as? String == "warning")
        #expect(record["game"] as? String == game.id)
        #expect(record["house"] as? String == "alpha")
        #expect(record["turn"] as? Int == 1)
        #expect(record["ms"] is Double)
        #expect(game.receipts("alpha").count == 1)
    }

    @Test func textLogsNameTheWarningLevelAndTheLevelFilters() throws {
        let game = try newGame(seed: 8)
        try Data("not an order file\n".utf8).write(to: game.orders("alpha").appendingPathComponent("bad.json"))
        try game.orderFile("beta", turn: 1).write(to: game.orders("beta").appendingPathComponent("good.json"))
        let runner = CommandRunner(workingDirectory: game.folder.url)
        let result = try runner.run(["daemon", "--once", "--log-level", "warning"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n")
        // Only the rejected file: beta's accepted one logs at info, below the level.
        #expect(lines.count == 1, "\(result.stderr)")
        #expect(lines.first?.contains(" level=warning game=\(game.id.prefix(8)) house=alpha turn=1 rejected bad.json") == true, "\(result.stderr)")
        #expect(game.receipts("beta").count == 1)
    }

    @Test func anUnknownLogLevelOrFormatIsRefusedByTheParser() throws {
        let folder = try TemporaryFolder()
        let runner = CommandRunner(workingDirectory: folder.url)
        let level = try runner.run(["daemon", "--once", "--log-level", "loud"])
        #expect(level.status == 64)
        #expect(level.stderr.contains("'loud' is invalid for '--log-level"), "\(level.stderr)")
        let format = try runner.run(["daemon", "--once", "--log-format", "xml"])
        #expect(format.status == 64)
        #expect(format.stderr.contains("'xml' is invalid for '--log-format"), "\(format.stderr)")
    }
}
