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
/// and writes the receipt beside the others.
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
        guard let (raw, unreadable) = DropFileReader.take(entry) else { return nil }
        let outcome = try IngestSubmission(session: session, now: now).run(
            IncomingSubmission(house: slug, fileName: entry.name, bytes: raw, refusal: unreadable ?? refusal, origin: .folder)
        )
        var receipt = outcome.receipt
        let redacted = unreadable == nil ? outcome.stored.raw : nil
        receipt.keptAs = keep(entry, slug: slug, as: outcome.stored, redacted: redacted) ?? ""
        do {
            try ReceiptFiles(session: session).write(receipt, named: outcome.stored.receiptName, slug: slug)
        } catch {
            throw ReceiptNotWritten(receiptName: outcome.stored.receiptName, cause: error)
        }
        // The receipt is out; if this mark fails the pending row only makes
        // recovery look at a whole receipt and mark it then.
        try? session.store.markReceiptWritten(outcome.stored.id)
        return receipt
    }

    /// Moves the file out of orders/ into received/, under its receipt's number.
    /// A file that was read is kept as recorded, token redacted (a new file;
    /// the one in orders/ is removed); anything else is moved as it is.
    /// Returns where it went (relative to the game folder); nil if it could
    /// not be kept (its bytes are in the database either way).
    func keep(_ entry: DropEntry, slug: String, as stored: StoredSubmission, redacted: [UInt8]? = nil) -> String? {
        let folder = session.folder.receivedFolder(slug)
        let name = Self.keptName(id: stored.id, file: entry.name)
        let target = folder.appendingPathComponent(name)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if entry.kind == .regularFile, let bytes = redacted ?? redactedCopy(entry, slug: slug) {
            guard (try? AtomicFile.write(Data(bytes), to: target, durable: false)) != nil, unlink(entry.url.path) == 0 || errno == ENOENT else { return nil }
        } else {
            guard rename(entry.url.path, target.path) == 0 else { return nil }
        }
        return Self.keptPath(slug: slug, name: name)
    }

    /// The file in orders/, read again and redacted (after a restart, when only its record's header is at hand).
    func redactedCopy(_ entry: DropEntry, slug: String) -> [UInt8]? {
        guard case .bytes(let bytes) = DropFileReader.read(entry.url) else { return nil }
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
