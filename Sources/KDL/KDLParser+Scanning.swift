/// Low-level byte access, locations and error construction shared by the parser's extensions.
extension KDLParser {
    /// The byte at `index`, or 0 past the end (NUL is never valid input, so 0 means "nothing").
    @inline(__always)
    func byte(at index: Int) -> UInt8 {
        index < end ? bytes[index] : 0
    }

    /// Decodes the scalar starting at `index` (input is already validated UTF-8).
    @inline(__always)
    func scalar(at index: Int) -> (value: UInt32, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 {
            return (UInt32(lead), 1)
        }
        if lead < 0xE0 {
            return (UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
        }
        if lead < 0xF0 {
            let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            return (value, 3)
        }
        let value =
            UInt32(lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
            | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
        return (value, 4)
    }

    /// Length in bytes of the newline at `index` (CRLF counts as one), or 0 if there is none.
    @inline(__always)
    func newlineLength(at index: Int) -> Int {
        switch byte(at: index) {
        case 0x0A, 0x0B, 0x0C:
            return 1
        case 0x0D:
            return byte(at: index + 1) == 0x0A ? 2 : 1
        case 0xC2:
            return byte(at: index + 1) == 0x85 ? 2 : 0
        case 0xE2:
            let third = byte(at: index + 2)
            return byte(at: index + 1) == 0x80 && (third == 0xA8 || third == 0xA9) ? 3 : 0
        default:
            return 0
        }
    }

    /// Text of the bytes in `start..<stop`.
    @inline(__always)
    func string(from start: Int, to stop: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<stop]), as: UTF8.self)
    }

    /// Line and column of a byte offset.
    mutating func location(of offset: Int) -> KDLSourceLocation {
        lines.location(of: offset, in: bytes)
    }

    /// An error positioned at a byte offset.
    mutating func failure(_ code: KDLError.Code, _ message: String, at offset: Int, hint: String? = nil) -> KDLError {
        let place = location(of: offset)
        return KDLError(code: code, message: message, line: place.line, column: place.column, hint: hint)
    }

    /// An error for whatever sits at the current position when `expected` was wanted.
    mutating func unexpectedCharacter(expected: String) -> KDLError {
        guard position < end else {
            return failure(.unexpectedEndOfInput, "unexpected end of input; expected \(expected)", at: position)
        }
        if newlineLength(at: position) > 0 {
            return failure(.unexpectedCharacter, "unexpected newline; expected \(expected)", at: position)
        }
        let found = scalar(at: position).value
        let shown = Unicode.Scalar(found).map { "'\(Character($0))'" } ?? "U+\(String(found, radix: 16))"
        var hint: String?
        switch found {
        case 0x5B, 0x5D:
            hint = "square brackets can't appear in a bare identifier; wrap the text in quotes"
        case 0x28, 0x29:
            hint = "parentheses can't appear in a bare identifier; wrap the text in quotes"
        case 0x7B, 0x7D:
            hint = "braces open and close children blocks; wrap text containing them in quotes"
        case 0x3D:
            hint = "a property key must be a string; wrap a numeric key in quotes"
        case 0x2F:
            hint = "'/' can't appear in a bare identifier ('//' starts a comment, '/-' comments out an item); wrap the text in quotes"
        case 0x3B:
            hint = "';' ends a node; wrap text containing it in quotes"
        default:
            hint = nil
        }
        return failure(.unexpectedCharacter, "unexpected \(shown); expected \(expected)", at: position, hint: hint)
    }
}
