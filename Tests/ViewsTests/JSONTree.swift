import Foundation

/// A parsed JSON document for the tests. Decoded with JSONDecoder, which keeps
/// true, 1 and 1.5 apart (Bool is tried before Int, Int before Double).
indirect enum JSONTree: Decodable, Equatable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONTree])
    case object([String: JSONTree])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Int.self) { self = .integer(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONTree].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONTree].self)) }
    }

    static func parse(_ data: Data) throws -> JSONTree { try JSONDecoder().decode(JSONTree.self, from: data) }
    static func parse(_ text: String) throws -> JSONTree { try parse(Data(text.utf8)) }

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
