import Foundation
import Testing
import TestSupport
@testable import Daemon

@Suite struct RecoveryPartsTests {
    @Test func onlyEc4xsOwnTemporaryNamesOfGoneWritersAreStale() {
        let alive: (Int32) -> Bool = { $0 == 100 }
        #expect(StaleTemporaryFiles.writer(of: ".view.json.4242.123456.tmp") == 4242)
        #expect(StaleTemporaryFiles.isStale(".view.json.4242.123456.tmp", isAlive: alive))
        #expect(StaleTemporaryFiles.isStale(".daemon.ready.77.0.tmp", isAlive: alive))
        // The writer still runs (an `ec4x submit` placing its file).
        #expect(!StaleTemporaryFiles.isStale(".orders.json.100.99.tmp", isAlive: alive))
        // A player's own temporary files are not ours to remove.
        #expect(!StaleTemporaryFiles.isStale("orders.json.4242.1.tmp", isAlive: alive))
        #expect(!StaleTemporaryFiles.isStale(".orders.json.tmp", isAlive: alive))
        #expect(!StaleTemporaryFiles.isStale(".orders.x.1.tmp", isAlive: alive))
        #expect(!StaleTemporaryFiles.isStale(".orders.json.4242.abc.tmp", isAlive: alive))
        #expect(!StaleTemporaryFiles.isStale(".orders.json.4242.123456.part", isAlive: alive))
    }

    @Test func theSweepRemovesStaleTemporaryFilesAndNothingElse() throws {
        let folder = try TemporaryFolder()
        let receipts = folder.url.appendingPathComponent("games/g/houses/alpha/receipts")
        try FileManager.default.createDirectory(at: receipts, withIntermediateDirectories: true)
        // pid 2^22+1 is above Linux's largest pid: nobody runs it.
        let stale = receipts.appendingPathComponent(".000001-a.json.4194305.17.tmp")
        let kept = [receipts.appendingPathComponent("000001-a.json"), receipts.appendingPathComponent(".000002-b.json.\(getpid()).5.tmp")]
        for url in [stale] + kept { try Data("x".utf8).write(to: url) }
        #expect(StaleTemporaryFiles.sweep(folder.url) == 1)
        #expect(!FileManager.default.fileExists(atPath: stale.path))
        #expect(kept.allSatisfy { FileManager.default.fileExists(atPath: $0.path) })
    }

    @Test func aFolderMadeAgainHasAnotherIdentity() throws {
        let folder = try TemporaryFolder()
        let orders = folder.url.appendingPathComponent("orders")
        try FileManager.default.createDirectory(at: orders, withIntermediateDirectories: true)
        let held = try #require(FileIdentity.of(orders.path))
        // Kept alive so the new folder cannot reuse the old inode number.
        let moved = folder.url.appendingPathComponent("old-orders")
        #expect(FileIdentity.change(from: held, to: FileIdentity.of(orders.path)) == .same)
        try FileManager.default.moveItem(at: orders, to: moved)
        #expect(FileIdentity.change(from: held, to: FileIdentity.of(orders.path)) == .vanished)
        try FileManager.default.createDirectory(at: orders, withIntermediateDirectories: true)
        #expect(FileIdentity.change(from: held, to: FileIdentity.of(orders.path)) == .replaced)
    }

    @Test func aFolderDeletedAndMadeAgainHasAnotherIdentityEvenWithItsOldInodeNumber() throws {
        let folder = try TemporaryFolder()
        let orders = folder.url.appendingPathComponent("orders")
        for _ in 0..<5 {
            try FileManager.default.createDirectory(at: orders, withIntermediateDirectories: true)
            let held = try #require(FileIdentity.of(orders.path))
            try FileManager.default.removeItem(at: orders)
            try FileManager.default.createDirectory(at: orders, withIntermediateDirectories: true)
            #expect(FileIdentity.change(from: held, to: FileIdentity.of(orders.path)) == .replaced)
            try FileManager.default.removeItem(at: orders)
        }
    }

    @Test func aDatabaseFaultIsNewOncePerCauseAndEndsWithAWriteThatWorks() {
        var faults = DatabaseFaults()
        let locked = faults.failed("g", reason: "files cannot be recorded: SQLite error 5: database is locked")
        let lockedAgain = faults.failed("g", reason: "files cannot be recorded: SQLite error 5: database is locked")
        let readonly = faults.failed("g", reason: "files cannot be recorded: SQLite error 8: attempt to write a readonly database")
        let otherGame = faults.failed("h", reason: "receipts cannot be written: No space left on device")
        #expect(locked && !lockedAgain && readonly && otherGame)
        #expect(faults.reasons.count == 2)
        let recovered = faults.recovered("g")
        let recoveredAgain = faults.recovered("g")
        #expect(recovered && !recoveredAgain)
        #expect(faults.reasons.keys.sorted() == ["h"])
    }

    @Test func aPassedDeadlineOfAGameWaitingForItsRetryWakesNobodyUntilThen() {
        let clock = ManualClock(Date(timeIntervalSince1970: 1000))
        var schedule = DeadlineSchedule()
        schedule.set("g", 990)
        #expect(schedule.delay(from: clock.now) == 0)
        #expect(schedule.delay(from: clock.now, notBefore: { _ in Date(timeIntervalSince1970: 1004) }) == 4)
    }
}
