import Digest
import Engine
import Foundation
import GRDB
import Storage
import Testing
@testable import Games
@testable import FolderTransport
@testable import Daemon
@testable import PlayerProtocol

@Suite struct IngestOrderFileTests {
    @Test func anAcceptedFileIsKeptMovedAndAnswered() throws {
        let game = try TestGame()
        let fleet = game.fleets(of: "alpha")[0]
        let body = game.orderFile("alpha", body: ["fleet_orders": [["fleet": String(fleet.id.prefix(8)), "order": "hold"]]])
        let receipt = try game.drop(body, as: "turn1.json", into: "alpha")
        #expect(receipt.status == .accepted)
        #expect(receipt.errors.isEmpty)
        #expect(receipt.ordersInForce == 1)
        #expect(receipt.waitingFor == ["beta"])
        #expect(receipt.turn == 1)
        #expect(!FileManager.default.fileExists(atPath: game.ordersFolder("alpha").appendingPathComponent("turn1.json").path))
        // Kept as sent, but for the token (players.md §4).
        let kept = Data(TokenRedaction.redact([UInt8](body), format: .json, tokenHash: nil))
        #expect(kept != body && kept.range(of: Data(game.token("alpha")!.utf8)) == nil)
        #expect(FileManager.default.contents(atPath: game.session.folder.url.appendingPathComponent(receipt.keptAs).path) == kept)
        #expect(game.receiptFiles("alpha") == ["000001-turn1.json"])
        let stored = try DatabaseQueue(path: game.session.folder.databaseURL.path).read { db in
            try Row.fetchOne(db, sql: "SELECT raw, sha256, status FROM submissions")!
        }
        // Kept byte for byte, possibly deflated (submissions.raw_encoding, docs/schema.md): read back through the store.
        #expect(try game.session.store.acceptedSubmissions(turn: 1).values.first?.raw == [UInt8](kept))
        #expect(stored["sha256"] as String == receipt.sha256)
        let receiptJSON =
            try JSONSerialization.jsonObject(with: Data(contentsOf: game.session.folder.receiptsFolder("alpha").appendingPathComponent("000001-turn1.json"))) as? [String: Any]
        #expect(receiptJSON?["status"] as? String == "accepted")
        #expect(receiptJSON?["waiting_for"] as? [String] == ["beta"])
    }

    @Test func aKDLFileWithTheSameNamesIsAccepted() throws {
        let game = try TestGame()
        let fleet = game.fleets(of: "beta")[0]
        let text = """
            game "\(game.created.id)"
            house "beta"
            turn 1
            token "\(game.token("beta")!)"
            fleet_orders {
                - fleet="\(fleet.id)" order="hold"
            }
            """
        let receipt = try game.drop(Data(text.utf8), as: "orders.kdl", into: "beta")
        #expect(receipt.status == .accepted, "\(receipt.errors)")
        #expect(receipt.ordersInForce == 1)
    }

    @Test func anEmptyOrderSetCountsAsSubmitted() throws {
        let game = try TestGame()
        try game.drop(game.orderFile("alpha"), as: "a.json", into: "alpha")
        let receipt = try game.drop(game.orderFile("beta"), as: "b.json", into: "beta")
        #expect(receipt.status == .accepted)
        #expect(receipt.waitingFor.isEmpty)
        #expect(try ResolveTurn(session: game.session).dueReason() == .allSubmitted)
    }

    @Test func everyHeaderMistakeHasItsOwnCode() throws {
        let game = try TestGame()
        func codes(_ data: Data, into slug: String = "alpha", name: String = "x.json") throws -> [String] {
            try game.drop(data, as: name, into: slug).errors.map(\.code.rawValue)
        }
        var other = try JSONSerialization.jsonObject(with: game.orderFile("alpha")) as! [String: Any]
        other["game"] = "00000000-0000-4000-8000-000000000000"
        #expect(try codes(JSONSerialization.data(withJSONObject: other)) == ["header.wrong_game"])
        #expect(try codes(game.orderFile("beta", token: game.token("alpha"))) == ["header.wrong_house"])
        #expect(try codes(game.orderFile("alpha", turn: 0)) == ["header.stale_turn"])
        #expect(try codes(game.orderFile("alpha", turn: 2)) == ["header.future_turn"])
        #expect(try codes(game.orderFile("alpha", token: .some("not-the-token"))) == ["header.bad_token"])
        #expect(try codes(game.orderFile("alpha", token: .some(nil))) == ["header.missing_token"])
        #expect(try codes(game.orderFile("alpha", token: game.token("beta"))) == ["header.bad_token"])
        #expect(try codes(Data(#"{"fleet_orders": []}"#.utf8)).sorted() == ["header.missing_game", "header.missing_house", "header.missing_token", "header.missing_turn"])
    }

