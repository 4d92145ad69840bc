/// Quoted, raw and multi-line strings, escapes and dedenting.
extension KDLParser {
    /// What one backslash escape produced.
    enum Escape {
        /// A single scalar such as `\n` or `\u{1F600}`.
        case scalar(UInt32)
        /// A whitespace escape: the backslash and all following whitespace vanish.
        case whitespace
    }

    /// One scalar of a multi-line string body, remembering whether it was written literally.
    struct MultilineUnit {
        var scalar: UInt32
        var isLiteral: Bool
    }

    /// One physical line of a multi-line string body (after whitespace escapes joined lines).
    struct MultilineLine {
        var offset: Int
        var units: [MultilineUnit] = []
    }

    /// `"..."` or a `"""` multi-line string starting at the current position.
    mutating func parseQuotedString() throws(KDLError) -> String {
        let open = position
        if byte(at: position + 1) == ASCII.quote && byte(at: position + 2) == ASCII.quote {
            return try parseMultilineQuotedString()
        }
        position += 1
        var runStart = position
        var buffer: [UInt8] = []
        var hasEscapes = false
        while position < end {
            let current = bytes[position]
            if current == ASCII.quote {
                let text: String
                if hasEscapes {
                    buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
                    text = String(decoding: buffer, as: UTF8.self)
                } else {
                    text = string(from: runStart, to: position)
                }
                position += 1
                return text
            }
            if current == ASCII.backslash {
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
                hasEscapes = true
                if case .scalar(let value) = try parseEscape() {
                    appendUTF8(value, to: &buffer)
                }
                runStart = position
                continue
            }
            if (current >= 0x0A && current <= 0x0D) || ((current == 0xC2 || current == 0xE2) && newlineLength(at: position) > 0) {
                throw failure(
                    .unterminatedString, "a single-line string can't contain a newline", at: position,
                    hint: "close the quote on this line, write \\n for a line break, or start a multi-line string with \"\"\" followed by a newline")
            }
            position += 1
        }
        throw failure(.unterminatedString, "this string is never closed", at: open, hint: "add the closing '\"'")
    }

    /// `"""` newline, body lines, closing line of whitespace, `"""`.
    mutating func parseMultilineQuotedString() throws(KDLError) -> String {
        let open = position
        position += 3
        let firstNewline = newlineLength(at: position)
        guard firstNewline > 0 else {
            throw failure(
                .invalidMultilineString, "a multi-line string must have a newline right after the opening \"\"\"",
                at: open, hint: "start the text on the next line, or use a single-line \"string\"")
        }
        position += firstNewline
        var lines = [MultilineLine(offset: position)]
        while true {
            guard position < end else {
                throw failure(
                    .unterminatedString, "this multi-line string is never closed", at: open,
                    hint: "end it with \"\"\" on a line of its own")
            }
            let current = bytes[position]
            if current == ASCII.quote && byte(at: position + 1) == ASCII.quote && byte(at: position + 2) == ASCII.quote {
                position += 3
                break
            }
            if current == ASCII.backslash {
                if case .scalar(let value) = try parseEscape() {
                    lines[lines.count - 1].units.append(MultilineUnit(scalar: value, isLiteral: false))
                }
                continue
            }
            let newline = newlineLength(at: position)
            if newline > 0 {
                position += newline
                lines.append(MultilineLine(offset: position))
                continue
            }
            let (value, length) = scalar(at: position)
            lines[lines.count - 1].units.append(MultilineUnit(scalar: value, isLiteral: true))
            position += length
        }
        return try dedent(lines)
    }

