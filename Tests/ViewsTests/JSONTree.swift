import Foundation

/// A parsed JSON document for the tests, read by a small strict parser
/// that keeps true, 1 and 1.5 apart (JSONDecoder's trial-and-error decoding
/// is far too slow in debug builds for thousands of views).
indirect enum JSONTree: Equatable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONTree])
    case object([String: JSONTree])

    struct SyntaxError: Error, CustomStringConvertible {
        var offset: Int
        var description: String { "invalid JSON at byte \(offset)" }
    }

    static func parse(_ data: Data) throws -> JSONTree { try parse(Array(data)) }
    static func parse(_ text: String) throws -> JSONTree { try parse(Array(text.utf8)) }

    static func parse(_ bytes: [UInt8]) throws -> JSONTree {
        var parser = Parser(bytes: bytes)
        let value = try parser.value()
        parser.skipSpace()
        guard parser.position == bytes.count else { throw SyntaxError(offset: parser.position) }
        return value
    }

    struct Parser {
        let bytes: [UInt8]
        var position = 0

        mutating func skipSpace() {
            while position < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[position]) { position += 1 }
        }

        mutating func expect(_ literal: String) throws {
            for byte in literal.utf8 {
                guard position < bytes.count, bytes[position] == byte else { throw SyntaxError(offset: position) }
                position += 1
            }
        }

        mutating func value() throws -> JSONTree {
            skipSpace()
            guard position < bytes.count else { throw SyntaxError(offset: position) }
            switch bytes[position] {
            case UInt8(ascii: "{"):
                position += 1
                var members: [String: JSONTree] = [:]
                skipSpace()
                if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
                    position += 1
                    return .object(members)
                }
                while true {
                    skipSpace()
                    let key = try string()
                    skipSpace()
                    try expect(":")
                    guard members.updateValue(try value(), forKey: key) == nil else { throw SyntaxError(offset: position) }
                    skipSpace()
                    if position < bytes.count, bytes[position] == UInt8(ascii: ",") {
                        position += 1
                        continue
                    }
                    try expect("}")
                    return .object(members)
                }
            case UInt8(ascii: "["):
                position += 1
                var items: [JSONTree] = []
                skipSpace()
                if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
                    position += 1
                    return .array(items)
                }
                while true {
                    items.append(try value())
                    skipSpace()
                    if position < bytes.count, bytes[position] == UInt8(ascii: ",") {
                        position += 1
                        continue
                    }
                    try expect("]")
                    return .array(items)
                }
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"):
                try expect("true")
                return .bool(true)
            case UInt8(ascii: "f"):
                try expect("false")
                return .bool(false)
            case UInt8(ascii: "n"):
                try expect("null")
                return .null
            default: return try number()
            }
        }

        mutating func string() throws -> String {
            try expect("\"")
            var scalars: [UInt8] = []
            while position < bytes.count {
                let byte = bytes[position]
                position += 1
                switch byte {
                case UInt8(ascii: "\""): return String(decoding: scalars, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    guard position < bytes.count else { throw SyntaxError(offset: position) }
                    let escape = bytes[position]
                    position += 1
                    switch escape {
                    case UInt8(ascii: "n"): scalars.append(0x0A)
                    case UInt8(ascii: "t"): scalars.append(0x09)
                    case UInt8(ascii: "r"): scalars.append(0x0D)
                    case UInt8(ascii: "b"): scalars.append(0x08)
                    case UInt8(ascii: "f"): scalars.append(0x0C)
                    case UInt8(ascii: "u"):
                        guard position + 4 <= bytes.count, let code = UInt32(String(decoding: bytes[position..<(position + 4)], as: UTF8.self), radix: 16),
                            let scalar = Unicode.Scalar(code)
                        else { throw SyntaxError(offset: position) }
                        position += 4
                        scalars.append(contentsOf: Array(String(Character(scalar)).utf8))
                    default: scalars.append(escape)
                    }
                case 0..<0x20: throw SyntaxError(offset: position - 1)
                default: scalars.append(byte)
                }
            }
            throw SyntaxError(offset: position)
        }

        mutating func number() throws -> JSONTree {
            let start = position
            var isInteger = true
            while position < bytes.count {
                let byte = bytes[position]
                if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                    position += 1
                } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                    isInteger = false
                    position += 1
                } else {
                    break
                }
            }
            let text = String(decoding: bytes[start..<position], as: UTF8.self)
            if isInteger, let integer = Int(text) { return .integer(integer) }
            if let number = Double(text), !text.isEmpty { return .number(number) }
            throw SyntaxError(offset: start)
        }
    }

    subscript(key: String) -> JSONTree? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    var objectValue: [String: JSONTree]? { if case .object(let members) = self { members } else { nil } }
    var arrayValue: [JSONTree]? { if case .array(let items) = self { items } else { nil } }
    var stringValue: String? { if case .string(let text) = self { text } else { nil } }
    var intValue: Int? { if case .integer(let number) = self { number } else { nil } }

    /// Every (path, key) of every object in the document, paths like `fleets[2].standing`.
    func walk(path: String = "$", visit: (String, String, JSONTree) -> Void) {
        switch self {
        case .object(let members):
            for key in members.keys.sorted() {
                visit(path, key, members[key]!)
                members[key]!.walk(path: "\(path).\(key)", visit: visit)
            }
        case .array(let items):
            for (index, item) in items.enumerated() { item.walk(path: "\(path)[\(index)]", visit: visit) }
        default:
            break
        }
    }
}
