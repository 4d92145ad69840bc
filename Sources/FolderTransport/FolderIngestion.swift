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

    /// Takes the file and answers it; nil when the file vanished before it could be read.
    public func run(_ entry: DropEntry, slug: String) throws -> Receipt? {
        try runReportingFaults(entry, slug: slug)?.receipt
    }

    /// As `run`, with what the house's folder refused on the way.
    public func runReportingFaults(_ entry: DropEntry, slug: String) throws -> (receipt: Receipt, faults: [FolderFault])? {
        let handles = try GameFolderHandles(session.folder)
        let orders = try handles.existingOrders(of: slug)
        guard let (raw, refusal) = DropFileReader.take(entry, in: orders) else { return nil }
        let outcome = try IngestSubmission(session: session, now: now).run(
            IncomingSubmission(house: slug, fileName: entry.name, bytes: raw, refusal: refusal, origin: .folder)
        )
        var faults: [FolderFault] = []
        var receipt = outcome.receipt
        receipt.keptAs = keep(entry, from: orders, slug: slug, as: outcome.stored, handles: handles, faults: &faults) ?? ""
        do {
            try ReceiptFiles(session: session).write(receipt, named: outcome.stored.receiptName, slug: slug, handles: handles)
        } catch let error as SafePathError {
            faults.append(FolderFault(error, house: slug, in: handles.game))
        }
        return (receipt, faults)
    }

    /// Moves the file out of orders/ into received/, under its receipt's number.
    /// Returns where it went (relative to the game folder). When received/ is
    /// not a real folder, or the file has another hard link, the file is only
    /// taken out of orders/ (its bytes are in the database either way) and nil returned.
    func keep(
        _ entry: DropEntry, from orders: DirectoryHandle, slug: String, as stored: StoredSubmission, handles: GameFolderHandles, faults: inout [FolderFault]
    ) -> String? {
        let name = Self.keptName(id: stored.id, file: entry.name)
        // Another name of the same file may be anyone's: the link goes, the file stays where it is.
        if entry.kind == .regularFile, let info = orders.status(of: entry.name), info.st_nlink > 1 {
            orders.remove(entry.name)
            return nil
        }
        do {
            let received = try handles.subfolder(.received, of: slug)
            try orders.move(entry.name, to: received, as: name)
            // The player's file keeps the house's modes, whatever its writer's umask was.
            if entry.kind == .regularFile { received.setMode(of: name, to: FileModes.file) }
            return Self.keptPath(slug: slug, name: name)
        } catch {
            if error.code != .missing { faults.append(FolderFault(error, house: slug, in: handles.game)) }
            orders.remove(entry.name)
            return nil
        }
    }

    /// `<seq>-<file name>`: the received file, next to nothing it could clash with.
    static func keptName(id: Int64, file: String) -> String { String(format: "%06lld-%@", id, file) }

    static func keptPath(slug: String, name: String) -> String { "houses/\(slug)/received/\(name)" }
}
