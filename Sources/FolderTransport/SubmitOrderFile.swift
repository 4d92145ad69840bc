public import Foundation
public import Games
public import PlayerProtocol

/// `ec4x submit`: checks a file, then places it in the house's drop folder
/// atomically (hidden temporary name, then a link), through the handle of the real drop folder, where the daemon takes it.
public struct SubmitOrderFile {
    let session: GameSession

    public init(session: GameSession) {
        self.session = session
    }

    /// Returns the check's receipt and, when accepted, where the file was placed.
    public func run(bytes: [UInt8], fileName: String, slug: String) throws -> (receipt: Receipt, placed: URL?) {
        let receipt = try IngestSubmission(session: session).check(bytes, fileName: fileName, slug: slug)
        guard receipt.status == .accepted else { return (receipt, nil) }
        let url = session.folder.ordersFolder(slug)
        let folder = try GameFolderHandles(session.folder).existingOrders(of: slug)
        let stem = (fileName as NSString).deletingPathExtension
        let suffix = (fileName as NSString).pathExtension
        for counter in 1...1000 {
            let name = counter == 1 ? fileName : "\(stem)-\(counter).\(suffix)"
            if try folder.writeNew(Data(bytes), to: name) {
                return (receipt, url.appendingPathComponent(name))
            }
        }
        throw GamesError(.noFreeName, "orders/ already holds 1000 files named like \(fileName)")
    }
}
