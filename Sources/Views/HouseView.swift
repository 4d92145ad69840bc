public import Engine

/// Everything one house may know at the start of a turn that changes from
/// turn to turn: `houses/<slug>/view.json`. What never changes (the star
/// map, the rules' numbers, the long guide) is in `map.json` (`PublicMap`),
/// read once; `view.md` (`ViewBrief`) says the same as this file in Markdown.
///
/// Conventions (also in docs/players.md):
/// - keys are encoded in the order declared here; arrays are sorted
///   (houses by slug, everything else by id);
/// - absent values are left out, never `null`; `false` flags are left out;
/// - enum values are lowercase and spelled as in order files
///   (`war`, `military`, `major`...);
/// - systems are named by the shortest unique prefix of their id (at least
///   8 characters), which order files accept; fleets and colonies by full id;
/// - `age` is how many turns ago something was seen (0 = this turn);
/// - nothing is said twice: fleets at one place share one list of moves
///   (`moves`, keyed by place), damaged ships are counted.
public struct HouseView: Sendable, Codable, Equatable {
    /// Bumped when the shape of the view changes incompatibly.
    public static let currentFormat = 2

    public var format: Int
    /// How to read this view and answer it, in a few lines (the rest is in map.json's guide).
    public var guide: [String]
    public var game: GameSummary
    /// `StateHash.of(state)`; an order file may echo it as `state_hash`.
    public var stateHash: String
    public var house: OwnHouse
    /// Slugs of the houses whose orders for this turn are in, sorted.
    public var submitted: [String]
    /// Every house, public facts only (with its rank), sorted by slug.
    public var houses: [HouseEntry]
    public var diplomacy: DiplomacySummary
    public var colonies: [OwnColony]
    public var fleets: [OwnFleet]
    /// Where a `move` order gets a fleet by the end of this turn, by the fleets' place (short system id).
    public var moves: MoveTable
    public var intel: Intel
    /// What the house sees of each system it has ever seen, sorted by id.
    public var systems: [SeenSystem]
    /// Last turn's events this house may see, in the order they happened.
    public var events: [EventEntry]
    /// A valid order file for this turn: edit it and drop it in `orders/`. Absent once the game is over.
    public var ordersTemplate: OrdersTemplate?

    public init(
        format: Int = HouseView.currentFormat, guide: [String], game: GameSummary, stateHash: String, house: OwnHouse, submitted: [String],
        houses: [HouseEntry], diplomacy: DiplomacySummary, colonies: [OwnColony], fleets: [OwnFleet], moves: MoveTable, intel: Intel,
        systems: [SeenSystem], events: [EventEntry], ordersTemplate: OrdersTemplate?
    ) {
        self.format = format
        self.guide = guide
        self.game = game
        self.stateHash = stateHash
        self.house = house
        self.submitted = submitted
        self.houses = houses
        self.diplomacy = diplomacy
        self.colonies = colonies
        self.fleets = fleets
        self.moves = moves
        self.intel = intel
        self.systems = systems
        self.events = events
        self.ordersTemplate = ordersTemplate
    }

    enum CodingKeys: String, CodingKey {
        case format, guide, game
        case stateHash = "state_hash"
        case house, submitted, houses, diplomacy, colonies, fleets, moves, intel, systems, events
        case ordersTemplate = "orders_template"
    }
}
