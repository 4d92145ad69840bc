/// The words that tell a reader with nothing else (an AI play-tester given
/// only its house folder) how to read the view and answer it. The view
/// carries a few lines that change with the game; the rest, the same every
/// turn, is said once in map.json. docs/players.md says it all at length,
/// and a test keeps the three in agreement.
enum ViewGuide {
    /// The lines at the top of view.json.
    static func lines(slug: String, completed: Bool, winner: String?) -> [String] {
        if completed {
            return [
                "The game is over" + (winner.map { ": House \($0) won" } ?? "") + ". houses[].rank are the final standings; no more orders are taken.",
                "map.json holds the map, the rules' numbers and the rest of this guide; docs/players.md explains every field.",
            ]
        }
        return [
            "This is what House \(slug) knows at the start of game.turn, and nothing more. Ages are turns since something was seen (0 = now).",
            "To play: copy orders_template, edit it, save it as houses/\(slug)/orders/<any name>.json (token: your house secret unless game.open); read the answer in houses/\(slug)/receipts/. The turn may resolve as soon as every house has an accepted file: check a file first with `ec4x validate`, or send drafts (\"ready\":false in the header: in force, but you stay in waiting_for) and then a final file.",
            "Read map.json once: every system's name, place and lanes, the rules' numbers and the rest of this guide (detach, names, battles). docs/players.md explains every field.",
        ]
    }

    /// The guide in map.json: how the view works, the same for every house and every turn.
    static let mapLines: [String] = [
        "Each turn read houses/<your slug>/view.json (or view.md, the same in Markdown) and answer with an order file in houses/<your slug>/orders/; docs/players.md explains every field.",
        "fleet_orders: one line per fleet; a fleet left out keeps its standing order. hold | move, patrol, rendezvous, blockade, invade with to=<system id> | colonize with to (default: where it is) | join with target=<your fleet id> | detach with ships={military: n, spacelift: m} (and a name) splits off a new fleet. Every fleet may hold, move, patrol and rendezvous; view fleets[].can lists what else it may do (colonize, join, blockade, invade, detach).",
        "view moves[<place>] lists where a move order gets a fleet standing at that place by the end of this turn; entries marked restricted only for fleets of undamaged military ships. Farther targets take several turns along the cheapest path (major 1, minor 2, restricted 3): one jump a turn, two over two major lanes through your own colony.",
        "builds: {colony, item: military|spacelift|defenses|industry|starbase, quantity}; together they may cost at most house.budget (prices in rules). diplomacy: {house: <slug>, propose: war|peace|nap|alliance}; war is immediate, the others need both sides.",
        "Battles happen wherever houses at war meet; a battle event lists each side's ships before and lost, the colony's defences and starbase before and after, and the winners. Every ship you lose is in an event (lost). colonize needs a spacelift ship and an empty system; invade needs the colony's defences and starbase at 0 and 1 spacelift ship per 10 population.",
        "Systems are named by the short ids of this map or by their unique name (order files accept both); fleets by full id, an 8-character prefix or, your own, by name; colonies by full id or their system. view systems[].vis: owned (your colony), occupied (your fleet), adjacent (one lane from those: you know it is there, not what is inside), scouted (seen before, age turns ago; or an ally's report, age 0).",
        "intel shows foreign fleets and colonies as last seen; where you have a colony or a fleet it is what is there now. A colony you lost stays in intel under its new owner.",
    ]
}
