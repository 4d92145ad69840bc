internal import Digest
public import Foundation
public import Games
public import PlayerProtocol
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
        let slugByHouse = Dictionary(uniqueKeysWithValues: session.houses.map { ($0.id, $0.slug) })
        let ingest = IngestSubmission(session: session)
        let receipts = ReceiptFiles(session: session)
        let folder = FolderIngestion(session: session)
        var written: [Receipt] = []
        // A crash can only have cut short the answers of the last moments: files
        // of this turn, or of the previous one if it resolved just before.
        for var stored in try session.store.submissionHeaders(sinceTurn: session.turn - 1) {
            // A name recorded before names were cut to NAME_MAX could never be written: use the cut one.
            if stored.receiptName.utf8.count > FileNameSafety.storedNameMax {
                stored.receiptName = IngestSubmission.receiptName(id: stored.id, file: stored.fileName)
            }
            guard let slug = slugByHouse[stored.houseID], !stored.receiptName.isEmpty,
                !receipts.isWhole(named: stored.receiptName, slug: slug)
            else { continue }
            var keptAs: String? = FolderIngestion.keptPath(slug: slug, name: FolderIngestion.keptName(id: stored.id, file: stored.fileName))
            let left = session.folder.ordersFolder(slug).appendingPathComponent(stored.fileName)
            if let entry = DropEntry.inspect(left), isSameFile(entry, as: stored) {
                keptAs = folder.keep(entry, slug: slug, as: stored)
            }
            let duplicateOf = stored.status == .duplicate ? try ingest.earlierReceipt(of: stored) : nil
            let receipt = try ingest.receipt(for: stored, duplicateOf: duplicateOf, keptAs: keptAs ?? "")
            try receipts.write(receipt, named: stored.receiptName, slug: slug)
            written.append(receipt)
        }
        return written
    }

    /// Whether the file still in orders/ is the one this record was made from.
    func isSameFile(_ entry: DropEntry, as stored: StoredSubmission) -> Bool {
        guard entry.kind == .regularFile else { return true }
        guard case .bytes(let bytes) = DropFileReader.read(entry.url) else { return false }
        return SHA256.hex(bytes) == stored.sha256
    }
}
