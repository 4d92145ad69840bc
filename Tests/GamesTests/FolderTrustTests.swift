import Engine
import Foundation
import Testing
import TestSupport
@testable import Games
@testable import FolderTransport
@testable import PlayerProtocol
#if canImport(Glibc)
    import Glibc
#endif

/// Issue #11's attacks on a shared game folder: links planted where the
/// daemon reads and writes, a folder where a file goes, another file's hard
/// link; and the modes of everything it writes (DESIGN.md §4, Trust).
@Suite struct FolderTrustTests {
    let manager = FileManager.default

    func house(_ game: TestGame, _ slug: String) -> URL { game.session.folder.houseFolder(slug) }

    /// Every entry below `url` with its lstat mode, relative to `url`.
    func modes(below url: URL) -> [String: mode_t] {
        var modes: [String: mode_t] = [:]
        let walker = manager.enumerator(atPath: url.path)
        while let relative = walker?.nextObject() as? String {
            var info = stat()
            if lstat(url.appendingPathComponent(relative).path, &info) == 0 { modes[relative] = info.st_mode }
        }
        return modes
    }

    /// Resolves the turn with empty orders from every house still in, and publishes.
    func resolve(_ game: TestGame) throws -> [FolderFault] {
        for slug in game.session.slugs {
            try game.drop(game.orderFile(slug), as: "turn\(game.session.turn).json", into: slug)
        }
        let result = try ResolveTurn(session: game.session).run().result
        return try ViewFiles(session: game.session).publish(events: result.events, resolvedTurn: result.resolvedTurn)
    }

    @Test func nothingWrittenIsOpenToOtherUsers() throws {
        let game = try TestGame(open: true)
        _ = try resolve(game)
        let folder = game.session.folder.url
        let modes = modes(below: folder)
        #expect(modes.count > 20)
        for (path, mode) in modes.sorted(by: { $0.key < $1.key }) {
            let permissions = mode & 0o7777
            let expected: mode_t =
                switch (path, mode & S_IFMT) {
                case ("houses", _): FileModes.passage
                case (let path, S_IFDIR) where path.hasPrefix(".ec4x"): FileModes.privateFolder
                case (let path, _) where path.hasPrefix(".ec4x") || path.hasPrefix("ec4x.db"): FileModes.privateFile
                case (_, S_IFDIR): FileModes.folder
                default: FileModes.file
                }
            #expect(permissions == expected, "\(path) has mode \(String(permissions, radix: 8))")
        }
        var info = stat()
        #expect(lstat(folder.path, &info) == 0 && info.st_mode & 0o777 == FileModes.passage)
        #expect(modes["ec4x.db-wal"] != nil, "the database runs in WAL mode, so its WAL file is checked too")
    }

    @Test func modesDoNotDependOnTheUmask() throws {
        let previous = umask(0)
        defer { umask(previous) }
        let game = try TestGame(open: true)
        let modes = modes(below: game.session.folder.url)
        #expect(modes["houses/alpha/view.json"].map { $0 & 0o777 } == FileModes.file)
        #expect(modes["houses/alpha/orders"].map { $0 & 0o777 } == FileModes.folder)
        #expect(modes["ec4x.db"].map { $0 & 0o777 } == FileModes.privateFile)
    }

    @Test func aReceivedFolderLinkedToAnotherHousesDropFolderCapturesNothing() throws {
        let game = try TestGame(players: 3, open: true)
        let gammaOrders = game.ordersFolder("gamma")
        try manager.removeItem(at: game.session.folder.receivedFolder("beta"))
        try manager.createSymbolicLink(atPath: game.session.folder.receivedFolder("beta").path, withDestinationPath: "../gamma/orders")
        let (receipt, faults) = try #require(try dropReportingFaults(game, game.orderFile("beta"), as: "b.json", into: "beta"))
        #expect(receipt.status == .accepted)
        #expect(receipt.keptAs == "")
        #expect(try manager.contentsOfDirectory(atPath: gammaOrders.path).isEmpty, "nothing lands in gamma's drop folder")
        #expect(try manager.contentsOfDirectory(atPath: game.ordersFolder("beta").path).isEmpty, "the file left beta's drop folder")
        #expect(faults.map(\.path) == ["houses/beta/received"])
        #expect(faults.map(\.problem) == [.symlink])
        #expect(game.receiptFiles("beta") == ["000001-b.json"])
        // The link itself is left alone.
        #expect(try manager.destinationOfSymbolicLink(atPath: game.session.folder.receivedFolder("beta").path) == "../gamma/orders")
    }

