/// One node: optional `(type)`, name, arguments, properties (in written order) and children.
///
/// Equality and hashing ignore `location`.
public struct KDLNode: Sendable, Hashable {
    /// The `(type)` annotation written before the name, if any.
    public var typeAnnotation: String?
    /// The node name.
    public var name: String
    /// Positional values, in order.
    public var arguments: [KDLValue]
    /// Properties in the order written, duplicates included (the last one wins, see `property(_:)`).
    public var properties: [KDLProperty]
    /// Child nodes, in order; empty when there is no (or an empty) children block.
    public var children: [KDLNode]
    /// Where the node (including its annotation) starts; nil for nodes built in code.
    public var location: KDLSourceLocation?

    /// Creates a node from its parts.
    public init(
        name: String,
        typeAnnotation: String? = nil,
        arguments: [KDLValue] = [],
        properties: [KDLProperty] = [],
        children: [KDLNode] = [],
        location: KDLSourceLocation? = nil
    ) {
        self.name = name
        self.typeAnnotation = typeAnnotation
        self.arguments = arguments
        self.properties = properties
        self.children = children
        self.location = location
    }

    /// The argument at `index`, or nil when there are not that many.
    public func argument(_ index: Int) -> KDLValue? {
        arguments.indices.contains(index) ? arguments[index] : nil
    }

    /// The value of property `key` (the rightmost one when repeated), or nil.
    public func property(_ key: String) -> KDLValue? {
        properties.last(where: { $0.key == key })?.value
    }

    /// The full property entry for `key` (the rightmost one when repeated), with its location.
    public func propertyEntry(_ key: String) -> KDLProperty? {
        properties.last(where: { $0.key == key })
    }

    /// Properties as KDL defines them: one per key (rightmost wins), sorted by key in code point order.
    public var canonicalProperties: [KDLProperty] {
        var lastIndexByKey: [String: Int] = [:]
        for (index, property) in properties.enumerated() {
            lastIndexByKey[property.key] = index
        }
        return lastIndexByKey.values
            .map { properties[$0] }
            .sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
    }

    /// Children with the given name, in order.
    public func children(named name: String) -> [KDLNode] {
        children.filter { $0.name == name }
    }

    /// The first child with the given name, or nil.
    public func child(named name: String) -> KDLNode? {
        children.first(where: { $0.name == name })
    }

    public static func == (lhs: KDLNode, rhs: KDLNode) -> Bool {
        lhs.name == rhs.name
            && lhs.typeAnnotation == rhs.typeAnnotation
            && lhs.arguments == rhs.arguments
            && lhs.properties == rhs.properties
            && lhs.children == rhs.children
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(typeAnnotation)
        hasher.combine(arguments)
        hasher.combine(properties)
        hasher.combine(children)
    }
}
