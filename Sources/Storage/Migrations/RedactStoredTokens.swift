internal import Foundation
internal import GRDB
internal import PlayerProtocol

/// v16: files recorded before tokens were redacted on arrival get the same
/// redaction now (players.md §4), so no database holds a house's token.
/// `sha256` stays that of the bytes as sent; a deflated file stays deflated.
enum RedactStoredTokens {
    static func run(_ db: Database) throws {
        var hashes: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, token_hash FROM houses WHERE token_hash IS NOT NULL") {
            hashes[row["id"]] = row["token_hash"]
        }
        var changed: [(id: Int64, raw: Data)] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT id, house_id, format, raw, raw_encoding FROM submissions")
        while let row = try rows.next() {
            let stored: Data = row["raw"]
            let deflated = (row["raw_encoding"] as String) == "deflate"
            let bytes = deflated ? try Deflate.decompress([UInt8](stored)) : [UInt8](stored)
            let format = OrderFile.Format(rawValue: row["format"]) ?? .unknown
            let redacted = TokenRedaction.redact(bytes, format: format, tokenHash: hashes[row["house_id"]])
            guard redacted != bytes else { continue }
            let raw = deflated ? Deflate.compress(redacted).map { Data($0) } : Data(redacted)
            // A file that would not deflate again is kept as it was rather than half-changed.
            guard let raw else { continue }
            changed.append((row["id"], raw))
        }
        for (id, raw) in changed {
            try db.execute(sql: "UPDATE submissions SET raw = ? WHERE id = ?", arguments: [raw, id])
        }
    }
}