    @Test func everyOrderMistakeIsListedWithItsPath() throws {
        let game = try TestGame()
        let own = game.fleets(of: "alpha")[0]
        let foreign = game.fleets(of: "beta")[0]
        let body = game.orderFile(
            "alpha",
            body: [
                "fleet_orders": [
                    ["fleet": own.id, "order": "hold"],
                    ["fleet": foreign.id, "order": "hold"],
                    ["fleet": "no-such-fleet-at-all", "order": "hold"],
                    ["fleet": game.fleets(of: "alpha")[1].id, "order": "teleport"],
                ],
                "builds": [["colony": "nope-nope-nope", "item": "military", "quantity": 1]],
            ])
        let receipt = try game.drop(body, as: "bad.json", into: "alpha")
        #expect(receipt.status == .rejected)
        let codes = Dictionary(receipt.errors.map { ($0.path, $0.code.rawValue) }, uniquingKeysWith: { a, _ in a })
        // Beta's fleet is out of alpha's sight: as unknown as one that does not exist (DESIGN.md §4).
        #expect(codes["fleet_orders[1].fleet"] == "order.unknown_fleet")
        #expect(receipt.errors.first { $0.path == "fleet_orders[1].fleet" }?.message.contains("Beta") == false)
        #expect(codes["fleet_orders[2].fleet"] == "order.unknown_fleet")
        #expect(codes["fleet_orders[3].order"] == "order.unknown_type")
        #expect(codes["builds[0].colony"] == "build.unknown_colony")
        #expect(codes["fleet_orders[0].fleet"] == nil)
        #expect(receipt.errors.allSatisfy { !$0.message.isEmpty })
    }

    @Test func aFieldTheFormatDoesNotKnowIsRefusedWithItsPath() throws {
        let game = try TestGame()
        let receipt = try game.drop(game.orderFile("alpha", body: ["fleet_orders": [], "extra": 1, "builds": [["colony": "x", "item": 3]]]), as: "x.json", into: "alpha")
        let codes = Dictionary(receipt.errors.map { ($0.path, $0.code.rawValue) }, uniquingKeysWith: { a, _ in a })
        #expect(codes["extra"] == "field.unknown")
        #expect(codes["builds[0].item"] == "field.wrong_type")
    }

    @Test func aRejectedFileNeverDisplacesAcceptedOrdersAndTheLastValidOneWins() throws {
        let game = try TestGame()
        let fleets = game.fleets(of: "alpha")
        let one = game.orderFile("alpha", body: ["fleet_orders": [["fleet": fleets[0].id, "order": "hold"]]])
        let two = game.orderFile("alpha", body: ["fleet_orders": fleets.map { ["fleet": $0.id, "order": "hold"] }])
        #expect(try game.drop(one, as: "1.json", into: "alpha").ordersInForce == 1)
        let bad = try game.drop(Data("{ not json".utf8), as: "2.json", into: "alpha")
        #expect(bad.status == .rejected)
        #expect(bad.errors.map(\.code.rawValue) == ["file.bad_json"])
        #expect(bad.ordersInForce == 1)
        #expect(try game.drop(two, as: "3.json", into: "alpha").ordersInForce == fleets.count)
        let accepted = try game.session.store.acceptedSubmissions(turn: 1)
        #expect(accepted[game.house("alpha").id]?.fileName == "3.json")
    }

    @Test func identicalBytesSentAgainAreADuplicate() throws {
        let game = try TestGame()
        let body = game.orderFile("alpha")
        let first = try game.drop(body, as: "a.json", into: "alpha")
        let second = try game.drop(body, as: "again.json", into: "alpha")
        #expect(first.status == .accepted)
        #expect(second.status == .duplicate)
        #expect(second.duplicateOf == "000001-a.json")
        #expect(game.receiptFiles("alpha").count == 2)
    }

    @Test func sendingAnEarlierFileAgainPutsItBackInForce() throws {
        let game = try TestGame()
        let fleets = game.fleets(of: "alpha")
        let y = game.orderFile("alpha", body: ["fleet_orders": [["fleet": fleets[0].id, "order": "hold"]]])
        let z = game.orderFile("alpha", body: ["fleet_orders": fleets.map { ["fleet": $0.id, "order": "hold"] }])
        #expect(try game.drop(y, as: "y.json", into: "alpha").status == .accepted)
        #expect(try game.drop(z, as: "z.json", into: "alpha").status == .accepted)
        let again = try game.drop(y, as: "y-again.json", into: "alpha")
        #expect(again.status == .accepted)
        #expect(again.ordersInForce == 1)
        #expect(try game.session.store.acceptedSubmissions(turn: 1)[game.house("alpha").id]?.fileName == "y-again.json")
    }

    @Test func aFileSentTooEarlyIsJudgedAgainWhenItsTurnComes() throws {
        let game = try TestGame(open: true)
        let early = game.orderFile("alpha", turn: 2)
        #expect(try game.drop(early, as: "early.json", into: "alpha").errors.map(\.code.rawValue) == ["header.future_turn"])
        try game.drop(game.orderFile("alpha"), as: "a.json", into: "alpha")
        try game.drop(game.orderFile("beta"), as: "b.json", into: "beta")
        _ = try ResolveTurn(session: game.session).run()
        let resent = try game.drop(early, as: "early.json", into: "alpha")
        #expect(resent.status == .accepted)
        #expect(resent.duplicateOf == nil)
    }

