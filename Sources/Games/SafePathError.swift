/// A path in a game folder the program refused to go through: a symlink, a
/// file where a folder belongs (or the reverse), or a failed system call.
/// Never followed, never written through (DESIGN.md §4).
public struct SafePathError: Error, Sendable, Equatable, Hashable, CustomStringConvertible {
    public enum Code: String, Sendable, Codable, CaseIterable {
        /// A symbolic link where a folder or a file belongs.
        case symlink
        /// Something that is not a real folder where a folder belongs.
        case notAFolder = "not_a_folder"
        /// Something that is not a regular file where a file belongs (a folder, a FIFO…).
        case notAFile = "not_a_file"
        case missing
        /// A name that would leave its folder ("..", a slash).
        case badName = "bad_name"
        /// The system call failed for another reason (permissions, disk full…).
        case failed
    }

    public var code: Code
    /// The path as the program saw it, for messages.
    public var path: String
    public var message: String

    public init(_ code: Code, path: String, _ message: String) {
        self.code = code
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}
