public import Foundation
public import Games
public import PlayerProtocol

/// `ec4x submit`: checks a file, then places it in the house's drop folder
/// atomically (hidden temporary name, then rename), where the daemon takes it.
public struct SubmitOrderFile {
    let session: GameSession

    public init(session: GameSession) {
        self.session = session
    }

    /// Returns the check's receipt and, when accepted, where the file was placed.
    public func run(bytes: [UInt8], fileName: String, slug: String) throws -> (receipt: Receipt, placed: URL?) {
        let receipt = try IngestSubmission(session: session).check(bytes, fileName: fileName, slug: slug)
        guard receipt.status == .accepted else { return (receipt, nil) }
        let folder = session.folder.ordersFolder(slug)
        let stem = (fileName as NSString).deletingPathExtension
        let suffix = (fileName as NSString).pathExtension
        for counter in 1...1000 {
            let name = counter == 1 ? fileName : "\(stem)-\(counter).\(suffix)"
            if try AtomicFile.writeNew(Data(bytes), to: folder.appendingPathComponent(name)) {
                return (receipt, folder.appendingPathComponent(name))
            }
        }
        throw GamesError(.noFreeName, "orders/ already holds 1000 files named like \(fileName)")
    }
}
