/// A value of the TOML subset the legacy configs use. Dates, times, inline tables and
/// multi-line forms are outside it and rejected with `legacy.toml_unsupported`.
public enum LegacyTOMLValue: Sendable, Hashable {
    case string(String)
    case integer(Int)
    case float(Double)
    case bool(Bool)
    case array([LegacyTOMLValue])

    /// TOML's own name for the type, for error messages.
    public var typeName: String {
        switch self {
        case .string: "string"
        case .integer: "integer"
        case .float: "float"
        case .bool: "boolean"
        case .array: "array"
        }
    }
}

/// Encoded as the plain JSON value (`"x"`, `4`, `1.5`, `true`, `[...]`) so a migration report reads naturally.
/// Decoding is best effort: a float with no fractional part comes back as an integer.
extension LegacyTOMLValue: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .float(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else {
            self = .array(try container.decode([LegacyTOMLValue].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .float(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .array(let values): try container.encode(values)
        }
    }
}
