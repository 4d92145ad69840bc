public import Engine

/// `view.md`: the same view as a Markdown brief for people and language
/// models — standings, what happened, the house's colonies and fleets as
/// tables, threats, and what an order file must hold. Deterministic: the
/// same view and map give the same text. Every fact comes from the view
/// (names from the map), so the brief never says more than view.json.
public enum ViewBrief {
    public static func markdown(view: HouseView, map: PublicMap) -> String {
        var brief = Brief(view: view, map: map)
        brief.write()
        return brief.lines.joined(separator: "\n") + "\n"
    }
}

private struct Brief {
    let view: HouseView
    let map: PublicMap
    let names: [String: String]
    var lines: [String] = []

    init(view: HouseView, map: PublicMap) {
        self.view = view
        self.map = map
        names = Dictionary(uniqueKeysWithValues: map.systems.map { ($0.id, $0.name) })
    }

    /// "Neran 6f09f62d": a system as a reader names it and as an order file does.
    func place(_ id: String) -> String { "\(names[id] ?? id) \(id)" }

    func ships(_ tally: HouseView.ShipTally) -> String { "\(tally.military)m \(tally.spacelift)s" }

    mutating func section(_ title: String) {
        lines.append("")
        lines.append("## \(title)")
    }

    mutating func table(_ header: [String], _ rows: [[String]]) {
        lines.append("| " + header.joined(separator: " | ") + " |")
        lines.append("|" + String(repeating: "-|", count: header.count))
        for row in rows { lines.append("| " + row.joined(separator: " | ") + " |") }
    }

    mutating func write() {
        let game = view.game
        let house = view.house
        lines.append("# House \(house.name) (\(house.slug)) — \(game.name), turn \(game.turn) (year \(game.year), month \(game.month))")
        lines.append("")
        var status = ["Phase \(game.phase)"]
        if let left = game.turnsLeft, let limit = game.turnLimit { status.append("\(left) turn(s) left (the game ends when turn \(limit) is resolved)") }
        if let deadline = game.deadline { status.append("deadline \(deadline) (Unix)") }
        if game.open == true { status.append("open game (no token)") }
        if house.eliminated == true { status.append("your house is eliminated") }
        lines.append(status.joined(separator: " · ") + ".")
        lines.append(
            "Treasury \(house.treasury) · production \(house.production) · upkeep \(house.upkeep) · budget \(house.budget) · prestige \(house.prestige) · rank \(house.rank) of \(view.houses.count)"
                + (house.home.map { " · home \(place($0))" } ?? ""))
        if let winner = game.winner {
            lines.append("")
            lines.append("**The game is over: House \(view.houses.first { $0.slug == winner }?.name ?? winner) won.** Final standings below; no more orders are taken.")
        } else {
            lines.append("To win: \(game.win)")
        }
        if !view.submitted.isEmpty { lines.append("Orders in from: " + view.submitted.joined(separator: ", ")) }

        section(game.winner == nil ? "Standings" : "Final standings")
        table(
            ["rank", "house", "prestige", "colonies", "relation"],
            view.houses.sorted { ($0.rank, $0.slug) < ($1.rank, $1.slug) }.map { entry in
                [
                    "\(entry.rank)", entry.slug + (entry.eliminated == true ? " (out)" : ""), "\(entry.prestige)",
                    "\(entry.colonies)", entry.relation.map { $0 + (entry.since.map { " since \($0)" } ?? "") } ?? "you",
                ]
            })
        let diplomacy = view.diplomacy
        if !diplomacy.proposals.isEmpty || !diplomacy.others.isEmpty {
            lines.append("")
            for offer in diplomacy.proposals {
                lines.append("- Offer: \(offer.from) → \(offer.to): \(offer.propose) (made turn \(offer.turn), answer by turn \(offer.answerBy))")
            }
            for row in diplomacy.others { lines.append("- \(row.a) and \(row.b): \(row.relation) since turn \(row.since)") }
        }

        writeEvents()
        writeColonies()
        writeFleets()
        writeThreats()
        writeSystems()
        writeOrders()
    }

    mutating func writeEvents() {
        section("What happened last turn")
        guard !view.events.isEmpty else {
            lines.append("Nothing (this is the first turn, or nothing you could see).")
            return
        }
        for event in view.events {
            var line = "- \(event.type): \(event.text)"
            if let reason = event.reason, !event.text.contains(reason) { line += " (\(reason))" }
            if let lost = event.lost { line += " — you lost \(ships(lost))" }
            if let gained = event.gained { line += " — you gained \(ships(gained))" }
            lines.append(line)
            if let battle = event.battle {
                let sides = battle.sides.map { "\($0.house) \(ships($0.before)) lost \(ships($0.lost))" }
                var detail = "  - sides: " + sides.joined(separator: "; ")
                if let colony = battle.colony {
                    detail +=
                        "; colony of \(colony.owner): defenses \(colony.before.defenses)→\(colony.after.defenses), starbase \(colony.before.starbase)→\(colony.after.starbase)"
                }
                detail += "; winners: " + (battle.winners.isEmpty ? "none" : battle.winners.joined(separator: ", "))
                lines.append(detail)
            }
        }
    }

