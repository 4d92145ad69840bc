#if canImport(Glibc)
    internal import Glibc
#endif
public import Foundation
public import Games

/// How a host exports a game on a LAN (`ec4x share`, DESIGN.md §4, Trust):
/// one share per house, each its own folder only, used by one user; a
/// read-only share of the public files; never the game folder, `houses/` or
/// the database. Read from the folders as they are (owner, group), so it
/// describes what Unix permissions will actually allow.
public struct ShareConfiguration: Sendable, Equatable {
    public struct HouseShare: Sendable, Equatable {
        public var slug: String
        public var share: String
        public var folder: String
        /// The house's own group (`ec4x new --group`); nil when the folder has none.
        public var group: String?
        public var user: String
    }

    public var gameID: String
    public var gameName: String
    public var houses: [HouseShare]
    public var publicShare: String
    public var publicFolder: String
    /// The group Samba reads the public files as: the public folder's own.
    public var publicGroup: String
    /// The owner of the game folder, whom Samba acts as for a house without a group.
    public var owner: String
    /// Folders above the houses that other users cannot pass through.
    public var closedAncestors: [String]

    /// - Parameters:
    ///   - prefix: put before every share name (several games on one host).
    ///   - users: a Samba user per house slug; by default the house's group
    ///     name (a user of the same name, in that group), else `ec4x-<slug>`.
    public static func read(_ folder: GameFolder, name: String, slugs: [String], prefix: String = "", users: [String: String] = [:]) throws(SafePathError)
        -> ShareConfiguration
    {
        let handles = try GameFolderHandles(folder)
        var houses: [HouseShare] = []
        for slug in slugs.sorted() {
            let house = try handles.house(slug)
            var info = stat()
            let grouped = fstat(house.descriptor, &info) == 0 && info.st_mode & S_ISGID != 0
            let group = grouped ? HouseGroups.name(of: info.st_gid) : nil
            houses.append(
                HouseShare(
                    slug: slug, share: prefix + slug, folder: folder.houseFolder(slug).path, group: group,
                    user: users[slug] ?? group ?? "ec4x-\(slug)"))
        }
        var info = stat()
        let publicFolder = try handles.publicFolder()
        let publicGroup = fstat(publicFolder.descriptor, &info) == 0 ? HouseGroups.name(of: info.st_gid) : "root"
        let owner = fstat(handles.game.descriptor, &info) == 0 ? Self.userName(of: info.st_uid) : "root"
        return ShareConfiguration(
            gameID: folder.id, gameName: name, houses: houses, publicShare: prefix + "public", publicFolder: folder.publicFolder.path,
            publicGroup: publicGroup, owner: owner, closedAncestors: Self.closedAncestors(of: folder.housesFolder))
    }

    /// Every folder from `/` down to `folder` that "other" may not pass through (no x bit).
    static func closedAncestors(of folder: URL) -> [String] {
        var closed: [String] = []
        var current = folder.standardizedFileURL
        while current.path != "/" {
            var info = stat()
            if stat(current.path, &info) == 0, info.st_mode & 0o001 == 0 { closed.append(current.path) }
            current.deleteLastPathComponent()
        }
        return closed.reversed()
    }

    static func userName(of id: uid_t) -> String {
        var user = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 16384)
        guard getpwuid_r(id, &user, &buffer, buffer.count, &result) == 0, result != nil else { return "\(id)" }
        return String(cString: user.pw_name)
    }
}
