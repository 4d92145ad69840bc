internal import Digest
public import Foundation
internal import Storage

/// After a crash: every file that was recorded but never answered gets its
/// receipt, and a file still lying in `orders/` that was already recorded is
/// moved to `received/` instead of being judged a second time.
public struct RecoverUnanswered {
    let session: GameSession

    public init(session: GameSession) {
        self.session = session
    }

    /// The receipts it wrote.
    public func run() throws -> [Receipt] {
        let slugByHouse = Dictionary(uniqueKeysWithValues: session.state.houses.map { ($0.id, $0.slug) })
        let ingest = IngestOrderFile(session: session)
        var written: [Receipt] = []
        // A crash can only have cut short the answers of the last moments: files
        // of this turn, or of the previous one if it resolved just before.
        for record in try session.store.submissionHeaders(sinceTurn: session.turn - 1) {
            guard let slug = slugByHouse[record.houseId], let receiptName = record.receiptName else { continue }
            let receiptURL = session.folder.receiptsFolder(slug).appendingPathComponent(receiptName)
            guard !Self.isWhole(receiptURL) else { continue }
            var keptAs: String? = "houses/\(slug)/received/\(IngestOrderFile.keptName(id: record.id ?? 0, file: record.fileName))"
            let left = session.folder.ordersFolder(slug).appendingPathComponent(record.fileName)
            if let entry = DropEntry.inspect(left), isSameFile(entry, as: record) {
                keptAs = ingest.keep(entry, slug: slug, as: record)
            }
            let errors = try record.errorsJson.map { try JSONDecoder().decode([SubmissionError].self, from: Data($0.utf8)) } ?? []
            let duplicateOf = record.status == "duplicate" ? try earlierReceipt(of: record) : nil
            written.append(try ingest.writeReceipt(for: record, slug: slug, turn: record.turn ?? session.turn, errors: errors, keptAs: keptAs, duplicateOf: duplicateOf))
        }
        return written
    }

    /// A receipt that exists and parses: receipts are written without fsync,
    /// so one caught by a power cut may be empty.
    static func isWhole(_ receipt: URL) -> Bool {
        guard let data = FileManager.default.contents(atPath: receipt.path), !data.isEmpty else { return false }
        return (try? JSONSerialization.jsonObject(with: data)) != nil
    }

    /// Whether the file still in orders/ is the one this record was made from.
    func isSameFile(_ entry: DropEntry, as record: SubmissionRecord) -> Bool {
        guard entry.kind == .regularFile else { return true }
        guard case .bytes(let bytes) = DropFileReader.read(entry.url) else { return false }
        return SHA256.hex(bytes) == record.sha256
    }

    func earlierReceipt(of record: SubmissionRecord) throws -> String? {
        try session.store.submissions(houseID: record.houseId, sha256: record.sha256)
            .last { ($0.id ?? 0) < (record.id ?? 0) && $0.status != "duplicate" }?.receiptName
    }
}
