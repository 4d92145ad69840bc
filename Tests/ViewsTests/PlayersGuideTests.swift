import Foundation
import Testing
import Engine
import Views
import PlayerProtocol

/// docs/players.md shows real output; these tests keep it that way.
@Suite struct PlayersGuideTests {
    static let guide = Result {
        try String(contentsOf: SchemaTests.repository.appendingPathComponent("docs/players.md"), encoding: .utf8)
    }

    /// The bodies of the guide's ```json blocks, in order.
    static func jsonBlocks() throws -> [String] {
        let text = try guide.get()
        var blocks: [String] = []
        var current: [Substring]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line == "```json" {
                current = []
            } else if current != nil, line == "```" {
                blocks.append(current!.joined(separator: "\n"))
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }

    /// The example's game: the standard 4-house setup, seed 42 on the first
    /// random stream (the guide was written before keys), Alpha's view of turn 1.
    static func exampleGame() throws -> (state: GameState, alpha: House) {
        let state = try #require(BotGames.play(players: 4, seed: 42, turns: 0, streamVersion: 1).first).state
        return (state, try #require(state.house(slug: "alpha")))
    }

    /// Where `excerpt` is not part of `real` (objects key by key, arrays
    /// element by element), or nil when every piece of it is there.
    static func difference(_ excerpt: JSONTree, from real: JSONTree, at path: String = "$") -> String? {
        switch (excerpt, real) {
        case (.object(let part), .object(let whole)):
            for key in part.keys.sorted() {
                guard let value = whole[key] else { return "\(path).\(key) is not in the view" }
                if let difference = difference(part[key]!, from: value, at: "\(path).\(key)") { return difference }
            }
            return nil
        case (.array(let part), .array(let whole)):
            for (index, item) in part.enumerated() where !whole.contains(where: { difference(item, from: $0) == nil }) {
                return "\(path)[\(index)] is not in the view"
            }
            return nil
        default:
            return excerpt == real ? nil : "\(path) is \(real) in the view"
        }
    }

    @Test func everyJSONBlockParsesAndOrderFilesAndReceiptsMatchTheirSchemas() throws {
        let orders = try SchemaValidator(schema: ProtocolSchemas.orders)
        let receipts = try SchemaValidator(schema: ProtocolSchemas.receipt)
        let blocks = try Self.jsonBlocks()
        #expect(blocks.count >= 5)
        var kinds = (orders: 0, receipts: 0)
        for block in blocks {
            let tree = try JSONTree.parse(block)
            if tree["fleet_orders"] != nil, tree["turn"] != nil {
                #expect(orders.validate(tree).isEmpty, "\(orders.validate(tree))")
                kinds.orders += 1
            } else if tree["orders_in_force"] != nil {
                #expect(receipts.validate(tree).isEmpty, "\(receipts.validate(tree))")
                kinds.receipts += 1
            }
        }
        #expect(kinds.orders >= 1 && kinds.receipts >= 2)
    }

    @Test func theWorkedExampleIsRealOutput() throws {
        let (state, alpha) = try Self.exampleGame()
        let blocks = try Self.jsonBlocks().map { try JSONTree.parse($0) }
        let orderBlock = try #require(try Self.jsonBlocks().first { try JSONTree.parse($0)["fleet_orders"] != nil })
        let file = try JSONDecoder().decode(Orders.self, from: Data(orderBlock.utf8))
        let validation = OrderValidator.validate(file, house: alpha.id, state: state)
        #expect(validation.isValid, "the example order file is valid for the example game: \(validation.errors)")

        let turn1 = ViewBuilder.view(of: alpha.id, state: state, lastTurnEvents: [], submittedSlugs: ["gamma"], deadline: 1_767_225_600, open: false)
        var submissions = BotGames.submissions(state, strategies: [.greedy], seed: 42)
        submissions[alpha.id] = file
        let result = try TurnResolver.resolve(state: state, submissions: submissions)
        let turn2 = ViewBuilder.view(of: alpha.id, state: result.state, lastTurnEvents: result.events, submittedSlugs: [], deadline: nil, open: false)
        let views = [try JSONTree.parse(ViewBuilder.encode(turn1)), try JSONTree.parse(ViewBuilder.encode(turn2))]
        let excerpts = blocks.filter { $0["events"] != nil || $0["orders_template"] != nil }
        #expect(excerpts.count == 2)
        for (excerpt, view) in zip(excerpts, views) {
            let difference = Self.difference(excerpt, from: view)
            #expect(difference == nil, "docs/players.md: \(difference ?? "")")
        }

        // The map.json excerpt is the real map.
        let mapBlock = try #require(blocks.first { $0["rules"] != nil && $0["systems"] != nil })
        let realMap = try JSONTree.parse(Data(PublicMap.encode(PublicMap.make(state: state))))
        #expect(Self.difference(mapBlock, from: realMap) == nil, "docs/players.md map.json: \(Self.difference(mapBlock, from: realMap) ?? "")")

        // The rejected receipt quotes the engine's own errors for the broken draft it describes.
        let rejected = try #require(blocks.first { $0["status"]?.stringValue == "rejected" })
        let guardFleet = try #require(turn1.fleets.first { $0.name == "Home Guard" })
        let pioneers = try #require(turn1.fleets.first { $0.name == "Pioneers" })
        let draft = Orders(
            fleetOrders: [FleetOrder(fleet: guardFleet.id, .move, to: "nowhere1"), FleetOrder(fleet: pioneers.id, .blockade, to: turn1.moves[pioneers.at][0].to)],
            builds: [BuildOrder(colony: turn1.colonies[0].id, .military, quantity: 9)]
        )
        let errors = OrderValidator.validate(draft, house: alpha.id, state: state).errors
        let quoted = rejected["errors"]?.arrayValue?.map { [$0["code"]?.stringValue, $0["path"]?.stringValue, $0["message"]?.stringValue] }
        #expect(quoted == errors.map { [$0.code.rawValue, $0.path, $0.message] })

        let summary = PublicSummary.text(state: result.state, events: result.events, resolvedTurn: 1)
        #expect(try Self.guide.get().contains("```\n" + summary + "```"), "the public summary in the guide is the real one")
    }
}
