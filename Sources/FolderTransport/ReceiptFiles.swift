internal import Foundation
public import Games
public import PlayerProtocol

/// Receipts as files: `houses/<slug>/receipts/<seq>-<file>.json`, written
/// through the handle of the house's real `receipts/` folder.
struct ReceiptFiles {
    let session: GameSession

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    func write(_ receipt: Receipt, named name: String, slug: String, handles: GameFolderHandles? = nil) throws {
        let folder = try (handles ?? GameFolderHandles(session.folder)).subfolder(.receipts, of: slug)
        // The submission is already durable in the database; after a power cut a
        // missing or damaged receipt is written again (RecoverUnanswered), so
        // the receipt itself skips the fsyncs that would delay the answer.
        try folder.write(try Self.encoder.encode(receipt), to: name, durable: false)
    }

    /// A receipt that exists and parses: receipts are written without fsync,
    /// so one caught by a power cut may be empty.
    func isWhole(named name: String, slug: String) -> Bool {
        guard let folder = try? GameFolderHandles(session.folder).subfolder(.receipts, of: slug),
            let data = try? folder.contents(of: name), !data.isEmpty
        else { return false }
        return (try? JSONSerialization.jsonObject(with: data)) != nil
    }
}