    @Test func aFileRecordedButNotAnsweredBeforeACrashIsAnsweredNotJudgedAgain() throws {
        let game = try TestGame(open: true)
        let body = game.orderFile("alpha")
        let url = game.ordersFolder("alpha").appendingPathComponent("crash.json")
        try body.write(to: url)
        // What ingestion had done when the process died: the row is committed, the file not yet moved or answered.
        let validation = OrderValidator(state: game.state).validate(Orders(), house: game.house("alpha").id)
        let submission = NewSubmission(
            houseID: game.house("alpha").id, turn: 1, fileName: "crash.json", format: .json,
            raw: [UInt8](body), sha256: SHA256.hex(body), status: .accepted, errors: [], receivedAt: 1
        )
        _ = try game.session.store.recordSubmission(submission, orders: validation.resolved) { IngestSubmission.receiptName(id: $0, file: "crash.json") }
        #expect(game.receiptFiles("alpha").isEmpty)

        let restarted = try GameSession(folder: game.session.folder)
        let answered = try RecoverUnanswered(session: restarted).run()
        #expect(answered.map(\.status) == [.accepted])
        #expect(game.receiptFiles("alpha") == ["000001-crash.json"])
        #expect(!FileManager.default.fileExists(atPath: url.path))
        #expect(FileManager.default.fileExists(atPath: restarted.folder.receivedFolder("alpha").appendingPathComponent("000001-crash.json").path))
        #expect(try RecoverUnanswered(session: restarted).run().isEmpty)
        // A receipt a power cut left empty is written again.
        try Data().write(to: restarted.folder.receiptsFolder("alpha").appendingPathComponent("000001-crash.json"))
        #expect(try RecoverUnanswered(session: restarted).run().map(\.file) == ["crash.json"])
        #expect(try restarted.store.acceptedSubmissions(turn: 1).count == 1)
    }

    @Test func filesThatAreNotPlainOrderFilesAreRefusedAndKept() throws {
        let game = try TestGame()
        let orders = game.ordersFolder("alpha")
        try FileManager.default.createSymbolicLink(at: orders.appendingPathComponent("link.json"), withDestinationURL: URL(fileURLWithPath: "/etc/passwd"))
        #expect(try game.take("link.json", from: "alpha").errors.map(\.code.rawValue) == ["file.symlink"])
        #expect(mkfifo(orders.appendingPathComponent("pipe.json").path, 0o644) == 0)
        #expect(try game.take("pipe.json", from: "alpha").errors.map(\.code.rawValue) == ["file.fifo"])
        try FileManager.default.createDirectory(at: orders.appendingPathComponent("folder.json"), withIntermediateDirectories: false)
        #expect(try game.take("folder.json", from: "alpha").errors.map(\.code.rawValue) == ["file.directory"])
        #expect(try game.drop(Data(count: (1 << 20) + 1), as: "big.json", into: "alpha").errors.map(\.code.rawValue) == ["file.too_large"])
        #expect(try game.drop(Data([0xFF, 0xFE, 0x00, 0x81, 0x9C]), as: "garbage.json", into: "alpha").errors.map(\.code.rawValue) == ["file.not_text"])
        #expect(try game.drop(Data(), as: "empty.json", into: "alpha").errors.map(\.code.rawValue) == ["file.empty"])
        let full = game.orderFile("alpha")
        #expect(try game.drop(full.prefix(full.count / 2), as: "truncated.json", into: "alpha").errors.map(\.code.rawValue) == ["file.bad_json"])
        #expect(try game.drop(full, as: "orders.txt", into: "alpha").errors.map(\.code.rawValue) == ["file.unknown_format"])
        // Nothing is left in orders/, nothing is lost: every entry sits in received/.
        #expect(try FileManager.default.contentsOfDirectory(atPath: orders.path).isEmpty)
        let received = try FileManager.default.contentsOfDirectory(atPath: game.session.folder.receivedFolder("alpha").path)
        #expect(received.count == 8)
        #expect(game.receiptFiles("alpha").count == 8)
        #expect(try game.session.readiness().submitted.isEmpty)
    }

    @Test func anOpenGameNeedsNoToken() throws {
        let game = try TestGame(open: true)
        #expect(try game.drop(game.orderFile("alpha"), as: "a.json", into: "alpha").status == .accepted)
    }

    @Test func validateChecksWithoutRecordingAnything() throws {
        let game = try TestGame()
        let receipt = try IngestSubmission(session: game.session).check([UInt8](game.orderFile("alpha", turn: 5)), fileName: "x.json", slug: "alpha")
        #expect(receipt.status == .rejected)
        #expect(receipt.errors.map(\.code.rawValue) == ["header.future_turn"])
        #expect(game.receiptFiles("alpha").isEmpty)
        #expect(try game.session.store.acceptedSubmissions(turn: 1).isEmpty)
    }
}
