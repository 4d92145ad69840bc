import Foundation
import GRDB
import Testing
import TestSupport

/// `ec4x new --scenario` and `ec4x scenario check`, run as a user runs them.
@Suite struct ScenarioCommandTests {
    @Test func theStandardFourPlayerScenarioMakesTheMapTheContractPromises() throws {
        let folder = try TemporaryFolder()
        let result = try CommandRunner(workingDirectory: folder.url).run(["new", "--scenario", "standard-4-player", "--seed", "1", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let created = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let id = try #require(created?["id"] as? String)
        let database = try DatabaseQueue(path: folder.url.appendingPathComponent("data/games/\(id)/ec4x.db").path)
        let (systems, houses, homeLanes, setupSource) = try database.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT count(*) FROM systems")!,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM houses")!,
                try String.fetchAll(db, sql: """
                    SELECT group_concat(l.lane_type) FROM houses h
                    JOIN lanes l ON h.home_system_id IN (l.from_system_id, l.to_system_id)
                    GROUP BY h.id ORDER BY h.id
                    """),
                try String.fetchOne(db, sql: "SELECT json_extract(game_setup_json, '$.source') FROM games")!
            )
        }
        #expect(systems == 61)
        #expect(houses == 4)
        #expect(homeLanes == Array(repeating: "Major,Major,Major", count: 4))
        #expect(setupSource == "standard-4-player")
    }

    @Test func aBrokenScenarioIsReportedByLineAndColumnAndMakesNoGame() throws {
        let folder = try TemporaryFolder()
        let file = folder.url.appendingPathComponent("broken.kdl")
        try Data("players 4\nrings \"four\"\nhouse \"Alpha\" colour=\"#ffffff\"\n".utf8).write(to: file)
        let runner = CommandRunner(workingDirectory: folder.url)

        let made = try runner.run(["new", "--scenario", "broken.kdl"])
        #expect(made.status != 0)
        #expect(made.stderr.contains("broken.kdl:2:7:"))
        #expect(made.stderr.contains("broken.kdl:3:15:"))
        let games = (try? FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("data/games").path)) ?? []
        #expect(games.isEmpty)

        let checked = try runner.run(["scenario", "check", "broken.kdl"])
        #expect(checked.status != 0)
        #expect(checked.stderr.split(separator: "\n").count == 2)

        let good = try runner.run(["scenario", "check", "standard-2-player"])
        #expect(good.status == 0, "\(good.stderr)")
        #expect(good.stdout.contains("2 houses"))
    }

    @Test func anUnknownScenarioListsTheAvailableOnes() throws {
        let folder = try TemporaryFolder()
        let result = try CommandRunner(workingDirectory: folder.url).run(["new", "--scenario", "no-such-scenario"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("standard-4-player"))
    }
}
