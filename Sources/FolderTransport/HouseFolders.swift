public import Foundation
public import Games

/// The folder transport's layout of a game folder (DESIGN.md §4): one
/// self-contained folder per house (drop folder, receipts, received files,
/// views, history, copies of the public files), and the public summaries.
extension GameFolder {
    public var housesFolder: URL { url.appendingPathComponent("houses", isDirectory: true) }
    public var publicFolder: URL { url.appendingPathComponent("public", isDirectory: true) }
    public var summaryFolder: URL { publicFolder.appendingPathComponent("summary", isDirectory: true) }

    public func houseFolder(_ slug: String) -> URL { housesFolder.appendingPathComponent(slug, isDirectory: true) }
    public func ordersFolder(_ slug: String) -> URL { houseFolder(slug).appendingPathComponent("orders", isDirectory: true) }
    public func receiptsFolder(_ slug: String) -> URL { houseFolder(slug).appendingPathComponent("receipts", isDirectory: true) }
    public func receivedFolder(_ slug: String) -> URL { houseFolder(slug).appendingPathComponent("received", isDirectory: true) }
    public func historyFolder(_ slug: String) -> URL { houseFolder(slug).appendingPathComponent("history", isDirectory: true) }
    /// The house's copies of the public files, so one share per house is enough.
    public func housePublicFolder(_ slug: String) -> URL { houseFolder(slug).appendingPathComponent("public", isDirectory: true) }
    public func viewFile(_ slug: String) -> URL { houseFolder(slug).appendingPathComponent("view.json") }
    public func viewBriefFile(_ slug: String) -> URL { houseFolder(slug).appendingPathComponent("view.md") }
    public func mapFile(_ slug: String) -> URL { houseFolder(slug).appendingPathComponent("map.json") }
}

/// The folders inside `houses/<slug>/`.
public enum HouseSubfolder: String, Sendable, CaseIterable {
    case orders, receipts, received, history
    case publicCopies = "public"
}

/// The files the daemon writes directly in `houses/<slug>/`.
public enum HouseFile {
    public static let view = "view.json"
    /// Written by the views (view.md, map.json); checked like the others.
    public static let all = ["view.json", "view.md", "map.json"]
}

/// The folder transport's part in creating a game: its folders, each house's
/// group when it has one, and views players can read before any daemon runs.
public enum FolderLayout {
    public static let prepare: GamePreparation = prepare(groups: HouseGroups())

    /// - Parameter groups: the houses given a Unix group of their own (`ec4x new --group`).
    public static func prepare(groups: HouseGroups) -> GamePreparation {
        { session in
            try groups.requireKnown(slugs: session.slugs)
            let handles = try GameFolderHandles(session.folder)
            for slug in session.slugs {
                let house = try handles.house(slug)
                if let group = groups.gid(for: slug) { try house.give(toGroup: group) }
                for subfolder in HouseSubfolder.allCases {
                    _ = try handles.subfolder(subfolder, of: house)
                }
            }
            _ = try handles.summaryFolder()
            _ = try handles.controlFolder()
            try ViewFiles(session: session).publishCurrent()
        }
    }
}
