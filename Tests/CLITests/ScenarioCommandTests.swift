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
                try String.fetchAll(
                    db,
                    sql: """
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

    /// A user who copies the binary somewhere else and runs it from yet
    /// another folder: no scenarios/ anywhere near, the built-in ones still work.
    struct CopiedBinary {
        let place: TemporaryFolder
        let binary: URL
        let runner: CommandRunner

        init() throws {
            place = try TemporaryFolder()
            let bin = place.url.appendingPathComponent("bin")
            let elsewhere = place.url.appendingPathComponent("elsewhere")
            try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
            binary = bin.appendingPathComponent("ec4x")
            try FileManager.default.copyItem(at: CommandRunner.executable, to: binary)
            runner = CommandRunner(workingDirectory: elsewhere)
        }

        func run(_ arguments: [String]) throws -> CommandRunner.Result {
            try runner.run(arguments, executable: binary)
        }

        func game(_ result: CommandRunner.Result) throws -> (id: String, folder: URL, name: String, houses: Int) {
            let created = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stderr)")
            let id = try #require(created["id"] as? String)
            return (id, place.url.appendingPathComponent("x/games/\(id)"), created["name"] as? String ?? "", (created["houses"] as? [Any])?.count ?? 0)
        }
    }

    @Test(arguments: [("standard-2-player", 2), ("standard-4-player", 4), ("large-12-player", 12)])
    func aCopiedBinaryCarriesTheBuiltInScenarios(name: String, houses: Int) throws {
        let copy = try CopiedBinary()
        let result = try copy.run(["new", "--data", copy.place.url.appendingPathComponent("x").path, "--scenario", name, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let game = try copy.game(result)
        #expect(game.houses == houses)
        #expect(FileManager.default.fileExists(atPath: game.folder.appendingPathComponent("ec4x.db").path))
        #expect(FileManager.default.fileExists(atPath: game.folder.appendingPathComponent("houses/alpha/view.json").path))

        let checked = try copy.run(["scenario", "check", name])
        #expect(checked.status == 0, "\(checked.stderr)")
        #expect(checked.stdout.contains("\(houses) houses"))
    }

    @Test func aCopiedBinaryStillReadsAScenarioFileAndPrefersAUsersOwnOfABuiltInName() throws {
        let copy = try CopiedBinary()
        let data = copy.place.url.appendingPathComponent("x").path
        let custom = copy.place.url.appendingPathComponent("duel.kdl")
        try Data("name \"Duel\"\nplayers 2\nrings 2\n".utf8).write(to: custom)
        let fromPath = try copy.run(["new", "--data", data, "--scenario", custom.path, "--json"])
        #expect(fromPath.status == 0, "\(fromPath.stderr)")
        #expect(try copy.game(fromPath).name == "Duel")

        // scenarios/NAME.kdl in the working directory comes before the built-in NAME.
        let own = copy.runner.workingDirectory.appendingPathComponent("scenarios")
        try FileManager.default.createDirectory(at: own, withIntermediateDirectories: true)
        try Data("name \"House rules\"\nplayers 2\nrings 2\n".utf8).write(to: own.appendingPathComponent("standard-2-player.kdl"))
        let shadowed = try copy.run(["new", "--data", data, "--scenario", "standard-2-player", "--json"])
        #expect(shadowed.status == 0, "\(shadowed.stderr)")
        #expect(try copy.game(shadowed).name == "House rules")

        let unknown = try copy.run(["new", "--data", data, "--scenario", "no-such"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("available: large-12-player, standard-2-player, standard-4-player"), "\(unknown.stderr)")
    }
}
