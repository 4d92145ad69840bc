import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
    import Glibc
#endif

/// A game folder shared between players (issue #11, DESIGN.md §4 Trust), run
/// as a host runs it: `ec4x new --group`, the daemon against planted links,
/// `ec4x status` showing the faults, `ec4x share`, and another Unix user.
@Suite(.serialized) struct SharedFolderTests {
    struct Game {
        let folder: TemporaryFolder
        let id: String
        var runner: CommandRunner { CommandRunner(workingDirectory: folder.url) }
        var gameFolder: URL { folder.url.appendingPathComponent("data/games/\(id)") }
        func house(_ slug: String) -> URL { gameFolder.appendingPathComponent("houses/\(slug)") }
        func turn(ofView slug: String) -> Int? {
            guard let data = FileManager.default.contents(atPath: house(slug).appendingPathComponent("view.json").path),
                let view = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
            else { return nil }
            return (view["game"] as? [String: Any])?["turn"] as? Int
        }
        func drop(_ slug: String, turn: Int) throws {
            let body = #"{"game":"\#(id)","house":"\#(slug)","turn":\#(turn),"fleet_orders":[]}"#
            try Data(body.utf8).write(to: house(slug).appendingPathComponent("orders/t\(turn).json"))
        }
    }

    func newGame(_ extra: [String] = []) throws -> Game {
        let folder = try TemporaryFolder()
        let result = try CommandRunner(workingDirectory: folder.url).run(["new", "--open", "--seed", "5", "--players", "3", "--json"] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        let created = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return Game(folder: folder, id: created?["id"] as? String ?? "")
    }

    @Test func theDaemonFollowsNoPlantedLinkAndTheTurnResolves() throws {
        let game = try newGame()
        let manager = FileManager.default
        let outside = game.folder.url.appendingPathComponent("outside", isDirectory: true)
        try manager.createDirectory(at: outside, withIntermediateDirectories: true)
        // Beta's attacks, each on its own folder.
        try manager.removeItem(at: game.house("beta").appendingPathComponent("received"))
        try manager.createSymbolicLink(atPath: game.house("beta").appendingPathComponent("received").path, withDestinationPath: "../gamma/orders")
        try manager.removeItem(at: game.house("beta").appendingPathComponent("history"))
        try manager.createSymbolicLink(atPath: game.house("beta").appendingPathComponent("history").path, withDestinationPath: "../alpha/history")
        try manager.removeItem(at: game.house("beta").appendingPathComponent("receipts"))
        try manager.createSymbolicLink(atPath: game.house("beta").appendingPathComponent("receipts").path, withDestinationPath: outside.path)
        try manager.removeItem(at: game.house("beta").appendingPathComponent("view.json"))
        try manager.createDirectory(at: game.house("beta").appendingPathComponent("view.json"), withIntermediateDirectories: false)
        let alphaHistoryBefore = try manager.contentsOfDirectory(atPath: game.house("alpha").appendingPathComponent("history").path)
        for slug in ["alpha", "beta", "gamma"] { try game.drop(slug, turn: 1) }

        let run = try game.runner.run(["daemon", "--once"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(game.turn(ofView: "alpha") == 2, "the turn resolved and alpha's view is written\n\(run.stderr)")
        #expect(game.turn(ofView: "gamma") == 2)
        #expect(try manager.contentsOfDirectory(atPath: outside.path).isEmpty, "nothing written outside the game")
        #expect(try manager.contentsOfDirectory(atPath: game.house("gamma").appendingPathComponent("orders").path).isEmpty, "nothing captured from gamma")
        let alphaHistory = try manager.contentsOfDirectory(atPath: game.house("alpha").appendingPathComponent("history").path).sorted()
        #expect(alphaHistory == (alphaHistoryBefore + ["turn_2.json"]).sorted())
        #expect(
            manager.contents(atPath: game.house("alpha").appendingPathComponent("history/turn_2.json").path)
                == manager.contents(atPath: game.house("alpha").appendingPathComponent("view.json").path))
        for path in ["houses/beta/received", "houses/beta/history", "houses/beta/receipts", "houses/beta/view.json"] {
            #expect(run.stderr.contains("refused \(path)"), "\(path) is logged\n\(run.stderr)")
        }

        // ec4x status shows the faults, for people and in JSON.
        let status = try game.runner.run(["status", game.id])
        #expect(status.status == 0)
        #expect(status.stdout.contains("FAULT houses/beta/received"), "\(status.stdout)")
        let json = try game.runner.run(["status", "--json"])
        let report = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let games = report?["games"] as? [[String: Any]]
        let faults = games?.first?["faults"] as? [[String: Any]] ?? []
        #expect(faults.compactMap { $0["path"] as? String } == ["houses/beta/history", "houses/beta/receipts", "houses/beta/received", "houses/beta/view.json"])
        #expect(faults.compactMap { $0["problem"] as? String } == ["symlink", "symlink", "symlink", "not_a_file"])
        #expect(games?.first?["turn"] as? Int == 2, "the summary's own keys are still there")
    }

    @Test func aHealthyGameHasNoFaults() throws {
        let game = try newGame()
        let json = try game.runner.run(["status", "--json"])
        let report = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((report?["games"] as? [[String: Any]])?.first?["faults"] as? [Any] != nil)
        #expect(((report?["games"] as? [[String: Any]])?.first?["faults"] as? [Any])?.isEmpty == true)
        #expect(!(try game.runner.run(["status"])).stdout.contains("FAULT"))
    }

    @Test func anUnknownGroupOrHouseIsRefused() throws {
        let folder = try TemporaryFolder()
        let runner = CommandRunner(workingDirectory: folder.url)
        let noGroup = try runner.run(["new", "--group", "alpha=no-such-group-ec4x"])
        #expect(noGroup.status != 0)
        #expect(noGroup.stderr.contains("no group \"no-such-group-ec4x\""))
        let noHouse = try runner.run(["new", "--players", "2", "--group", "zeta=\(Self.groups.first ?? "root")"])
        #expect(noHouse.status != 0)
        #expect(noHouse.stderr.contains("zeta"))
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("data/games").path)) ?? []).isEmpty, "no half-made game")
    }

    /// Two groups of this machine other than root's, for the group tests.
    static let groups: [String] = {
        let text = (try? String(contentsOfFile: "/etc/group", encoding: .utf8)) ?? ""
        var names: [String] = []
        for line in text.split(separator: "\n") {
            let fields: [Substring] = line.split(separator: ":", omittingEmptySubsequences: false)
            if fields.count > 2, fields[2] != "0", fields[0] != "nogroup" { names.append(String(fields[0])) }
        }
        let preferred = ["games", "users"].filter(names.contains)
        return preferred.count == 2 ? preferred : Array(names.prefix(2))
    }()

    static func gid(_ name: String) -> gid_t { getgrnam(name)?.pointee.gr_gid ?? 0 }

    @Test(.enabled(if: getuid() == 0, "giving a folder to a group one is not in needs root"))
    func anotherUserInBetasGroupReadsBetaAndNothingElse() throws {
        let (alphaGroup, betaGroup) = (Self.groups[0], Self.groups[1])
        let game = try newGame(["--group", "alpha=\(alphaGroup)", "--group", "beta=\(betaGroup)"])
        for slug in ["alpha", "beta", "gamma"] { try game.drop(slug, turn: 1) }
        #expect(try game.runner.run(["daemon", "--once"]).status == 0)
        #expect(game.turn(ofView: "beta") == 2)

        // The group owns the house folder and everything in it, the daemon's later writes included.
        var info = stat()
        #expect(stat(game.house("beta").path, &info) == 0)
        #expect(info.st_gid == Self.gid(betaGroup))
        #expect(info.st_mode & 0o7777 == S_ISGID | 0o750)
        let receipts = try FileManager.default.contentsOfDirectory(atPath: game.house("beta").appendingPathComponent("receipts").path)
        #expect(receipts.count == 1)
        for path in ["view.json", "history/turn_2.json", "public/game_log.txt", "orders"] + receipts.map({ "receipts/\($0)" }) {
            #expect(stat(game.house("beta").appendingPathComponent(path).path, &info) == 0, "\(path)")
            #expect(info.st_gid == Self.gid(betaGroup), "\(path) belongs to beta's group")
        }
        #expect(stat(game.house("beta").appendingPathComponent("orders").path, &info) == 0 && info.st_mode & 0o7777 == S_ISGID | 0o770)

        // A user whose only group is beta's: uid 54321 exists nowhere, setpriv needs no account.
        func asBetaPlayer(_ script: String) throws -> CommandRunner.Result {
            try game.runner.run(
                ["--reuid=54321", "--regid=\(Self.gid(betaGroup))", "--clear-groups", "/bin/sh", "-c", script], executable: URL(fileURLWithPath: "/usr/bin/setpriv"))
        }
        let folder = game.gameFolder.path
        #expect(try asBetaPlayer("cat '\(folder)/houses/beta/view.json' >/dev/null").status == 0, "beta's player reads beta's view")
        #expect(try asBetaPlayer("ls '\(folder)/houses/beta/receipts' >/dev/null").status == 0)
        #expect(try asBetaPlayer("echo '{}' > '\(folder)/houses/beta/orders/mine.json'").status == 0, "and drops orders")
        for denied in [
            "cat '\(folder)/houses/alpha/view.json'", "ls '\(folder)/houses/alpha'", "cat '\(folder)/houses/gamma/view.json'",
            "cat '\(folder)/ec4x.db'", "cat '\(folder)/ec4x.db-wal'", "ls '\(folder)'", "ls '\(folder)/houses'", "cat '\(folder)/public/game_log.txt'",
            "ls '\(folder)/.ec4x'", "echo x > '\(folder)/houses/beta/view.json'", "echo x > '\(folder)/houses/alpha/orders/forged.json'",
            "mv '\(folder)/houses/beta/received' '\(folder)/houses/beta/r2'",
        ] {
            let result = try asBetaPlayer(denied)
            #expect(result.status != 0, "\(denied) should be refused: \(result.stdout)")
        }
    }

    @Test func shareListsOneFolderPerHouseAndNeverTheGameFolder() throws {
        let game = try newGame()
        let listing = try game.runner.run(["share", game.id])
        #expect(listing.status == 0, "\(listing.stderr)")
        for slug in ["alpha", "beta", "gamma"] {
            #expect(listing.stdout.contains(game.house(slug).path))
        }
        #expect(listing.stdout.contains("read-only"))
        let samba = try game.runner.run(["share", game.id, "--samba", "--prefix", "g1-"])
        #expect(samba.status == 0, "\(samba.stderr)")
        let text = samba.stdout
        for line in [
            "[g1-alpha]", "[g1-beta]", "[g1-gamma]", "[g1-public]", "path = \(game.house("beta").path)", "follow symlinks = no", "wide links = no", "unix extensions = no",
            "create mask = 0640", "directory mask = 0750",
        ] {
            #expect(text.contains(line), "\(line) missing from\n\(text)")
        }
        #expect(!text.contains("path = \(game.gameFolder.path)\n"), "the game folder itself is never shared")
    }
}
