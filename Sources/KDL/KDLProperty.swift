/// A `key=value` entry of a node.
///
/// Equality and hashing ignore `location`.
public struct KDLProperty: Sendable, Hashable {
    /// The property name.
    public var key: String
    /// The property value.
    public var value: KDLValue
    /// Where the key starts; nil for properties built in code.
    public var location: KDLSourceLocation?

    /// Creates a property from its parts.
    public init(key: String, value: KDLValue, location: KDLSourceLocation? = nil) {
        self.key = key
        self.value = value
        self.location = location
    }

    public static func == (lhs: KDLProperty, rhs: KDLProperty) -> Bool {
        lhs.key == rhs.key && lhs.value == rhs.value
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(key)
        hasher.combine(value)
    }
}
