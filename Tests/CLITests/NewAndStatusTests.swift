import Foundation
import GRDB
import Testing
import TestSupport

/// `ec4x new` and `ec4x status`, run as a user runs them.
@Suite struct NewAndStatusTests {
    struct Created: Decodable {
        struct House: Decodable {
            var slug: String
            var id: String
            var token: String?
        }
        var id: String
        var folder: String
        var seed: UInt64
        var systems: Int
        var houses: [House]
    }

    struct StatusReport: Decodable {
        struct Game: Decodable {
            var id: String
            var name: String
            var turn: Int
            var phase: String
            var expected: Int
            var submitted: Int
            var awaiting: [String]
        }
        struct Problem: Decodable {
            var folder: String
            var message: String
        }
        var games: [Game]
        var problems: [Problem]
    }

    func create(in folder: TemporaryFolder, _ extra: [String]) throws -> Created {
        let result = try CommandRunner(workingDirectory: folder.url).run(["new", "--json"] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONDecoder().decode(Created.self, from: Data(result.stdout.utf8))
    }

    @Test func theSameSeedGivesTheSameIds() throws {
        let (first, second) = (try TemporaryFolder(), try TemporaryFolder())
        let a = try create(in: first, ["--seed", "7"])
        let b = try create(in: second, ["--seed", "7"])
        #expect(a.id == b.id)
        #expect(a.houses.map(\.id) == b.houses.map(\.id))
        let ids = { (folder: TemporaryFolder, game: String) throws -> String in
            try CommandRunner(workingDirectory: folder.url).run(["status", game, "--json"]).stdout
        }
        #expect(try ids(first, a.id).contains(a.id))
        // Databases agree row for row on every id the seed decides.
        let query = "SELECT id FROM systems UNION ALL SELECT id FROM fleets UNION ALL SELECT id FROM ships UNION ALL SELECT id FROM colonies ORDER BY 1"
        #expect(
            try sqlite(first.url.appendingPathComponent("data/games/\(a.id)/ec4x.db"), query)
                == sqlite(second.url.appendingPathComponent("data/games/\(b.id)/ec4x.db"), query))
        // Tokens are secrets, never derived from the seed.
        #expect(a.houses.map(\.token) != b.houses.map(\.token))
        let c = try create(in: first, ["--seed", "8"])
        #expect(c.id != a.id)
    }

    @Test func reusingASeedInOneDataFolderIsRefusedClearly() throws {
        let folder = try TemporaryFolder()
        _ = try create(in: folder, ["--seed", "7"])
        let again = try CommandRunner(workingDirectory: folder.url).run(["new", "--seed", "7"])
        #expect(again.status != 0)
        #expect(again.stderr.contains("already exists"))
    }

    @Test func newMakesTheFolderLayoutAndOpenGamesHaveNoTokens() throws {
        let folder = try TemporaryFolder()
        let game = try create(in: folder, ["--seed", "3", "--open", "--players", "6", "--name", "LAN night"])
        #expect(game.houses.count == 6)
        #expect(game.houses.allSatisfy { $0.token == nil })
        #expect(game.systems == 3 * 6 * 6 + 3 * 6 + 1)
        for house in game.houses {
            for sub in ["orders", "receipts", "history"] {
                var isDirectory: ObjCBool = false
                #expect(FileManager.default.fileExists(atPath: "\(game.folder)/houses/\(house.slug)/\(sub)", isDirectory: &isDirectory) && isDirectory.boolValue)
            }
        }
        for house in game.houses {
            let view = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(game.folder)/houses/\(house.slug)/view.json"))) as? [String: Any]
            #expect((view?["game"] as? [String: Any])?["turn"] as? Int == 1, "views exist as soon as the game does")
        }
        #expect(FileManager.default.fileExists(atPath: "\(game.folder)/ec4x.db"))
        #expect(URL(fileURLWithPath: game.folder).lastPathComponent == game.id)
        let uuid = try #require(UUID(uuidString: game.id))
        #expect(uuid.uuidString.lowercased() == game.id)
        #expect(Array(game.id)[14] == "4")
    }

    @Test func statusJSONListsGamesAndSkipsCorruptFolders() throws {
        let folder = try TemporaryFolder()
        let game = try create(in: folder, ["--seed", "11", "--name", "Status Game"])
        let games = folder.url.appendingPathComponent("data/games")
        let broken = games.appendingPathComponent("broken-game")
        try FileManager.default.createDirectory(at: broken, withIntermediateDirectories: true)
        try Data("garbage, not SQLite".utf8).write(to: broken.appendingPathComponent("ec4x.db"))
        try Data("stray".utf8).write(to: games.appendingPathComponent("notes.txt"))

        let result = try CommandRunner(workingDirectory: folder.url).run(["status", "--json"])
        #expect(result.status == 0)
        let report = try JSONDecoder().decode(StatusReport.self, from: Data(result.stdout.utf8))
        #expect(report.games.map(\.id) == [game.id])
        #expect(report.games.first?.turn == 1)
        #expect(report.games.first?.phase == "Active")
        #expect(report.games.first?.expected == 4)
        #expect(report.games.first?.submitted == 0)
        #expect(report.games.first?.awaiting == ["alpha", "beta", "delta", "gamma"])
        #expect(report.problems.count == 2)
        #expect(report.problems.contains { $0.folder.hasSuffix("broken-game") })

        let human = try CommandRunner(workingDirectory: folder.url).run(["status"])
        #expect(human.status == 0)
        #expect(human.stdout.contains("Status Game"))
        #expect(human.stderr.contains("skipped"))
    }

    @Test func statusFindsAGameByPrefixOrNameAndRejectsUnknownOnes() throws {
        let folder = try TemporaryFolder()
        let game = try create(in: folder, ["--seed", "5", "--name", "Prefix Game"])
        let runner = CommandRunner(workingDirectory: folder.url)
        #expect(try runner.run(["status", String(game.id.prefix(8))]).stdout.contains("Prefix Game"))
        #expect(try runner.run(["status", "Prefix Game"]).stdout.contains(game.id))
        let missing = try runner.run(["status", "no-such-game"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("no game"))
    }

    @Test func badArgumentsFailWithAMessage() throws {
        let folder = try TemporaryFolder()
        let result = try CommandRunner(workingDirectory: folder.url).run(["new", "--players", "13"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--players"))
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("data/games").path))
    }

    func sqlite(_ database: URL, _ query: String) throws -> [String] {
        try DatabaseQueue(path: database.path).read { db in try String.fetchAll(db, sql: query) }
    }
}
