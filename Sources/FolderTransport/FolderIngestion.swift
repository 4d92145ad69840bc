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

    /// Takes the file and answers it; nil when the file vanished before it could be read.
    public func run(_ entry: DropEntry, slug: String) throws -> Receipt? {
        guard let (raw, refusal) = DropFileReader.take(entry) else { return nil }
        let outcome = try IngestSubmission(session: session, now: now).run(
            IncomingSubmission(house: slug, fileName: entry.name, bytes: raw, refusal: refusal, origin: .folder)
        )
        var receipt = outcome.receipt
        let redacted = refusal == nil ? outcome.stored.raw : nil
        receipt.keptAs = keep(entry, slug: slug, as: outcome.stored, redacted: redacted) ?? ""
        try ReceiptFiles(session: session).write(receipt, named: outcome.stored.receiptName, slug: slug)
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
