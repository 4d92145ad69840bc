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
        let handles = try GameFolderHandles(session.folder)
        var written: [Receipt] = []
        // A crash can only have cut short the answers of the last moments: files
        // of this turn, or of the previous one if it resolved just before.
        for stored in try session.store.submissionHeaders(sinceTurn: session.turn - 1) {
            guard let slug = slugByHouse[stored.houseID], !stored.receiptName.isEmpty,
                !receipts.isWhole(named: stored.receiptName, slug: slug)
            else { continue }
            var keptAs: String? = FolderIngestion.keptPath(slug: slug, name: FolderIngestion.keptName(id: stored.id, file: stored.fileName))
            if let orders = try? handles.existingOrders(of: slug),
                let entry = DropEntry.inspect(stored.fileName, in: orders, url: session.folder.ordersFolder(slug)), isSameFile(entry, in: orders, as: stored)
            {
                var faults: [FolderFault] = []
                keptAs = folder.keep(entry, from: orders, slug: slug, as: stored, handles: handles, faults: &faults)
            }
            let duplicateOf = stored.status == .duplicate ? try ingest.earlierReceipt(of: stored) : nil
            let receipt = try ingest.receipt(for: stored, duplicateOf: duplicateOf, keptAs: keptAs ?? "")
            // A house whose receipts/ is not a real folder gets no file; the others still do.
            guard (try? receipts.write(receipt, named: stored.receiptName, slug: slug, handles: handles)) != nil else { continue }
            written.append(receipt)
        }
        return written
    }

    /// Whether the file still in orders/ is the one this record was made from.
    func isSameFile(_ entry: DropEntry, in orders: DirectoryHandle, as stored: StoredSubmission) -> Bool {
        guard entry.kind == .regularFile else { return true }
        guard case .bytes(let bytes) = DropFileReader.read(entry.name, in: orders) else { return false }
        return SHA256.hex(bytes) == stored.sha256
    }
}
