/// One line of a legacy text file after the tolerated noise is removed.
struct LegacyLine: Sendable, Equatable {
    /// 1-based, counted in the file as stored (blank lines count).
    var number: Int
    /// Content without BOM, line ending and surrounding spaces or tabs.
    var text: String
}

/// Splits a legacy text file into lines, absorbing the variations old editors and tools produce:
/// a UTF-8 BOM, CRLF endings, trailing (and leading) blanks, blank lines and a missing final newline.
enum LegacyTextLines {
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Returns the non-blank lines, plus an error for every line that is not valid UTF-8.
    static func split(_ bytes: [UInt8], file: String) -> (lines: [LegacyLine], errors: [LegacyParseError]) {
        var body = bytes[...]
        if body.starts(with: byteOrderMark) {
            body = body.dropFirst(byteOrderMark.count)
        }
        var lines: [LegacyLine] = []
        var errors: [LegacyParseError] = []
        // Splitting on LF leaves an empty last piece after a final newline; it is blank and so skipped.
        for (index, rawLine) in body.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            // Decoding replaces bad bytes with U+FFFD, so a round trip that changes the bytes means
            // invalid UTF-8 (String(validating:) would need macOS 15, the package targets 14).
            let decoded = String(decoding: rawLine, as: UTF8.self)
            guard decoded.utf8.elementsEqual(rawLine) else {
                errors.append(
                    LegacyParseError(
                        code: .invalidUTF8, file: file, line: number,
                        text: decoded.trimmingBlanks(),
                        message: "line is not valid UTF-8 text"
                    ))
                continue
            }
            let text = decoded.trimmingBlanks()
            if !text.isEmpty {
                lines.append(LegacyLine(number: number, text: text))
            }
        }
        return (lines, errors)
    }

    static func split(_ text: String, file: String) -> (lines: [LegacyLine], errors: [LegacyParseError]) {
        split(Array(text.utf8), file: file)
    }
}

extension StringProtocol {
    /// Drops spaces, tabs and a stray CR at both ends; nothing else counts as a blank in these files.
    func trimmingBlanks() -> String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let first = firstIndex(where: { !isBlank($0) }),
            let last = lastIndex(where: { !isBlank($0) })
        else { return "" }
        return String(self[first...last])
    }
}
