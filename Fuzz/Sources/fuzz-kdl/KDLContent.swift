internal import KDL

/// Equality of what a document says, as the canonical form keeps it: properties deduplicated and
/// sorted, numbers by their printed value (the printer re-spells `1e5` as `1E+5`, and `0e0` as `0`,
/// which reads back as an integer: KDL has one kind of number, the model two spellings of it).
enum KDLContent {
    static func same(_ a: [KDLNode], _ b: [KDLNode]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy(same)
    }

    static func same(_ a: KDLNode, _ b: KDLNode) -> Bool {
        let propertiesA = a.canonicalProperties
        let propertiesB = b.canonicalProperties
        return a.name == b.name && a.typeAnnotation == b.typeAnnotation
            && a.arguments.count == b.arguments.count && zip(a.arguments, b.arguments).allSatisfy(same)
            && propertiesA.map(\.key) == propertiesB.map(\.key)
            && zip(propertiesA, propertiesB).allSatisfy { same($0.value, $1.value) }
            && same(a.children, b.children)
    }

    static func same(_ a: KDLValue, _ b: KDLValue) -> Bool {
        guard a.typeAnnotation == b.typeAnnotation else { return false }
        switch (a.kind, b.kind) {
        case (.decimal, .decimal), (.decimal, .integer), (.integer, .decimal):
            return a.canonicalString() == b.canonicalString()
        default:
            return a.kind == b.kind
        }
    }
}
