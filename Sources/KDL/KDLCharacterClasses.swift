/// The code point sets of the KDL v2 grammar.
enum KDLCharacterClasses {
    /// `unicode-space`: White_Space characters that do not end a line.
    @inline(__always)
    static func isUnicodeSpace(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// `newline`: LF, VT, FF, CR, NEL, LS and PS (CRLF is handled by the scanners).
    @inline(__always)
    static func isNewline(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// Code points that may not appear literally anywhere (the BOM is allowed only at the start).
    @inline(__always)
    static func isDisallowedLiteral(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x00...0x08, 0x0E...0x1F, 0x7F, 0xD800...0xDFFF,
            0x200E...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF:
            true
        default:
            false
        }
    }

    /// `identifier-char` for an ASCII byte.
    @inline(__always)
    static func isIdentifierASCII(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x21, 0x24...0x27, 0x2A...0x2E, 0x30...0x3A, 0x3C, 0x3E...0x5A, 0x5E...0x7A, 0x7C, 0x7E:
            // Printable ASCII minus: space " # ( ) / ; = [ \ ] { } and DEL.
            true
        default:
            false
        }
    }

    /// `identifier-char` for any scalar.
    @inline(__always)
    static func isIdentifierScalar(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 {
            return isIdentifierASCII(UInt8(scalar))
        }
        return !isUnicodeSpace(scalar) && !isNewline(scalar) && !isDisallowedLiteral(scalar)
    }

    /// Words that would be keywords if written without `#`, so they cannot be bare identifiers.
    static let reservedBareWords: Set<String> = ["true", "false", "null", "inf", "-inf", "nan"]

    /// True if `text` may be written as a bare identifier (used by the printer).
    static func isValidBareIdentifier(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars.prefix(3).map(\.value))
        guard !scalars.isEmpty else { return false }
        if startsLikeNumber(scalars) || reservedBareWords.contains(text) {
            return false
        }
        return text.unicodeScalars.allSatisfy { isIdentifierScalar($0.value) }
    }

    /// True when the first scalars read as a number: `digit`, `sign digit`, `sign? . digit`.
    static func startsLikeNumber(_ scalars: [UInt32]) -> Bool {
        var index = 0
        if index < scalars.count, scalars[index] == 0x2B || scalars[index] == 0x2D {
            index += 1
        }
        if index < scalars.count, scalars[index] == 0x2E {
            index += 1
        }
        return index < scalars.count && (0x30...0x39).contains(scalars[index])
    }
}
