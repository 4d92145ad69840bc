/// Why `ec4x mcp` will not serve a house: refused once at start-up, so an
/// agent never plays with a server that would reject every submission.
public struct StartupRefusal: Error, Sendable, CustomStringConvertible {
    public var description: String
}
