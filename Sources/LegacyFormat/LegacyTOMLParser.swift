/// A strict parser for the small TOML subset of legacy `game_config.toml` files: one `key = value`
/// or `[table]` per line, comments, basic and literal strings, integers, floats, booleans and
/// single-line arrays. Anything else is reported on its line instead of guessed at, and every
/// line is checked so the user sees all problems at once.
enum LegacyTOMLParser {
    static func parse(_ lines: [LegacyLine], file: String) -> (document: LegacyTOMLDocument, errors: [LegacyParseError]) {
        var document = LegacyTOMLDocument()
        var errors: [LegacyParseError] = []
        var currentTable: String?
        var lineOfKey: [String: Int] = [:]  // "table\u{0}key" -> first line
        var lineOfTable: [String: Int] = [:]

        for line in lines {
            var cursor = LegacyTOMLCursor(line)
            do throws(LegacyTOMLLineFailure) {
                if cursor.peek == "#" { continue }
                if cursor.peek == "[" {
                    let name = try cursor.tableHeader()
                    if let first = lineOfTable[name] {
                        throw cursor.failure(.tomlDuplicateKey, "table [\(name)] is already defined on line \(first)")
                    }
                    lineOfTable[name] = line.number
                    currentTable = name
                    document.tables.append(.init(name: name, line: line))
                    continue
                }
                let key = try cursor.key()
                cursor.skipBlanks()
                if cursor.peek == "." {
                    throw cursor.failure(.tomlUnsupported, "dotted keys are not supported; use a [table]")
                }
                guard cursor.take("=") else {
                    throw cursor.failure(.tomlSyntax, "expected '=' after key '\(key)'")
                }
                cursor.skipBlanks()
                let value = try cursor.value()
                try cursor.expectEndOfLine()

                let slot = (currentTable ?? "") + "\u{0}" + key
                if let first = lineOfKey[slot] {
                    throw cursor.failure(.tomlDuplicateKey, "key '\(key)' is already set on line \(first)")
                }
                lineOfKey[slot] = line.number
                document.entries.append(.init(table: currentTable, key: key, value: value, line: line))
            } catch {
                errors.append(LegacyParseError(code: error.code, file: file, line: line.number, text: line.text, message: error.message))
            }
        }
        return (document, errors)
    }
}

/// Why one line could not be read; turned into a `LegacyParseError` by the caller, which knows the file.
struct LegacyTOMLLineFailure: Error {
    var code: LegacyParseError.Code
    var message: String
}

/// Reads one line left to right.
struct LegacyTOMLCursor {
    private let scalars: [Unicode.Scalar]
    private var index = 0

    init(_ line: LegacyLine) {
        scalars = Array(line.text.unicodeScalars)
    }

