/// A JSON value as Nostr carries it: numbers keep their text and objects their member order,
/// so what was read can be written back byte for byte and nothing is rounded through a Double.
public enum JSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSON])
    case object([(key: String, value: JSON)])

    public static func integer(_ value: some BinaryInteger) -> JSON { .number(String(value)) }

    public subscript(key: String) -> JSON? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    public var stringValue: String? {
        if case .string(let text) = self { text } else { nil }
    }

    /// Integers only: a fraction or exponent is not an integer here, whatever its value.
    public var int64Value: Int64? {
        if case .number(let text) = self { Int64(text) } else { nil }
    }

    public var arrayValue: [JSON]? {
        if case .array(let items) = self { items } else { nil }
    }

    public static func == (lhs: JSON, rhs: JSON) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.string(let a), .string(let b)): a.unicodeScalars.elementsEqual(b.unicodeScalars)
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)):
            a.count == b.count && zip(a, b).allSatisfy { $0.key.unicodeScalars.elementsEqual($1.key.unicodeScalars) && $0.value == $1.value }
        default: false
        }
    }
}