    mutating func writeColonies() {
        section("Your colonies")
        guard !view.colonies.isEmpty else {
            lines.append("None.")
            return
        }
        table(
            ["colony", "at", "pop", "industry", "defenses", "starbase", "yields"],
            view.colonies.map {
                [
                    $0.id, place($0.at), "\($0.pop)", "\($0.industry)", "\($0.defenses)", "\($0.starbase)",
                    "\($0.production)" + ($0.siege == true ? " (siege)" : ""),
                ]
            })
    }

    mutating func writeFleets() {
        section("Your fleets")
        guard !view.fleets.isEmpty else {
            lines.append("None.")
            return
        }
        table(
            ["fleet", "name", "at", "ships (m s)", "standing", "may also"],
            view.fleets.map { fleet in
                let damaged = fleet.damaged.map { ", \(($0.military ?? 0) + ($0.spacelift ?? 0)) damaged (\($0.hp)/\($0.max) hp)" } ?? ""
                let standing =
                    fleet.standing.map { order in
                        order.order + (order.to.map { " " + place($0) } ?? "") + (order.target.map { " " + $0 } ?? "")
                    } ?? "hold"
                return [fleet.id, fleet.name ?? "", place(fleet.at), ships(fleet.ships) + damaged, standing, fleet.can.joined(separator: ", ")]
            })
        lines.append("")
        let marked = view.moves.places.contains { $0.moves.contains { $0.restricted == true || $0.unrestricted == true } }
        lines.append("Moves this turn" + (marked ? " (r: only undamaged all-military fleets; u: only the others):" : ":"))
        for entry in view.moves.places {
            let targets = entry.moves.map { move in
                var text = place(move.to)
                if let via = move.via { text += " via \(names[via] ?? via)" } else if let lane = move.lane { text += " (\(lane))" }
                if move.restricted == true { text += " r" }
                if move.unrestricted == true { text += " u" }
                return text
            }
            lines.append("- from \(place(entry.at)): " + (targets.isEmpty ? "nowhere" : targets.joined(separator: ", ")))
        }
    }

    mutating func writeThreats() {
        section("Threats and intel")
        let atWar = Set(view.houses.filter { $0.relation == "war" }.map(\.slug))
        let fleets = view.intel.fleets.sorted { ($0.age, $0.at, $0.id) < ($1.age, $1.at, $1.id) }
        if fleets.isEmpty {
            lines.append("No foreign fleet seen.")
        } else {
            lines.append("Foreign fleets (age 0 = now; ! = at war with you):")
            table(
                ["fleet", "owner", "at", "ships", "age"],
                fleets.map { [$0.id, $0.owner + (atWar.contains($0.owner) ? " !" : ""), place($0.at), ships($0.ships), "\($0.age)"] })
        }
        let colonies = view.intel.colonies
        if !colonies.isEmpty {
            lines.append("")
            lines.append("Foreign colonies:")
            table(
                ["colony", "owner", "at", "pop", "industry", "defenses", "starbase", "age"],
                colonies.map {
                    [
                        $0.id, $0.owner + (atWar.contains($0.owner) ? " !" : ""), place($0.at) + ($0.siege == true ? " (siege)" : ""), "\($0.pop)",
                        "\($0.industry)", "\($0.defenses)", "\($0.starbase)", "\($0.age)",
                    ]
                })
        }
    }

    /// Counts for what the tables above already place (owned, occupied,
    /// adjacent: the move targets), names only for systems seen before.
    mutating func writeSystems() {
        section("Systems you see")
        let systems = view.systems
        func count(_ vis: String) -> Int { systems.filter { $0.vis == vis }.count }
        var line = "Owned \(count("owned")), occupied \(count("occupied")), adjacent \(count("adjacent")), never seen \(map.systems.count - view.systems.count)."
        let scouted = view.systems.filter { $0.vis == "scouted" }
        if !scouted.isEmpty {
            line += " Scouted (age): " + scouted.map { "\(names[$0.id] ?? $0.id) (\($0.age ?? 0))" }.joined(separator: ", ") + "."
        }
        lines.append(line)
    }

    mutating func writeOrders() {
        guard let template = view.ordersTemplate else { return }
        section("Orders for turn \(template.turn)")
        lines.append(
            "Edit view.json's orders_template" + (template.token == nil ? "" : " (with your token)")
                + " and save it in houses/\(view.house.slug)/orders/; a fleet left out keeps its standing order.")
    }
}
