internal import Engine
internal import KDL

/// Walks a scenario document, collecting typed values and problems.
struct ScenarioReader {
    let file: String
    private(set) var problems: [ScenarioProblem] = []

    init(file: String) {
        self.file = file
    }

    static let singleNodes: Set<String> = [
        "name", "players", "rings", "seed", "turn-limit", "deadline-hours", "lanes",
        "starting-treasury", "starting-prestige", "home-colony", "balance",
    ]
    static let repeatableNodes: Set<String> = ["house", "fleet"]

    mutating func read(_ document: KDLDocument, source: String) -> GameSetup? {
        var seen: [String: KDLNode] = [:]
        for node in document.nodes {
            if Self.singleNodes.contains(node.name) {
                if seen[node.name] != nil {
                    report(node.location, "scenario.duplicate_node", "\"\(node.name)\" is set twice", hint: "keep one")
                }
                seen[node.name] = node
            } else if !Self.repeatableNodes.contains(node.name) {
                let known = (Self.singleNodes.union(Self.repeatableNodes)).sorted().joined(separator: ", ")
                report(node.location, "scenario.unknown_node", "unknown setting \"\(node.name)\"", hint: "known settings: \(known)")
            }
        }

        guard let playersNode = seen["players"] else {
            report(nil, "scenario.missing_players", "the scenario must say how many houses play", hint: "add a line: players 4")
            return nil
        }
        let players = integer(playersNode, in: GameSetup.minHouses...GameSetup.maxHouses) ?? GameSetup.minHouses
        var setup = GameSetup.standard(players: players)
        setup.source = source
        if let node = seen["name"], let name = string(node) { setup.name = name }
        if let node = seen["rings"], let rings = integer(node, in: 1...30) { setup.rings = rings }
        if let node = seen["seed"], let seed = integer(node, in: 0...Int.max) { setup.seed = UInt64(seed) }
        if let node = seen["turn-limit"], let limit = integer(node, in: 1...10_000) { setup.turnLimit = limit }
        if let node = seen["deadline-hours"], let hours = integer(node, in: 1...8_760) { setup.deadlineHours = hours }
        if let node = seen["starting-treasury"], let value = integer(node, in: 0...1_000_000) { setup.startingTreasury = value }
        if let node = seen["starting-prestige"], let value = integer(node, in: -1_000_000...1_000_000) { setup.startingPrestige = value }
        if let node = seen["lanes"] { readLaneWeights(node, into: &setup.laneWeights) }
        if let node = seen["home-colony"] { readHomeColony(node, into: &setup.homeColony) }
        readFleets(document.nodes.filter { $0.name == "fleet" }, into: &setup)
        readHouses(document.nodes.filter { $0.name == "house" }, players: players, playersNode: playersNode, into: &setup)
        if let node = seen["balance"] {
            var overrides = BalanceOverrides(file: file)
            setup.config = overrides.apply(node.children, to: setup.config)
            problems += overrides.problems
        }
        checkMap(setup, playersNode: playersNode, ringsNode: seen["rings"])
        return setup
    }

    // MARK: Sections

    mutating func readLaneWeights(_ node: KDLNode, into weights: inout GameSetup.LaneWeights) {
        expectOnlyProperties(node, ["major", "minor", "restricted"])
        if let value = property(node, "major", in: 0...1_000) { weights.major = value }
        if let value = property(node, "minor", in: 0...1_000) { weights.minor = value }
        if let value = property(node, "restricted", in: 0...1_000) { weights.restricted = value }
        if weights.major + weights.minor + weights.restricted == 0 {
            report(node.location, "scenario.bad_lane_weights", "lane weights are all zero", hint: "give at least one lane type a weight")
        }
    }

    mutating func readHomeColony(_ node: KDLNode, into home: inout GameSetup.HomeColony) {
        expectOnlyProperties(node, ["population", "industry", "defenses", "starbase"])
        if let value = property(node, "population", in: 1...1_000) { home.population = value }
        if let value = property(node, "industry", in: 0...1_000) { home.industry = value }
        if let value = property(node, "defenses", in: 0...1_000) { home.defenses = value }
        if let value = property(node, "starbase", in: 0...10) { home.starbaseLevel = value }
    }

    mutating func readFleets(_ nodes: [KDLNode], into setup: inout GameSetup) {
        guard !nodes.isEmpty else { return }
        setup.startingFleets = nodes.map { node in
            expectOnlyProperties(node, ["military", "spacelift"])
            let name = node.arguments.isEmpty ? nil : string(node)
            let military = property(node, "military", in: 0...1_000) ?? 0
            let spacelift = property(node, "spacelift", in: 0...1_000) ?? 0
            if military + spacelift == 0 {
                report(node.location, "scenario.empty_fleet", "a starting fleet needs at least one ship", hint: "fleet \"Guard\" military=2")
            }
            return GameSetup.FleetSpec(name: name, military: military, spacelift: spacelift)
        }
    }

