/// An integer of any size, kept as a sign and its decimal digits.
public struct KDLInteger: Sendable, Hashable, CustomStringConvertible {
    /// True for values below zero; zero is never negative.
    public let isNegative: Bool
    /// Decimal digits of the absolute value, without leading zeros (`"0"` for zero).
    public let magnitude: String

    /// Creates an integer from a fixed-width or other binary integer.
    public init(_ value: some BinaryInteger) {
        isNegative = value < 0
        magnitude = String(value.magnitude)
    }

    /// Parses `[+-]?[0-9]+` (no underscores); nil for anything else.
    public init?(_ text: String) {
        var digits = Substring(text)
        var negative = false
        if let first = digits.first, first == "+" || first == "-" {
            negative = first == "-"
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            return nil
        }
        self.init(isNegative: negative, digits: Array(digits.utf8))
    }

    /// Builds from ASCII decimal digits that may carry leading zeros.
    init(isNegative: Bool, digits: some Collection<UInt8>) {
        let significant = digits.drop(while: { $0 == UInt8(ascii: "0") })
        if significant.isEmpty {
            self.isNegative = false
            self.magnitude = "0"
        } else {
            self.isNegative = isNegative
            self.magnitude = String(decoding: significant, as: UTF8.self)
        }
    }

    /// True when the value is zero.
    public var isZero: Bool { magnitude == "0" }

    /// The value as `Int`, or nil when it does not fit.
    public var intValue: Int? { Int(description) }

    /// The value as any fixed-width integer type, or nil when it does not fit.
    public func value<T: FixedWidthInteger>(as type: T.Type) -> T? { T(description) }

    /// The nearest `Double` (may be infinite for huge values).
    public var doubleValue: Double { Double(description) ?? (isNegative ? -.infinity : .infinity) }

    /// Plain decimal, with a leading `-` when negative.
    public var description: String { isNegative ? "-" + magnitude : magnitude }
}
