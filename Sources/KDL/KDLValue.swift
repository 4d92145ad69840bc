/// One argument or property value, with its optional `(type)` annotation and source location.
///
/// Equality and hashing ignore `location`, so values compare by content.
public struct KDLValue: Sendable, Hashable {
    /// What the value is.
    public enum Kind: Sendable, Hashable {
        /// Any string: bare identifier, quoted, raw or multi-line (escapes resolved).
        case string(String)
        /// An integer of any size (hex, octal and binary are converted to decimal).
        case integer(KDLInteger)
        /// A decimal number, digits kept as written.
        case decimal(KDLDecimal)
        /// `#true` or `#false`.
        case bool(Bool)
        /// `#null`.
        case null
        /// `#inf`.
        case positiveInfinity
        /// `#-inf`.
        case negativeInfinity
        /// `#nan`.
        case nan
    }

    /// What the value is.
    public var kind: Kind
    /// The `(type)` annotation written before the value, if any.
    public var typeAnnotation: String?
    /// Where the value (including its annotation) starts; nil for values built in code.
    public var location: KDLSourceLocation?

    /// Creates a value from its parts.
    public init(_ kind: Kind, typeAnnotation: String? = nil, location: KDLSourceLocation? = nil) {
        self.kind = kind
        self.typeAnnotation = typeAnnotation
        self.location = location
    }

    /// A string value.
    public static func string(_ text: String, typeAnnotation: String? = nil) -> KDLValue {
        KDLValue(.string(text), typeAnnotation: typeAnnotation)
    }

    /// An integer value.
    public static func integer(_ number: some BinaryInteger, typeAnnotation: String? = nil) -> KDLValue {
        KDLValue(.integer(KDLInteger(number)), typeAnnotation: typeAnnotation)
    }

    /// A boolean value.
    public static func bool(_ flag: Bool, typeAnnotation: String? = nil) -> KDLValue {
        KDLValue(.bool(flag), typeAnnotation: typeAnnotation)
    }

    /// The `#null` value.
    public static var null: KDLValue { KDLValue(.null) }

    /// The text of a string value; nil for other kinds.
    public var stringValue: String? {
        if case .string(let text) = kind { return text }
        return nil
    }

    /// An integer value that fits in `Int`; nil for other kinds or when out of range.
    public var intValue: Int? {
        if case .integer(let number) = kind { return number.intValue }
        return nil
    }

    /// An integer value of any size; nil for other kinds.
    public var integerValue: KDLInteger? {
        if case .integer(let number) = kind { return number }
        return nil
    }

    /// A decimal value with its digits as written; nil for other kinds.
    public var decimalValue: KDLDecimal? {
        if case .decimal(let number) = kind { return number }
        return nil
    }

    /// Any numeric value (integer, decimal, `#inf`, `#-inf`, `#nan`) as the nearest `Double`.
    public var doubleValue: Double? {
        switch kind {
        case .integer(let number): number.doubleValue
        case .decimal(let number): number.doubleValue
        case .positiveInfinity: .infinity
        case .negativeInfinity: -.infinity
        case .nan: .nan
        case .string, .bool, .null: nil
        }
    }

    /// The flag of `#true` / `#false`; nil for other kinds.
    public var boolValue: Bool? {
        if case .bool(let flag) = kind { return flag }
        return nil
    }

    /// True for `#null`.
    public var isNull: Bool { kind == .null }

    /// A short name of the kind for error messages ("string", "integer", ...).
    public var kindName: String {
        switch kind {
        case .string: "string"
        case .integer: "integer"
        case .decimal: "decimal"
        case .bool: "boolean"
        case .null: "null"
        case .positiveInfinity, .negativeInfinity, .nan: "float keyword"
        }
    }

    public static func == (lhs: KDLValue, rhs: KDLValue) -> Bool {
        lhs.kind == rhs.kind && lhs.typeAnnotation == rhs.typeAnnotation
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(typeAnnotation)
    }
}
