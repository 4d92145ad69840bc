import Engine
import Foundation
@testable import Games
@testable import FolderTransport
@testable import Daemon
@testable import PlayerProtocol
import Testing
import TestSupport

/// The guide's worked turn, sent through the real ingestion path: the order
/// file (JSON and KDL) must be accepted and the receipt must say what the
/// guide shows (apart from the checksum, time and file location, which the
/// guide marks as illustrations).
@Suite struct PlayersGuideReceiptTests {
    func exampleGame() throws -> (session: GameSession, cleanUp: () -> Void) {
        let folder = try TemporaryFolder()
        let root = folder.url
        let data = DataDirectory(path: root.appendingPathComponent("data").path)
        // The guide's game: the standard 4-house setup, seed 42 on the first random stream (the guide was
        // written before keys), open, so its illustrative token is not checked.
        let setup = GameSetup.standard(players: 4)
        let state = try InitialStateBuilder.build(setup: setup, dice: GameDice(seed: 42, key: nil))
        let created = try GameInstaller(data: data, now: Date.init, prepareTransport: FolderLayout.prepare).install(
            state, setup: setup, seed: 42, open: true, deadlineHours: nil)
        return (try GameSession(folder: data.gameFolder(id: created.id)), { withExtendedLifetime(folder) {} })
    }

    func guideBlocks(_ fence: String) throws -> [String] {
        let text = try String(contentsOf: SchemaTests.repository.appendingPathComponent("docs/players.md"), encoding: .utf8)
        var blocks: [String] = []
        var current: [Substring]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line == fence {
                current = []
            } else if current != nil, line == "```" {
                blocks.append(current!.joined(separator: "\n") + "\n")
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }

    func receipt(for text: String, named name: String, in session: GameSession) throws -> [String: Any] {
        let url = session.folder.ordersFolder("alpha").appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        let entry = try #require(DropEntry.inspect(url))
        let receipt = try #require(try FolderIngestion(session: session).run(entry, slug: "alpha"))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try #require(try JSONSerialization.jsonObject(with: encoder.encode(receipt)) as? [String: Any])
    }

    @Test func theWorkedTurnsOrderFileGetsTheGuidesReceipt() throws {
        let (session, cleanUp) = try exampleGame()
        defer { cleanUp() }
        let blocks = try guideBlocks("```json")
        let orderFile = try #require(blocks.first { $0.contains("\"fleet_orders\"") && $0.contains("\"turn\"") && !$0.contains("\"status\"") })
        let shown = try #require(
            blocks.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
                .first { $0["status"] as? String == "accepted" })
        let real = try receipt(for: orderFile, named: "turn1.json", in: session)
        for key in ["file", "status", "house", "turn", "orders_in_force", "waiting_for"] {
            #expect("\(real[key] ?? "-")" == "\(shown[key] ?? "-")", "\(key)")
        }
        #expect((real["errors"] as? [Any])?.isEmpty == true)
    }

    @Test func theKDLFormOfTheSameFileIsAcceptedToo() throws {
        let (session, cleanUp) = try exampleGame()
        defer { cleanUp() }
        let kdl = try #require(try guideBlocks("```kdl").first { $0.contains("fleet_orders") })
        let real = try receipt(for: kdl, named: "turn1.kdl", in: session)
        #expect(real["status"] as? String == "accepted", "\(real["errors"] ?? "")")
    }
}
