/// Number literals: decimal integers and decimals, and `0x` / `0o` / `0b` integers.
extension KDLParser {
    /// Longest accepted hex/octal/binary literal; conversion to decimal is quadratic in length.
    static let maxRadixDigits = 100_000
    /// Longest accepted exponent, in significant digits, so scale arithmetic cannot overflow.
    static let maxExponentDigits = 15

    /// Parses the bare word `start..<stop`, which starts like a number, as a number.
    mutating func parseNumber(from start: Int, to stop: Int) throws(KDLError) -> KDLValue.Kind {
        var index = start
        var isNegative = false
        if bytes[index] == ASCII.plus || bytes[index] == ASCII.minus {
            isNegative = bytes[index] == ASCII.minus
            index += 1
        }
        if bytes[index] == ASCII.zero && index + 1 < stop {
            switch bytes[index + 1] {
            case ASCII.lowerX: return try parseRadixInteger(from: start, digitsAt: index + 2, to: stop, radix: 16, isNegative: isNegative)
            case ASCII.lowerO: return try parseRadixInteger(from: start, digitsAt: index + 2, to: stop, radix: 8, isNegative: isNegative)
            case ASCII.lowerB: return try parseRadixInteger(from: start, digitsAt: index + 2, to: stop, radix: 2, isNegative: isNegative)
            default: break
            }
        }
        // Fast path: plain digits, the most common number by far.
        var scan = index
        while scan < stop && ASCII.isDigit(bytes[scan]) {
            scan += 1
        }
        if scan == stop && scan > index {
            return .integer(KDLInteger(isNegative: isNegative, digits: UnsafeBufferPointer(rebasing: bytes[index..<stop])))
        }
        return try parseDecimal(from: start, digitsAt: index, to: stop, isNegative: isNegative)
    }

    /// `integer ('.' integer)? exponent?` where `integer := digit (digit | '_')*`.
    private mutating func parseDecimal(from start: Int, digitsAt first: Int, to stop: Int, isNegative: Bool) throws(KDLError) -> KDLValue.Kind {
        var index = first
        guard index < stop, ASCII.isDigit(bytes[index]) else {
            throw numberFailure(
                "a number must start with a digit", start: start, stop: stop, at: index,
                hint: "write 0.5 rather than .5, or wrap the text in quotes")
        }
        let integerDigits = digitRun(&index, stop)
        var fractionDigits: [UInt8] = []
        var hasFraction = false
        if index < stop && bytes[index] == ASCII.dot {
            index += 1
            guard index < stop, ASCII.isDigit(bytes[index]) else {
                throw numberFailure(
                    "a '.' in a number must be followed by a digit", start: start, stop: stop, at: index,
                    hint: "write 1.0 rather than 1., or wrap the text in quotes")
            }
            fractionDigits = digitRun(&index, stop)
            hasFraction = true
        }
        var exponent = 0
        var hasExponent = false
        if index < stop && (bytes[index] == ASCII.lowerE || bytes[index] == ASCII.upperE) {
            index += 1
            var exponentNegative = false
            if index < stop && (bytes[index] == ASCII.plus || bytes[index] == ASCII.minus) {
                exponentNegative = bytes[index] == ASCII.minus
                index += 1
            }
            guard index < stop, ASCII.isDigit(bytes[index]) else {
                throw numberFailure(
                    "an exponent needs at least one digit", start: start, stop: stop, at: index,
                    hint: "write it like 1.5e10 or 1.5e-3")
            }
            let exponentStart = index
            let significant = digitRun(&index, stop).drop(while: { $0 == ASCII.zero })
            guard significant.count <= Self.maxExponentDigits else {
                throw failure(
                    .numberTooLarge, "the exponent has more than \(Self.maxExponentDigits) digits",
                    at: exponentStart, hint: "use a smaller exponent")
            }
            let magnitude = Int(String(decoding: significant, as: UTF8.self)) ?? 0
            exponent = exponentNegative ? -magnitude : magnitude
            hasExponent = true
        }
        guard index == stop else {
            throw numberFailure(
                "unexpected character in number", start: start, stop: stop, at: index,
                hint: "if this is meant as text, wrap it in quotes")
        }
        if !hasFraction && !hasExponent {
            return .integer(KDLInteger(isNegative: isNegative, digits: integerDigits))
        }
        return .decimal(
            KDLDecimal(
                uncheckedNegative: isNegative,
                integerDigits: String(decoding: integerDigits, as: UTF8.self),
                fractionDigits: String(decoding: fractionDigits, as: UTF8.self),
                exponent: exponent
            ))
    }

    /// Digits from `index` on, skipping underscores; stops at the first other byte.
    private func digitRun(_ index: inout Int, _ stop: Int) -> [UInt8] {
        var digits: [UInt8] = []
        while index < stop {
            let current = bytes[index]
            if ASCII.isDigit(current) {
                digits.append(current)
            } else if current != ASCII.underscore {
                break
            }
            index += 1
        }
        return digits
    }

    /// `0x` / `0o` / `0b` then a digit, then digits or underscores; converted to decimal.
    private mutating func parseRadixInteger(
        from start: Int, digitsAt first: Int, to stop: Int, radix: Int, isNegative: Bool
    ) throws(KDLError) -> KDLValue.Kind {
        let radixName = radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary"
        guard first < stop, let leading = digitValue(bytes[first], radix: radix) else {
            throw numberFailure(
                "expected \(radix == 8 ? "an" : "a") \(radixName) digit after the prefix", start: start, stop: stop, at: first,
                hint: "write it like 0x1F, 0o17 or 0b101; wrap text in quotes")
        }
        var values: [UInt8] = [leading]
        var index = first + 1
        while index < stop {
            let current = bytes[index]
            if let value = digitValue(current, radix: radix) {
                values.append(value)
            } else if current != ASCII.underscore {
                throw numberFailure(
                    "'\(Character(Unicode.Scalar(current)))' is not a \(radixName) digit",
                    start: start, stop: stop, at: index,
                    hint: "if this is meant as text, wrap it in quotes")
            }
            index += 1
        }
        guard values.count <= Self.maxRadixDigits else {
            throw failure(
                .numberTooLarge, "this \(radixName) literal has more than \(Self.maxRadixDigits) digits", at: start,
                hint: "write very large integers in decimal")
        }
        let significant = Array(values.drop(while: { $0 == 0 }))
        let bitsPerDigit = radix == 16 ? 4 : radix == 8 ? 3 : 1
        if significant.count * bitsPerDigit <= 63 {
            var magnitude: UInt64 = 0
            for value in significant {
                magnitude = magnitude * UInt64(radix) + UInt64(value)
            }
            return .integer(KDLInteger(isNegative: isNegative, digits: Array(String(magnitude).utf8)))
        }
        let decimal = RadixConversion.decimalDigits(fromDigitValues: significant, radix: radix)
        return .integer(KDLInteger(isNegative: isNegative, digits: decimal))
    }

    private func digitValue(_ byte: UInt8, radix: Int) -> UInt8? {
        guard let value = hexDigitValue(byte), Int(value) < radix else { return nil }
        return value
    }

    /// An `invalidNumber` error that quotes the whole word.
    private mutating func numberFailure(_ message: String, start: Int, stop: Int, at index: Int, hint: String) -> KDLError {
        failure(.invalidNumber, "invalid number '\(string(from: start, to: stop))': \(message)", at: index, hint: hint)
    }
}