    mutating func readHouses(_ nodes: [KDLNode], players: Int, playersNode: KDLNode, into setup: inout GameSetup) {
        if nodes.count > players {
            report(nodes[players].location, "scenario.too_many_houses", "\(nodes.count) houses are named but only \(players) play", hint: "raise players or remove a house")
        }
        var slugs: [String: KDLNode] = [:]
        for (seat, node) in nodes.prefix(players).enumerated() {
            expectOnlyProperties(node, ["color"])
            guard let name = string(node) else { continue }
            let slug = InitialStateBuilder.slug(for: name)
            if slug.isEmpty {
                report(node.location, "scenario.bad_house_name", "house name \"\(name)\" has no letters or digits")
            } else if let first = slugs[slug] {
                report(node.location, "scenario.duplicate_house", "house \"\(name)\" has the same folder name \"\(slug)\" as the house on line \(first.location?.line ?? 0)")
            }
            slugs[slug] = node
            var spec = GameSetup.HouseSpec(name: name, color: setup.houses[seat].color)
            if let color = node.property("color") {
                if let text = color.stringValue, Self.isHexColor(text) {
                    spec.color = text
                } else {
                    report(node.propertyEntry("color")?.location, "scenario.bad_color", "color must be a hex colour like \"#3cb44b\"")
                }
            }
            setup.houses[seat] = spec
        }
    }

    mutating func checkMap(_ setup: GameSetup, playersNode: KDLNode, ringsNode: KDLNode?) {
        let generator = StarmapGenerator(rings: setup.rings, seats: setup.houses.count, weights: setup.laneWeights)
        do {
            try generator.validate()
        } catch  where error.code == .mapTooSmall {
            report((ringsNode ?? playersNode).location, "scenario.map_too_small", error.message)
        } catch {
            // Range problems were already reported against their own nodes.
        }
    }

    static func isHexColor(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        return scalars.count == 7 && scalars[0] == "#" && scalars.dropFirst().allSatisfy { $0.properties.isASCIIHexDigit }
    }

    // MARK: Values

    mutating func integer(_ node: KDLNode, in range: ClosedRange<Int>) -> Int? {
        guard node.arguments.count == 1, let value = node.arguments.first else {
            report(node.location, "scenario.bad_arguments", "\"\(node.name)\" takes exactly one whole number", hint: "\(node.name) \(range.lowerBound)")
            return nil
        }
        return checkedInteger(value, name: node.name, range: range, fallback: node.location)
    }

    mutating func string(_ node: KDLNode) -> String? {
        guard node.arguments.count == 1, let text = node.arguments.first?.stringValue, !text.isEmpty else {
            report(node.location, "scenario.bad_arguments", "\"\(node.name)\" takes exactly one non-empty string", hint: "wrap it in quotes")
            return nil
        }
        return text
    }

    mutating func property(_ node: KDLNode, _ key: String, in range: ClosedRange<Int>) -> Int? {
        guard let entry = node.propertyEntry(key) else { return nil }
        return checkedInteger(entry.value, name: "\(node.name) \(key)", range: range, fallback: entry.location ?? node.location)
    }

    mutating func checkedInteger(_ value: KDLValue, name: String, range: ClosedRange<Int>, fallback: KDLSourceLocation?) -> Int? {
        guard let number = value.intValue else {
            report(value.location ?? fallback, "scenario.not_an_integer", "\(name) must be a whole number, not \(value.kindName)")
            return nil
        }
        guard range.contains(number) else {
            report(value.location ?? fallback, "scenario.out_of_range", "\(name) must be between \(range.lowerBound) and \(range.upperBound), got \(number)")
            return nil
        }
        return number
    }

    mutating func expectOnlyProperties(_ node: KDLNode, _ allowed: Set<String>) {
        for entry in node.properties where !allowed.contains(entry.key) {
            report(
                entry.location ?? node.location, "scenario.unknown_property", "\"\(node.name)\" has no property \"\(entry.key)\"",
                hint: "known: \(allowed.sorted().joined(separator: ", "))")
        }
        if !node.children.isEmpty {
            report(node.children.first?.location ?? node.location, "scenario.unexpected_children", "\"\(node.name)\" takes no { } block")
        }
    }

    mutating func report(_ location: KDLSourceLocation?, _ code: String, _ message: String, hint: String? = nil) {
        problems.append(ScenarioProblem(file: file, line: location?.line ?? 1, column: location?.column ?? 1, code: code, message: message, hint: hint))
    }
}
