/// A position in the parsed input: 1-based line and column (column counts Unicode scalars).
public struct KDLSourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// 1-based line number; CR, LF, CRLF, NEL, VT, FF, LS and PS each end a line.
    public var line: Int
    /// 1-based column, counted in Unicode scalars from the start of the line.
    public var column: Int
    /// 0-based byte offset into the UTF-8 input.
    public var offset: Int

    /// Creates a location from its parts.
    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// `line:column`, ready to append to a file name (`scenario.kdl:3:7`).
    public var description: String { "\(line):\(column)" }
}
