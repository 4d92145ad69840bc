import Foundation

/// A player that knows only what a human or an AI play-tester would:
/// its house folder (view.json, map.json, receipts) and the docs. It uses
/// no engine type and no database; every decision is made from the JSON.
///
/// It plays to use every order kind, build item and diplomatic word at
/// least once, and after each turn checks that every ship it lost is
/// explained by an event. It names things as a person would where the
/// guide allows it: systems by name, its own fleets by name. The decisions
/// are split by kind (`fleetOrders`, `builds`, `diplomacy`).
struct ScriptedPlayer {
    typealias JSON = [String: Any]

    let houseFolder: URL
    let slug: String
    let token: String?

    /// Order kinds, build items and diplomatic words used in accepted files.
    var usedOrders: Set<String> = []
    var usedBuilds: Set<String> = []
    var usedDiplomacy: Set<String> = []
    /// Problems found when checking what the views said.
    var problems: [String] = []
    /// Battles the house saw and ships it lost in them, so a test can tell the checks had something to check.
    var battlesSeen = 0
    var shipsLostInBattle = 0
    /// Drafts sent, and order lines that named a system or fleet by name rather than id.
    var draftsSent = 0
    var namesUsed = 0

    init(houseFolder: URL, slug: String, token: String?) {
        self.houseFolder = houseFolder
        self.slug = slug
        self.token = token
    }

    static let allOrders: Set<String> = ["hold", "move", "patrol", "colonize", "join", "rendezvous", "blockade", "invade", "detach"]
    static let allBuilds: Set<String> = ["military", "spacelift", "defenses", "industry", "starbase"]
    static let allDiplomacy: Set<String> = ["war", "peace", "nap", "alliance"]

    // MARK: Reading

    func readJSON(_ name: String) throws -> JSON {
        let data = try Data(contentsOf: houseFolder.appendingPathComponent(name))
        guard let object = try JSONSerialization.jsonObject(with: data) as? JSON else { throw PlayerError("\(name) is not a JSON object") }
        return object
    }

    func view() throws -> JSON { try readJSON("view.json") }
    func map() throws -> JSON { try readJSON("map.json") }

    struct PlayerError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    // MARK: Deciding

    /// The order file for the view's turn, as a JSON object.
    func orders(view: JSON, map: JSON) -> JSON {
        let template = view["orders_template"] as? JSON ?? [:]
        var file: JSON = ["game": template["game"] ?? "", "house": slug, "turn": template["turn"] ?? 0]
        if let token { file["token"] = token }
        file["fleet_orders"] = fleetOrders(view: view, map: map)
        file["builds"] = builds(view: view, map: map)
        file["diplomacy"] = diplomacy(view: view)
        return file
    }

    /// A system's name where it is unique on the map (order files accept it for the id), else its id.
    func systemName(_ id: String, map: JSON) -> String {
        let systems = map["systems"] as? [JSON] ?? []
        guard let name = systems.first(where: { $0["id"] as? String == id })?["name"] as? String else { return id }
        let sameName = systems.filter { ($0["name"] as? String)?.lowercased() == name.lowercased() }.count
        return sameName == 1 ? name : id
    }

    /// Systems by short id: name and neighbours, from map.json.
    func lanes(_ map: JSON) -> [String: [String: String]] {
        var result: [String: [String: String]] = [:]
        for system in map["systems"] as? [JSON] ?? [] {
            result[system["id"] as? String ?? ""] = system["lanes"] as? [String: String] ?? [:]
        }
        return result
    }

    func turn(_ view: JSON) -> Int { (view["game"] as? JSON)?["turn"] as? Int ?? 0 }

    func relation(_ view: JSON, _ other: String) -> String? {
        (view["houses"] as? [JSON] ?? []).first { $0["slug"] as? String == other }?["relation"] as? String
    }

