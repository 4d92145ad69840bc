internal import KDL

/// Takes a house's token out of a file before the file is kept (DESIGN.md
/// §4: the stored raw bytes and the `received/` copy never hold it). The
/// value of every `token` field — JSON member or KDL node argument or
/// property, at any depth — becomes the string `"<redacted>"`, so a kept
/// file still reads (and replays) as the same orders. Then any 32-hex-digit
/// run that is the house's token, wherever it was written (a comment, a
/// wrong field, a file that does not parse), becomes `<redacted>` too.
///
/// The file's SHA-256 is taken before: it is that of the bytes as sent.
public enum TokenRedaction {
    public static let marker = "<redacted>"
    static let quotedMarker = Array("\"\(marker)\"".utf8)

    public static func redact(_ raw: [UInt8], format: OrderFile.Format, tokenHash: String?) -> [UInt8] {
        var bytes = raw
        let ranges = format == .kdl ? kdlTokenValues(raw) : jsonTokenValues(raw)
        for range in ranges.sorted(by: { $0.lowerBound > $1.lowerBound }) {
            bytes.replaceSubrange(range, with: quotedMarker)
        }
        if let tokenHash { bytes = redactRuns(bytes, tokenHash: tokenHash) }
        return bytes
    }

    // MARK: JSON

