import Engine
import Foundation
import GRDB
import Testing
import TestSupport
@testable import Storage

/// A recorded file is pending until its receipt is on disk; the mark that
/// ends it is the one commit that need not wait for the disk.
@Suite struct PendingReceiptsTests {
    @Test func aRecordedFileIsPendingUntilMarkedAndTheNextFileIsStillDurable() throws {
        let folder = try TemporaryFolder()
        let store = GameStore(database: try GameDatabase.create(inFolder: folder.url))
        let setup = GameSetup.standard(players: 2)
        let state = try InitialStateBuilder.build(setup: setup, seed: 5)
        try store.insertNewGame(
            state, NewGameRecord(setup: setup, tokenHashes: [:], turnDeadline: nil, pollIntervalSeconds: 30, dataDirectory: folder.url.path, createdAt: 1))
        let house = state.activeHouses[0].id
        let stored = try store.recordSubmission(
            NewSubmission(
                houseID: house, turn: 1, fileName: "t.json", format: .json, raw: Array("{}".utf8), sha256: "x", status: .accepted, errors: [], receivedAt: 2),
            orders: ResolvedOrders(houseID: house, fleetOrders: [], builds: [], diplomacy: [])
        ) { "\($0).json" }
        #expect(try store.pendingReceipts().map(\.id) == [stored.id])

        try store.markReceiptWritten(stored.id)
        #expect(try store.pendingReceipts().isEmpty)
        let synchronous = try store.database.writer.read { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") }
        #expect(synchronous == 2, "every later commit waits for the disk again (FULL)")
    }
}
