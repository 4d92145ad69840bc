/// Compact JSON text with sorted keys, written directly. The turn writer
/// stores thousands of small event and delta objects a turn, and a general
/// encoder spent more time on each than the database did.
extension JSONValue {
    /// This value as compact JSON, object keys sorted: equal values give equal text.
    public var compactText: String {
        var text = ""
        text.reserveCapacity(64)
        append(to: &text)
        return text
    }

    /// `members` as a compact JSON object, keys sorted.
    public static func objectText(_ members: [String: JSONValue]) -> String {
        JSONValue.object(members).compactText
    }

    func append(to text: inout String) {
        switch self {
        case .null: text += "null"
        case .bool(let flag): text += flag ? "true" : "false"
        case .int(let number): text += String(number)
        case .string(let string): text += Self.quoted(string)
        case .array(let values):
            text += "["
            for (index, element) in values.enumerated() {
                if index > 0 { text += "," }
                element.append(to: &text)
            }
            text += "]"
        case .object(let members):
            text += "{"
            for (index, key) in members.keys.sorted().enumerated() {
                if index > 0 { text += "," }
                text += Self.quoted(key)
                text += ":"
                members[key]!.append(to: &text)
            }
            text += "}"
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, nothing else.
    public static func quoted(_ string: String) -> String {
        var text = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    text.unicodeScalars.append(scalar)
                }
            }
        }
        return text + "\""
    }
}
