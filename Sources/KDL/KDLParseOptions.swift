/// Limits that protect the parser against hostile or accidental huge input.
public struct KDLParseOptions: Sendable, Hashable {
    /// Largest accepted input, in bytes of UTF-8.
    public var maxInputBytes: Int
    /// Deepest accepted nesting of children blocks (top-level nodes are at depth 0).
    public var maxDepth: Int

    /// Creates options; the defaults are 16 MiB and 128 levels.
    public init(maxInputBytes: Int = 16 * 1024 * 1024, maxDepth: Int = 128) {
        self.maxInputBytes = maxInputBytes
        self.maxDepth = maxDepth
    }

    /// 16 MiB of input, 128 levels of children.
    public static let `default` = KDLParseOptions()
}
