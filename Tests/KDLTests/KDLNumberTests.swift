import KDL
import Testing

@Suite("numbers: integers of any size and decimals kept as written")
struct KDLNumberTests {
    private func firstArgument(_ text: String) throws -> KDLValue {
        let document = try KDLDocument(parsing: text)
        return try #require(document.nodes.first?.arguments.first)
    }

    @Test(
        "integers beyond 64 bits keep every digit",
        arguments: [
            ("n 123456789012345678901234567890", "123456789012345678901234567890"),
            ("n -98765432109876543210987654321", "-98765432109876543210987654321"),
            ("n 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "340282366920938463463374607431768211455"),
            ("n -0x1_0000_0000_0000_0000", "-18446744073709551616"),
            ("n 0b1" + String(repeating: "0", count: 100), "1267650600228229401496703205376"),
            ("n 0o7777777777777777777777777", "37778931862957161709567"),
            ("n 0x0000000000000000000000000000000001", "1"),
            ("n 007", "7"),
            ("n -0", "0"),
        ])
    func bigIntegers(input: String, expected: String) throws {
        let value = try firstArgument(input)
        let integer = try #require(value.integerValue)
        #expect(integer.description == expected)
        #expect(value.canonicalString() == expected)
    }

    @Test("hex, octal and binary conversion matches a digit-by-digit reference across chunk sizes")
    func radixConversionReference() throws {
        var generator = SplitMix64(seed: 42)
        for radix in [2, 8, 16] {
            let prefix = radix == 16 ? "0x" : radix == 8 ? "0o" : "0b"
            for length in 1...90 {
                let digits = (0..<length).map { index -> Int in
                    let value = Int(generator.next() % UInt64(radix))
                    return index == 0 ? max(1, value) : value
                }
                let literal = prefix + digits.map { String($0, radix: radix) }.joined()
                let value = try firstArgument("n \(literal)")
                #expect(value.integerValue?.description == referenceDecimal(digits, radix: radix), "\(literal)")
            }
        }
    }

    @Test("Int accessors succeed in range and return nil out of range")
    func intAccessors() throws {
        #expect(try firstArgument("n 9223372036854775807").intValue == Int.max)
        #expect(try firstArgument("n -9223372036854775808").intValue == Int.min)
        #expect(try firstArgument("n 9223372036854775808").intValue == nil)
        #expect(try firstArgument("n 300").integerValue?.value(as: UInt8.self) == nil)
        #expect(try firstArgument("n 255").integerValue?.value(as: UInt8.self) == 255)
        #expect(try firstArgument("n 1.0").intValue == nil)
    }

    @Test("decimals keep their digits and exponent")
    func decimalsKeepDigits() throws {
        let decimal = try #require(try firstArgument("n -0_012.3400e+0_5").decimalValue)
        #expect(decimal.isNegative)
        #expect(decimal.integerDigits == "0012")
        #expect(decimal.fractionDigits == "3400")
        #expect(decimal.exponent == 5)
        let long = "3.14159265358979323846264338327950288419716939937510"
        let pi = try #require(try firstArgument("n \(long)").decimalValue)
        #expect(pi.description == long)
        #expect(try firstArgument("n 1.10").decimalValue != (try firstArgument("n 1.1").decimalValue))
    }

    @Test(
        "decimals print like Java BigDecimal.toString()",
        arguments: [
            ("1.0e10", "1.0E+10"),
            ("1e10", "1E+10"),
            ("1.0e-10", "1.0E-10"),
            ("1.23E+1000", "1.23E+1000"),
            ("1.23E-1000", "1.23E-1000"),
            ("1.23e3", "1.23E+3"),
            ("12e-1", "1.2"),
            ("0.000001", "0.000001"),
            ("0.0000001", "1E-7"),
            ("123.4500", "123.4500"),
            ("-0.0", "0.0"),
            ("0.0", "0.0"),
            ("0e5", "0E+5"),
            ("100e0", "100"),
            ("-1.5", "-1.5"),
            ("1_000.000_1", "1000.0001"),
        ])
    func javaStylePrinting(input: String, expected: String) throws {
        #expect(try firstArgument("n \(input)").canonicalString() == expected)
    }

    @Test("doubleValue covers integers, decimals and the float keywords")
    func doubleValues() throws {
        #expect(try firstArgument("n 1.5e3").doubleValue == 1500)
        #expect(try firstArgument("n -2").doubleValue == -2)
        #expect(try firstArgument("n 0x10").doubleValue == 16)
        #expect(try firstArgument("n #inf").doubleValue == .infinity)
        #expect(try firstArgument("n #-inf").doubleValue == -.infinity)
        #expect(try firstArgument("n #nan").doubleValue?.isNaN == true)
        #expect(try firstArgument("n \"1.5\"").doubleValue == nil)
    }

    @Test("a huge hex literal is refused rather than converted for ever")
    func radixLengthLimit() throws {
        let error = try #require(parseError("n 0x" + String(repeating: "f", count: 100_001)))
        #expect(error.code == .numberTooLarge)
    }

    /// Schoolbook conversion, one digit at a time, on a little-endian array of decimal digits.
    private func referenceDecimal(_ digits: [Int], radix: Int) -> String {
        var decimal = [0]
        for digit in digits {
            var carry = digit
            for index in decimal.indices {
                let product = decimal[index] * radix + carry
                decimal[index] = product % 10
                carry = product / 10
            }
            while carry > 0 {
                decimal.append(carry % 10)
                carry /= 10
            }
        }
        while decimal.count > 1 && decimal.last == 0 {
            decimal.removeLast()
        }
        return decimal.reversed().map(String.init).joined()
    }
}

/// Small deterministic generator so the reference test is reproducible.
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
