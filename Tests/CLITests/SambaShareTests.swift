import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
    import Glibc
#endif

/// LAN play end to end (issue #11): the configuration `ec4x share --samba`
/// prints, served by a real `smbd` on loopback with one user per house, the
/// daemon running, and `smbclient` as beta's player. Needs root (it makes
/// Unix users and runs smbd); CI runs as root, and a missing Samba fails.
@Suite(.serialized) struct SambaShareTests {
    @Test(.enabled(if: getuid() == 0, "smbd and the per-house Unix users need root"))
    func eachHouseReachesItsOwnFolderAloneThroughSamba() throws {
        if let missing = SambaLAN.missing { Issue.record("Samba cannot run: \(missing)") }
        try #require(SambaLAN.missing == nil)
        let folder = try TemporaryFolder()
        let runner = CommandRunner(workingDirectory: folder.url)
        let tag = String(UUID().uuidString.lowercased().prefix(6))
        let (alphaUser, betaUser) = ("e4x\(tag)a", "e4x\(tag)b")
        let samba = try SambaLAN(in: folder.url)
        defer { samba.stop() }
        try samba.makeAccount(alphaUser)
        try samba.makeAccount(betaUser)

        let created = try runner.run(["new", "--open", "--players", "2", "--seed", "11", "--json", "--group", "alpha=\(alphaUser)", "--group", "beta=\(betaUser)"])
        #expect(created.status == 0, "\(created.stderr)")
        let id = try #require((try JSONSerialization.jsonObject(with: Data(created.stdout.utf8)) as? [String: Any])?["id"] as? String)
        let house = folder.url.appendingPathComponent("data/games/\(id)/houses/beta")
        let share = try runner.run(["share", id, "--samba"])
        #expect(share.status == 0, "\(share.stderr)")
        #expect(share.stdout.contains("valid users = \(betaUser)"), "the house's group name is its user by default\n\(share.stdout)")
        try samba.start(fragment: share.stdout, passwords: [alphaUser: "alpha-pw", betaUser: "beta-pw"])

        let daemon = try DaemonProcess(in: folder.url)
        defer { daemon.terminate() }
        #expect(daemon.waitUntilReady(), "\(daemon.output)")
        func beta(_ share: String, _ commands: String) throws -> CommandRunner.Result { try samba.client(betaUser, "beta-pw", share: share, commands) }

        // Beta can neither list nor read alpha's share.
        let intoAlpha = try beta("alpha", "ls; get view.json \(folder.url.path)/stolen.json")
        #expect(intoAlpha.status != 0)
        #expect((intoAlpha.stdout + intoAlpha.stderr).contains("NT_STATUS_ACCESS_DENIED"), "\(intoAlpha.stdout)\(intoAlpha.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("stolen.json").path))
        // Its own share holds all it may read: its view and the public copies; the public share is read-only.
        let own = try beta("beta", "ls; get view.json \(folder.url.path)/beta-view.json")
        #expect(own.status == 0, "\(own.stdout)\(own.stderr)\n\(samba.log)")
        #expect(
            FileManager.default.contents(atPath: folder.url.appendingPathComponent("beta-view.json").path)
                == FileManager.default.contents(atPath: house.appendingPathComponent("view.json").path))
        let local = folder.url.appendingPathComponent("b.json")
        try Data(#"{"game":"\#(id)","house":"beta","turn":1,"fleet_orders":[]}"#.utf8).write(to: local)
        #expect(try beta("public", "put \(local.path) forged.txt").status != 0, "the public share is read-only")
        #expect(try beta("beta", "put \(local.path) view.json").status != 0, "the daemon's files are read-only to the house")

        // A file put through beta's share is answered through it.
        let put = try beta("beta", "put \(local.path) orders/b.json")
        #expect(put.status == 0, "\(put.stdout)\(put.stderr)")
        let receipts = house.appendingPathComponent("receipts")
        #expect(waitFor { ((try? FileManager.default.contentsOfDirectory(atPath: receipts.path)) ?? []).contains { $0.hasSuffix("-b.json") } }, "\(daemon.output)")
        let receiptName = try #require(try FileManager.default.contentsOfDirectory(atPath: receipts.path).first { $0.hasSuffix("-b.json") })
        let fetched = folder.url.appendingPathComponent("receipt.json")
        let get = try beta("beta", "get receipts/\(receiptName) \(fetched.path)")
        #expect(get.status == 0, "\(get.stdout)\(get.stderr)")
        let receipt = try JSONSerialization.jsonObject(with: Data(contentsOf: fetched)) as? [String: Any]
        #expect(receipt?["status"] as? String == "accepted", "\(String(describing: receipt))")

        // A symlink cannot be made through the share (no unix extensions) ...
        let symlink = try beta("beta", "symlink ../alpha/view.json orders/link.json")
        #expect(symlink.status != 0 || !FileManager.default.fileExists(atPath: house.appendingPathComponent("orders/link.json").path))
        // ... so beta plants them on disk, and neither smbd nor the daemon follows them.
        let alphaHistory = house.deletingLastPathComponent().appendingPathComponent("alpha/history")
        let alphaHistoryBefore = try FileManager.default.contentsOfDirectory(atPath: alphaHistory.path).filter { !$0.hasPrefix(".") }.sorted()
        try FileManager.default.removeItem(at: house.appendingPathComponent("received"))
        try FileManager.default.createSymbolicLink(atPath: house.appendingPathComponent("received").path, withDestinationPath: "../alpha/history")
        try FileManager.default.createSymbolicLink(atPath: house.appendingPathComponent("orders/evil.json").path, withDestinationPath: "../../alpha/view.json")
        let through = try beta("beta", "get received/turn_1.json \(folder.url.path)/through.json")
        #expect(through.status != 0, "smbd does not follow the planted link")
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("through.json").path))
        #expect(waitFor { ((try? FileManager.default.contentsOfDirectory(atPath: receipts.path)) ?? []).contains { $0.hasSuffix("-evil.json") } }, "\(daemon.output)")
        let evil = try #require(try FileManager.default.contentsOfDirectory(atPath: receipts.path).first { $0.hasSuffix("-evil.json") })
        let evilReceipt = try JSONSerialization.jsonObject(with: Data(contentsOf: receipts.appendingPathComponent(evil))) as? [String: Any]
        #expect((evilReceipt?["errors"] as? [[String: Any]])?.first?["code"] as? String == "file.symlink")
        // (The daemon's own hidden temporary files of a view refresh may come and go.)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: alphaHistory.path).filter { !$0.hasPrefix(".") }.sorted() == alphaHistoryBefore, "nothing moved into alpha's folder"
        )

        // A hard link made through the share (Samba allows one to a file beta owns) is refused with its own code.
        // (Writing through the new name raises the close-after-write event a link alone does not.)
        let hidden = try beta("beta", "put \(local.path) orders/.draft.json; hardlink orders/.draft.json orders/linked.json; put \(local.path) orders/linked.json")
        #expect(hidden.status == 0, "\(hidden.stdout)\(hidden.stderr)")
        #expect(waitFor { ((try? FileManager.default.contentsOfDirectory(atPath: receipts.path)) ?? []).contains { $0.hasSuffix("-linked.json") } }, "\(daemon.output)")
        let linked = try #require(try FileManager.default.contentsOfDirectory(atPath: receipts.path).first { $0.hasSuffix("-linked.json") })
        let linkedReceipt = try JSONSerialization.jsonObject(with: Data(contentsOf: receipts.appendingPathComponent(linked))) as? [String: Any]
        #expect((linkedReceipt?["errors"] as? [[String: Any]])?.first?["code"] as? String == "file.hard_link")
        #expect(daemon.output.contains("refused houses/beta/received"), "\(daemon.output)")
    }
}
