/// Recognises TOML 1.0 booleans, integers and floats exactly, so `1__0`, `01` or `1.` are rejected
/// rather than read as something the author may not have meant.
enum LegacyTOMLNumber {
    static func value(of word: String) -> LegacyTOMLValue? {
        switch word {
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "inf", "+inf": return .float(.infinity)
        case "-inf": return .float(-.infinity)
        case "nan", "+nan", "-nan": return .float(.nan)
        default: break
        }
        if let integer = integer(word) { return .integer(integer) }
        if let float = float(word) { return .float(float) }
        return nil
    }

    static func looksNumeric(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first else { return false }
        return ("0"..."9").contains(first) || first == "+" || first == "-" || first == "."
    }

    /// `1979-05-27`, `07:32:00` and friends: valid TOML, but outside the subset.
    static func looksLikeDateOrTime(_ word: String) -> Bool {
        let shape = String(word.unicodeScalars.prefix(10).map { ("0"..."9").contains($0) ? "9" : Character($0) })
        return shape.hasPrefix("9999-99-99") || shape.hasPrefix("99:99")
    }

    private static func integer(_ word: String) -> Int? {
        var body = Substring(word)
        for (prefix, radix, digits) in [("0x", 16, hexDigits), ("0o", 8, octalDigits), ("0b", 2, binaryDigits)]
        where body.hasPrefix(prefix) {
            body = body.dropFirst(2)
            guard isDigitRun(body, digits: digits) else { return nil }
            return Int(body.filter { $0 != "_" }, radix: radix)
        }
        var sign = ""
        if body.first == "+" || body.first == "-" {
            sign = body.first == "-" ? "-" : ""
            body = body.dropFirst()
        }
        guard isDecimalIntegerPart(body) else { return nil }
        return Int(sign + body.filter { $0 != "_" })
    }

    private static func float(_ word: String) -> Double? {
        var body = Substring(word)
        if body.first == "+" || body.first == "-" { body = body.dropFirst() }
        let exponentStart = body.firstIndex { $0 == "e" || $0 == "E" }
        let mantissa = body[..<(exponentStart ?? body.endIndex)]
        let pointIndex = mantissa.firstIndex(of: ".")
        let integerPart = mantissa[..<(pointIndex ?? mantissa.endIndex)]
        guard isDecimalIntegerPart(integerPart) else { return nil }
        if let pointIndex {
            guard isDigitRun(mantissa[mantissa.index(after: pointIndex)...], digits: decimalDigits) else { return nil }
        }
        if let exponentStart {
            var exponent = body[body.index(after: exponentStart)...]
            if exponent.first == "+" || exponent.first == "-" { exponent = exponent.dropFirst() }
            guard isDigitRun(exponent, digits: decimalDigits) else { return nil }
        }
        // A float needs a fraction or an exponent; plain digits were an integer (or out of its range).
        guard pointIndex != nil || exponentStart != nil else { return nil }
        guard let value = Double(word.filter { $0 != "_" }), value.isFinite else { return nil }
        return value
    }

    private static let decimalDigits = Set("0123456789")
    private static let hexDigits = Set("0123456789abcdefABCDEF")
    private static let octalDigits = Set("01234567")
    private static let binaryDigits = Set("01")

    /// Digits with single underscores only between digits.
    private static func isDigitRun(_ text: Substring, digits: Set<Character>) -> Bool {
        guard let first = text.first, let last = text.last, digits.contains(first), digits.contains(last) else {
            return false
        }
        var previousWasUnderscore = false
        for character in text {
            if character == "_" {
                if previousWasUnderscore { return false }
                previousWasUnderscore = true
            } else if digits.contains(character) {
                previousWasUnderscore = false
            } else {
                return false
            }
        }
        return true
    }

    /// A digit run without leading zeros (a lone `0` is fine).
    private static func isDecimalIntegerPart(_ text: Substring) -> Bool {
        isDigitRun(text, digits: decimalDigits) && (text == "0" || text.first != "0")
    }
}