    func fleetOrders(view: JSON, map: JSON) -> [JSON] {
        let fleets = view["fleets"] as? [JSON] ?? []
        let moves = view["moves"] as? [String: [JSON]] ?? [:]
        let seen = Set((view["systems"] as? [JSON] ?? []).compactMap { $0["id"] as? String })
        let foreignColonies = (view["intel"] as? JSON)?["colonies"] as? [JSON] ?? []
        let settled = Set(((view["colonies"] as? [JSON] ?? []) + foreignColonies).compactMap { $0["at"] as? String })
        let enemies = Set((view["houses"] as? [JSON] ?? []).filter { $0["relation"] as? String == "war" }.compactMap { $0["slug"] as? String })
        let targets = ((view["intel"] as? JSON)?["colonies"] as? [JSON] ?? []).filter { enemies.contains($0["owner"] as? String ?? "") }
        let turn = turn(view)
        var lines: [JSON] = []
        var claimed: Set<String> = []
        var joined: Set<String> = []
        for (index, fleet) in fleets.enumerated() {
            guard let id = fleet["id"] as? String, let at = fleet["at"] as? String else { continue }
            let ships = fleet["ships"] as? JSON ?? [:]
            let military = ships["military"] as? Int ?? 0
            let spacelift = ships["spacelift"] as? Int ?? 0
            let can = Set(fleet["can"] as? [String] ?? [])
            let reachable = (moves[at] ?? []).filter { $0["restricted"] == nil && $0["unrestricted"] == nil }.compactMap { $0["to"] as? String }
            if joined.contains(id) { continue }
            // A fleet of new warships joins another fleet of ours at the same place.
            if can.contains("join"), spacelift == 0,
                let partner = fleets.first(where: {
                    $0["at"] as? String == at && ($0["id"] as? String ?? "") < id && !joined.contains($0["id"] as? String ?? "")
                        && (($0["ships"] as? JSON)?["spacelift"] as? Int ?? 0) == 0
                }), let partnerID = partner["id"] as? String
            {
                // One of our own fleets, named as the view names it.
                lines.append(["fleet": id, "order": "join", "target": partner["name"] as? String ?? partnerID])
                joined.insert(id)
                continue
            }
            // Troop ships with an escort go for a known enemy colony.
            if can.contains("invade"), military > 0,
                let target = targets.first(where: {
                    let population = $0["pop"] as? Int ?? 0
                    return spacelift >= max(1, (population + 9) / 10) && ($0["defenses"] as? Int ?? 1) + ($0["starbase"] as? Int ?? 1) == 0
                })?["at"] as? String
            {
                lines.append(["fleet": id, "order": "invade", "to": target])
                continue
            }
            if can.contains("blockade"), military >= 2, let target = targets.first?["at"] as? String {
                lines.append(["fleet": id, "order": military >= 4 && spacelift > 0 ? "invade" : "blockade", "to": target])
                continue
            }
            // Settlers: the nearest system nobody holds.
            if can.contains("colonize"), military == 0 {
                if !settled.contains(at), !claimed.contains(at) {
                    claimed.insert(at)
                    lines.append(["fleet": id, "order": "colonize"])
                } else if let target = reachable.first(where: { !settled.contains($0) && !claimed.contains($0) }) {
                    claimed.insert(target)
                    lines.append(["fleet": id, "order": "colonize", "to": target])
                } else if let next = reachable.sorted().first {
                    lines.append(["fleet": id, "order": "move", "to": next])
                }
                continue
            }
            // A warfleet sends a picket of one ship off on its own, under a name of ours.
            if can.contains("detach"), military >= 2, !usedOrders.contains("detach") || turn % 6 == index % 6 {
                lines.append(["fleet": id, "order": "detach", "ships": ["military": 1], "name": "Picket \(turn)-\(index)"])
                continue
            }
            // Warships: explore what was never seen, meet at a rendezvous, patrol, or hold.
            let unseen = reachable.filter { !seen.contains($0) || !settled.contains($0) }
            // At war with nothing to strike yet: every warfleet scouts.
            let scouting = !enemies.isEmpty && targets.isEmpty && !unseen.isEmpty
            switch scouting ? 2 : (turn + index) % 4 {
            case 0 where !reachable.isEmpty:
                lines.append(["fleet": id, "order": "patrol", "to": reachable[(turn + index) % reachable.count]])
            case 1 where !reachable.isEmpty:
                lines.append(["fleet": id, "order": "rendezvous", "to": reachable[0]])
            case 2 where !unseen.isEmpty:
                lines.append(["fleet": id, "order": "move", "to": systemName(unseen[(turn + index) % unseen.count], map: map)])
            default:
                lines.append(["fleet": id, "order": "hold"])
            }
        }
        return lines
    }

    func builds(view: JSON, map: JSON) -> [JSON] {
        guard let colony = (view["colonies"] as? [JSON])?.first(where: { $0["siege"] == nil }), let id = colony["id"] as? String else { return [] }
        let budget = (view["house"] as? JSON)?["budget"] as? Int ?? 0
        let rules = map["rules"] as? JSON ?? [:]
        func cost(_ item: String) -> Int { rules["\(item)Cost"] as? Int ?? Int.max }
        var left = budget
        var lines: [JSON] = []
        func add(_ item: String, _ quantity: Int) {
            guard quantity > 0, cost(item) * quantity <= left else { return }
            left -= cost(item) * quantity
            lines.append(["colony": id, "item": item, "quantity": quantity])
        }
        // Each item once early on (as soon as it can be paid), then mostly warships and troop ships.
        let turn = turn(view)
        if turn >= 2, !usedBuilds.contains("defenses") { add("defenses", 1) }
        if turn >= 3, !usedBuilds.contains("industry") { add("industry", 1) }
        if turn >= 4, !usedBuilds.contains("starbase"), (colony["starbase"] as? Int ?? 0) < (rules["maxStarbaseLevel"] as? Int ?? 0) {
            add("starbase", 1)
        }
        if turn % 3 == 0 { add("spacelift", turn % 6 == 0 ? 2 : 1) }
        add("military", min(rules["maxBuildQuantity"] as? Int ?? 1, left / 2 / max(1, cost("military"))))
        return lines
    }

