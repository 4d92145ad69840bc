internal import Foundation
public import Games
public import PlayerProtocol

/// Receipts as files: `houses/<slug>/receipts/<seq>-<file>.json`.
struct ReceiptFiles {
    let session: GameSession

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    func url(named name: String, slug: String) -> URL {
        session.folder.receiptsFolder(slug).appendingPathComponent(name)
    }

    func write(_ receipt: Receipt, named name: String, slug: String) throws {
        try FileManager.default.createDirectory(at: session.folder.receiptsFolder(slug), withIntermediateDirectories: true)
        // The submission is already durable in the database; after a power cut a
        // missing or damaged receipt is written again (RecoverUnanswered), so
        // the receipt itself skips the fsyncs that would delay the answer.
        try AtomicFile.write(try Self.encoder.encode(receipt), to: url(named: name, slug: slug), durable: false)
    }

    /// A receipt that exists and parses: receipts are written without fsync,
    /// so one caught by a power cut may be empty.
    func isWhole(named name: String, slug: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: url(named: name, slug: slug).path), !data.isEmpty else { return false }
        return (try? JSONSerialization.jsonObject(with: data)) != nil
    }
}
