/// A decimal number kept exactly as written: sign, integer digits, fraction digits and exponent.
///
/// Equality is structural, so `1.0` and `1.00` differ (they print differently too).
public struct KDLDecimal: Sendable, Hashable, CustomStringConvertible {
    /// True when written with a leading `-`.
    public let isNegative: Bool
    /// ASCII digits before the `.` as written (underscores removed); never empty.
    public let integerDigits: String
    /// ASCII digits after the `.` as written (underscores removed); empty when there is no `.`.
    public let fractionDigits: String
    /// The power of ten written after `e`/`E`; 0 when there is none.
    public let exponent: Int

    /// Creates a decimal from its parts; nil if a digit string is malformed.
    public init?(isNegative: Bool, integerDigits: String, fractionDigits: String = "", exponent: Int = 0) {
        func isDigits(_ text: String) -> Bool {
            text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        }
        guard !integerDigits.isEmpty, isDigits(integerDigits), isDigits(fractionDigits) else {
            return nil
        }
        self.init(uncheckedNegative: isNegative, integerDigits: integerDigits, fractionDigits: fractionDigits, exponent: exponent)
    }

    init(uncheckedNegative isNegative: Bool, integerDigits: String, fractionDigits: String, exponent: Int) {
        self.isNegative = isNegative
        self.integerDigits = integerDigits
        self.fractionDigits = fractionDigits
        self.exponent = exponent
    }

    /// The nearest `Double` (infinite or zero when out of range).
    public var doubleValue: Double {
        let fraction = fractionDigits.isEmpty ? "" : "." + fractionDigits
        let text = (isNegative ? "-" : "") + integerDigits + fraction + "e" + String(exponent)
        return Double(text) ?? .nan
    }

    /// Canonical text, formatted like Java's `BigDecimal.toString()` (`1.0e10` → `1.0E+10`).
    public var description: String {
        // BigDecimal view: an unscaled integer (all digits, leading zeros dropped) and a scale.
        var coefficient = Array((integerDigits + fractionDigits).utf8.drop(while: { $0 == UInt8(ascii: "0") }))
        if coefficient.isEmpty {
            coefficient = [UInt8(ascii: "0")]
        }
        let isZero = coefficient == [UInt8(ascii: "0")]
        let scale = fractionDigits.utf8.count - exponent
        let digitCount = coefficient.count
        let adjustedExponent = -scale + (digitCount - 1)

        var output: [UInt8] = []
        output.reserveCapacity(digitCount + 24)
        if isNegative && !isZero {
            output.append(UInt8(ascii: "-"))
        }
        if scale >= 0 && adjustedExponent >= -6 {
            if scale == 0 {
                output.append(contentsOf: coefficient)
            } else if digitCount > scale {
                output.append(contentsOf: coefficient[0..<(digitCount - scale)])
                output.append(UInt8(ascii: "."))
                output.append(contentsOf: coefficient[(digitCount - scale)...])
            } else {
                output.append(contentsOf: "0.".utf8)
                output.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: scale - digitCount))
                output.append(contentsOf: coefficient)
            }
        } else {
            output.append(coefficient[0])
            if digitCount > 1 {
                output.append(UInt8(ascii: "."))
                output.append(contentsOf: coefficient[1...])
            }
            if adjustedExponent != 0 {
                output.append(UInt8(ascii: "E"))
                if adjustedExponent > 0 {
                    output.append(UInt8(ascii: "+"))
                }
                output.append(contentsOf: String(adjustedExponent).utf8)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
