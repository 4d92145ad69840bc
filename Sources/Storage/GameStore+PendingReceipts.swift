internal import Foundation
internal import GRDB

extension GameStore {
    /// The recorded files whose receipt is not yet written (without their
    /// bytes), oldest first, whatever their turn.
    public func pendingReceipts() throws -> [StoredSubmission] {
        try database.writer.read { db in
            try SubmissionRecord.fetchAll(
                db,
                sql: """
                    SELECT s.id, s.game_id, s.house_id, s.turn, s.file_name, s.format, x'' AS raw, s.sha256, s.status, s.errors_json,
                           s.receipt_name, s.received_at, 'identity' AS raw_encoding, s.more_errors, s.ready
                    FROM pending_receipts p JOIN submissions s ON s.id = p.submission_id ORDER BY s.id
                    """)
        }.map(StoredSubmission.init)
    }

    /// Notes that the receipt of submission `id` is on disk.
    ///
    /// Committed without waiting for the disk (`synchronous = NORMAL` for
    /// this one statement): a mark lost to a power cut costs nothing, since
    /// recovery finds the receipt whole and marks it then, while an fsync per
    /// file is a large part of a receipt's latency. The next durable commit
    /// carries it to the disk anyway.
    public func markReceiptWritten(_ id: Int64) throws {
        try database.writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            defer { try? db.execute(sql: "PRAGMA synchronous = FULL") }
            try db.run("DELETE FROM pending_receipts WHERE submission_id = ?", [id])
        }
    }

    /// How many files and bytes a house sent at a turn (stored bytes: a file
    /// kept deflated counts its deflated size).
    public func submissionUsage(houseID: String, turn: Int) throws -> (files: Int, bytes: Int64) {
        let gameID = try gameID()
        return try database.writer.read { db in
            let row = try Row.fetchOne(
                db,
                sql: "SELECT count(*) AS files, coalesce(sum(length(raw)), 0) AS bytes FROM submissions WHERE game_id = ? AND turn = ? AND house_id = ?",
                arguments: [gameID, turn, houseID])
            return (row?["files"] ?? 0, row?["bytes"] ?? 0)
        }
    }
}