    var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }
    var atEnd: Bool { index >= scalars.count }

    func failure(_ code: LegacyParseError.Code, _ message: String) -> LegacyTOMLLineFailure {
        LegacyTOMLLineFailure(code: code, message: message)
    }

    mutating func skipBlanks() {
        while let scalar = peek, scalar == " " || scalar == "\t" { index += 1 }
    }

    /// Consumes `scalar` if it is next.
    mutating func take(_ scalar: Unicode.Scalar) -> Bool {
        guard peek == scalar else { return false }
        index += 1
        return true
    }

    private func starts(with text: String) -> Bool {
        let wanted = Array(text.unicodeScalars)
        return index + wanted.count <= scalars.count && Array(scalars[index..<index + wanted.count]) == wanted
    }

    /// Only blanks or a comment may follow a value or a table header.
    mutating func expectEndOfLine() throws(LegacyTOMLLineFailure) {
        skipBlanks()
        guard atEnd || peek == "#" else {
            throw failure(.tomlSyntax, "unexpected text '\(rest)' after the value")
        }
    }

    private var rest: String {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars[index...])
        return text
    }

    // MARK: Keys and tables

    private static func isBareKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", "_", "-": true
        default: false
        }
    }

    mutating func key() throws(LegacyTOMLLineFailure) -> String {
        if peek == "\"" { return try basicString() }
        if peek == "'" { return try literalString() }
        let start = index
        while let scalar = peek, Self.isBareKeyScalar(scalar) { index += 1 }
        guard index > start else {
            throw failure(.tomlSyntax, "expected a key (letters, digits, '_' or '-') or a [table]")
        }
        var key = ""
        key.unicodeScalars.append(contentsOf: scalars[start..<index])
        return key
    }

    mutating func tableHeader() throws(LegacyTOMLLineFailure) -> String {
        if starts(with: "[[") {
            throw failure(.tomlUnsupported, "arrays of tables ([[...]]) are not supported")
        }
        index += 1
        skipBlanks()
        let name = try key()
        skipBlanks()
        if peek == "." {
            throw failure(.tomlUnsupported, "dotted table names are not supported")
        }
        guard take("]") else {
            throw failure(.tomlSyntax, "expected ']' to close the table header")
        }
        try expectEndOfLine()
        return name
    }

    // MARK: Values

    mutating func value() throws(LegacyTOMLLineFailure) -> LegacyTOMLValue {
        switch peek {
        case nil:
            throw failure(.tomlBadValue, "missing value after '='")
        case "\"":
            return .string(try basicString())
        case "'":
            return .string(try literalString())
        case "[":
            return try array()
        case "{":
            throw failure(.tomlUnsupported, "inline tables are not supported")
        default:
            return try scalarWord()
        }
    }

    private mutating func array() throws(LegacyTOMLLineFailure) -> LegacyTOMLValue {
        index += 1  // [
        var elements: [LegacyTOMLValue] = []
        while true {
            skipBlanks()
            if take("]") { return .array(elements) }
            if atEnd || peek == "#" {
                throw failure(.tomlUnsupported, "array is not closed on this line; multi-line arrays are not supported")
            }
            elements.append(try value())
            skipBlanks()
            if take(",") { continue }
            if take("]") { return .array(elements) }
            if atEnd || peek == "#" {
                throw failure(.tomlUnsupported, "array is not closed on this line; multi-line arrays are not supported")
            }
            throw failure(.tomlBadValue, "expected ',' or ']' in array, found '\(rest)'")
        }
    }

    private mutating func basicString() throws(LegacyTOMLLineFailure) -> String {
        if starts(with: "\"\"\"") {
            throw failure(.tomlUnsupported, "multi-line strings (\"\"\") are not supported")
        }
        index += 1
        var text = ""
        while let scalar = peek {
            index += 1
            switch scalar {
            case "\"":
                return text
            case "\\":
                text.unicodeScalars.append(try escape())
            default:
                if scalar.value < 0x20 && scalar != "\t" || scalar.value == 0x7F {
                    throw failure(.tomlBadValue, "control character U+\(hex(scalar.value)) in a string")
                }
                text.unicodeScalars.append(scalar)
            }
        }
        throw failure(.tomlBadValue, "string is not closed with '\"'")
    }

    private mutating func escape() throws(LegacyTOMLLineFailure) -> Unicode.Scalar {
        guard let code = peek else { throw failure(.tomlBadValue, "string ends with a lone backslash") }
        index += 1
        switch code {
        case "\"": return "\""
        case "\\": return "\\"
        case "b": return "\u{08}"
        case "t": return "\t"
        case "n": return "\n"
        case "f": return "\u{0C}"
        case "r": return "\r"
        case "u": return try unicodeEscape(digits: 4)
        case "U": return try unicodeEscape(digits: 8)
        default: throw failure(.tomlBadValue, "unknown escape '\\\(code)' in a string")
        }
    }

    private mutating func unicodeEscape(digits: Int) throws(LegacyTOMLLineFailure) -> Unicode.Scalar {
        guard index + digits <= scalars.count else {
            throw failure(.tomlBadValue, "\\u escape needs \(digits) hex digits")
        }
        var hexDigits = ""
        hexDigits.unicodeScalars.append(contentsOf: scalars[index..<index + digits])
        index += digits
        guard let value = UInt32(hexDigits, radix: 16), let scalar = Unicode.Scalar(value) else {
            throw failure(.tomlBadValue, "'\(hexDigits)' is not a Unicode scalar value")
        }
        return scalar
    }

    private mutating func literalString() throws(LegacyTOMLLineFailure) -> String {
        if starts(with: "'''") {
            throw failure(.tomlUnsupported, "multi-line literal strings (''') are not supported")
        }
        index += 1
        var text = ""
        while let scalar = peek {
            index += 1
            if scalar == "'" { return text }
            text.unicodeScalars.append(scalar)
        }
        throw failure(.tomlBadValue, "literal string is not closed with \"'\"")
    }

    /// An unquoted value: boolean, integer or float. The word runs to the next blank, ',', ']' or '#'.
    private mutating func scalarWord() throws(LegacyTOMLLineFailure) -> LegacyTOMLValue {
        let start = index
        while let scalar = peek, scalar != " ", scalar != "\t", scalar != ",", scalar != "]", scalar != "#" {
            index += 1
        }
        var word = ""
        word.unicodeScalars.append(contentsOf: scalars[start..<index])
        if let value = LegacyTOMLNumber.value(of: word) {
            return value
        }
        if LegacyTOMLNumber.looksLikeDateOrTime(word) {
            throw failure(.tomlUnsupported, "dates and times ('\(word)') are not supported")
        }
        if LegacyTOMLNumber.looksNumeric(word) {
            throw failure(.tomlBadValue, "'\(word)' is not a valid TOML number (or is out of range)")
        }
        index = start
        let unquoted = rest.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0].trimmingBlanks()
        throw failure(.tomlBadValue, "'\(unquoted)' is not a TOML value; text must be quoted, e.g. \"\(unquoted)\"")
    }

    private func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