    @Test func aReceivedFolderLinkedOutsideTheGameGetsNoFile() throws {
        let game = try TestGame(open: true)
        let outside = game.root.appendingPathComponent("outside", isDirectory: true)
        try manager.createDirectory(at: outside, withIntermediateDirectories: true)
        try manager.removeItem(at: game.session.folder.receivedFolder("beta"))
        try manager.createSymbolicLink(atPath: game.session.folder.receivedFolder("beta").path, withDestinationPath: outside.path)
        let chosen = Data(#"{"content":"chosen by beta"}"#.utf8)
        let receipt = try game.drop(chosen, as: "x.json", into: "beta")
        #expect(receipt.status == .rejected)
        #expect(try manager.contentsOfDirectory(atPath: outside.path).isEmpty)
    }

    @Test func aReceiptsFolderLinkedElsewhereIsNotWrittenThrough() throws {
        let game = try TestGame(open: true)
        try manager.removeItem(at: game.session.folder.receiptsFolder("beta"))
        try manager.createSymbolicLink(atPath: game.session.folder.receiptsFolder("beta").path, withDestinationPath: "../alpha/receipts")
        let (receipt, faults) = try #require(try dropReportingFaults(game, game.orderFile("beta"), as: "b.json", into: "beta"))
        #expect(receipt.status == .accepted)
        #expect(game.receiptFiles("alpha").isEmpty)
        #expect(faults.map(\.path) == ["houses/beta/receipts"])
    }

    @Test func aLinkedHistoryFolderNeverWritesIntoAnotherHouse() throws {
        let game = try TestGame(open: true)
        let betaHistory = game.session.folder.historyFolder("beta")
        try manager.removeItem(at: betaHistory)
        try manager.createSymbolicLink(atPath: betaHistory.path, withDestinationPath: "../alpha/history")
        let faults = try resolve(game)
        #expect(faults.contains { $0.path == "houses/beta/history" && $0.problem == .symlink })
        let alphaHistory = game.session.folder.historyFolder("alpha").appendingPathComponent("turn_2.json")
        #expect(manager.contents(atPath: alphaHistory.path) == manager.contents(atPath: game.session.folder.viewFile("alpha").path))
        // Beta's view is still written in its own folder.
        let view = try JSONSerialization.jsonObject(with: Data(contentsOf: game.session.folder.viewFile("beta"))) as? [String: Any]
        #expect((view?["game"] as? [String: Any])?["turn"] as? Int == 2)
    }

    @Test func aFolderPlantedAtViewJSONStopsOnlyThatHousesView() throws {
        let game = try TestGame(players: 3, open: true)
        let planted = game.session.folder.viewFile("beta")
        try manager.removeItem(at: planted)
        try manager.createDirectory(at: planted, withIntermediateDirectories: false)
        try Data("beta's own".utf8).write(to: planted.appendingPathComponent("inside.txt"))
        let faults = try resolve(game)
        #expect(game.session.turn == 2, "the turn resolves")
        #expect(faults.map(\.path) == ["houses/beta/view.json"])
        #expect(faults.map(\.problem) == [.notAFile])
        for slug in ["alpha", "gamma"] {
            let view = try JSONSerialization.jsonObject(with: Data(contentsOf: game.session.folder.viewFile(slug))) as? [String: Any]
            #expect((view?["game"] as? [String: Any])?["turn"] as? Int == 2)
        }
        #expect(try String(contentsOf: planted.appendingPathComponent("inside.txt"), encoding: .utf8) == "beta's own", "left alone")
        #expect(FolderFaults.scan(game.session.folder, slugs: game.session.slugs).map(\.path) == ["houses/beta/view.json"])
        // Beta's history copy of the new view is still written.
        #expect(manager.fileExists(atPath: game.session.folder.historyFolder("beta").appendingPathComponent("turn_2.json").path))
    }

    @Test func aFileWithAnotherHardLinkIsRefusedWithItsOwnCodeAndNotRead() throws {
        let game = try TestGame(open: true)
        let elsewhere = game.root.appendingPathComponent("someone-elses.json")
        try game.orderFile("beta").write(to: elsewhere)
        let dropped = game.ordersFolder("beta").appendingPathComponent("linked.json")
        #expect(link(elsewhere.path, dropped.path) == 0)
        let receipt = try game.take("linked.json", from: "beta")
        #expect(receipt.status == .rejected)
        #expect(receipt.errors.map(\.code) == [.fileHardLink])
        #expect(receipt.errors.map(\.code.rawValue) == ["file.hard_link"])
        #expect(receipt.sha256 == SHA256Hex.empty, "nothing of the file was read")
        #expect(!manager.fileExists(atPath: dropped.path))
        #expect(manager.contents(atPath: elsewhere.path) == game.orderFile("beta"), "the other name is left alone")
        #expect(try game.session.readiness().submitted.isEmpty)
    }

    /// A file over the size limit is never read whole, so its token cannot be
    /// taken out: the kept copy is its owner's alone.
    @Test func aFileTooLargeToRedactIsKeptForItsOwnerAlone() throws {
        let game = try TestGame()
        let token = try #require(game.token("alpha"))
        let dropped = game.ordersFolder("alpha").appendingPathComponent("big.json")
        try (Data(#"{"token":"\#(token)","pad":""#.utf8) + Data(repeating: UInt8(ascii: " "), count: DropFileReader.maxBytes)).write(to: dropped)
        chmod(dropped.path, 0o644)
        let receipt = try game.take("big.json", from: "alpha")
        #expect(receipt.errors.map(\.code.rawValue) == ["file.too_large"])
        let kept = game.session.folder.url.appendingPathComponent(receipt.keptAs)
        var info = stat()
        #expect(lstat(kept.path, &info) == 0)
        #expect(info.st_mode & 0o777 == FileModes.privateFile, "kept as \(receipt.keptAs) with mode \(String(info.st_mode & 0o777, radix: 8))")
    }

    @Test func aLinkedDropFolderIsAFaultAndIsNotRead() throws {
        let game = try TestGame(players: 3, open: true)
        try game.orderFile("gamma").write(to: game.ordersFolder("gamma").appendingPathComponent("g.json"))
        try manager.removeItem(at: game.ordersFolder("beta"))
        try manager.createSymbolicLink(atPath: game.ordersFolder("beta").path, withDestinationPath: "../gamma/orders")
        #expect(throws: SafePathError.self) { try GameFolderHandles(game.session.folder).existingOrders(of: "beta") }
        #expect(DropEntry.list(game.ordersFolder("beta")).isEmpty)
        let faults = FolderFaults.scan(game.session.folder, slugs: game.session.slugs)
        #expect(faults == [FolderFault(house: "beta", path: "houses/beta/orders", problem: .symlink, message: faults.first?.message ?? "")])
    }

    @Test func eachHouseFolderHoldsCopiesOfThePublicFiles() throws {
        let game = try TestGame(open: true)
        _ = try resolve(game)
        let folder = game.session.folder
        for slug in game.session.slugs {
            let copies = folder.housePublicFolder(slug)
            #expect(
                manager.contents(atPath: copies.appendingPathComponent("game_log.txt").path)
                    == manager.contents(atPath: folder.publicFolder.appendingPathComponent("game_log.txt").path))
            #expect(
                manager.contents(atPath: copies.appendingPathComponent("summary/turn_1.txt").path)
                    == manager.contents(atPath: folder.summaryFolder.appendingPathComponent("turn_1.txt").path))
        }
    }

    @Test func aWriteReplacesNoFolderAndFollowsNoLink() throws {
        let temporary = try TemporaryFolder()
        let folder = try DirectoryHandle.open(temporary.url)
        let target = temporary.url.appendingPathComponent("target.txt")
        try Data("kept".utf8).write(to: target)
        try manager.createSymbolicLink(atPath: temporary.url.appendingPathComponent("link.json").path, withDestinationPath: target.path)
        #expect(throws: SafePathError.self) { try folder.write(Data("new".utf8), to: "link.json") }
        #expect(try String(contentsOf: target, encoding: .utf8) == "kept")
        try manager.createDirectory(at: temporary.url.appendingPathComponent("dir.json"), withIntermediateDirectories: false)
        #expect(throws: SafePathError.self) { try folder.write(Data("new".utf8), to: "dir.json") }
        #expect(throws: SafePathError.self) { try folder.write(Data("new".utf8), to: "../escape.json") }
        #expect(throws: SafePathError.self) { try folder.folder("link.json") }
        // No temporary file is left behind by a refused write.
        #expect(try manager.contentsOfDirectory(atPath: temporary.url.path).sorted() == ["dir.json", "link.json", "target.txt"])
    }

    func dropReportingFaults(_ game: TestGame, _ data: Data, as name: String, into slug: String) throws -> (receipt: Receipt, faults: [FolderFault])? {
        try data.write(to: game.ordersFolder(slug).appendingPathComponent(name))
        let entry = try #require(DropEntry.inspect(game.ordersFolder(slug).appendingPathComponent(name)))
        return try FolderIngestion(session: game.session).runReportingFaults(entry, slug: slug)
    }
}

enum SHA256Hex {
    static let empty = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
}
