import Engine
import Foundation
import GRDB
import PlayerProtocol
import Testing
import TestSupport
@testable import Storage

@Suite struct RedactStoredTokensTests {
    @Test func filesRecordedWithTheirTokenLoseItAndKeepTheirChecksum() throws {
        let folder = try TemporaryFolder()
        let store = GameStore(database: try GameDatabase.create(inFolder: folder.url))
        let setup = GameSetup.standard(players: 2, name: "Old Game")
        let state = try InitialStateBuilder.build(setup: setup, seed: 3)
        let token = "00112233445566778899aabbccddeeff"
        let alpha = state.houses[0].id
        try store.insertNewGame(
            state,
            NewGameRecord(
                setup: setup, tokenHashes: [alpha: HouseToken.hash(token)], turnDeadline: nil, pollIntervalSeconds: 30,
                dataDirectory: folder.url.path, createdAt: 1))
        let sent = Array(#"{"game":"g","house":"alpha","turn":1,"token":"\#(token)","fleet_orders":[]}"#.utf8)
        // As a database from before v16 holds it: the token as sent, once plain and once deflated.
        try store.database.writer.write { db in
            for (encoding, raw) in [("identity", sent), ("deflate", Deflate.compress(sent)!)] {
                try db.execute(
                    sql: """
                        INSERT INTO submissions (game_id, house_id, turn, file_name, format, raw, sha256, status, received_at, raw_encoding)
                        VALUES (?, ?, 1, 'old.json', 'json', ?, 'sent-sha', 'accepted', 1, ?)
                        """, arguments: [state.game.id, alpha, Data(raw), encoding])
            }
            try RedactStoredTokens.run(db)
        }
        let stored = try store.submissions(houseID: alpha, sha256: "sent-sha")
        #expect(stored.count == 2)
        for submission in stored {
            let text = String(decoding: submission.raw, as: UTF8.self)
            #expect(!text.contains(token))
            #expect(text.contains(#""token":"<redacted>""#))
        }
    }
}
