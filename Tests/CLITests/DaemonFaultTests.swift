import Digest
import Foundation
import GRDB
import Testing
import TestSupport
#if canImport(Glibc)
    import Glibc
#endif

/// A host's bad day, brought to the running daemon: each fault is made while
/// files are dropped, then cleared, and every file must end up answered
/// exactly once and whole, with no restart. Part of `DaemonTests`, so these
/// run one at a time beside the other daemon tests.
extension DaemonTests {
    /// Every dropped file has exactly one receipt, its received copy is the
    /// bytes dropped, and the receipt's SHA-256 is theirs; orders/ is empty.
    func expectAnsweredOnceAndWhole(_ game: Game, _ slug: String, _ dropped: [String: Data], _ log: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let receipts = game.receipts(slug).compactMap { game.receipt(slug, $0) }
        #expect(receipts.count == dropped.count, "\(slug): \(game.receipts(slug))\n\(log)", sourceLocation: sourceLocation)
        for (name, bytes) in dropped.sorted(by: { $0.key < $1.key }) {
            let answers = receipts.filter { $0["file"] as? String == name }
            #expect(answers.count == 1, "\(slug)/\(name): \(answers.count) receipts\n\(log)", sourceLocation: sourceLocation)
            guard let answer = answers.first else { continue }
            #expect(answer["sha256"] as? String == SHA256.hex([UInt8](bytes)), "\(slug)/\(name)", sourceLocation: sourceLocation)
            let kept = answer["kept_as"] as? String ?? ""
            #expect(!kept.isEmpty, "\(slug)/\(name) was not kept", sourceLocation: sourceLocation)
            #expect(
                FileManager.default.contents(atPath: game.gameFolder.appendingPathComponent(kept).path) == bytes, "\(slug)/\(name) kept as \(kept)", sourceLocation: sourceLocation)
        }
        let left = (try? FileManager.default.contentsOfDirectory(atPath: game.orders(slug).path)) ?? []
        #expect(left.isEmpty, "left in \(slug)/orders: \(left)", sourceLocation: sourceLocation)
    }

    /// Drops a valid order file whose bytes differ by `variant` (so none is a duplicate of another).
    @discardableResult
    func drop(_ game: Game, _ slug: String, _ name: String, turn: Int = 1, variant: Int = 0, into dropped: inout [String: Data]) throws -> Data {
        let bytes = game.orderFile(slug, turn: turn) + Data(String(repeating: " ", count: variant).utf8)
        try bytes.write(to: game.orders(slug).appendingPathComponent(name))
        dropped[name] = bytes
        return bytes
    }

    /// The file's modification time in nanoseconds, as the daemon reads it.
    func modificationTime(_ url: URL) -> Int64 {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return -1 }
        return Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    }

    func databaseURL(_ game: Game) -> URL { game.gameFolder.appendingPathComponent("ec4x.db") }

    func receiptNumber(_ game: Game, _ slug: String, file: String) -> Int? {
        game.receipts(slug).first { game.receipt(slug, $0)?["file"] as? String == file }.flatMap { Int($0.prefix(6)) }
    }

    @Test func filesDroppedWhileAnotherProcessLocksTheDatabaseAreTakenInOrderOnceItLetsGo() throws {
        let game = try newGame(seed: 21)
        let daemon = try DaemonProcess(in: game.folder.url, arguments: ["--poll", "1"])
        #expect(daemon.waitUntilReady(), "\(daemon.output)")
        // Longer than the daemon's 5 s busy timeout, so its first try fails.
        let lock = try DatabaseLockHolder(path: databaseURL(game).path, holding: 6.5)
        var alpha: [String: Data] = [:]
        var beta: [String: Data] = [:]
        // Named against their order of arrival: the older file must still come first.
        // Arrival is the modification time, which the kernel keeps in clock
        // ticks: the pause puts the two files in different ticks (within
        // one tick the name decides, and that is not what is tested here).
        try drop(game, "alpha", "z-older.json", variant: 1, into: &alpha)
        Thread.sleep(forTimeInterval: 0.05)
        try drop(game, "alpha", "a-newer.json", variant: 2, into: &alpha)
        #expect(
            modificationTime(game.orders("alpha").appendingPathComponent("z-older.json"))
                < modificationTime(game.orders("alpha").appendingPathComponent("a-newer.json")), "the two files share a clock tick")
        try drop(game, "beta", "b.json", into: &beta)
        #expect(waitFor { daemon.output.contains("could not record") }, "\(daemon.output)")
        lock.waitUntilReleased()
        #expect(waitFor { game.receipts("alpha").count == 2 && game.receipts("beta").count == 1 }, "\(daemon.output)")
        expectAnsweredOnceAndWhole(game, "alpha", alpha, daemon.output)
        expectAnsweredOnceAndWhole(game, "beta", beta, daemon.output)
        let older = receiptNumber(game, "alpha", file: "z-older.json")
        let newer = receiptNumber(game, "alpha", file: "a-newer.json")
        #expect(older != nil && newer != nil && older! < newer!, "older \(String(describing: older)), newer \(String(describing: newer))")
        // Both houses are in: the turn resolved once the lock was gone.
        #expect(waitFor { (try? game.databaseTurn()) == 2 }, "\(daemon.output)")
        daemon.terminate()
    }

    @Test(.enabled(if: TmpfsMount.isPossible, "needs root to mount a small tmpfs"))
    func filesDroppedOnAFullDiskAreTakenAndAnsweredOnceSpaceReturns() throws {
        let folder = try TemporaryFolder()
        let mount = try TmpfsMount(at: folder.url.appendingPathComponent("data"), megabytes: 24)
        defer { mount.unmount() }
        let created = try CommandRunner(workingDirectory: folder.url).run(["new", "--open", "--seed", "22", "--players", "2", "--json"])
        let id = try #require((try JSONSerialization.jsonObject(with: Data(created.stdout.utf8)) as? [String: Any])?["id"] as? String, "\(created.stderr)")
        let game = Game(folder: folder, id: id)
        let daemon = try DaemonProcess(in: folder.url, arguments: ["--poll", "1"])
        #expect(daemon.waitUntilReady(), "\(daemon.output)")
        // The files are written first under hidden names (the daemon ignores
        // them), the disk is filled, then they are renamed into view.
        var alpha: [String: Data] = [:]
        var beta: [String: Data] = [:]
        for index in 1...3 {
            try drop(game, "alpha", ".a\(index).json", variant: index, into: &alpha)
            try drop(game, "beta", ".b\(index).json", variant: index, into: &beta)
        }
        let filler = mount.url.appendingPathComponent("filler")
        mount.fill(filler)
        for (slug, files) in [("alpha", alpha), ("beta", beta)] {
            for name in files.keys {
                let orders = game.orders(slug)
                #expect(rename(orders.appendingPathComponent(name).path, orders.appendingPathComponent(String(name.dropFirst())).path) == 0)
            }
        }
        alpha = Dictionary(uniqueKeysWithValues: alpha.map { (String($0.key.dropFirst()), $0.value) })
        beta = Dictionary(uniqueKeysWithValues: beta.map { (String($0.key.dropFirst()), $0.value) })
        #expect(waitFor { daemon.output.contains("could not record") || daemon.output.contains("could not be written") }, "\(daemon.output)")
        try FileManager.default.removeItem(at: filler)
        #expect(waitFor { game.receipts("alpha").count == 3 && game.receipts("beta").count == 3 }, "\(daemon.output)")
        expectAnsweredOnceAndWhole(game, "alpha", alpha, daemon.output)
        expectAnsweredOnceAndWhole(game, "beta", beta, daemon.output)
        #expect(waitFor { (try? game.databaseTurn()) == 2 }, "\(daemon.output)")
        daemon.terminate()
    }

    @Test func aDropFolderMadeAgainIsWatchedAgainAndABrokenOneBlocksNobody() throws {
        let game = try newGame(seed: 23)
        // A long poll: only the watch can find these files in time.
        let daemon = try DaemonProcess(in: game.folder.url, arguments: ["--poll", "600"])
        #expect(daemon.waitUntilReady(), "\(daemon.output)")
        var alpha: [String: Data] = [:]
        var beta: [String: Data] = [:]
        let orders = game.orders("alpha")
        try FileManager.default.removeItem(at: orders)
        try FileManager.default.createDirectory(at: orders, withIntermediateDirectories: false)
        try drop(game, "alpha", "after-recreate.json", variant: 1, into: &alpha)
        #expect(waitFor { game.receipts("alpha").count == 1 }, "\(daemon.output)")
        // Replaced by a file: alpha's folder is broken, beta goes on.
        try FileManager.default.removeItem(at: orders)
        try Data("not a folder".utf8).write(to: orders)
        try drop(game, "beta", "while-alpha-is-broken.json", into: &beta)
        #expect(waitFor { game.receipts("beta").count == 1 }, "\(daemon.output)")
        // Restored: watched again.
        try FileManager.default.removeItem(at: orders)
        try FileManager.default.createDirectory(at: orders, withIntermediateDirectories: false)
        try drop(game, "alpha", "after-restore.json", variant: 2, into: &alpha)
        #expect(waitFor { game.receipts("alpha").count == 2 }, "\(daemon.output)")
        expectAnsweredOnceAndWhole(game, "alpha", alpha, daemon.output)
        expectAnsweredOnceAndWhole(game, "beta", beta, daemon.output)
        daemon.terminate()
    }

    @Test func aGameFolderRestoredFromACopyIsReopenedAndNeverWrittenOverWithTheOldState() throws {
        let game = try newGame(seed: 24)
        let copy = game.folder.url.appendingPathComponent("copy-at-turn-1")
        try FileManager.default.copyItem(at: game.gameFolder, to: copy)
        let daemon = try DaemonProcess(in: game.folder.url, arguments: ["--poll", "600"])
        #expect(daemon.waitUntilReady(), "\(daemon.output)")
        var before: [String: Data] = [:]
        try drop(game, "alpha", "t1.json", into: &before)
        try drop(game, "beta", "t1.json", into: &before)
        #expect(waitFor { game.viewTurn("alpha") == 2 && game.viewTurn("beta") == 2 }, "\(daemon.output)")
        // Restored as an admin would: the copy renamed into place.
        let staging = game.folder.url.appendingPathComponent("data/games/.restoring")
        try FileManager.default.copyItem(at: copy, to: staging)
        try FileManager.default.removeItem(at: game.gameFolder)
        try FileManager.default.moveItem(at: staging, to: game.gameFolder)
        var alpha: [String: Data] = [:]
        try drop(game, "alpha", "again.json", variant: 1, into: &alpha)
        #expect(waitFor { game.receipts("alpha").count == 1 }, "\(daemon.output)")
        expectAnsweredOnceAndWhole(game, "alpha", alpha, daemon.output)
        // Judged against the restored game, at turn 1, and nothing of turn 2 came back.
        #expect(game.receipt("alpha", game.receipts("alpha").first ?? "")?["turn"] as? Int == 1)
        #expect(try game.databaseTurn() == 1)
        #expect(game.viewTurn("alpha") == 1 && game.viewTurn("beta") == 1)
        var beta: [String: Data] = [:]
        try drop(game, "beta", "again.json", variant: 1, into: &beta)
        #expect(waitFor { game.viewTurn("beta") == 2 }, "\(daemon.output)")
        expectAnsweredOnceAndWhole(game, "beta", beta, daemon.output)
        #expect(daemon.output.contains("was replaced"), "\(daemon.output)")
        daemon.terminate()
    }

    /// Writes half of `bytes`, lets `pause` run, then the rest; closes.
    func writePaused(_ bytes: Data, to url: URL, mtimeInThePast: Bool, pause: () throws -> Void) throws {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        #expect(descriptor >= 0)
        let raw = [UInt8](bytes)
        _ = raw.withUnsafeBytes { write(descriptor, $0.baseAddress!, raw.count / 2) }
        if mtimeInThePast {
            // An hour back: older than the watch, so inotify's word is not waited for.
            var times = [timespec(tv_sec: time(nil) - 3600, tv_nsec: 0), timespec(tv_sec: time(nil) - 3600, tv_nsec: 0)]
            #expect(futimens(descriptor, &times) == 0)
        }
        try pause()
        _ = raw.withUnsafeBytes { write(descriptor, $0.baseAddress! + raw.count / 2, raw.count - raw.count / 2) }
        close(descriptor)
    }

    @Test func aWriterThatSetsItsMtimeIntoThePastIsNotReadEarlyInAWatchedFolder() throws {
        let game = try newGame(seed: 25)
        let daemon = try DaemonProcess(in: game.folder.url, arguments: ["--settle", "0.3"])
        #expect(daemon.waitUntilReady(), "\(daemon.output)")
        var alpha: [String: Data] = [:]
        var beta: [String: Data] = [:]
        let bytes = game.orderFile("alpha", turn: 1)
        alpha["slow.json"] = bytes
        try writePaused(bytes, to: game.orders("alpha").appendingPathComponent("slow.json"), mtimeInThePast: true) {
            // Beta's files show the daemon looked at the game, twice, more than the settle interval apart.
            try drop(game, "beta", "look-1.json", variant: 1, into: &beta)
            #expect(waitFor { game.receipts("beta").count == 1 }, "\(daemon.output)")
            Thread.sleep(forTimeInterval: 0.8)
            try drop(game, "beta", "look-2.json", variant: 2, into: &beta)
            #expect(waitFor { game.receipts("beta").count == 2 }, "\(daemon.output)")
            #expect(game.receipts("alpha").isEmpty, "taken while still being written")
        }
        #expect(waitFor { game.receipts("alpha").count == 1 }, "\(daemon.output)")
        expectAnsweredOnceAndWhole(game, "alpha", alpha, daemon.output)
        expectAnsweredOnceAndWhole(game, "beta", beta, daemon.output)
        daemon.terminate()
    }

    @Test func aPausedWriterIsNotReadEarlyInAPolledFolder() throws {
        let game = try newGame(seed: 26)
        let daemon = try DaemonProcess(in: game.folder.url, arguments: ["--no-inotify", "--poll", "0.2", "--settle", "0.3"])
        #expect(daemon.waitUntilReady(), "\(daemon.output)")
        var alpha: [String: Data] = [:]
        var beta: [String: Data] = [:]
        let bytes = game.orderFile("alpha", turn: 1)
        alpha["slow.json"] = bytes
        try writePaused(bytes, to: game.orders("alpha").appendingPathComponent("slow.json"), mtimeInThePast: false) {
            try drop(game, "beta", "look-1.json", variant: 1, into: &beta)
            #expect(waitFor { game.receipts("beta").count == 1 }, "\(daemon.output)")
            // Several polls, each longer apart than the settle interval, see the same size and mtime.
            Thread.sleep(forTimeInterval: 1.5)
            #expect(game.receipts("alpha").isEmpty, "taken while still being written")
        }
        #expect(waitFor { game.receipts("alpha").count == 1 }, "\(daemon.output)")
        expectAnsweredOnceAndWhole(game, "alpha", alpha, daemon.output)
        expectAnsweredOnceAndWhole(game, "beta", beta, daemon.output)
        daemon.terminate()
    }

    @Test(.enabled(if: Immutable.isPossible, "needs chattr +i (root, and a filesystem with the flag)"))
    func anImmutableDatabaseIsReportedOnceShownByStatusAndRecoveredFromWithoutRestart() throws {
        let game = try newGame(seed: 27)
        let database = databaseURL(game)
        #expect(Immutable.set(database, true))
        defer { _ = Immutable.set(database, false) }
        let daemon = try DaemonProcess(in: game.folder.url, arguments: ["--poll", "0.5"])
        #expect(daemon.waitUntilReady(), "\(daemon.output)")
        var alpha: [String: Data] = [:]
        for index in 1...3 { try drop(game, "alpha", "a\(index).json", variant: index, into: &alpha) }
        let runner = CommandRunner(workingDirectory: game.folder.url)
        #expect(waitFor { (try? runner.run(["status", "--json"]).stdout.contains("\"fault\"")) == true }, "\(daemon.output)")
        let status = try runner.run(["status"])
        #expect(status.stdout.contains("FAULT"), "\(status.stdout)")
        // Let a few retries fail: the warning is still said once.
        Thread.sleep(forTimeInterval: 1.5)
        #expect(game.receipts("alpha").isEmpty)
        #expect(Immutable.set(database, false))
        #expect(waitFor { game.receipts("alpha").count == 3 }, "\(daemon.output)")
        expectAnsweredOnceAndWhole(game, "alpha", alpha, daemon.output)
        let warnings = daemon.output.components(separatedBy: "\n").filter { $0.contains("could not record") }
        #expect(warnings.count == 1, "\(daemon.output)")
        #expect(warnings.first?.contains("readonly") == true, "\(warnings)")
        #expect(waitFor { (try? runner.run(["status", "--json"]).stdout.contains("\"fault\"")) == false }, "\(daemon.output)")
        daemon.terminate()
    }

    @Test func theDaemonRemovesTemporaryFilesAKilledRunLeftAndOnlyThose() throws {
        let game = try newGame(seed: 28)
        // pid 4194305 is above Linux's largest: its writer is surely gone.
        let stale = [
            game.gameFolder.appendingPathComponent("houses/alpha/.view.json.4194305.7.tmp"),
            game.folder.url.appendingPathComponent("data/.ec4x/.daemon.ready.4194305.8.tmp"),
            game.gameFolder.appendingPathComponent("houses/beta/receipts/.000001-x.json.4194305.9.tmp"),
        ]
        let kept = game.gameFolder.appendingPathComponent("houses/alpha/notes.tmp")
        try FileManager.default.createDirectory(at: stale[1].deletingLastPathComponent(), withIntermediateDirectories: true)
        for url in stale + [kept] { try Data("x".utf8).write(to: url) }
        let daemon = try DaemonProcess(in: game.folder.url)
        #expect(daemon.waitUntilReady(), "\(daemon.output)")
        #expect(stale.allSatisfy { !FileManager.default.fileExists(atPath: $0.path) })
        #expect(FileManager.default.fileExists(atPath: kept.path))
        daemon.terminate()
    }

    @Test func aReplacedDataFolderIsLockedAgainAndASecondDaemonStillRefused() throws {
        let game = try newGame(seed: 29)
        let daemon = try DaemonProcess(in: game.folder.url, arguments: ["--poll", "0.3"])
        #expect(daemon.waitUntilReady(), "\(daemon.output)")
        let data = game.folder.url.appendingPathComponent("data")
        let old = game.folder.url.appendingPathComponent("data-old")
        try FileManager.default.moveItem(at: data, to: old)
        try FileManager.default.copyItem(at: old, to: data)
        #expect(waitFor { daemon.output.contains("locked the new one") }, "\(daemon.output)")
        let second = try CommandRunner(workingDirectory: game.folder.url).run(["daemon", "--once"])
        #expect(second.status != 0 && second.stderr.contains("already working on"), "\(second.stderr)")
        var alpha: [String: Data] = [:]
        try drop(game, "alpha", "in-the-new-folder.json", into: &alpha)
        #expect(waitFor { game.receipts("alpha").count == 1 }, "\(daemon.output)")
        expectAnsweredOnceAndWhole(game, "alpha", alpha, daemon.output)
        // Nothing went to the old folder.
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: old.appendingPathComponent("games/\(game.id)/houses/alpha/receipts").path)) ?? []).isEmpty)
        daemon.terminate()
    }

    @Test func aFloodFromOneHouseDelaysAnotherHousesFileByLittleAndOverQuotaFilesAreKeptUnread() throws {
        // Three houses, one silent: the turn stays open through the flood, so one quota counts.
        let game = try newGame(players: 3, seed: 30)
        let daemon = try DaemonProcess(in: game.folder.url, arguments: ["--house-files", "50"])
        #expect(daemon.waitUntilReady(), "\(daemon.output)")
        let flood = 1000
        let body = game.orderFile("alpha", turn: 1)
        let orders = game.orders("alpha")
        let writer = Thread {
            for index in 0..<flood {
                try? (body + Data(String(repeating: " ", count: index).utf8)).write(to: orders.appendingPathComponent(String(format: "f%04d.json", index)))
            }
        }
        writer.start()
        #expect(waitFor { game.receipts("alpha").count >= 5 }, "\(daemon.output)")
        var beta: [String: Data] = [:]
        try drop(game, "beta", "mine.json", into: &beta)
        #expect(waitFor { game.receipts("beta").count == 1 }, "\(daemon.output)")
        let alphaWhenBetaAnswered = game.receipts("alpha").count
        #expect(alphaWhenBetaAnswered < flood, "beta was answered only after the whole flood")
        expectAnsweredOnceAndWhole(game, "beta", beta, daemon.output)
        #expect(waitFor { game.receipts("alpha").count == flood }, "\(daemon.output)")
        let statuses = game.receipts("alpha").compactMap { game.receipt("alpha", $0) }
        let over = statuses.filter { ($0["errors"] as? [[String: Any]])?.first?["code"] as? String == "submission.over_quota" }
        #expect(over.count == flood - 50)
        let kept = over.first?["kept_as"] as? String ?? ""
        #expect(!kept.isEmpty && FileManager.default.fileExists(atPath: game.gameFolder.appendingPathComponent(kept).path))
        daemon.terminate()
    }

    /// The kernel's inotify queue overflows while the daemon is stopped: the
    /// files dropped after the overflow have no event at all, and are still
    /// taken (the rescan judges them by the settle rule), each exactly once.
    @Test func filesWhoseEventsTheKernelDroppedInAnOverflowAreTakenOnce() throws {
        let game = try newGame(seed: 31)
        let daemon = try DaemonProcess(in: game.folder.url, arguments: ["--poll", "600", "--settle", "0.3"])
        #expect(daemon.waitUntilReady(), "\(daemon.output)")
        let limit = Int((try? String(contentsOfFile: "/proc/sys/fs/inotify/max_queued_events", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 16384
        #expect(kill(daemon.process.processIdentifier, SIGSTOP) == 0)
        // One queued event per rename (IN_MOVED_TO of an ignored name), past the queue's limit.
        let orders = game.orders("alpha")
        let names = [".noise-a", ".noise-b"].map { orders.appendingPathComponent($0).path }
        #expect(FileManager.default.createFile(atPath: names[0], contents: Data()))
        for index in 0...(limit + 100) {
            _ = rename(names[index % 2], names[(index + 1) % 2])
        }
        var alpha: [String: Data] = [:]
        var beta: [String: Data] = [:]
        try drop(game, "alpha", "after-overflow.json", into: &alpha)
        try drop(game, "beta", "after-overflow.json", into: &beta)
        for name in names { unlink(name) }
        #expect(kill(daemon.process.processIdentifier, SIGCONT) == 0)
        #expect(waitFor { daemon.output.contains("overflowed") }, "\(daemon.output)")
        #expect(waitFor { game.receipts("alpha").count == 1 && game.receipts("beta").count == 1 }, "\(daemon.output)")
        expectAnsweredOnceAndWhole(game, "alpha", alpha, daemon.output)
        expectAnsweredOnceAndWhole(game, "beta", beta, daemon.output)
        #expect(waitFor { (try? game.databaseTurn()) == 2 }, "\(daemon.output)")
        daemon.terminate()
    }
}

/// A small tmpfs, for a disk that fills up.
struct TmpfsMount {
    let url: URL

    static let isPossible: Bool = {
        guard getuid() == 0, let folder = try? TemporaryFolder() else { return false }
        guard let mount = try? TmpfsMount(at: folder.url.appendingPathComponent("probe"), megabytes: 1) else { return false }
        mount.unmount()
        return true
    }()

    init(at url: URL, megabytes: Int) throws {
        self.url = url
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        let result = try CommandRunner(workingDirectory: url).shell("mount -t tmpfs -o size=\(megabytes)m ec4x-test \"\(url.path)\"")
        guard result.status == 0 else { throw CocoaError(.fileWriteNoPermission, userInfo: [NSLocalizedDescriptionKey: result.stderr]) }
    }

    /// Writes `file` until the filesystem has no space left.
    func fill(_ file: URL) {
        let descriptor = open(file.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { return }
        let block = [UInt8](repeating: 0, count: 64 * 1024)
        while block.withUnsafeBytes({ write(descriptor, $0.baseAddress!, block.count) }) > 0 {}
        var byte: UInt8 = 0
        while write(descriptor, &byte, 1) > 0 {}
        close(descriptor)
    }

    func unmount() {
        _ = try? CommandRunner(workingDirectory: URL(fileURLWithPath: "/")).shell("umount -l \"\(url.path)\"")
    }
}

/// The immutable flag (`chattr +i`): not even root may write the file.
enum Immutable {
    static let isPossible: Bool = {
        guard getuid() == 0, let folder = try? TemporaryFolder() else { return false }
        let probe = folder.url.appendingPathComponent("probe")
        guard (try? Data().write(to: probe)) != nil, set(probe, true) else { return false }
        return set(probe, false)
    }()

    @discardableResult
    static func set(_ url: URL, _ on: Bool) -> Bool {
        (try? CommandRunner(workingDirectory: URL(fileURLWithPath: "/")).shell("chattr \(on ? "+" : "-")i \"\(url.path)\"").status) == 0
    }
}
