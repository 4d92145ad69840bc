#if canImport(Glibc)
    import Glibc
#endif
internal import Engine
public import Foundation
public import Games
public import PlayerProtocol
internal import Storage

/// Takes one file from a house's `orders/` folder: reads it safely, hands it
/// to `IngestSubmission`, moves it to `received/` under its receipt's number,
/// and writes the receipt beside the others. Every step goes through
/// directory handles of the real house folders; a `received/` or
/// `receipts/` that is not a real folder is reported and left alone.
public struct FolderIngestion {
    let session: GameSession
    let now: Date

    public init(session: GameSession, now: Date = Date()) {
        self.session = session
        self.now = now
    }

    /// The file was recorded (and is in force if accepted) but its receipt
    /// could not be written: it is pending in the database and is written later.
    public struct ReceiptNotWritten: Error, CustomStringConvertible {
        public var receiptName: String
        public var cause: any Error

        public var description: String { "its receipt \(receiptName) could not be written: \(cause)" }
    }

    /// Takes the file and answers it; nil when the file vanished before it could be read.
    ///
    /// - Parameter refusal: the transport's reason not to judge the file (its
    ///   house is over quota); the bytes are still read, recorded and kept.
    /// - Throws: what kept the file from being recorded (it stays in orders/),
    ///   or `ReceiptNotWritten` once it is recorded.
    public func run(_ entry: DropEntry, slug: String, refusal: SubmissionError? = nil) throws -> Receipt? {
        try runReportingFaults(entry, slug: slug, refusal: refusal)?.receipt
    }

    /// As `run`, with what the house's folder refused on the way.
    public func runReportingFaults(
        _ entry: DropEntry, slug: String, refusal: SubmissionError? = nil
    ) throws -> (receipt: Receipt, faults: [FolderFault])? {
        let handles = try GameFolderHandles(session.folder)
        let orders = try handles.existingOrders(of: slug)
        guard let (raw, unreadable) = DropFileReader.take(entry, in: orders) else { return nil }
        let outcome = try IngestSubmission(session: session, now: now).run(
            IncomingSubmission(house: slug, fileName: entry.name, bytes: raw, refusal: unreadable ?? refusal, origin: .folder)
        )
        var faults: [FolderFault] = []
        var receipt = outcome.receipt
        let bytes: KeptBytes = unreadable != nil ? .notAtHand : outcome.stored.raw == raw ? .unchanged : .redacted(outcome.stored.raw)
        receipt.keptAs = keep(entry, from: orders, slug: slug, as: outcome.stored, bytes: bytes, handles: handles, faults: &faults) ?? ""
        do {
            try ReceiptFiles(session: session).write(receipt, named: outcome.stored.receiptName, slug: slug, handles: handles)
        } catch let error as SafePathError {
            // The house's receipts/ is not a real folder: reported as a fault and left alone; the
            // answer is in the database, and retrying would only fail the same way.
            faults.append(FolderFault(error, house: slug, in: handles.game))
        } catch {
            throw ReceiptNotWritten(receiptName: outcome.stored.receiptName, cause: error)
        }
        // The receipt is out (or cannot be); if this mark fails the pending row only makes
        // recovery look at a whole receipt and mark it then.
        try? session.store.markReceiptWritten(outcome.stored.id)
        return (receipt, faults)
    }

    /// What is known of a file's bytes when it is kept.
    enum KeptBytes {
        /// Read and redacted: the copy is a new file of these bytes.
        case redacted([UInt8])
        /// Read, and nothing in it to redact (no token): the file itself is
        /// moved, which costs a rename where a new file costs an inode.
        case unchanged
        /// Not read (refused unread), or read before a restart: read again here.
        case notAtHand
    }

    /// Moves the file out of orders/ into received/, under its receipt's number.
    /// A file that was read is kept as recorded, token redacted (a new file; the
    /// one in orders/ is removed), or moved when there was nothing to redact;
    /// anything else is moved as it is, a regular file closed to all but its
    /// owner. Returns where it went (relative to the game folder). When received/ is not a real
    /// folder, or the file has another hard link, the file is only taken out of
    /// orders/ (its bytes are in the database either way) and nil returned.
    func keep(
        _ entry: DropEntry, from orders: DirectoryHandle, slug: String, as stored: StoredSubmission, bytes: KeptBytes = .notAtHand,
        handles: GameFolderHandles, faults: inout [FolderFault]
    ) -> String? {
        let name = Self.keptName(id: stored.id, file: entry.name)
        // Another name of the same file may be anyone's: the link goes, the file stays where it is.
        if entry.kind == .regularFile, let info = orders.status(of: entry.name), info.st_nlink > 1 {
            orders.remove(entry.name)
            return nil
        }
        do {
            let received = try handles.subfolder(.received, of: slug)
            let copy: [UInt8]? =
                switch bytes {
                case .redacted(let redacted): redacted
                case .unchanged: nil
                case .notAtHand: entry.kind == .regularFile ? redactedCopy(entry, from: orders, slug: slug) : nil
                }
            if let copy {
                try received.write(Data(copy), to: name, durable: false)
                orders.remove(entry.name)
            } else {
                try orders.move(entry.name, to: received, as: name)
                // The player's file keeps the house's modes, whatever its writer's umask was;
                // one that could not be read (over the size limit) could not be redacted
                // either: it may hold the house's token, so only its owner reads it.
                let mode = if case .unchanged = bytes { FileModes.file } else { FileModes.privateFile }
                if entry.kind == .regularFile { received.setMode(of: name, to: mode) }
            }
            return Self.keptPath(slug: slug, name: name)
        } catch {
            if error.code != .missing { faults.append(FolderFault(error, house: slug, in: handles.game)) }
            orders.remove(entry.name)
            return nil
        }
    }

    /// The file in orders/, read again and redacted (after a restart, when only its record's header is at hand).
    func redactedCopy(_ entry: DropEntry, from orders: DirectoryHandle, slug: String) -> [UInt8]? {
        guard case .bytes(let bytes) = DropFileReader.read(entry.name, in: orders) else { return nil }
        let hash = session.houses.first { $0.slug == slug }?.tokenHash
        return TokenRedaction.redact(bytes, format: .ofFile(named: entry.name), tokenHash: hash)
    }

    /// `<seq>-<file name>`: the received file, next to nothing it could clash
    /// with; escaped and cut to fit NAME_MAX, its extension kept.
    static func keptName(id: Int64, file: String) -> String {
        let (stem, suffix) = FileNameSafety.splitExtension(file)
        return FileNameSafety.fitted(prefix: String(format: "%06lld-", id), stem: stem, suffix: suffix)
    }

    static func keptPath(slug: String, name: String) -> String { "houses/\(slug)/received/\(name)" }
}
