import Foundation
import Testing
import TestSupport
@testable import Games
@testable import FolderTransport
import PlayerProtocol
#if canImport(Glibc)
    import Glibc
#endif

/// A game folder as versions before the trust rules left it: every file
/// 0644, every folder 0755, received copies with the house's token in them.
/// The upgrade must leave no token and nothing open to other users.
@Suite struct OlderFolderUpgradeTests {
    let manager = FileManager.default

    /// Makes `game`'s folder look as an older version wrote it, with one
    /// received copy per house holding its token (and a big one for alpha).
    func ageFolder(_ game: TestGame) throws -> [String: String] {
        var tokens: [String: String] = [:]
        for slug in game.session.slugs {
            let token = try #require(game.token(slug))
            tokens[slug] = token
            let received = game.session.folder.receivedFolder(slug)
            try game.orderFile(slug).write(to: received.appendingPathComponent("000001-orders.json"))
            try Data("fleet_orders {}\ntoken \"\(token)\"\n".utf8).write(to: received.appendingPathComponent("000002-orders.kdl"))
        }
        let big = Data(count: DropFileReader.maxBytes + 1) + Data("\"token\": \"\(tokens["alpha"]!)\"".utf8)
        try big.write(to: game.session.folder.receivedFolder("alpha").appendingPathComponent("000003-big.json"))
        openModesAsAnOlderVersionWrote(game.session.folder.url)
        return tokens
    }

    func mode(_ url: URL) -> mode_t {
        var info = stat()
        return lstat(url.path, &info) == 0 ? info.st_mode & 0o7777 : 0
    }

    @Test func tokensLeaveTheReceivedCopiesAndNothingStaysOpenToOthers() throws {
        let game = try TestGame(players: 3)
        let tokens = try ageFolder(game)
        let report = try #require(try OlderFolderUpgrade.runIfNeeded(game.session))
        #expect(report.redactedFiles == 6)
        #expect(report.ownerOnlyFiles == 1)
        let folder = game.session.folder.url
        let walker = manager.enumerator(atPath: folder.path)
        var checked = 0
        while let relative = walker?.nextObject() as? String {
            let url = folder.appendingPathComponent(relative)
            let permissions = mode(url)
            switch relative {
            case "houses": #expect(permissions == FileModes.passage, "\(relative)")
            case "houses/alpha/received/000003-big.json": #expect(permissions == FileModes.privateFile)
            default: #expect(permissions & 0o007 == 0, "\(relative) is \(String(permissions, radix: 8))")
            }
            guard relative.contains("/received/"), !relative.hasSuffix("big.json") else { continue }
            checked += 1
            let text = try String(contentsOf: url, encoding: .utf8)
            for (slug, token) in tokens { #expect(!text.contains(token), "\(relative) holds \(slug)'s token") }
            #expect(text.contains(TokenRedaction.marker), "\(relative): \(text)")
        }
        #expect(checked == 6)
        #expect(mode(folder) == FileModes.passage, "the game folder keeps only the bit that lets a house's group through")
    }

    @Test func aRedactedCopyStillReadsAsTheSameOrders() throws {
        let game = try TestGame()
        _ = try ageFolder(game)
        _ = try OlderFolderUpgrade.runIfNeeded(game.session)
        let kept = try Data(contentsOf: game.session.folder.receivedFolder("beta").appendingPathComponent("000001-orders.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: kept) as? [String: Any])
        #expect(object["token"] as? String == TokenRedaction.marker)
        #expect(object["house"] as? String == "beta")
        #expect(object["fleet_orders"] as? [Any] != nil)
    }

    @Test func aFolderIsWalkedOnceAndANewGameNeedsNothing() throws {
        let game = try TestGame()
        let first = try #require(try OlderFolderUpgrade.runIfNeeded(game.session))
        #expect(!first.changedAnything, "a game made by this version is already within the rules: \(first)")
        _ = try ageFolder(game)
        #expect(try OlderFolderUpgrade.runIfNeeded(game.session) == nil, "done once, recorded in .ec4x/")
    }

    @Test func aLinkInTheFolderIsNeitherFollowedNorChanged() throws {
        let game = try TestGame()
        _ = try ageFolder(game)
        let outside = try TemporaryFolder()
        let target = outside.url.appendingPathComponent("theirs.json")
        try Data("{\"token\": \"\(try #require(game.token("alpha")))\"}".utf8).write(to: target)
        chmod(target.path, 0o644)
        try manager.createSymbolicLink(
            atPath: game.session.folder.receivedFolder("alpha").appendingPathComponent("000009-link.json").path, withDestinationPath: target.path)
        _ = try OlderFolderUpgrade.runIfNeeded(game.session)
        #expect(try Data(contentsOf: target) == Data("{\"token\": \"\(try #require(game.token("alpha")))\"}".utf8))
        #expect(mode(target) == 0o644)
    }
}
