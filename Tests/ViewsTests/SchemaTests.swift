import Foundation
import Testing
import Engine
import Views
import PlayerProtocol

/// The embedded schemas, their repository copies, and real documents checked against them.
@Suite struct SchemaTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test(arguments: ProtocolSchemas.names)
    func embeddedSchemaIsTheSourceFile(name: String) throws {
        let file = Self.repository.appendingPathComponent("Sources/PlayerProtocol/Schemas/\(name).schema.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text == ProtocolSchemas.named(name), "the binary does not carry \(name).schema.json as it is in the source")
    }

    @Test(arguments: ProtocolSchemas.names)
    func schemaIsDraft2020AndUsesOnlyCheckedKeywords(name: String) throws {
        let schema = try #require(ProtocolSchemas.named(name))
        let tree = try JSONTree.parse(schema)
        #expect(tree["$schema"]?.stringValue == "https://json-schema.org/draft/2020-12/schema")
        _ = try SchemaValidator(schema: schema)
    }

    @Test func validatorRefusesKeywordsItCannotCheck() {
        #expect(throws: SchemaValidator.UnsupportedKeyword.self) {
            _ = try SchemaValidator(schema: #"{"type": "object", "properties": {"a": {"oneOf": [true]}}}"#)
        }
    }

    // MARK: Order files

    static let ordersValidator = Result { try SchemaValidator(schema: ProtocolSchemas.orders) }

    func orderProblems(_ text: String) throws -> [SchemaValidator.Problem] {
        try Self.ordersValidator.get().validate(JSONTree.parse(text))
    }

    @Test func fullOrderFileIsValid() throws {
        let text = """
            {"game": "f4744469-9b95-4f73-9a9c-b2f75f8172fc", "house": "alpha", "turn": 3, "token": "s3cret", "state_hash": "06f003d782705f42",
             "fleet_orders": [{"fleet": "499a2928", "order": "move", "to": "1b02b535"}, {"fleet": "c3eea964", "order": "hold"},
                              {"fleet": "c3eea964-7638", "order": "colonize"}, {"fleet": "aaaaaaaa", "order": "join", "target": "bbbbbbbb"}],
             "builds": [{"colony": "e39f4181", "item": "military", "quantity": 2}, {"colony": "e39f4181", "item": "industry"}],
             "diplomacy": [{"house": "beta", "propose": "peace"}]}
            """
        #expect(try orderProblems(text).isEmpty)
        #expect(try orderProblems(#"{"game": "g", "house": "alpha", "turn": 1, "fleet_orders": []}"#).isEmpty, "nothing to order is valid")
    }

    @Test(arguments: [
        (#"{"game": "g", "house": "alpha", "turn": 1, "orders": []}"#, "$.orders"),
        (#"{"house": "alpha", "turn": 1}"#, "$"),
        (#"{"game": "g", "house": "alpha", "turn": 0}"#, "$.turn"),
        (#"{"game": "g", "house": "alpha", "turn": 1, "token": null}"#, "$.token"),
        (#"{"game": "g", "house": "alpha", "turn": "1"}"#, "$.turn"),
        (#"{"game": "g", "house": "alpha", "turn": 1, "fleet_orders": [{"fleet": "f", "order": "fly"}]}"#, "$.fleet_orders[0].order"),
        (#"{"game": "g", "house": "alpha", "turn": 1, "fleet_orders": [{"fleet": "f", "order": "move"}]}"#, "$.fleet_orders[0]"),
        (#"{"game": "g", "house": "alpha", "turn": 1, "fleet_orders": [{"fleet": "f", "order": "hold", "to": "s"}]}"#, "$.fleet_orders[0].to"),
        (#"{"game": "g", "house": "alpha", "turn": 1, "fleet_orders": [{"fleet": "f", "order": "join", "to": "s"}]}"#, "$.fleet_orders[0]"),
        (#"{"game": "g", "house": "alpha", "turn": 1, "fleet_orders": [{"fleet": "f", "order": "move", "to": "s", "speed": 2}]}"#, "$.fleet_orders[0].speed"),
        (#"{"game": "g", "house": "alpha", "turn": 1, "builds": [{"colony": "c", "item": "military", "quantity": 0}]}"#, "$.builds[0].quantity"),
        (#"{"game": "g", "house": "alpha", "turn": 1, "builds": [{"colony": "c", "item": "battleship"}]}"#, "$.builds[0].item"),
        (#"{"game": "g", "house": "alpha", "turn": 1, "diplomacy": [{"house": "beta", "propose": "truce"}]}"#, "$.diplomacy[0].propose"),
        (#"{"game": "g", "house": "alpha", "turn": 1, "diplomacy": {"house": "beta", "propose": "war"}}"#, "$.diplomacy"),
    ])
    func brokenOrderFileIsRefusedAtItsPath(text: String, path: String) throws {
        let problems = try orderProblems(text)
        #expect(problems.contains { $0.path == path }, "expected a problem at \(path), got \(problems)")
    }

    // MARK: Receipts (the fields Receipt.swift encodes)

    static let receiptValidator = Result { try SchemaValidator(schema: ProtocolSchemas.receipt) }

    @Test(arguments: [
        #"{"file":"t3.json","kept_as":"houses/alpha/received/000001-t3.json","sha256":"\#(String(repeating: "ab", count: 32))","received_at":"2026-11-27T20:55:14Z","status":"accepted","game":"f4744469-9b95-4f73-9a9c-b2f75f8172fc","house":"alpha","turn":3,"errors":[],"orders_in_force":4,"standing_orders_in_force":0,"waiting_for":["beta","gamma"]}"#,
        #"{"file":"bad.kdl","kept_as":"houses/alpha/received/000002-bad.kdl","sha256":"\#(String(repeating: "0f", count: 32))","received_at":"2026-11-27T20:55:15Z","status":"rejected","game":"g","house":"alpha","turn":3,"errors":[{"code":"file.bad_kdl","path":"$","message":"unexpected end of input","line":4,"column":2},{"code":"order.unknown_fleet","path":"fleet_orders[0].fleet","message":"no fleet has the id \"x\""}],"orders_in_force":0,"standing_orders_in_force":0,"waiting_for":["alpha"]}"#,
        #"{"file":"t3 copy.json","kept_as":"houses/alpha/received/000003-t3 copy.json","sha256":"\#(String(repeating: "ab", count: 32))","received_at":"2026-11-27T20:55:16Z","status":"duplicate","game":"g","house":"alpha","turn":3,"errors":[],"orders_in_force":4,"standing_orders_in_force":0,"waiting_for":[],"duplicate_of":"000001-t3.json.json"}"#,
        #"{"file":"link.json","kept_as":"houses/alpha/received/000004-link.json","received_at":"2026-11-27T20:55:17Z","status":"rejected","game":"g","house":"alpha","turn":3,"errors":[{"code":"file.symlink","path":"$","message":"symbolic links are not followed"}],"orders_in_force":0,"standing_orders_in_force":0,"waiting_for":["alpha"]}"#,
    ])
    func sampleReceiptIsValid(text: String) throws {
        let problems = try Self.receiptValidator.get().validate(JSONTree.parse(text))
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test(arguments: [
        (
            #"{"file":"a.json","kept_as":"k","received_at":"t","status":"ok","game":"g","house":"alpha","turn":3,"errors":[],"orders_in_force":0,"standing_orders_in_force":0,"waiting_for":[]}"#,
            "$.status"
        ),
        (#"{"file":"a.json","kept_as":"k","received_at":"t","status":"accepted","game":"g","house":"alpha","turn":3,"errors":[],"orders_in_force":0}"#, "$"),
        (
            #"{"file":"a.json","kept_as":"k","received_at":"t","status":"accepted","game":"g","house":"alpha","turn":3,"errors":[],"orders_in_force":0,"standing_orders_in_force":0,"waiting_for":[],"remark":"x"}"#,
            "$.remark"
        ),
        (
            #"{"file":"a.json","kept_as":"k","sha256":"XYZ","received_at":"t","status":"accepted","game":"g","house":"alpha","turn":3,"errors":[],"orders_in_force":0,"standing_orders_in_force":0,"waiting_for":[]}"#,
            "$.sha256"
        ),
        (
            #"{"file":"a.json","kept_as":"k","received_at":"t","status":"rejected","game":"g","house":"alpha","turn":3,"errors":[{"code":"x","message":"m"}],"orders_in_force":0,"standing_orders_in_force":0,"waiting_for":[]}"#,
            "$.errors[0]"
        ),
    ])
    func brokenReceiptIsRefused(text: String, path: String) throws {
        let problems = try Self.receiptValidator.get().validate(JSONTree.parse(text))
        #expect(problems.contains { $0.path == path }, "expected a problem at \(path), got \(problems)")
    }

    // MARK: Views

    @Test func generatedViewsMatchTheViewSchemaAndTheirTemplatesTheOrdersSchema() throws {
        let views = try SchemaValidator(schema: ProtocolSchemas.view)
        let orders = try Self.ordersValidator.get()
        var checked = 0
        for (seed, strategies, players) in [(UInt64(3), [ReferenceBot.Strategy.greedy], 4), (5, [.random, .greedy], 3), (8, [.random], 5)] {
            let game = try BotGames.play(players: players, seed: seed, turns: 25, strategies: strategies, alliances: [(0, 1)])
            for turn in game where turn.state.game.turn % 3 == 1 || turn.state.game.phase != .active {
                for house in turn.state.houses {
                    let view = ViewBuilder.view(
                        of: house.id, state: turn.state, lastTurnEvents: turn.lastEvents,
                        submittedSlugs: [house.slug], deadline: seed % 2 == 0 ? 1_800_000_000 : nil, open: seed == 5
                    )
                    let tree = try JSONTree.parse(ViewBuilder.encode(view))
                    let problems = views.validate(tree)
                    #expect(problems.isEmpty, "view of \(house.slug), turn \(turn.state.game.turn), seed \(seed): \(problems.prefix(5))")
                    if let template = tree["orders_template"] {
                        #expect(orders.validate(template).isEmpty, "template of \(house.slug): \(orders.validate(template).prefix(3))")
                    } else {
                        #expect(turn.state.game.phase == .completed || house.eliminated, "only a finished game or an eliminated house has no template")
                    }
                    checked += 1
                }
            }
        }
        #expect(checked > 50)
    }

    @Test func generatedMapsMatchTheMapSchema() throws {
        let validator = try SchemaValidator(schema: ProtocolSchemas.map)
        for players in [2, 4, 12] {
            let state = try InitialStateBuilder.build(setup: .standard(players: players), seed: 5)
            let problems = validator.validate(try JSONTree.parse(Data(PublicMap.encode(PublicMap.make(state: state)))))
            #expect(problems.isEmpty, "\(players) houses: \(problems.prefix(5))")
        }
    }

    @Test func viewSchemaRefusesUnknownAndMissingFields() throws {
        let validator = try SchemaValidator(schema: ProtocolSchemas.view)
        let game = try BotGames.play(players: 2, seed: 1, turns: 0)
        let view = ViewBuilder.view(of: game[0].state.houses[0].id, state: game[0].state, lastTurnEvents: [], submittedSlugs: [], deadline: nil, open: false)
        guard case .object(var members) = try JSONTree.parse(ViewBuilder.encode(view)) else {
            Issue.record("a view is an object")
            return
        }
        #expect(validator.validate(.object(members)).isEmpty)
        members["treasuries"] = .array([])
        #expect(validator.validate(.object(members)).contains { $0.path == "$.treasuries" })
        members["treasuries"] = nil
        members["systems"] = nil
        #expect(validator.validate(.object(members)).contains { $0.message.contains("systems") })
    }
}
