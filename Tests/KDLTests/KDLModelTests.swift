import KDL
import Testing

@Suite("document model: accessors, locations and printing")
struct KDLModelTests {
    static let scenario = """
        // A scenario-like document.
        game "Dune" turn=1 seed=0x2A
        map width=12 height=(m)8.5 {
            system "Arrakis" x=1 y=2 capital=#true
            system Caladan x=5 y=-3 owner=#null
            /- system Removed
            lane from=Arrakis to=Caladan
        }
        houses Atreides Harkonnen "House Corrino"
        """

    @Test("value accessors return the right Swift types")
    func valueAccessors() throws {
        let document = try KDLDocument(parsing: Self.scenario)
        let game = try #require(document.node(named: "game"))
        #expect(game.arguments[0].stringValue == "Dune")
        #expect(game.property("turn")?.intValue == 1)
        #expect(game.property("seed")?.intValue == 42)
        #expect(game.property("seed")?.stringValue == nil)
        #expect(game.property("missing") == nil)
        #expect(game.argument(1) == nil)

        let map = try #require(document.node(named: "map"))
        #expect(map.property("width")?.doubleValue == 12)
        #expect(map.property("height")?.doubleValue == 8.5)
        #expect(map.property("height")?.typeAnnotation == "m")

        let systems = map.children(named: "system")
        #expect(systems.count == 2)
        #expect(systems.map { $0.arguments[0].stringValue } == ["Arrakis", "Caladan"])
        #expect(systems[0].property("capital")?.boolValue == true)
        #expect(systems[1].property("owner")?.isNull == true)
        #expect(systems[1].property("y")?.intValue == -3)
        #expect(map.child(named: "lane")?.property("to")?.stringValue == "Caladan")
        #expect(map.child(named: "nothing") == nil)

        let houses = try #require(document.nodes(named: "houses").first)
        #expect(houses.arguments.compactMap(\.stringValue) == ["Atreides", "Harkonnen", "House Corrino"])
        #expect(houses.arguments[0].kindName == "string")
    }

    @Test("nodes, values and properties carry 1-based line and column")
    func locations() throws {
        let document = try KDLDocument(parsing: Self.scenario)
        let game = try #require(document.node(named: "game"))
        #expect(game.location == KDLSourceLocation(line: 2, column: 1, offset: 29))
        #expect(game.arguments[0].location?.line == 2)
        #expect(game.arguments[0].location?.column == 6)
        let turn = try #require(game.propertyEntry("turn"))
        #expect(turn.location?.column == 13)
        #expect(turn.value.location?.column == 18)

        let map = try #require(document.node(named: "map"))
        #expect(map.propertyEntry("height")?.value.location.map { "\($0)" } == "3:21")
        let caladan = map.children(named: "system")[1]
        #expect(caladan.location.map { "\($0)" } == "5:5")
        #expect(caladan.property("y")?.location.map { "\($0)" } == "5:26")
        #expect(map.child(named: "lane")?.location?.line == 7)
    }

    @Test("properties keep their written order; the rightmost duplicate wins")
    func propertyOrder() throws {
        let document = try KDLDocument(parsing: "n z=1 a=2 z=3 m=4")
        let node = try #require(document.nodes.first)
        #expect(node.properties.map(\.key) == ["z", "a", "z", "m"])
        #expect(node.property("z")?.intValue == 3)
        #expect(node.canonicalProperties.map(\.key) == ["a", "m", "z"])
        #expect(node.canonicalString() == "n a=2 m=4 z=3\n")
    }

    @Test("equality ignores source locations")
    func equalityIgnoresLocations() throws {
        let first = try KDLDocument(parsing: "a 1 k=v")
        let second = try KDLDocument(parsing: "\n\n   a    1   k = v")
        #expect(first == second)
        #expect(first.nodes[0].location != second.nodes[0].location)
        let built = KDLDocument(nodes: [
            KDLNode(name: "a", arguments: [.integer(1)], properties: [KDLProperty(key: "k", value: .string("v"))])
        ])
        #expect(built == first)
    }

    @Test("the printer quotes what is not an identifier and escapes what must be escaped")
    func printerQuoting() {
        let node = KDLNode(
            name: "node name",
            typeAnnotation: "my type",
            arguments: [
                .string("plain"), .string("true"), .string("1abc"), .string("-1"), .string(".5"), .string(""),
                .string("tab\there \"q\" back\\slash"), .string("\u{0}\u{85}\u{2028}\u{200E}"),
                .bool(false), .null, KDLValue(.nan), KDLValue(.negativeInfinity),
                .integer(-5, typeAnnotation: "i8"),
            ],
            properties: [KDLProperty(key: "a=b", value: .string("x y"))]
        )
        let printed = node.canonicalString()
        #expect(
            printed == """
                (\"my type\")\"node name\" plain \"true\" \"1abc\" \"-1\" \".5\" \"\" \"tab\\there \\\"q\\\" back\\\\slash\" \
                \"\\u{0}\\u{85}\\u{2028}\\u{200E}\" #false #null #nan #-inf (i8)-5 \"a=b\"=\"x y\"

                """)
        // What the printer writes parses back to the same node.
        let reparsed = try? KDLDocument(parsing: printed)
        #expect(reparsed?.nodes == [node])
    }

    @Test("empty documents and empty children blocks print canonically")
    func emptyOutput() throws {
        #expect(KDLDocument().canonicalString() == "\n")
        #expect(try KDLDocument(parsing: "// nothing\n/- gone").canonicalString() == "\n")
        #expect(try KDLDocument(parsing: "a {\n}\nb { c; }").canonicalString() == "a\nb {\n    c\n}\n")
    }

    @Test("multi-line and raw strings are dedented and unescaped")
    func stringForms() throws {
        let document = try KDLDocument(
            parsing: """
                text \"\"\"
                    first
                      second \\
                      joined
                    \"\"\" #\"C:\\path\"# ##\"say "#hi"#"##
                """)
        let arguments = try #require(document.nodes.first?.arguments)
        #expect(arguments.map(\.stringValue) == ["first\n  second joined", "C:\\path", "say \"#hi\"#"])
    }
}
