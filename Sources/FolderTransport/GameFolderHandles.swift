#if canImport(Glibc)
    internal import Glibc
#endif
public import Games

/// The real folders of one game, reached one component at a time through
/// directory handles (DESIGN.md §4): the game folder, `houses/<slug>/` and
/// its subfolders, `public/`, `.ec4x/`. A symlink or anything but a real
/// folder on the way is refused with a `SafePathError`, never followed; a
/// missing folder is created with the mode it should have.
public struct GameFolderHandles {
    public let game: DirectoryHandle

    public init(_ folder: GameFolder) throws(SafePathError) {
        game = try DirectoryHandle.open(folder.url)
    }

    public func houses() throws(SafePathError) -> DirectoryHandle {
        try game.folder("houses", creatingWith: FileModes.passage)
    }

    public func house(_ slug: String) throws(SafePathError) -> DirectoryHandle {
        try houses().folder(slug, creatingWith: FileModes.folder)
    }

    /// A house's subfolder; the drop folder of a house with a group of its
    /// own (setgid) is writable by the group, so its members can drop files.
    public func subfolder(_ subfolder: HouseSubfolder, of house: DirectoryHandle) throws(SafePathError) -> DirectoryHandle {
        let grouped = house.inheritedBits & S_ISGID != 0
        return try house.folder(subfolder.rawValue, creatingWith: subfolder == .orders && grouped ? FileModes.dropFolder : FileModes.folder)
    }

    public func subfolder(_ subfolder: HouseSubfolder, of slug: String) throws(SafePathError) -> DirectoryHandle {
        try self.subfolder(subfolder, of: try house(slug))
    }

    /// The drop folder is never created by the daemon's reads: a missing
    /// `orders/` is a fault the host sees in `ec4x status`.
    public func existingOrders(of slug: String) throws(SafePathError) -> DirectoryHandle {
        try houses().folder(slug).folder(HouseSubfolder.orders.rawValue)
    }

    public func publicFolder() throws(SafePathError) -> DirectoryHandle {
        try game.folder("public", creatingWith: FileModes.folder)
    }

    public func summaryFolder() throws(SafePathError) -> DirectoryHandle {
        try publicFolder().folder("summary", creatingWith: FileModes.folder)
    }

    /// `.ec4x/`: the daemon's markers, the owner's alone.
    public func controlFolder() throws(SafePathError) -> DirectoryHandle {
        let folder = try game.folder(".ec4x", creatingWith: FileModes.privateFolder)
        // One made by an older version may be open to others.
        folder.setMode(FileModes.privateFolder)
        return folder
    }
}
