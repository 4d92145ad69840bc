import Foundation
import GRDB
import Testing
import TestSupport

/// `ec4x replay` on a game recorded by an earlier build (Tests/Fixtures/replay-4p-seed7):
/// stored games must keep replaying, whatever the engine or the toolchain does since.
@Suite struct ReplayFixtureTests {
    static let fixture = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/replay-4p-seed7/ec4x.db")
    static let gameID = "6938e769-8a8c-41db-aa40-7c07e0e36161"

    struct Report: Decodable {
        var turnsChecked: Int
        var firstMismatch: Int?
        var setupRebuildsStart: Bool?
    }

    /// A data folder whose only game is a copy of the fixture: a game folder with nothing but its database.
    func installFixture() throws -> (folder: TemporaryFolder, database: URL) {
        let folder = try TemporaryFolder()
        let gameFolder = folder.url.appendingPathComponent("data/games/\(Self.gameID)")
        try FileManager.default.createDirectory(at: gameFolder, withIntermediateDirectories: true)
        let database = gameFolder.appendingPathComponent("ec4x.db")
        try FileManager.default.copyItem(at: Self.fixture, to: database)
        return (folder, database)
    }

    func recordedTurns(_ database: URL) throws -> Int {
        try DatabaseQueue(path: database.path).read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM turn_hashes") ?? 0
        }
    }

    @Test func theRecordedGameReplaysEveryTurnToItsStoredHash() throws {
        let (folder, database) = try installFixture()
        let turns = try recordedTurns(database)
        #expect(turns == 9)

        let result = try CommandRunner(workingDirectory: folder.url).run(["replay", Self.gameID, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try JSONDecoder().decode(Report.self, from: Data(result.stdout.utf8))
        #expect(report.turnsChecked == turns)
        #expect(report.firstMismatch == nil)
        // The map generator too still builds the very start the game was created with.
        #expect(report.setupRebuildsStart == true)
    }

    @Test func aTamperedHashFailsTheReplayAtThatTurn() throws {
        let (folder, database) = try installFixture()
        try DatabaseQueue(path: database.path).write { db in
            try db.execute(sql: "UPDATE turn_hashes SET state_hash = '0000000000000000' WHERE turn = 5")
        }

        let result = try CommandRunner(workingDirectory: folder.url).run(["replay", Self.gameID])
        #expect(result.status != 0)
        #expect(result.stderr.contains("turn 5 differs"), "\(result.stderr)")
        #expect(result.stderr.contains("recorded 0000000000000000"), "\(result.stderr)")

        let json = try CommandRunner(workingDirectory: folder.url).run(["replay", Self.gameID, "--json"])
        #expect(json.status != 0)
        let report = try JSONDecoder().decode(Report.self, from: Data(json.stdout.utf8))
        #expect(report.firstMismatch == 5)
        #expect(report.turnsChecked == 5)
    }
}
