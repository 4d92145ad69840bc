import Digest
import Engine
import Foundation
import GRDB
import Storage
import Testing
@testable import Games
@testable import FolderTransport
@testable import PlayerProtocol

/// DESIGN.md §4 "Trust on a shared folder": tokens are never kept, errors
/// are bounded, names are made safe.
@Suite struct HostileFileTests {
    /// Every regular file under `folder`, recursively.
    func files(under folder: URL) -> [URL] {
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        return (enumerator?.allObjects as? [URL] ?? []).filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
    }

    @Test func afterAPlayedTurnNoFileInTheGameFolderHoldsAToken() throws {
        let game = try TestGame(players: 3, seed: 11)
        let tokens = game.created.houses.compactMap(\.token)
        #expect(tokens.count == 3)
        var sent: [(houseID: String, sha256: String)] = []
        for house in game.state.houses {
            let file = try BotOrders.make(session: game.session, slug: house.slug, strategy: .greedy, token: game.token(house.slug))
            let body = try JSONEncoder().encode(file)
            // A rejected file and a KDL file too, with the token in a comment for good measure.
            let stale = try game.drop(game.orderFile(house.slug, turn: 9), as: "stale.json", into: house.slug)
            let kdl = "game \"\(game.created.id)\"\nhouse \(house.slug)\nturn 1\n// \(game.token(house.slug)!)\ntoken #\"\(game.token(house.slug)!)\"#\n"
            let draft = try game.drop(Data(kdl.utf8), as: "draft.kdl", into: house.slug)
            let receipt = try game.drop(body, as: "turn1.json", into: house.slug)
            sent += [stale, draft, receipt].map { (house.id, $0.sha256 ?? "") }
            #expect(receipt.status == .accepted, "\(receipt.errors)")
            // The checksum is of the bytes as sent.
            #expect(receipt.sha256 == SHA256.hex([UInt8](body)))
            let kept = try Data(contentsOf: game.session.folder.url.appendingPathComponent(receipt.keptAs))
            #expect(String(decoding: kept, as: UTF8.self).contains("\"token\":\"<redacted>\""))
        }
        _ = try ResolveTurn(session: game.session).run()
        #expect(game.session.turn == 2)

        var checked = 0
        for url in files(under: game.session.folder.url) {
            let bytes = try Data(contentsOf: url)
            for token in tokens { #expect(bytes.range(of: Data(token.utf8)) == nil, "\(url.lastPathComponent) holds a token") }
            checked += 1
        }
        #expect(checked > 10)
        // The database may keep raw bytes deflated: look at them as the store gives them back, too.
        for (houseID, sha256) in sent {
            let stored = try game.session.store.submissions(houseID: houseID, sha256: sha256)
            #expect(stored.count == 1)
            for submission in stored {
                for token in tokens { #expect(String(decoding: submission.raw, as: UTF8.self).range(of: token) == nil) }
            }
        }
        // The redacted files still replay.
        let report = try ReplayGame(session: game.session).run()
        #expect(report.turnsChecked == 1 && report.firstMismatch == nil)
    }

    @Test func theIssuesMegabyteOfEmptyEntriesGetsOneSmallReceipt() throws {
        let game = try TestGame()
        var text = Array(#"{"fleet_orders":["#.utf8)
        while text.count + 7 <= 1 << 20 { text += Array("{},".utf8) }
        text += Array("{}]}".utf8)
        #expect(text.count <= 1 << 20 && text.count > (1 << 20) - 8)
        let receipt = try game.drop(Data(text), as: "flood.json", into: "alpha")
        #expect(receipt.status == .rejected)
        #expect(receipt.errors.map(\.code) == [.fileTooManyOrders])
        let written = try Data(contentsOf: game.session.folder.receiptsFolder("alpha").appendingPathComponent("000001-flood.json"))
        #expect(written.count < 64 * 1024)
    }

    @Test func manyErrorsAreListedUpToAHundredAndCounted() throws {
        let game = try TestGame()
        let entries = [[String: Any]](repeating: [:], count: 1_500)
        let receipt = try game.drop(game.orderFile("alpha", body: ["fleet_orders": entries]), as: "empty-entries.json", into: "alpha")
        #expect(receipt.errors.count == 100)
        #expect(receipt.moreErrors == 2_900)
        let url = game.session.folder.receiptsFolder("alpha").appendingPathComponent("000001-empty-entries.json")
        let written = try Data(contentsOf: url)
        #expect(written.count < 64 * 1024)
        let json = try JSONSerialization.jsonObject(with: written) as? [String: Any]
        #expect(json?["more_errors"] as? Int == 2_900)
        // The database keeps the same bounded list, so a receipt written again after a crash says the same.
        let stored = try DatabaseQueue(path: game.session.folder.databaseURL.path).read { db in
            try Row.fetchOne(db, sql: "SELECT length(errors_json) AS size, more_errors FROM submissions")!
        }
        #expect((stored["size"] as Int) < 64 * 1024 && stored["more_errors"] as Int == 2_900)
        try Data().write(to: url)
        #expect(try RecoverUnanswered(session: GameSession(folder: game.session.folder)).run().map(\.moreErrors) == [2_900])
    }

    @Test func aLongNameIsAnsweredAndKeptAndNotAnsweredAgainAfterARestart() throws {
        let game = try TestGame()
        let name = String(repeating: "é", count: 125) + ".json"  // 255 bytes
        #expect(name.utf8.count == 255)
        let receipt = try game.drop(game.orderFile("alpha"), as: name, into: "alpha")
        #expect(receipt.status == .accepted)
        #expect(receipt.file == name)
        let kept = URL(fileURLWithPath: receipt.keptAs).lastPathComponent
        #expect(kept.hasPrefix("000001-é") && kept.hasSuffix(".json") && kept.utf8.count <= 200)
        #expect(game.receiptFiles("alpha").count == 1 && game.receiptFiles("alpha")[0].utf8.count <= 200)
        #expect(try FileManager.default.contentsOfDirectory(atPath: game.ordersFolder("alpha").path).isEmpty)
        #expect(try RecoverUnanswered(session: GameSession(folder: game.session.folder)).run().isEmpty)
    }

    @Test func aLongNameRecordedBeforeNamesWereCutIsAnsweredOnceAfterARestart() throws {
        let game = try TestGame(open: true)
        let name = String(repeating: "n", count: 250) + ".json"
        let body = game.orderFile("alpha")
        try body.write(to: game.ordersFolder("alpha").appendingPathComponent(name))
        // As an older daemon recorded it: a receipt name too long to ever be written.
        let submission = NewSubmission(
            houseID: game.house("alpha").id, turn: 1, fileName: name, format: .json, raw: [UInt8](body),
            sha256: SHA256.hex([UInt8](body)), status: .rejected, errors: [], receivedAt: 1)
        _ = try game.session.store.recordSubmission(submission, orders: nil) { String(format: "%06lld-", $0) + name }
        let restarted = try GameSession(folder: game.session.folder)
        #expect(try RecoverUnanswered(session: restarted).run().count == 1)
        #expect(game.receiptFiles("alpha").count == 1 && game.receiptFiles("alpha")[0].utf8.count <= 200)
        #expect(try FileManager.default.contentsOfDirectory(atPath: game.ordersFolder("alpha").path).isEmpty)
        #expect(try RecoverUnanswered(session: restarted).run().isEmpty)
    }

    @Test func controlAndBidirectionalCharactersInANameAreEscaped() throws {
        let game = try TestGame()
        let name = "a\nforged line\u{202E}nosj.json"
        let receipt = try game.drop(game.orderFile("alpha"), as: name, into: "alpha")
        #expect(receipt.file == #"a\u000aforged line\u202enosj.json"#)
        #expect(!receipt.keptAs.contains("\n") && !receipt.keptAs.unicodeScalars.contains("\u{202E}"))
        #expect(game.receiptFiles("alpha") == [#"000001-a\u000aforged line\u202enosj.json"#])
    }
}
