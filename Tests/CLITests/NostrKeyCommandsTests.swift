import Foundation
import TestSupport
import Testing

/// `ec4x keygen` and the moderator key, as a player and a moderator meet them.
struct NostrKeyCommandsTests {
    @Test func keygenWritesASecretOnlyItsOwnerReadsAndNeverOverwritesOne() throws {
        let folder = try TemporaryFolder()
        let runner = CommandRunner(workingDirectory: folder.url)
        let made = try runner.run(["keygen", "--out", "me.key"])
        #expect(made.status == 0)
        #expect(made.stdout.hasPrefix("npub1"))
        let path = folder.url.appendingPathComponent("me.key").path
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)
        #expect(mode.intValue == 0o600)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("nsec1"))
        let again = try runner.run(["keygen", "--out", "me.key"])
        #expect(again.status != 0)
        #expect(again.stderr.contains("me.key"))
    }

    @Test func aNostrGameMakesTheModeratorKeyOnceAndStatusNamesIt() throws {
        let folder = try TemporaryFolder()
        let runner = CommandRunner(workingDirectory: folder.url)
        let player = try runner.run(["keygen"]).stdout.split(separator: "\n").last.map(String.init) ?? ""
        let first = try runner.run(["new", "--players", "2", "--seed", "1", "--transport", "nostr", "--relay", "ws://127.0.0.1:9", "--player", "alpha=\(player)", "--json"])
        try #require(first.status == 0, "\(first.stderr)")
        let second = try runner.run(["new", "--players", "2", "--seed", "2", "--transport", "nostr", "--relay", "ws://127.0.0.1:9", "--json"])
        try #require(second.status == 0, "\(second.stderr)")
        let moderators = try [first, second].map { run in
            try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])["moderator"] as? String
        }
        #expect(moderators[0] != nil && moderators[0] == moderators[1], "one moderator key per data folder")
        let key = folder.url.appendingPathComponent("data/.ec4x/moderator.key").path
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: key)[.posixPermissions] as? NSNumber)
        #expect(mode.intValue == 0o600)
        let invites = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])["invites"] as? [String: String]
        #expect(invites?.keys.sorted() == ["beta"], "alpha has a key; beta's seat is open")
        let status = try runner.run(["status"])
        #expect(status.stdout.contains(moderators[0] ?? "-"))
        let refused = try runner.run(["new", "--players", "2", "--transport", "nostr", "--relay", "ws://127.0.0.1:9", "--player", "alpha=npub1nonsense"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("not a Nostr key"))
    }
}
