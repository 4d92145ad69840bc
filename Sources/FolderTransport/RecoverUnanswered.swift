internal import Digest
public import Foundation
public import Games
public import PlayerProtocol
internal import Storage

/// Every file that was recorded but not answered (a crash, a full disk, a
/// receipt folder that could not be written) gets its receipt, whatever its
/// turn, and a file still lying in `orders/` that was already recorded is
/// moved to `received/` instead of being judged a second time. The database
/// says which files those are (`pending_receipts`); the daemon runs this at
/// start and on every pass.
public struct RecoverUnanswered {
    let session: GameSession

    public init(session: GameSession) {
        self.session = session
    }

    /// The receipts it wrote. Stops at the first receipt that cannot be
    /// written (the cause is likely the same for the next) and throws it.
    ///
    /// - Parameter afterRestart: also look at every receipt of this turn and
    ///   the previous one. Receipts are written without fsync, so a power cut
    ///   may empty one whose file is marked answered; only the last moments
    ///   before a restart can have been cut short.
    public func run(afterRestart: Bool = true) throws -> [Receipt] {
        var pending = try session.store.pendingReceipts()
        if afterRestart {
            let known = Set(pending.map(\.id))
            let slugByHouse = Dictionary(uniqueKeysWithValues: session.houses.map { ($0.id, $0.slug) })
            let receipts = ReceiptFiles(session: session)
            let lost = try session.store.submissionHeaders(sinceTurn: session.turn - 1).filter { stored in
                guard !known.contains(stored.id), let slug = slugByHouse[stored.houseID], !stored.receiptName.isEmpty else { return false }
                return !receipts.isWhole(named: stored.receiptName, slug: slug)
            }
            pending = (pending + lost).sorted { $0.id < $1.id }
        }
        guard !pending.isEmpty else { return [] }
        let slugByHouse = Dictionary(uniqueKeysWithValues: session.houses.map { ($0.id, $0.slug) })
        let ingest = IngestSubmission(session: session)
        let receipts = ReceiptFiles(session: session)
        let folder = FolderIngestion(session: session)
        let handles = try GameFolderHandles(session.folder)
        var written: [Receipt] = []
        for var stored in pending {
            // A name recorded before names were cut to NAME_MAX could never be written: use the cut one.
            if stored.receiptName.utf8.count > FileNameSafety.storedNameMax {
                stored.receiptName = IngestSubmission.receiptName(id: stored.id, file: stored.fileName)
            }
            guard let slug = slugByHouse[stored.houseID], !stored.receiptName.isEmpty else {
                try session.store.markReceiptWritten(stored.id)
                continue
            }
            // Written before a crash or a failed mark: only the mark was missing.
            if receipts.isWhole(named: stored.receiptName, slug: slug) {
                try session.store.markReceiptWritten(stored.id)
                continue
            }
            var keptAs: String? = FolderIngestion.keptPath(slug: slug, name: FolderIngestion.keptName(id: stored.id, file: stored.fileName))
            if let orders = try? handles.existingOrders(of: slug),
                let entry = DropEntry.inspect(stored.fileName, in: orders, url: session.folder.ordersFolder(slug)), isSameFile(entry, in: orders, as: stored)
            {
                var faults: [FolderFault] = []
                keptAs = folder.keep(entry, from: orders, slug: slug, as: stored, handles: handles, faults: &faults)
            }
            let duplicateOf = stored.status == .duplicate ? try ingest.earlierReceipt(of: stored) : nil
            let receipt = try ingest.receipt(for: stored, duplicateOf: duplicateOf, keptAs: keptAs ?? "")
            do {
                try receipts.write(receipt, named: stored.receiptName, slug: slug, handles: handles)
            } catch is SafePathError {
                // A house whose receipts/ is not a real folder gets no file (a fault, reported); the others still do.
                try session.store.markReceiptWritten(stored.id)
                continue
            }
            try session.store.markReceiptWritten(stored.id)
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
