/// A few lines at the top of every view that tell a reader with nothing
/// else (an AI play-tester given only this file) how to read it and how to
/// answer it. docs/players.md says the same at length.
enum ViewGuide {
    static func lines(slug: String) -> [String] {
        [
            "This is what House \(slug) knows at the start of game.turn, and nothing more. Ages are turns since something was seen (0 = now).",
            "To play: copy orders_template, edit it, save it as houses/\(slug)/orders/<any name>.json (token: your house secret unless game.open). The newest valid file for the turn counts; read the answer in houses/\(slug)/receipts/. The turn runs once every house has a valid file: to revise first, send drafts (\"ready\":false in the header: in force, but you stay in waiting_for), then a final file; ec4x validate checks a file without sending it.",
            "fleet_orders: one line per fleet; a fleet left out keeps its standing order. hold | move, patrol, rendezvous, blockade, invade with to=<system id> | colonize with to (default: where it is) | join with target=<your fleet id> | detach with ships={military: n, spacelift: m} (and a name) splits off a new fleet. fleets[].can lists the orders a fleet may take, fleets[].moves where a move gets it this turn.",
            "Movement follows the cheapest lanes (major 1, minor 2, restricted 3): one jump a turn, two over two major lanes through your own colony. Restricted lanes only for fleets of undamaged military ships.",
            "builds: {colony, item: military|spacelift|defenses|industry|starbase, quantity}; together they may cost at most house.budget (prices in rules). diplomacy: {house: <slug>, propose: war|peace|nap|alliance}; war is immediate, the others need both sides.",
            "Battles happen wherever houses at war meet. colonize needs a spacelift ship and an empty system; invade needs the colony's defences and starbase at 0 and 1 spacelift ship per 10 population. Prestige decides the winner at game.turn_limit.",
            "Systems are named by the short ids shown or by name (order files accept both); fleets and colonies by full id. map.systems[].vis: owned, occupied, adjacent (seen now), scouted (seen before).",
        ]
    }
}
