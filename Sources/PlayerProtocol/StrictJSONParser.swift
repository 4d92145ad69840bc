/// Reads JSON exactly as RFC 8259 defines it, and no more: no trailing
/// commas, comments, single quotes, bare words, leading zeros or `NaN`.
/// Foundation's readers accept some of these and lose the rest without a
/// location; a player needs the line, the column and what to change. Keys
/// written twice are kept aside (see `StrictJSONObject`) rather than refused
/// here, so the reader can name each one by its path.
///
/// Bounded: at most `maxDepth` nested containers and `maxBytes` of input.
/// A leading byte order mark is skipped, as the RFC allows.
struct StrictJSONParser {
    static let maxDepth = 32
    static let maxBytes = 1 << 20

    private let bytes: [UInt8]
    private var offset = 0
    private var line = 1
    /// Column of `offset`, kept up to date as bytes are consumed so no location costs a rescan.
    private var column = 1
    private var depth = 0

    private init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    static func parse(_ bytes: [UInt8]) -> Result<StrictJSONValue, StrictJSONSyntaxError> {
        guard bytes.count <= maxBytes else {
            return .failure(
                StrictJSONSyntaxError(
                    line: 1, column: 1, message: "the file has \(bytes.count) bytes, more than the \(maxBytes) an order file may have",
                    hint: "send fewer, shorter lines"))
        }
        var parser = StrictJSONParser(bytes)
        do throws(StrictJSONSyntaxError) {
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.offset = 3 }
            parser.skipWhitespace()
            guard parser.peek != nil else {
                throw parser.error("the file holds no JSON value", hint: "an order file is one object: {\"game\": …, \"house\": …, \"turn\": …}")
            }
            let value = try parser.parseValue()
            parser.skipWhitespace()
            if let extra = parser.peek {
                throw parser.error(
                    "\(describe(extra)) after the end of the JSON value",
                    hint: extra == UInt8(ascii: ",") || extra == UInt8(ascii: "{")
                        ? "a file holds one object; put everything inside the outer { … }" : "remove what follows the closing bracket")
            }
            return .success(value)
        } catch {
            return .failure(error)
        }
    }

    // MARK: Values

    private mutating func parseValue() throws(StrictJSONSyntaxError) -> StrictJSONValue {
        let (startLine, startColumn) = (line, column)
        func value(_ kind: StrictJSONValue.Kind) -> StrictJSONValue { StrictJSONValue(kind: kind, line: startLine, column: startColumn) }
        guard let byte = peek else {
            throw error("the file ends where a value was expected", hint: "finish the value, then close every open { and [")
        }
        switch byte {
        case UInt8(ascii: "{"): return value(.object(try parseObject()))
        case UInt8(ascii: "["): return value(.array(try parseArray()))
        case UInt8(ascii: "\""): return value(.string(try parseString()))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return value(try parseNumber())
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
            return value(try parseWord())
        default:
            throw unexpected(
                byte, expecting: "a value", hint: "a value is a \"string\", a number, true, false, null, an object {…} or a list […]")
        }
    }

    private mutating func parseObject() throws(StrictJSONSyntaxError) -> StrictJSONObject {
        let (openLine, openColumn) = (line, column)
        try enter()
        advance()  // {
        var object = StrictJSONObject()
        var seen = Set<String>()
        skipWhitespace()
        if peek == UInt8(ascii: "}") {
            advance()
            depth -= 1
            return object
        }
        while true {
            skipWhitespace()
            let (keyLine, keyColumn) = (line, column)
            guard let byte = peek else { throw unclosed("object", "}", openLine, openColumn) }
            guard byte == UInt8(ascii: "\"") else {
                switch byte {
                case UInt8(ascii: "}"): throw trailingComma(before: "}")
                case UInt8(ascii: "'"): throw error("a key in single quotes", hint: "JSON strings use double quotes: \"key\"")
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
                    throw error("a key without quotes", hint: "put the key in double quotes: \"key\": value")
                default: throw unexpected(byte, expecting: "a key in double quotes", hint: "a key is a string in double quotes: \"key\": value")
                }
            }
            let key = try parseString()
            skipWhitespace()
            guard peek == UInt8(ascii: ":") else {
                guard let found = peek else { throw unclosed("object", "}", openLine, openColumn) }
                throw error("expected ':' after the key \"\(key)\", found \(Self.describe(found))", hint: "a missing ':'?")
            }
            advance()
            skipWhitespace()
            let member = StrictJSONObject.Member(key: key, value: try parseValue(), line: keyLine, column: keyColumn)
            if seen.insert(key).inserted {
                object.members.append(member)
            } else {
                object.duplicates.append(member)
            }
            skipWhitespace()
            guard let next = peek else { throw unclosed("object", "}", openLine, openColumn) }
            switch next {
            case UInt8(ascii: ","): advance()
            case UInt8(ascii: "}"):
                advance()
                depth -= 1
                return object
            case UInt8(ascii: "\""):
                throw error("expected ',' or '}' after a member, found '\"'", hint: "a missing comma?")
            case UInt8(ascii: "]"):
                throw error(
                    "found ']' where the object opened at line \(openLine), column \(openColumn) should be closed", hint: "close the object with '}'")
            default:
                throw error("expected ',' or '}' after a member, found \(Self.describe(next))", hint: "a missing comma, or a string without quotes?")
            }
        }
    }

    private mutating func parseArray() throws(StrictJSONSyntaxError) -> [StrictJSONValue] {
        let (openLine, openColumn) = (line, column)
        try enter()
        advance()  // [
        var items: [StrictJSONValue] = []
        skipWhitespace()
        if peek == UInt8(ascii: "]") {
            advance()
            depth -= 1
            return items
        }
        while true {
            skipWhitespace()
            guard let byte = peek else { throw unclosed("list", "]", openLine, openColumn) }
            if byte == UInt8(ascii: "]") { throw trailingComma(before: "]") }
            items.append(try parseValue())
            skipWhitespace()
            guard let next = peek else { throw unclosed("list", "]", openLine, openColumn) }
            switch next {
            case UInt8(ascii: ","): advance()
            case UInt8(ascii: "]"):
                advance()
                depth -= 1
                return items
            case UInt8(ascii: "}"):
                throw error(
                    "found '}' where the list opened at line \(openLine), column \(openColumn) should be closed", hint: "close the list with ']'")
            case UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "\""):
                throw error("expected ',' or ']' after a list item, found \(Self.describe(next))", hint: "a missing comma?")
            default:
                throw error("expected ',' or ']' after a list item, found \(Self.describe(next))", hint: "a missing comma?")
            }
        }
    }

    private mutating func parseString() throws(StrictJSONSyntaxError) -> String {
        let (openLine, openColumn) = (line, column)
        advance()  // "
        var scalars = String.UnicodeScalarView()
        var runStart = offset
        func flush(_ bytes: [UInt8], _ from: Int, _ to: Int) {
            if from < to { scalars.append(contentsOf: String(decoding: bytes[from..<to], as: UTF8.self).unicodeScalars) }
        }
        while true {
            guard let byte = peek else {
                throw error(
                    "the file ends inside the string opened at line \(openLine), column \(openColumn)", hint: "a missing closing '\"'?")
            }
            switch byte {
            case UInt8(ascii: "\""):
                flush(bytes, runStart, offset)
                advance()
                return String(scalars)
            case UInt8(ascii: "\\"):
                flush(bytes, runStart, offset)
                scalars.append(try parseEscape())
                runStart = offset
            case 0x0A, 0x0D:
                throw error(
                    "the string opened at line \(openLine), column \(openColumn) runs past the end of its line",
                    hint: "a missing closing '\"'? (a line break inside a string is written \\n)")
            case 0x00..<0x20:
                throw error("a control character (U+\(Self.hex(UInt32(byte)))) inside a string", hint: "write it escaped, e.g. \\t or \\u0009")
            default:
                advance()
            }
        }
    }

    private mutating func parseEscape() throws(StrictJSONSyntaxError) -> Unicode.Scalar {
        advance()  // backslash
        guard let byte = peek else { throw error("the file ends inside an escape sequence", hint: "finish the escape and close the string with '\"'") }
        let simple: [UInt8: Unicode.Scalar] = [
            UInt8(ascii: "\""): "\"", UInt8(ascii: "\\"): "\\", UInt8(ascii: "/"): "/", UInt8(ascii: "b"): "\u{08}",
            UInt8(ascii: "f"): "\u{0C}", UInt8(ascii: "n"): "\n", UInt8(ascii: "r"): "\r", UInt8(ascii: "t"): "\t",
        ]
        if let scalar = simple[byte] {
            advance()
            return scalar
        }
        guard byte == UInt8(ascii: "u") else {
            throw error(
                "\\\(Self.describeBare(byte)) is not a JSON escape", hint: "the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX")
        }
        advance()
        let first = try hexQuad()
        if (0xD800..<0xDC00).contains(first) {
            guard peek == UInt8(ascii: "\\"), peek(at: 1) == UInt8(ascii: "u") else {
                throw error("\\u\(Self.hex(first)) is the first half of a surrogate pair without its second half", hint: "write the character itself")
            }
            advance()
            advance()
            let second = try hexQuad()
            guard (0xDC00..<0xE000).contains(second) else {
                throw error("\\u\(Self.hex(first)) is not followed by the second half of a surrogate pair", hint: "write the character itself")
            }
            return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))!
        }
        guard let scalar = Unicode.Scalar(first) else {
            throw error("\\u\(Self.hex(first)) is the second half of a surrogate pair on its own", hint: "write the character itself")
        }
        return scalar
    }

    private mutating func hexQuad() throws(StrictJSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = peek, let digit = Self.hexDigit(byte) else {
                throw error("\\u needs four hex digits", hint: "e.g. \\u00e9")
            }
            value = value * 16 + digit
            advance()
        }
        return value
    }

    private mutating func parseNumber() throws(StrictJSONSyntaxError) -> StrictJSONValue.Kind {
        let start = offset
        var isInteger = true
        if peek == UInt8(ascii: "-") { advance() }
        guard let first = peek, Self.isDigit(first) else {
            throw error("'-' must be followed by a digit", hint: "write a number such as -1")
        }
        advance()
        if first == UInt8(ascii: "0"), let next = peek, Self.isDigit(next) {
            throw error("a number cannot start with 0 unless it is 0", hint: "remove the leading zero")
        }
        while let byte = peek, Self.isDigit(byte) { advance() }
        if peek == UInt8(ascii: ".") {
            isInteger = false
            advance()
            guard let byte = peek, Self.isDigit(byte) else { throw error("a '.' in a number must be followed by digits", hint: "e.g. 1.0, or no '.'") }
            while let byte = peek, Self.isDigit(byte) { advance() }
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            isInteger = false
            advance()
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { advance() }
            guard let byte = peek, Self.isDigit(byte) else { throw error("an exponent needs digits", hint: "e.g. 1e3") }
            while let byte = peek, Self.isDigit(byte) { advance() }
        }
        if let byte = peek, Self.isWordByte(byte) {
            throw unexpected(byte, expecting: "the end of the number", hint: "a number is digits only, e.g. 12, -3 or 2.5")
        }
        let text = String(decoding: bytes[start..<offset], as: UTF8.self)
        if isInteger, let number = Int(text) { return .integer(number) }
        return .number(text)
    }

    private mutating func parseWord() throws(StrictJSONSyntaxError) -> StrictJSONValue.Kind {
        let start = offset
        let (startLine, startColumn) = (line, column)
        while let byte = peek, Self.isWordByte(byte) { advance() }
        let word = String(decoding: bytes[start..<offset], as: UTF8.self)
        switch word {
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "null": return .null
        default:
            let hint: String
            switch word.lowercased() {
            case "true", "false", "null": hint = "JSON writes it in lowercase: \(word.lowercased())"
            case "nan", "infinity", "undefined", "none": hint = "JSON has no \(word); use a number, a string or null"
            default: hint = "a string needs double quotes: \"\(word)\""
            }
            throw StrictJSONSyntaxError(line: startLine, column: startColumn, message: "\(word) is not a JSON value", hint: hint)
        }
    }

    // MARK: Errors

    private func error(_ message: String, hint: String) -> StrictJSONSyntaxError {
        StrictJSONSyntaxError(line: line, column: column, message: message, hint: hint)
    }

    private func unexpected(_ byte: UInt8, expecting: String, hint: String) -> StrictJSONSyntaxError {
        switch byte {
        case UInt8(ascii: "/"): error("a comment", hint: "JSON has no comments; remove it")
        case UInt8(ascii: "'"): error("expected \(expecting), found a single quote", hint: "JSON strings use double quotes")
        case UInt8(ascii: "+"): error("a number with '+'", hint: "write it without the '+'")
        case UInt8(ascii: "."): error("a number starting with '.'", hint: "write a digit before the point, e.g. 0.5")
        case UInt8(ascii: ","): error("expected \(expecting), found ','", hint: "two commas in a row, or a comma with nothing before it?")
        default: error("expected \(expecting), found \(Self.describe(byte))", hint: hint)
        }
    }

    /// Reported at the comma, which is what the player has to delete.
    private mutating func trailingComma(before closer: String) -> StrictJSONSyntaxError {
        let (closerLine, closerColumn) = (line, column)
        var back = offset - 1
        while back >= 0, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[back]) { back -= 1 }
        let (commaLine, commaColumn) = location(of: max(back, 0))
        return StrictJSONSyntaxError(
            line: commaLine, column: commaColumn,
            message: "a trailing comma before the '\(closer)' at line \(closerLine), column \(closerColumn)",
            hint: "remove the comma at line \(commaLine), column \(commaColumn)")
    }

    private func unclosed(_ what: String, _ closer: String, _ openLine: Int, _ openColumn: Int) -> StrictJSONSyntaxError {
        error(
            "the file ends before the \(what) opened at line \(openLine), column \(openColumn) is closed",
            hint: "a missing '\(closer)'?")
    }

    private mutating func enter() throws(StrictJSONSyntaxError) {
        depth += 1
        if depth > Self.maxDepth {
            throw error("more than \(Self.maxDepth) levels of nested objects and lists", hint: "an order file needs three")
        }
    }

    // MARK: Reading

    private var peek: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    private func peek(at distance: Int) -> UInt8? { offset + distance < bytes.count ? bytes[offset + distance] : nil }

    private mutating func advance() {
        let byte = bytes[offset]
        offset += 1
        if byte == 0x0A {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            // A UTF-8 continuation byte belongs to the scalar already counted.
            column += 1
        }
    }

    private mutating func skipWhitespace() {
        while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { advance() }
    }

    /// Line and column of an earlier offset (only for the rare error that points back).
    private func location(of target: Int) -> (Int, Int) {
        var (line, column) = (1, 1)
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < target {
            if bytes[index] == 0x0A {
                line += 1
                column = 1
            } else if bytes[index] & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return (line, column)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
    }

    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private static func describeBare(_ byte: UInt8) -> String {
        byte >= 0x20 && byte < 0x7F ? String(UnicodeScalar(byte)) : "U+\(hex(UInt32(byte)))"
    }

    /// A byte as a player would recognise it in their editor.
    static func describe(_ byte: UInt8) -> String {
        switch byte {
        case 0x0A, 0x0D: "a line break"
        case 0x09: "a tab"
        case 0x20..<0x7F: "'\(String(UnicodeScalar(byte)))'"
        case 0x80...: "a non-ASCII character"
        default: "a control character (U+\(hex(UInt32(byte))))"
        }
    }
}
