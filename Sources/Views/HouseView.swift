public import Engine

/// Everything one house may know at the start of a turn, shaped for a
/// reader who has nothing else: `houses/<slug>/view.json`.
///
/// Conventions (also in docs/players.md):
/// - keys are encoded in the order declared here: the game first, the big
///   map last; arrays are sorted (houses by slug, everything else by id);
/// - absent values are left out, never `null`; `false` flags are left out;
/// - enum values are lowercase and spelled as in order files
///   (`war`, `military`, `major`...);
/// - systems are named by the shortest unique prefix of their id (at least
///   8 characters), which order files accept; fleets and colonies by full id;
/// - `age` is how many turns ago something was seen (0 = this turn).
public struct HouseView: Sendable, Codable, Equatable {
    /// Bumped when the shape of the view changes incompatibly.
    public static let currentFormat = 1

    public var format: Int
    /// How to read this view and answer it, in a few lines.
    public var guide: [String]
    public var game: GameSummary
    /// `StateHash.of(state)`; an order file may echo it as `state_hash`.
    public var stateHash: String
    public var house: OwnHouse
    /// Slugs of the houses whose orders for this turn are in, sorted.
    public var submitted: [String]
    /// Every house, public facts only, sorted by slug.
    public var houses: [HouseEntry]
    public var diplomacy: DiplomacySummary
    public var colonies: [OwnColony]
    public var fleets: [OwnFleet]
    public var intel: Intel
    /// Last turn's events this house may see, in the order they happened.
    public var events: [EventEntry]
    /// A valid order file for this turn: edit it and drop it in `orders/`.
    public var ordersTemplate: OrdersTemplate
    /// Every number of the rules (names as in RULES.md).
    public var rules: GameConfig
    public var map: StarMap

    public init(
        format: Int = HouseView.currentFormat, guide: [String], game: GameSummary, stateHash: String, house: OwnHouse, submitted: [String],
        houses: [HouseEntry], diplomacy: DiplomacySummary, colonies: [OwnColony], fleets: [OwnFleet], intel: Intel,
        events: [EventEntry], ordersTemplate: OrdersTemplate, rules: GameConfig, map: StarMap
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
        self.intel = intel
        self.events = events
        self.ordersTemplate = ordersTemplate
        self.rules = rules
        self.map = map
    }

    enum CodingKeys: String, CodingKey {
        case format, guide, game
        case stateHash = "state_hash"
        case house, submitted, houses, diplomacy, colonies, fleets, intel, events
        case ordersTemplate = "orders_template"
        case rules, map
    }
}
