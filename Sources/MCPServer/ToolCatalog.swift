internal import Foundation
internal import MCP
internal import PlayerProtocol

/// The tools DESIGN.md §9 names, described for a model: what each does in a
/// sentence or two, with input schemas; `orders` carries the order file's own
/// JSON Schema.
enum ToolCatalog {
    static let getView = "get_view"
    static let getMap = "get_map"
    static let getRules = "get_rules"
    static let validateOrders = "validate_orders"
    static let submitOrders = "submit_orders"
    static let getReceipts = "get_receipts"
    static let waitForTurn = "wait_for_turn"

    static let names = [getView, getMap, getRules, validateOrders, submitOrders, getReceipts, waitForTurn]

    static func tools(house: String) -> [Tool] {
        [
            Tool(
                name: getView,
                description:
                    "Your house's (\(house)) current view of the game: turn, standings, treasury, colonies, fleets with their legal moves, intel, last turn's events with battle reports, and an orders_template for this turn. Read it at the start of every turn; system names are in get_map.",
                inputSchema: object([
                    "format": [
                        "type": "string", "enum": ["json", "markdown"], "default": "json",
                        "description": "json (view.json, default) or markdown (view.md, a shorter brief).",
                    ]
                ]),
                annotations: .init(readOnlyHint: true)
            ),
            Tool(
                name: getMap,
                description:
                    "map.json, the same for every house and every turn: every system with its short id, name, hex coordinates and lanes to its neighbours, the rules' numbers and the guide to the view. Read it once.",
                inputSchema: object([:]),
                annotations: .init(readOnlyHint: true)
            ),
            Tool(
                name: getRules,
                description: "The rules in brief, and this game's numbers (costs, combat, growth, prestige). Read once before your first turn.",
                inputSchema: object([:]),
                annotations: .init(readOnlyHint: true)
            ),
            Tool(
                name: validateOrders,
                description: "Checks an order file and returns the receipt it would get (status, and every error with a code, path and message); nothing is submitted.",
                inputSchema: object(["orders": ordersSchema], required: ["orders"]),
                annotations: .init(readOnlyHint: true)
            ),
            Tool(
                name: submitOrders,
                description:
                    "Submits your order file for the current turn and returns the daemon's receipt. A rejected file changes nothing; a later accepted file replaces the earlier one until the turn resolves. The token is added for you.",
                inputSchema: object(["orders": ordersSchema], required: ["orders"]),
                annotations: .init(readOnlyHint: false, destructiveHint: false, idempotentHint: true)
            ),
            Tool(
                name: getReceipts,
                description: "Your house's latest receipts, newest first: what happened to each file received.",
                inputSchema: object(["limit": ["type": "integer", "minimum": 1, "default": 5, "description": "How many receipts (default 5)."]]),
                annotations: .init(readOnlyHint: true)
            ),
            Tool(
                name: waitForTurn,
                description:
                    "Waits until the turn after `after_turn` has been resolved (or the game ended) and returns the new turn's events; otherwise says it timed out. Call it after submitting, then read the view again.",
                inputSchema: object([
                    "after_turn": ["type": "integer", "minimum": 0, "description": "The turn you played; default: the current turn."],
                    "timeout_seconds": ["type": "number", "minimum": 0, "maximum": 3600, "default": 60, "description": "How long to wait at most (default 60)."],
                ]),
                annotations: .init(readOnlyHint: true)
            ),
        ]
    }

    static func object(_ properties: [String: Value], required: [String] = []) -> Value {
        var schema: [String: Value] = ["type": "object", "properties": .object(properties), "additionalProperties": false]
        if !required.isEmpty { schema["required"] = .array(required.map(Value.string)) }
        return .object(schema)
    }

    /// The order file's schema (`ec4x schema orders`), or the same as text.
    /// Its `$defs` stay inside it: it keeps its `$id`, so its `#/$defs/…`
    /// references resolve against itself wherever it is placed.
    static let ordersSchema: Value = {
        var file = (try? JSONDecoder().decode(Value.self, from: Data(ProtocolSchemas.orders.utf8))) ?? .object(["type": "object"])
        if case .object(var fields) = file {
            fields["$schema"] = nil
            file = .object(fields)
        }
        return [
            "description": "The order file: a JSON object (start from the view's orders_template), or the file as text, JSON or KDL.",
            "anyOf": [file, ["type": "string", "description": "The order file as JSON or KDL text."]],
        ]
    }()
}
