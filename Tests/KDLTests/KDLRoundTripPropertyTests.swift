import KDL
import PropertyBased
import Testing

/// Whatever a program builds, the canonical printer writes text the parser reads back to the same document.
@Suite struct KDLRoundTripPropertyTests {
    @Test func printedDocumentsParseBackToTheSameContent() async throws {
        await propertyCheck(count: 300, input: KDLDocumentGenerator.documents) { document in
            let printed = document.canonicalString()
            let reparsed = try KDLDocument(parsing: printed)
            #expect(reparsed.nodes.map(KDLCanonicalContent.init) == document.nodes.map(KDLCanonicalContent.init), "\(printed)")
            #expect(reparsed.canonicalString() == printed)
        }
    }
}

/// A node as the canonical form keeps it: properties deduplicated (rightmost wins) and sorted, numbers
/// by their printed value (`1.0e1` prints as `1.0E+1`; a whole decimal may read back as an integer).
struct KDLCanonicalContent: Equatable {
    var name: String
    var typeAnnotation: String?
    var arguments: [String]
    var properties: [String]
    var children: [KDLCanonicalContent]

    init(_ node: KDLNode) {
        name = node.name
        typeAnnotation = node.typeAnnotation
        arguments = node.arguments.map(Self.describe)
        properties = node.canonicalProperties.map { $0.key + "=" + Self.describe($0.value) }
        children = node.children.map(KDLCanonicalContent.init)
    }

    private static func describe(_ value: KDLValue) -> String {
        switch value.kind {
        // Strings compare exactly, not by their printed form, so an escaping slip cannot hide here.
        case .string(let text): "string \(value.typeAnnotation.map { "(\($0))" } ?? "")\(text.unicodeScalars.map { String($0.value, radix: 16) })"
        default: value.canonicalString()
        }
    }
}
