/// How much one order file may hold (players.md): enough for any house's
/// turn, small enough that judging a hostile file costs little. The JSON
/// reader counts before it decodes, so a file of a million empty entries is
/// refused after one pass over its bytes.
public enum OrderFileLimits {
    /// Entries of fleet_orders, builds and diplomacy together (in JSON: values in lists).
    public static let entries = 2_000
    /// Fields of all objects together (in JSON: members of objects; in KDL:
    /// line ends, `;` and `=` together).
    public static let fields = 20_000

    /// A refusal when the JSON text holds more list values or object members
    /// than allowed; nil otherwise (also for text that is not JSON: the
    /// decoder reports that).
    static func checkJSON(_ bytes: [UInt8]) -> SubmissionError? {
        var listValues = 0
        var members = 0
        // Per open container: whether it is a list, and whether a value has started in it.
        var open: [(isList: Bool, hasValue: Bool)] = []
        var inString = false
        var escaped = false
        for byte in bytes {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case 0x20, 0x0A, 0x0D, 0x09: continue
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                _ = open.popLast()
                continue
            case UInt8(ascii: ","):
                if let last = open.indices.last { open[last].hasValue = false }
                continue
            case UInt8(ascii: ":"):
                members += 1
                continue
            default: break
            }
            if let last = open.indices.last, open[last].isList, !open[last].hasValue {
                open[last].hasValue = true
                listValues += 1
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["): open.append((true, false))
            case UInt8(ascii: "{"): open.append((false, false))
            default: break
            }
        }
        if listValues > entries {
            return SubmissionError(
                code: .fileTooManyOrders, path: "$",
                message: "the file holds \(listValues) entries; an order file may hold at most \(entries) (fleet orders, builds and diplomacy together)")
        }
        if members > fields {
            return SubmissionError(code: .fileTooManyFields, path: "$", message: "the file holds \(members) fields; an order file may hold at most \(fields)")
        }
        return nil
    }

    /// A refusal when KDL text has more line ends, `;` and `=` together than
    /// `fields` (an upper bound on its nodes and properties, counted before
    /// parsing: a parsed node costs far more than its bytes); nil otherwise.
    static func checkKDL(_ bytes: [UInt8]) -> SubmissionError? {
        var marks = 0
        for byte in bytes where byte == 0x0A || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "=") { marks += 1 }
        guard marks > fields else { return nil }
        return SubmissionError(
            code: .fileTooManyFields, path: "$",
            message: "the file has \(marks) lines, ';' and '=' together; a KDL order file may have at most \(fields)")
    }
}
