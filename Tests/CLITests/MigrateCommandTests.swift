import Foundation
import GRDB
import Testing
import TestSupport

/// `ec4x migrate` and `ec4x export --legacy`, run as a user runs them.
@Suite struct MigrateCommandTests {
    static let samples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/legacy-samples")

    func gameFolders(_ folder: TemporaryFolder) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("data/games").path)) ?? []).sorted()
    }

    @Test func theSampleImportsOnceAndASecondImportFindsIt() throws {
        let folder = try TemporaryFolder()
        let runner = CommandRunner(workingDirectory: folder.url)
        let first = try runner.run(["migrate", Self.samples.appendingPathComponent("test_game").path, "--json"])
        #expect(first.status == 0, "\(first.stderr)")
        let outcomes = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [[String: Any]])
        let report = try #require(outcomes.first?["report"] as? [String: Any])
        #expect(outcomes.first?["status"] as? String == "imported")
        #expect(report["systems"] as? Int == 61)
        #expect(report["lanes"] as? Int == 159)
        #expect((report["houses"] as? [Any])?.count == 4)
        let games = gameFolders(folder)
        #expect(games.count == 1)
        let gameFolder = folder.url.appendingPathComponent("data/games/\(games[0])")
        #expect(FileManager.default.fileExists(atPath: gameFolder.appendingPathComponent("migration_report.json").path))
        let mapped = try DatabaseQueue(path: gameFolder.appendingPathComponent("ec4x.db").path).read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM legacy_system_ids")
        }
        #expect(mapped == 61)

        let second = try runner.run(["migrate", Self.samples.appendingPathComponent("test_game").path])
        #expect(second.status == 0)
        #expect(second.stdout.contains("already imported"))
        #expect(gameFolders(folder).count == 1)
    }

    @Test func aBrokenLegacyGameIsReportedByFileAndLineAndLeavesNothing() throws {
        let folder = try TemporaryFolder()
        let legacy = folder.url.appendingPathComponent("old")
        try FileManager.default.createDirectory(at: legacy, withIntermediateDirectories: true)
        try Data("1,0,0,0,0\n2,1,0,1,1\n3,x,1,1,none\n".utf8).write(to: legacy.appendingPathComponent("systems.txt"))
        try Data("1,2,Major\n1,3,Wide\n".utf8).write(to: legacy.appendingPathComponent("lanes.txt"))
        let result = try CommandRunner(workingDirectory: folder.url).run(["migrate", "old"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("systems.txt:3"))
        #expect(result.stderr.contains("lanes.txt:2"))
        #expect(gameFolders(folder).isEmpty)
    }

    @Test func aDryRunMakesNoGame() throws {
        let folder = try TemporaryFolder()
        let result = try CommandRunner(workingDirectory: folder.url).run(["migrate", "--dry-run", Self.samples.appendingPathComponent("test_game").path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("would import"))
        #expect(gameFolders(folder).isEmpty)
    }

    @Test func aNewGameExportedToTheLegacyFormatMigratesBackToTheSameMap() throws {
        let folder = try TemporaryFolder()
        let runner = CommandRunner(workingDirectory: folder.url)
        let created = try runner.run(["new", "--seed", "21", "--json", "--name", "Round Trip"])
        let id = try #require((try JSONSerialization.jsonObject(with: Data(created.stdout.utf8)) as? [String: Any])?["id"] as? String)
        let export = try runner.run(["export", id, "--legacy", "exported"])
        #expect(export.status == 0, "\(export.stderr)")
        let back = try runner.run(["migrate", "exported", "--data", "other"])
        #expect(back.status == 0, "\(back.stderr)")

        func shape(_ database: URL) throws -> [String] {
            try DatabaseQueue(path: database.path).read { db in
                try String.fetchAll(
                    db,
                    sql: """
                        SELECT a.hex_q || ',' || a.hex_r || '-' || b.hex_q || ',' || b.hex_r || ' ' || l.lane_type
                        FROM lanes l JOIN systems a ON a.id = l.from_system_id JOIN systems b ON b.id = l.to_system_id
                        UNION ALL SELECT b.hex_q || ',' || b.hex_r || '-' || a.hex_q || ',' || a.hex_r || ' ' || l.lane_type
                        FROM lanes l JOIN systems a ON a.id = l.from_system_id JOIN systems b ON b.id = l.to_system_id
                        UNION ALL SELECT 'home ' || s.hex_q || ',' || s.hex_r FROM houses h JOIN systems s ON s.id = h.home_system_id
                        UNION ALL SELECT 'system ' || hex_q || ',' || hex_r || ' ring ' || ring FROM systems
                        ORDER BY 1
                        """)
            }
        }
        let imported = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("other/games").path).first)
        let original = try shape(folder.url.appendingPathComponent("data/games/\(id)/ec4x.db"))
        #expect(original.count > 100)
        #expect(try shape(folder.url.appendingPathComponent("other/games/\(imported)/ec4x.db")) == original)
    }
}
