import Foundation
import Testing
import TestSupport

/// Drafts and strict JSON as a player sees them from the command line and the daemon.
@Suite struct DraftCommandsTests {
    @Test func aDraftIsAnsweredButTheTurnWaitsAndValidateNamesTheLineOfABadFile() throws {
        let folder = try TemporaryFolder()
        let runner = CommandRunner(workingDirectory: folder.url)
        let made = try runner.run(["new", "--seed", "33", "--players", "2", "--json"])
        let created = try #require(try JSONSerialization.jsonObject(with: Data(made.stdout.utf8)) as? [String: Any])
        let id = try #require(created["id"] as? String)
        let houses = created["houses"] as? [[String: Any]] ?? []
        let token = try #require(houses.first { $0["slug"] as? String == "alpha" }?["token"] as? String)
        let game = folder.url.appendingPathComponent("data/games/\(id)")

        let bad = "{\n  \"game\": \"\(id)\",\n  \"house\": \"alpha\" \"turn\": 1\n}\n"
        try Data(bad.utf8).write(to: folder.url.appendingPathComponent("bad.json"))
        let validated = try runner.run(["validate", id, "--house", "alpha", "bad.json"])
        #expect(validated.status != 0)
        #expect(validated.stdout.contains("file.bad_json"))
        #expect(validated.stdout.contains("line 3, column 20"))

        let draft = #"{"game": "\#(id)", "house": "alpha", "turn": 1, "token": "\#(token)", "ready": false}"#
        try Data(draft.utf8).write(to: game.appendingPathComponent("houses/alpha/orders/draft.json"))
        let once = try runner.run(["daemon", "--once"])
        #expect(once.status == 0, "\(once.stderr)")
        let receipts = try FileManager.default.contentsOfDirectory(atPath: game.appendingPathComponent("houses/alpha/receipts").path)
        let name = try #require(receipts.first { $0.hasSuffix("-draft.json") })
        let receipt = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: game.appendingPathComponent("houses/alpha/receipts/\(name)"))) as? [String: Any])
        #expect(receipt["status"] as? String == "accepted")
        #expect(receipt["ready"] as? Bool == false)
        #expect((receipt["waiting_for"] as? [String])?.contains("alpha") == true)
        let status = try runner.run(["status", id, "--json"])
        #expect(status.stdout.contains("\"submitted\" : 0"), "\(status.stdout)")
    }
}
