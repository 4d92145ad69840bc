public import Games

/// Something in a game folder the daemon refuses to go through: a house
/// subfolder that is a link or not a real folder, a file target that is a
/// folder, a missing drop folder. Left alone, logged once, shown by
/// `ec4x status`; it affects only the house it is in.
public struct FolderFault: Sendable, Codable, Hashable, Comparable {
    /// The house whose folder it is in; nil for the game's own folders.
    public var house: String?
    /// Relative to the game folder: `houses/beta/received`.
    public var path: String
    public var problem: SafePathError.Code
    public var message: String

    public init(house: String?, path: String, problem: SafePathError.Code, message: String) {
        self.house = house
        self.path = path
        self.problem = problem
        self.message = message
    }

    /// `error` met at `path` (relative to the game folder).
    public init(_ error: SafePathError, house: String?, path: String) {
        self.init(house: house, path: path, problem: error.code, message: error.message)
    }

    /// `error` met below the game folder `game`; its path is made relative to it.
    public init(_ error: SafePathError, house: String?, in game: DirectoryHandle) {
        let prefix = game.path + "/"
        let path = error.path.hasPrefix(prefix) ? String(error.path.dropFirst(prefix.count)) : error.path
        self.init(error, house: house, path: path)
    }

    public var description: String { "\(path) \(message)" }

    public static func < (left: FolderFault, right: FolderFault) -> Bool { (left.path, left.problem.rawValue) < (right.path, right.problem.rawValue) }
}
