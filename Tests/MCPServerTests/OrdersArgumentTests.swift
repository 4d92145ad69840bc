import Foundation
import MCP
import Testing
@testable import MCPServer

/// What the server makes of the `orders` argument before the judge sees it.
struct OrdersArgumentTests {
    func object(_ bytes: [UInt8]) throws -> [String: Value] {
        try JSONDecoder().decode([String: Value].self, from: Data(bytes))
    }

    @Test func theServersTokenReplacesTheTemplatesPlaceholderInAnObject() throws {
        let orders: Value = ["game": "g", "house": "alpha", "turn": 3, "token": "<your token>", "fleet_orders": []]
        let file = try OrdersArgument(orders, token: "s3cret", turn: 3)
        #expect(try object(file.bytes)["token"] == "s3cret")
        #expect(file.fileName == "mcp-turn3.json")
    }

    @Test func aTokenTheAgentWroteIsLeftForTheJudge() throws {
        let orders: Value = ["game": "g", "house": "alpha", "turn": 1, "token": "other"]
        #expect(try object(OrdersArgument(orders, token: "s3cret", turn: 1).bytes)["token"] == "other")
    }

    @Test func jsonTextWithoutATokenGetsOneAndOpenGamesGetNone() throws {
        let text: Value = .string(#"  {"game": "g", "house": "alpha", "turn": 2}"#)
        #expect(try object(OrdersArgument(text, token: "s3cret", turn: 2).bytes)["token"] == "s3cret")
        #expect(try object(OrdersArgument(text, token: nil, turn: 2).bytes)["token"] == nil)
    }

    @Test func brokenJSONAndKDLTextReachTheJudgeByteForByte() throws {
        let broken = #"{"game": "g",,}"#
        let json = try OrdersArgument(.string(broken), token: "s3cret", turn: 1)
        #expect(json.bytes == Array(broken.utf8))
        #expect(json.fileName.hasSuffix(".json"))

        let kdl = "game \"g\"\nhouse alpha\nturn 1\n"
        let file = try OrdersArgument(.string(kdl), token: "s3cret", turn: 1)
        #expect(file.bytes == Array(kdl.utf8))
        #expect(file.fileName == "mcp-turn1.kdl")
    }

    @Test func anythingButAnObjectOrTextIsRefused() {
        #expect(throws: OrdersArgument.Problem.self) { try OrdersArgument(.int(3), token: nil, turn: 1) }
        #expect(throws: OrdersArgument.Problem.self) { try OrdersArgument(nil, token: nil, turn: 1) }
    }
}