    /// The byte ranges of the values of members named `token`, found by a
    /// lexical pass that works on broken JSON too.
    static func jsonTokenValues(_ bytes: [UInt8]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "\"") else {
                index += 1
                continue
            }
            let end = jsonStringEnd(bytes, from: index)
            var next = skipSpace(bytes, from: end)
            if next < bytes.count, bytes[next] == UInt8(ascii: ":"), decodeJSONString(bytes[(index + 1)..<max(index + 1, end - 1)]) == "token" {
                next = skipSpace(bytes, from: next + 1)
                if next < bytes.count {
                    let valueEnd: Int
                    if bytes[next] == UInt8(ascii: "\"") {
                        valueEnd = jsonStringEnd(bytes, from: next)
                    } else if bytes[next] == UInt8(ascii: "{") || bytes[next] == UInt8(ascii: "[") {
                        valueEnd = next
                    } else {
                        var scan = next
                        while scan < bytes.count, !Self.jsonDelimiters.contains(bytes[scan]) { scan += 1 }
                        valueEnd = scan
                    }
                    if valueEnd > next { found.append(next..<valueEnd) }
                    index = max(valueEnd, next)
                    continue
                }
            }
            index = end
        }
        return found
    }

    static let jsonDelimiters: Set<UInt8> = [UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x0A, 0x0D, 0x09]

    /// Just past the closing quote of the string opening at `start` (or the end of the bytes).
    static func jsonStringEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start + 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 2
            case UInt8(ascii: "\""): return index + 1
            default: index += 1
            }
        }
        return bytes.count
    }

    static func skipSpace(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
        return index
    }

    /// The text of a JSON string's contents, escapes decoded (only as far as
    /// comparing a key needs: a malformed escape makes it nil).
    static func decodeJSONString(_ contents: ArraySlice<UInt8>) -> String? {
        guard contents.count < 64 else { return nil }
        var scalars = String.UnicodeScalarView()
        let text = Array(contents)
        var position = 0
        while position < text.count {
            let byte = text[position]
            guard byte == UInt8(ascii: "\\") else {
                scalars.append(Unicode.Scalar(byte))
                position += 1
                continue
            }
            guard position + 1 < text.count else { return nil }
            switch text[position + 1] {
            case UInt8(ascii: "u"):
                guard position + 6 <= text.count, let value = UInt32(String(decoding: text[(position + 2)..<(position + 6)], as: UTF8.self), radix: 16),
                    let scalar = Unicode.Scalar(value)
                else { return nil }
                scalars.append(scalar)
                position += 6
            default:
                scalars.append(Unicode.Scalar(text[position + 1]))
                position += 2
            }
        }
        return String(scalars)
    }

    // MARK: KDL

    /// The byte ranges of the values of `token` nodes' arguments and `token=` properties.
    static func kdlTokenValues(_ bytes: [UInt8]) -> [Range<Int>] {
        // A file too big to judge is not parsed here either; the scan for the token itself still runs.
        guard OrderFileLimits.checkKDL(bytes) == nil, let document = try? KDLDocument(parsing: bytes) else { return [] }
        var found: [Range<Int>] = []
        func visit(_ nodes: [KDLNode]) {
            for node in nodes {
                if node.name == "token" {
                    for argument in node.arguments { if let range = kdlValueRange(argument, in: bytes) { found.append(range) } }
                }
                for property in node.properties where property.key == "token" {
                    if let range = kdlValueRange(property.value, in: bytes) { found.append(range) }
                }
                visit(node.children)
            }
        }
        visit(document.nodes)
        return found
    }

    /// Where a parsed value's literal lies: from its start (type annotation included) to its end.
    static func kdlValueRange(_ value: KDLValue, in bytes: [UInt8]) -> Range<Int>? {
        guard let start = value.location?.offset, start < bytes.count else { return nil }
        var index = start
        if bytes[index] == UInt8(ascii: "(") {
            while index < bytes.count, bytes[index] != UInt8(ascii: ")") { index += 1 }
            index += 1
            while index < bytes.count, [0x20, 0x09].contains(bytes[index]) { index += 1 }
        }
        guard index < bytes.count else { return nil }
        var hashes = 0
        while index < bytes.count, bytes[index] == UInt8(ascii: "#") {
            hashes += 1
            index += 1
        }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
            // A bare value (or #true and the like): up to the next separator.
            while index < bytes.count, !Self.kdlDelimiters.contains(bytes[index]) { index += 1 }
            return start..<index
        }
        let quotes = index + 2 < bytes.count && bytes[index + 1] == UInt8(ascii: "\"") && bytes[index + 2] == UInt8(ascii: "\"") ? 3 : 1
        index += quotes
        while index < bytes.count {
            if hashes == 0, bytes[index] == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if closes(bytes, at: index, quotes: quotes, hashes: hashes) { return start..<(index + quotes + hashes) }
            index += 1
        }
        return nil
    }

    static func closes(_ bytes: [UInt8], at index: Int, quotes: Int, hashes: Int) -> Bool {
        guard index + quotes + hashes <= bytes.count else { return false }
        for offset in 0..<quotes where bytes[index + offset] != UInt8(ascii: "\"") { return false }
        for offset in 0..<hashes where bytes[index + quotes + offset] != UInt8(ascii: "#") { return false }
        return true
    }

    static let kdlDelimiters: Set<UInt8> = [
        0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ";"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "("), UInt8(ascii: ")"),
        UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "/"), UInt8(ascii: "\\"), UInt8(ascii: "="), UInt8(ascii: "\""),
    ]

    // MARK: Anywhere

    /// Every run of exactly 32 hex digits that is the house's token (in any letter case).
    static func redactRuns(_ bytes: [UInt8], tokenHash: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            guard isHexDigit(bytes[index]), index == 0 || !isWordByte(bytes[index - 1]) else {
                out.append(bytes[index])
                index += 1
                continue
            }
            var end = index
            while end < bytes.count, isHexDigit(bytes[end]) { end += 1 }
            let run = bytes[index..<end]
            if run.count == 32, end == bytes.count || !isWordByte(bytes[end]),
                HouseToken.matches(String(decoding: run, as: UTF8.self).lowercased(), hash: tokenHash)
            {
                out += Array(marker.utf8)
            } else {
                out += run
            }
            index = end
        }
        return out
    }

    static func isHexDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        isHexDigit(byte) || (UInt8(ascii: "g")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "G")...UInt8(ascii: "Z")).contains(byte)
            || byte == UInt8(ascii: "_")
    }
}
