/// Paths into an order file as receipts print them: `fleet_orders[1].to`, and `$` for the whole file.
enum OrderFilePath {
    /// The path of field `key` inside `parent` (nil: the top level of the file). A key that is not a
    /// plain name (empty, or holding `.`, `[`, blanks, quotes, ...) is written quoted in brackets,
    /// `$[""]` or `builds[0]["a.b"]`: a path is never empty and always names the one field it means.
    static func member(_ key: String, of parent: String?) -> String {
        if isPlainName(key) {
            return parent.map { "\($0).\(key)" } ?? key
        }
        return (parent ?? "$") + "[" + quoted(key) + "]"
    }

    private static func isPlainName(_ key: String) -> Bool {
        !key.isEmpty
            && key.utf8.allSatisfy { byte in
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                    || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
            }
    }

    /// `key` as a JSON string literal.
    private static func quoted(_ key: String) -> String {
        var text = "\""
        for scalar in key.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case let control where control.value < 0x20:
                let hex = String(control.value, radix: 16)
                text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text + "\""
    }
}