    /// `#"..."#` with any number of `#`, or its multi-line form.
    mutating func parseRawString() throws(KDLError) -> String {
        let open = position
        var hashCount = 0
        while byte(at: position) == ASCII.hash {
            hashCount += 1
            position += 1
        }
        guard byte(at: position) == ASCII.quote else {
            throw failure(
                .unexpectedCharacter, "expected '\"' after the '#' signs of a raw string", at: position,
                hint: "a raw string looks like #\"text\"#; keywords take a single '#', like #true")
        }
        if byte(at: position + 1) == ASCII.quote && byte(at: position + 2) == ASCII.quote {
            return try parseMultilineRawString(open: open, hashCount: hashCount)
        }
        position += 1
        let bodyStart = position
        while position < end {
            let current = bytes[position]
            if current == ASCII.quote && hashesFollow(at: position + 1, count: hashCount) {
                let text = string(from: bodyStart, to: position)
                position += 1 + hashCount
                return text
            }
            if newlineLength(at: position) > 0 {
                throw failure(
                    .unterminatedString, "a single-line raw string can't contain a newline", at: position,
                    hint: "close it on this line with '\"' and \(hashCount) '#', or start a multi-line raw string with #\"\"\" followed by a newline")
            }
            position += 1
        }
        throw failure(
            .unterminatedString, "this raw string is never closed", at: open,
            hint: "close it with '\"' followed by \(hashCount) '#'")
    }

    /// The multi-line raw form: no escapes, closed by `"""` and the same number of `#`.
    private mutating func parseMultilineRawString(open: Int, hashCount: Int) throws(KDLError) -> String {
        position += 3
        let firstNewline = newlineLength(at: position)
        guard firstNewline > 0 else {
            throw failure(
                .invalidMultilineString, "a multi-line raw string must have a newline right after the opening \"\"\"",
                at: open, hint: "start the text on the next line, or use a single-line #\"raw string\"#")
        }
        position += firstNewline
        var lines = [MultilineLine(offset: position)]
        while true {
            guard position < end else {
                throw failure(
                    .unterminatedString, "this multi-line raw string is never closed", at: open,
                    hint: "end it with \"\"\" and \(hashCount) '#' on a line of its own")
            }
            if bytes[position] == ASCII.quote && byte(at: position + 1) == ASCII.quote
                && byte(at: position + 2) == ASCII.quote && hashesFollow(at: position + 3, count: hashCount)
            {
                position += 3 + hashCount
                break
            }
            let newline = newlineLength(at: position)
            if newline > 0 {
                position += newline
                lines.append(MultilineLine(offset: position))
                continue
            }
            let (value, length) = scalar(at: position)
            lines[lines.count - 1].units.append(MultilineUnit(scalar: value, isLiteral: true))
            position += length
        }
        return try dedent(lines)
    }

    private func hashesFollow(at index: Int, count: Int) -> Bool {
        guard index + count <= end else { return false }
        for offset in 0..<count where bytes[index + offset] != ASCII.hash {
            return false
        }
        return true
    }

