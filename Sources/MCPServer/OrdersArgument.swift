internal import Foundation
internal import MCP
internal import Views

/// The `orders` argument made into an order file: an object becomes JSON
/// text; text is taken as it is, JSON when it starts with `{`, else KDL.
/// The token the server was started with goes into a JSON file that has none
/// or still has the view template's placeholder, so the agent never needs to
/// see or copy the house's secret.
struct OrdersArgument {
    var bytes: [UInt8]
    var fileName: String

    enum Problem: Error {
        case missing
        case wrongType
    }

    init(_ value: Value?, token: String?, turn: Int) throws(Problem) {
        guard let value else { throw .missing }
        switch value {
        case .object(var object):
            if let token, Self.lacksToken(object) { object["token"] = .string(token) }
            bytes = Self.encode(.object(object))
            fileName = "mcp-turn\(turn).json"
        case .string(let text):
            let trimmed = text.drop { $0.isWhitespace }
            if trimmed.first == "{" {
                bytes = Self.addingToken(token, to: text)
                fileName = "mcp-turn\(turn).json"
            } else {
                bytes = Array(text.utf8)
                fileName = "mcp-turn\(turn).kdl"
            }
        default:
            throw .wrongType
        }
    }

    static func lacksToken(_ object: [String: Value]) -> Bool {
        object["token"] == nil || object["token"] == .string(OrdersTemplate.tokenPlaceholder)
    }

    static func encode(_ value: Value) -> [UInt8] {
        let encoder = JSONEncoder()
        // Pretty-printed, so the line and column in an error point at something readable.
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? Array(encoder.encode(value))) ?? []
    }

    /// JSON text that parses as an object without a token gets one; any other
    /// text goes to the judge untouched, so its errors name the agent's own lines.
    static func addingToken(_ token: String?, to text: String) -> [UInt8] {
        guard let token,
            let object = try? JSONDecoder().decode([String: Value].self, from: Data(text.utf8)),
            lacksToken(object)
        else { return Array(text.utf8) }
        var withToken = object
        withToken["token"] = .string(token)
        return encode(.object(withToken))
    }
}
