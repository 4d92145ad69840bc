public import Foundation
public import Games

/// The folder transport's layout of a game folder (DESIGN.md §4): one
/// folder per house with its drop folder, receipts, received files, views
/// and history, and the public summaries.
extension GameFolder {
    public var housesFolder: URL { url.appendingPathComponent("houses", isDirectory: true) }
    public var publicFolder: URL { url.appendingPathComponent("public", isDirectory: true) }
    public var summaryFolder: URL { publicFolder.appendingPathComponent("summary", isDirectory: true) }

    public func houseFolder(_ slug: String) -> URL { housesFolder.appendingPathComponent(slug, isDirectory: true) }
    public func ordersFolder(_ slug: String) -> URL { houseFolder(slug).appendingPathComponent("orders", isDirectory: true) }
    public func receiptsFolder(_ slug: String) -> URL { houseFolder(slug).appendingPathComponent("receipts", isDirectory: true) }
    public func receivedFolder(_ slug: String) -> URL { houseFolder(slug).appendingPathComponent("received", isDirectory: true) }
    public func historyFolder(_ slug: String) -> URL { houseFolder(slug).appendingPathComponent("history", isDirectory: true) }
    public func viewFile(_ slug: String) -> URL { houseFolder(slug).appendingPathComponent("view.json") }
    public func viewBriefFile(_ slug: String) -> URL { houseFolder(slug).appendingPathComponent("view.md") }
    public func mapFile(_ slug: String) -> URL { houseFolder(slug).appendingPathComponent("map.json") }

    /// Creates the drop, receipt and history folders of each house and the public folder.
    func createLayout(slugs: [String]) throws {
        let manager = FileManager.default
        for slug in slugs {
            for folder in [ordersFolder(slug), receiptsFolder(slug), receivedFolder(slug), historyFolder(slug)] {
                try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            }
        }
        try manager.createDirectory(at: summaryFolder, withIntermediateDirectories: true)
    }
}

/// The folder transport's part in creating a game: its folders, and views
/// players can read before any daemon runs.
public enum FolderLayout {
    public static let prepare: GamePreparation = { session in
        try session.folder.createLayout(slugs: session.slugs)
        try ViewFiles(session: session).publishCurrent()
    }
}