    func diplomacy(view: JSON) -> [JSON] {
        switch turn(view) {
        case 1: return [["house": "beta", "propose": "peace"], ["house": "gamma", "propose": "nap"], ["house": "delta", "propose": "alliance"]]
        case let turn where turn >= 8 && !usedDiplomacy.contains("war"):
            // War on a house alpha is not yet at war with (never beta, at peace): one whose colony it knows
            // if any, else (from turn 12) any other, and the fleets go looking.
            let known = Set(((view["intel"] as? JSON)?["colonies"] as? [JSON] ?? []).compactMap { $0["owner"] as? String })
            let others = Set((view["houses"] as? [JSON] ?? []).compactMap { $0["slug"] as? String })
            let pool = known.union(turn >= 12 ? others : []).subtracting([slug, "beta"]).filter { relation(view, $0) != "war" }.sorted()
            guard let enemy = pool.first(where: known.contains) ?? pool.first else { return [] }
            return [["house": enemy, "propose": "war"]]
        default: return []
        }
    }

    /// Records what an accepted file used.
    mutating func record(_ file: JSON) {
        for line in file["fleet_orders"] as? [JSON] ?? [] {
            usedOrders.insert(line["order"] as? String ?? "")
            let named = [line["to"], line["target"]].compactMap { $0 as? String }.filter { $0.contains(where: \.isUppercase) || $0.contains(" ") }
            namesUsed += named.count
        }
        for line in file["builds"] as? [JSON] ?? [] { usedBuilds.insert(line["item"] as? String ?? "") }
        for line in file["diplomacy"] as? [JSON] ?? [] { usedDiplomacy.insert(line["propose"] as? String ?? "") }
    }

    // MARK: Checking

    /// Ships by type over all own fleets.
    static func ships(_ view: JSON) -> (military: Int, spacelift: Int) {
        (view["fleets"] as? [JSON] ?? []).reduce((0, 0)) { total, fleet in
            let ships = fleet["ships"] as? JSON ?? [:]
            return (total.0 + (ships["military"] as? Int ?? 0), total.1 + (ships["spacelift"] as? Int ?? 0))
        }
    }

    /// After a turn: ships before, plus what events say was gained, minus
    /// what they say was lost, must be the ships now; and every fleet of
    /// ours that vanished without being merged has an event.
    mutating func checkLosses(before: JSON, after: JSON) {
        let events = after["events"] as? [JSON] ?? []
        func sum(_ key: String) -> (Int, Int) {
            events.reduce((0, 0)) { total, event in
                let ships = event[key] as? JSON ?? [:]
                return (total.0 + (ships["military"] as? Int ?? 0), total.1 + (ships["spacelift"] as? Int ?? 0))
            }
        }
        let (had, have) = (Self.ships(before), Self.ships(after))
        let (lost, gained) = (sum("lost"), sum("gained"))
        let turn = turn(before)
        if had.military + gained.0 - lost.0 != have.military || had.spacelift + gained.1 - lost.1 != have.spacelift {
            problems.append(
                "turn \(turn): had \(had), gained \(gained), lost \(lost) by the events, but has \(have) now: "
                    + events.compactMap { $0["text"] as? String }.joined(separator: " | "))
        }
        let now = Set((after["fleets"] as? [JSON] ?? []).compactMap { $0["id"] as? String })
        for fleet in before["fleets"] as? [JSON] ?? [] {
            guard let id = fleet["id"] as? String, !now.contains(id) else { continue }
            let told = events.contains { $0["fleet"] as? String == id || ($0["text"] as? String ?? "").contains(id.prefix(8)) }
            if !told { problems.append("turn \(turn): fleet \(id) is gone and no event names it") }
        }
        for event in events where ["ShipsLost", "FleetDestroyed"].contains(event["type"] as? String ?? "") {
            let lost = event["lost"] as? JSON ?? [:]
            shipsLostInBattle += (lost["military"] as? Int ?? 0) + (lost["spacelift"] as? Int ?? 0)
        }
        for event in events where event["type"] as? String == "Battle" {
            battlesSeen += 1
            let battle = event["battle"] as? JSON
            if battle?["sides"] == nil || battle?["winners"] == nil { problems.append("turn \(turn): a battle without its report: \(event)") }
        }
    }
}
