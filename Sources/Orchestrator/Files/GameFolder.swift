public import Foundation

/// The files of one game, as DESIGN.md §4 lays them out.
public struct GameFolder: Sendable, Equatable {
    public let url: URL

    public init(url: URL) {
        self.url = url
    }

    public var id: String { url.lastPathComponent }
    public var databaseURL: URL { url.appendingPathComponent("ec4x.db") }
    public var housesFolder: URL { url.appendingPathComponent("houses", isDirectory: true) }
    public var publicFolder: URL { url.appendingPathComponent("public", isDirectory: true) }
    public var summaryFolder: URL { publicFolder.appendingPathComponent("summary", isDirectory: true) }

    public func houseFolder(_ slug: String) -> URL { housesFolder.appendingPathComponent(slug, isDirectory: true) }
    public func ordersFolder(_ slug: String) -> URL { houseFolder(slug).appendingPathComponent("orders", isDirectory: true) }
    public func receiptsFolder(_ slug: String) -> URL { houseFolder(slug).appendingPathComponent("receipts", isDirectory: true) }
    public func receivedFolder(_ slug: String) -> URL { houseFolder(slug).appendingPathComponent("received", isDirectory: true) }
    public func historyFolder(_ slug: String) -> URL { houseFolder(slug).appendingPathComponent("history", isDirectory: true) }
    public func viewFile(_ slug: String) -> URL { houseFolder(slug).appendingPathComponent("view.json") }

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
