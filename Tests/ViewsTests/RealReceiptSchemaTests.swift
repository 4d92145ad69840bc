import Engine
import Foundation
@testable import Games
@testable import FolderTransport
@testable import Daemon
@testable import PlayerProtocol
import Testing
import TestSupport
import Views

/// Receipts written by the real ingestion path, for every status, must match
/// the receipt schema players validate against.
@Suite struct RealReceiptSchemaTests {
    @Test func receiptsOfEveryKindMatchTheSchema() throws {
        let folder = try TemporaryFolder()
        let root = folder.url
        let data = DataDirectory(path: root.appendingPathComponent("data").path)
        let created = try CreateGame(data: data, prepare: FolderLayout.prepare).run(NewGameRequest(setup: GameSetup.standard(players: 2), seed: 77))
        let session = try GameSession(folder: data.gameFolder(id: created.id))
        let token = created.houses.first { $0.slug == "alpha" }?.token ?? ""
        let fleet = session.state.fleets.first { $0.ownerHouseID == session.state.house(slug: "alpha")?.id }!
        let good = #"{"game":"\#(created.id)","house":"alpha","turn":1,"token":"\#(token)","fleet_orders":[{"fleet":"\#(fleet.id)","order":"hold"}]}"#
        let files: [(String, String)] = [
            ("good.json", good),
            ("again.json", good),
            ("bad.json", #"{"game":"\#(created.id)","house":"beta","turn":3,"fleet_orders":[{"fleet":"nope-nope-nope","order":"fly"}],"x":1}"#),
            ("bad.kdl", "game \"\(created.id)\"\nhouse alpha\nturn 1\nfleet_orders {\n    - fleet=#true order=\"hold\"\n}\n"),
            ("broken.kdl", "game \"unterminated\n"),
        ]
        let validator = try SchemaValidator(schema: ProtocolSchemas.receipt)
        var statuses: [String] = []
        for (name, text) in files {
            let url = session.folder.ordersFolder("alpha").appendingPathComponent(name)
            try Data(text.utf8).write(to: url)
            let receipt = try FolderIngestion(session: session).run(DropEntry.inspect(url)!, slug: "alpha")
            statuses.append(receipt?.status.rawValue ?? "gone")
        }
        let receipts = try FileManager.default.contentsOfDirectory(atPath: session.folder.receiptsFolder("alpha").path).sorted()
        #expect(receipts.count == files.count)
        for name in receipts {
            let problems = try validator.validate(Data(contentsOf: session.folder.receiptsFolder("alpha").appendingPathComponent(name)))
            #expect(problems.isEmpty, "\(name): \(problems)")
        }
        #expect(statuses == ["accepted", "duplicate", "rejected", "rejected", "rejected"])
    }
}
