/// First pass over the input: strict UTF-8, no disallowed code points, no late BOM, and a line index.
///
/// Doing this once up front lets the parser treat the bytes as trusted UTF-8 afterwards.
enum KDLInputValidator {
    /// Length of the byte order mark when the input starts with one, else 0.
    static func byteOrderMarkLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// Validates `bytes` and returns the offsets where lines start.
    static func validate(_ bytes: UnsafeBufferPointer<UInt8>) throws(KDLError) -> KDLLineTable {
        let count = bytes.count
        var index = byteOrderMarkLength(bytes)
        var lineStarts: [Int] = [index]
        lineStarts.reserveCapacity(count / 32 + 1)

        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                if lead >= 0x20 && lead != 0x7F {
                    index += 1
                    continue
                }
                switch lead {
                case 0x09:
                    index += 1
                case 0x0A, 0x0B, 0x0C:
                    index += 1
                    lineStarts.append(index)
                case 0x0D:
                    index += (index + 1 < count && bytes[index + 1] == 0x0A) ? 2 : 1
                    lineStarts.append(index)
                default:
                    throw failure(
                        .disallowedCodePoint, disallowedMessage(UInt32(lead)), at: index, bytes, lineStarts,
                        hint: "write it as a \\u{...} escape inside a quoted string if you need it")
                }
                continue
            }

            let (scalar, length) = try decodeMultiByte(at: index, bytes, lineStarts)
            switch scalar {
            case 0x85, 0x2028, 0x2029:
                index += length
                lineStarts.append(index)
                continue
            case 0xFEFF:
                throw failure(
                    .misplacedByteOrderMark, "a byte order mark (U+FEFF) is only allowed at the very start",
                    at: index, bytes, lineStarts, hint: "remove the stray U+FEFF character")
            default:
                if KDLCharacterClasses.isDisallowedLiteral(scalar) {
                    throw failure(
                        .disallowedCodePoint, disallowedMessage(scalar), at: index, bytes, lineStarts,
                        hint: "write it as a \\u{...} escape inside a quoted string if you need it")
                }
            }
            index += length
        }
        return KDLLineTable(lineStarts: lineStarts)
    }

    /// Decodes one multi-byte scalar, rejecting overlong forms, surrogates and values above U+10FFFF.
    private static func decodeMultiByte(
        at index: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ lineStarts: [Int]
    ) throws(KDLError) -> (scalar: UInt32, length: Int) {
        let lead = bytes[index]
        let length: Int
        var lowerBound: UInt8 = 0x80
        var upperBound: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            lowerBound = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            upperBound = 0x9F
        case 0xF0:
            length = 4
            lowerBound = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            upperBound = 0x8F
        default:
            throw invalidUTF8(at: index, bytes, lineStarts)
        }
        guard index + length <= bytes.count else {
            throw invalidUTF8(at: index, bytes, lineStarts)
        }
        let second = bytes[index + 1]
        guard second >= lowerBound && second <= upperBound else {
            throw invalidUTF8(at: index, bytes, lineStarts)
        }
        var scalar = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        scalar = scalar << 6 | UInt32(second & 0x3F)
        var position = index + 2
        while position < index + length {
            let continuation = bytes[position]
            guard continuation & 0xC0 == 0x80 else {
                throw invalidUTF8(at: index, bytes, lineStarts)
            }
            scalar = scalar << 6 | UInt32(continuation & 0x3F)
            position += 1
        }
        return (scalar, length)
    }

    private static func disallowedMessage(_ scalar: UInt32) -> String {
        let hex = String(scalar, radix: 16, uppercase: true)
        let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        return "the code point U+\(padded) is not allowed in a KDL document"
    }

    private static func invalidUTF8(at index: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ lineStarts: [Int]) -> KDLError {
        failure(
            .invalidUTF8, "invalid UTF-8 byte sequence starting with byte 0x\(String(bytes[index], radix: 16, uppercase: true))",
            at: index, bytes, lineStarts, hint: "save the file as UTF-8")
    }

    private static func failure(
        _ code: KDLError.Code, _ message: String, at index: Int,
        _ bytes: UnsafeBufferPointer<UInt8>, _ lineStarts: [Int], hint: String? = nil
    ) -> KDLError {
        var table = KDLLineTable(lineStarts: lineStarts)
        let location = table.location(of: index, in: bytes)
        return KDLError(code: code, message: message, line: location.line, column: location.column, hint: hint)
    }
}