    /// Applies the multi-line rules: the last line (whitespace only) is the indentation every other
    /// non-blank line must start with literally; it is removed, blank lines become empty.
    private mutating func dedent(_ allLines: [MultilineLine]) throws(KDLError) -> String {
        var lines = allLines
        let closing = lines.removeLast()
        func isBlank(_ line: MultilineLine) -> Bool {
            line.units.allSatisfy { $0.isLiteral && KDLCharacterClasses.isUnicodeSpace($0.scalar) }
        }
        guard isBlank(closing) else {
            throw failure(
                .invalidMultilineString,
                "the closing \"\"\" of a multi-line string must be on its own line, after whitespace only",
                at: closing.offset, hint: "move the closing \"\"\" to a new line")
        }
        let indentation = closing.units
        var output: [UInt8] = []
        for (index, line) in lines.enumerated() {
            if index > 0 {
                output.append(ASCII.lineFeed)
            }
            if isBlank(line) {
                continue
            }
            let matchesIndentation =
                line.units.count >= indentation.count
                && zip(line.units, indentation).allSatisfy { $0.isLiteral && $0.scalar == $1.scalar }
            guard matchesIndentation else {
                throw failure(
                    .invalidMultilineString,
                    "this line of the multi-line string does not start with the indentation of the closing line",
                    at: line.offset,
                    hint: "indent every line with exactly the whitespace before the closing \"\"\" (tabs and spaces must match)")
            }
            for unit in line.units[indentation.count...] {
                appendUTF8(unit.scalar, to: &output)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// One escape sequence starting at the backslash under the cursor.
    mutating func parseEscape() throws(KDLError) -> Escape {
        let backslash = position
        position += 1
        guard position < end else {
            throw failure(
                .unterminatedString, "the input ends inside a string, right after a '\\'", at: backslash,
                hint: "close the string")
        }
        let simple: UInt32
        switch bytes[position] {
        case ASCII.quote: simple = 0x22
        case ASCII.backslash: simple = 0x5C
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "n"): simple = 0x0A
        case UInt8(ascii: "r"): simple = 0x0D
        case UInt8(ascii: "t"): simple = 0x09
        case UInt8(ascii: "s"): simple = 0x20
        case UInt8(ascii: "u"):
            return .scalar(try parseUnicodeEscape(backslash: backslash))
        default:
            let (value, length) = scalar(at: position)
            guard KDLCharacterClasses.isUnicodeSpace(value) || KDLCharacterClasses.isNewline(value) else {
                let shown = Unicode.Scalar(value).map { String(Character($0)) } ?? "?"
                throw failure(
                    .invalidEscape, "'\\\(shown)' is not a valid escape", at: backslash,
                    hint: "valid escapes are \\\" \\\\ \\b \\f \\n \\r \\t \\s \\u{...} and '\\' before whitespace; a raw string #\"...\"# keeps backslashes as written")
            }
            position += length
            while position < end {
                let (next, nextLength) = scalar(at: position)
                guard KDLCharacterClasses.isUnicodeSpace(next) || KDLCharacterClasses.isNewline(next) else { break }
                position += nextLength
            }
            return .whitespace
        }
        position += 1
        return .scalar(simple)
    }

    /// `\u{` 1–6 hex digits `}` naming a Unicode scalar value.
    private mutating func parseUnicodeEscape(backslash: Int) throws(KDLError) -> UInt32 {
        let hint = "write \\u{...} with 1 to 6 hex digits naming a Unicode scalar value, like \\u{1F600}"
        position += 1
        guard byte(at: position) == ASCII.openBrace else {
            throw failure(.invalidEscape, "'\\u' must be followed by '{'", at: backslash, hint: hint)
        }
        position += 1
        var value: UInt32 = 0
        var digitCount = 0
        while position < end, let digit = hexDigitValue(bytes[position]) {
            guard digitCount < 6 else {
                throw failure(.invalidEscape, "a \\u{...} escape has at most 6 hex digits", at: backslash, hint: hint)
            }
            value = value << 4 | UInt32(digit)
            digitCount += 1
            position += 1
        }
        guard digitCount > 0, byte(at: position) == ASCII.closeBrace else {
            throw failure(.invalidEscape, "malformed \\u{...} escape", at: backslash, hint: hint)
        }
        position += 1
        guard value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else {
            throw failure(
                .invalidEscape, "\\u{\(String(value, radix: 16, uppercase: true))} is not a Unicode scalar value",
                at: backslash, hint: "surrogates (D800 to DFFF) and values above 10FFFF can't be escaped")
        }
        return value
    }

    /// Appends the UTF-8 encoding of a scalar value.
    @inline(__always)
    func appendUTF8(_ value: UInt32, to buffer: inout [UInt8]) {
        switch value {
        case 0..<0x80:
            buffer.append(UInt8(value))
        case 0x80..<0x800:
            buffer.append(UInt8(0xC0 | value >> 6))
            buffer.append(UInt8(0x80 | value & 0x3F))
        case 0x800..<0x10000:
            buffer.append(UInt8(0xE0 | value >> 12))
            buffer.append(UInt8(0x80 | value >> 6 & 0x3F))
            buffer.append(UInt8(0x80 | value & 0x3F))
        default:
            buffer.append(UInt8(0xF0 | value >> 18))
            buffer.append(UInt8(0x80 | value >> 12 & 0x3F))
            buffer.append(UInt8(0x80 | value >> 6 & 0x3F))
            buffer.append(UInt8(0x80 | value & 0x3F))
        }
    }
}

/// Value of an ASCII hex digit, or nil.
@inline(__always)
func hexDigitValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case 0x30...0x39: byte - 0x30
    case 0x41...0x46: byte - 0x41 + 10
    case 0x61...0x66: byte - 0x61 + 10
    default: nil
    }
}
