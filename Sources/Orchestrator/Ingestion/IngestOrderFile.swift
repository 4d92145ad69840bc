internal import Digest
internal import Engine
public import Foundation
internal import Storage

/// Takes one file from a house's `orders/` folder: reads it safely, records
/// it byte for byte with its verdict, moves it to `received/`, and answers
/// with a receipt. A file is judged whole; a rejected file never displaces the
/// house's accepted orders; the same bytes as the house's latest file this
/// turn are a duplicate and get the same answer.
public struct IngestOrderFile {
    let session: GameSession
    let now: Date

    public init(session: GameSession, now: Date = Date()) {
        self.session = session
        self.now = now
    }

    /// Takes the file and answers it; nil when the file vanished before it could be read.
    public func run(_ entry: DropEntry, slug: String) throws -> Receipt? {
        guard let house = session.house(slug: slug) else {
            throw OrchestratorError(code: "ingest.unknown_house_folder", message: "houses/\(slug) is not a house of this game")
        }
        guard let (raw, refusal) = read(entry) else { return nil }
        let sha = SHA256.hex(raw)
        let format = OrderFile.format(ofFileNamed: entry.name)
        let receivedAt = Int64(now.timeIntervalSince1970)

        if refusal == nil, !raw.isEmpty, let latest = try session.store.latestSubmission(houseID: house.id, turn: session.turn), latest.sha256 == sha {
            let record = SubmissionRecord(
                gameId: session.id, houseId: house.id, turn: session.turn, fileName: entry.name, format: format.rawValue,
                raw: Data(raw), sha256: sha, status: "duplicate", errorsJson: nil, receiptName: nil, receivedAt: receivedAt
            )
            let stored = try session.store.recordSubmission(record, resolved: nil) { Self.receiptName(id: $0, file: entry.name) }
            let keptAs = keep(entry, slug: slug, as: stored)
            return try writeReceipt(for: stored, slug: slug, turn: session.turn, errors: [], keptAs: keptAs, duplicateOf: latest.receiptName)
        }
        let judged = judge(raw, format: format, house: house, refusal: refusal)
        let accepted = judged.errors.isEmpty && judged.resolved != nil
        // Recorded under the game's turn at receipt, whatever turn the file claims:
        // the same bytes sent again in a later turn are judged again.
        let record = SubmissionRecord(
            gameId: session.id, houseId: house.id, turn: session.turn, fileName: entry.name,
            format: format.rawValue, raw: Data(raw), sha256: sha, status: accepted ? "accepted" : "rejected",
            errorsJson: judged.errors.isEmpty ? nil : try Self.json(judged.errors), receiptName: nil, receivedAt: receivedAt
        )
        let stored = try session.store.recordSubmission(record, resolved: accepted ? judged.resolved : nil) { id in
            Self.receiptName(id: id, file: entry.name)
        }
        let keptAs = keep(entry, slug: slug, as: stored)
        return try writeReceipt(for: stored, slug: slug, turn: judged.file?.turn ?? session.turn, errors: judged.errors, keptAs: keptAs, duplicateOf: nil)
    }

    /// Moves the file out of orders/ into received/, under its receipt's number.
    /// Returns where it went (relative to the game folder); nil if it could not
    /// be moved (its bytes are in the database either way).
    func keep(_ entry: DropEntry, slug: String, as record: SubmissionRecord) -> String? {
        let folder = session.folder.receivedFolder(slug)
        let name = Self.keptName(id: record.id ?? 0, file: entry.name)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        guard rename(entry.url.path, folder.appendingPathComponent(name).path) == 0 else { return nil }
        return "houses/\(slug)/received/\(name)"
    }

    @discardableResult
    func writeReceipt(for record: SubmissionRecord, slug: String, turn: Int, errors: [SubmissionError], keptAs: String?, duplicateOf: String?) throws -> Receipt {
        let readiness = try session.readiness()
        let receipt = Receipt(
            file: record.fileName, keptAs: keptAs ?? "", sha256: record.sha256,
            receivedAt: Self.iso8601(Date(timeIntervalSince1970: TimeInterval(record.receivedAt))),
            status: Receipt.Status(rawValue: record.status) ?? .rejected, game: session.id, house: slug,
            turn: turn, errors: errors,
            ordersInForce: try session.store.ordersInForce(houseID: record.houseId, turn: session.turn),
            waitingFor: readiness.awaited, duplicateOf: duplicateOf
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let folder = session.folder.receiptsFolder(slug)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // The submission is already durable in the database; after a power cut a
        // missing or damaged receipt is written again (RecoverUnanswered), so
        // the receipt itself skips the fsyncs that would delay the answer.
        try AtomicFile.write(
            try encoder.encode(receipt),
            to: folder.appendingPathComponent(record.receiptName ?? Self.receiptName(id: record.id ?? 0, file: record.fileName)),
            durable: false
        )
        return receipt
    }

    /// `<seq>-<file name>`: the received file, next to nothing it could clash with.
    static func keptName(id: Int64, file: String) -> String { String(format: "%06lld-%@", id, file) }

    /// `<seq>-<file name without .json/.kdl>.json`.
    static func receiptName(id: Int64, file: String) -> String {
        var stem = file
        for suffix in [".json", ".kdl"] where stem.lowercased().hasSuffix(suffix) { stem.removeLast(suffix.count) }
        return String(format: "%06lld-%@.json", id, stem)
    }

    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func iso8601(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().dateSeparator(.dash).time(includingFractionalSeconds: true).timeSeparator(.colon).timeZone(separator: .omitted))
    }
}
