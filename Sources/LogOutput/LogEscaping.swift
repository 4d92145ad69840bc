/// Keeps every record on one line of its own: a file name or an error text
/// holding a line break or a terminal escape must not be able to start a
/// forged line, or rewrite what the terminal shows.
enum LogEscaping {
    /// Characters written as escapes: the C0 and C1 controls (line breaks,
    /// tab, ESC, DEL, ...), the Unicode line and paragraph separators, and
    /// the bidirectional marks, embeddings, overrides and isolates (which
    /// would let a file name make the rest of a line read backwards).
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: break
        }
        switch scalar.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }

    /// `\n`, `\r`, `\t`, or `\u001b` (four hex digits: every escaped character is below U+10000).
    static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        default:
            let hex = String(scalar.value, radix: 16)
            return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
    }

    /// A message in a text line: escapes, and the backslash doubled so that an
    /// escape in the line always stands for one character of the message.
    static func textMessage(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar == "\\" {
                out += "\\\\"
            } else if needsEscape(scalar) {
                out += escape(scalar)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A value in a `key=value` pair: bare when it cannot be misread, otherwise
    /// quoted, so a value holding a space or `=` cannot pose as another pair.
    static func textValue(_ text: String) -> String {
        let bare =
            !text.isEmpty
            && text.unicodeScalars.allSatisfy {
                !$0.properties.isWhitespace && $0 != "\"" && $0 != "=" && $0 != "\\" && !needsEscape($0)
            }
        if bare { return text }
        return "\"" + textMessage(text).replacingQuotes() + "\""
    }

    /// A JSON string literal, quotes included. Beyond what JSON requires, DEL,
    /// the C1 controls, U+2028/U+2029 and the bidirectional controls are escaped too.
    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default:
                if needsEscape(scalar) { out += escape(scalar) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }
}

private extension String {
    func replacingQuotes() -> String {
        var out = ""
        for character in self {
            if character == "\"" { out += "\\\"" } else { out.append(character) }
        }
        return out
    }
}
