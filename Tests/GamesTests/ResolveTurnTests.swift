import Engine
import Foundation
import GRDB
import Testing
import TestSupport
@testable import Games
@testable import FolderTransport
@testable import Daemon
@testable import PlayerProtocol
@testable import Storage

@Suite struct ResolveTurnTests {
    @Test func aTurnWaitsForEveryHouseThenResolvesAndPublishes() throws {
        let game = try TestGame(open: true)
        #expect(try ResolveTurn(session: game.session).dueReason() == nil)
        try game.drop(game.orderFile("alpha"), as: "a.json", into: "alpha")
        #expect(try ResolveTurn(session: game.session).dueReason() == nil)
        try game.drop(game.orderFile("beta"), as: "b.json", into: "beta")
        #expect(try ResolveTurn(session: game.session).dueReason() == .allSubmitted)
        let result = try ResolveTurn(session: game.session).run().result
        try ViewFiles(session: game.session).publish(events: result.events, resolvedTurn: result.resolvedTurn)
        #expect(game.session.turn == 2)
        // The session keeps the state the turn produced; the database holds the same.
        #expect(try game.session.store.loadState() == game.session.state)
        let folder = game.session.folder
        for slug in ["alpha", "beta"] {
            let view = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.viewFile(slug))) as? [String: Any]
            #expect((view?["game"] as? [String: Any])?["turn"] as? Int == 2)
            #expect(
                FileManager.default.contents(atPath: folder.historyFolder(slug).appendingPathComponent("turn_2.json").path)
                    == FileManager.default.contents(atPath: folder.viewFile(slug).path))
        }
        let summary = try String(contentsOf: folder.summaryFolder.appendingPathComponent("turn_1.txt"), encoding: .utf8)
        #expect(try String(contentsOf: folder.publicFolder.appendingPathComponent("game_log.txt"), encoding: .utf8).contains(summary.trimmingCharacters(in: .newlines)))
        #expect(ViewFiles(session: game.session).isCurrent())
        // Orders of the resolved turn are marked processed.
        let unprocessed = try DatabaseQueue(path: folder.databaseURL.path).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM orders WHERE processed = 0") }
        #expect(unprocessed == 0)
    }

    @Test func aPassedDeadlineResolvesWithStandingOrdersAndSetsTheNextOne() throws {
        let game = try TestGame(open: true, deadlineHours: 24)
        let created = try #require(game.session.deadline)
        let later = Date(timeIntervalSince1970: TimeInterval(created + 1))
        #expect(try ResolveTurn(session: game.session, now: Date(timeIntervalSince1970: TimeInterval(created - 10))).dueReason() == nil)
        #expect(try ResolveTurn(session: game.session, now: later).dueReason() == .deadline)
        _ = try ResolveTurn(session: game.session, now: later).run()
        #expect(game.session.turn == 2)
        #expect(game.session.deadline == created + 1 + 24 * 3600)
    }

    @Test func aTurnThatKeepsFailingIsRetriedABoundedNumberOfTimesThenReported() throws {
        let game = try TestGame(open: true)
        try game.drop(game.orderFile("alpha"), as: "a.json", into: "alpha")
        try game.drop(game.orderFile("beta"), as: "b.json", into: "beta")
        let database = try DatabaseQueue(path: game.session.folder.databaseURL.path)
        try database.write { db in
            try db.execute(sql: "CREATE TRIGGER break_turns BEFORE INSERT ON turn_hashes BEGIN SELECT RAISE(ABORT, 'disk says no'); END")
        }
        for attempt in 1...ResolveTurn.maxFailures {
            #expect(try ResolveTurn(session: game.session).dueReason() == .allSubmitted)
            #expect(throws: (any Error).self) { try ResolveTurn(session: game.session).run() }
            #expect(game.session.failures == attempt)
            #expect(game.session.turn == 1)
        }
        // Given up: no longer due, and status says why.
        #expect(try ResolveTurn(session: game.session).dueReason() == nil)
        let summary = try GameCatalog.scan(game.data).find(game.created.id)
        #expect(summary.resolveFailures == ResolveTurn.maxFailures)
        #expect(summary.lastError?.contains("disk says no") == true)
        // Nothing half-written: the state is still turn 1's.
        #expect(try game.session.store.loadState() == game.state)
        try database.write { db in try db.execute(sql: "DROP TRIGGER break_turns") }
        try game.session.clearFailures()
        _ = try ResolveTurn(session: game.session).run()
        #expect(game.session.turn == 2)
        #expect(game.session.failures == 0)
    }

    /// A database another process holds locked past the busy timeout fails
    /// the turn for the machine, not the game. The lock here goes a moment
    /// after the turn gave up waiting, so a failure count would be written:
    /// it must not be (the turn stays due however often this happens), and
    /// the turn resolves now that the lock is gone.
    @Test func aTurnThatFailsForTheMachineIsNotCountedAndResolvesOnceTheCauseIsGone() throws {
        let game = try TestGame(open: true)
        try game.drop(game.orderFile("alpha"), as: "a.json", into: "alpha")
        try game.drop(game.orderFile("beta"), as: "b.json", into: "beta")
        let lock = try DatabaseLockHolder(path: game.session.folder.databaseURL.path, holding: GameDatabase.busyTimeout + 1)
        let error = #expect(throws: (any Error).self) { try ResolveTurn(session: game.session).run() }
        lock.waitUntilReleased()
        #expect(error.map(ResolveTurn.failedForTheMachine) == true, "\(String(describing: error))")
        #expect(game.session.failures == 0)
        #expect(try ResolveTurn(session: game.session).dueReason() == .allSubmitted)
        _ = try ResolveTurn(session: game.session).run()
        #expect(game.session.turn == 2)
    }

    @Test func onlyFaultsOfTheMachineAreTransient() {
        #expect(ResolveTurn.failedForTheMachine(DatabaseError(resultCode: .SQLITE_FULL)))
        #expect(ResolveTurn.failedForTheMachine(DatabaseError(resultCode: .SQLITE_READONLY)))
        #expect(!ResolveTurn.failedForTheMachine(DatabaseError(resultCode: .SQLITE_CONSTRAINT)))
        #expect(!ResolveTurn.failedForTheMachine(StorageError(.inconsistentState, "a bug")))
    }
}
