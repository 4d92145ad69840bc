/// One fighting unit: a ship, or one level of a colony's defences or starbase.
public struct CombatUnit: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case ship(fleetID: String, shipID: String, type: ShipType)
        case defenses(colonyID: String)
        case starbase(colonyID: String)
    }

    public var houseID: String
    public var kind: Kind
    public var hullPoints: Int
    public var maxHullPoints: Int
    /// Damage of one hit while intact; crippled units hit for half (rounded up).
    public var attack: Int

    public init(houseID: String, kind: Kind, hullPoints: Int, maxHullPoints: Int, attack: Int) {
        self.houseID = houseID
        self.kind = kind
        self.hullPoints = hullPoints
        self.maxHullPoints = maxHullPoints
        self.attack = attack
    }

    public var isDestroyed: Bool { hullPoints <= 0 }
    public var isCrippled: Bool { hullPoints * 2 <= maxHullPoints }
    public var firepower: Int { isDestroyed ? 0 : (isCrippled ? (attack + 1) / 2 : attack) }
}

/// A battle in one system, fought in rounds with seeded dice.
///
/// Each round every unit that can fire rolls once to hit (`hitChancePercent`)
/// and picks a target uniformly among the living units of houses at war with
/// its own. Fire is simultaneous: hits land after everyone has shot. A unit
/// that was not crippled when the round began cannot be destroyed in it (its
/// hull stops at 1), so damage always cripples before it destroys. The battle
/// ends when no two houses at war both have units left with at least one of
/// them able to fire, or after `maxRounds` rounds.
public struct Battle: Sendable {
    public var units: [CombatUnit]
    /// Pairs of houses at war, as `TurnWorkspace.pairKey` strings.
    let wars: Set<String>
    public var maxRounds: Int
    public var hitChancePercent: Int

    public init(units: [CombatUnit], wars: [(String, String)], maxRounds: Int, hitChancePercent: Int) {
        self.units = units
        self.wars = Set(wars.map { TurnWorkspace.pairKey($0.0, $0.1) })
        self.maxRounds = maxRounds
        self.hitChancePercent = hitChancePercent
    }

    public struct Report: Sendable, Equatable {
        public var units: [CombatUnit]
        public var rounds: Int
        /// For each unit destroyed, the house whose hit finished it.
        public var killers: [String?]
        /// True when the round limit ended a fight that was still going: a tie.
        public var undecided: Bool
    }

    func atWar(_ a: String, _ b: String) -> Bool { a != b && wars.contains(TurnWorkspace.pairKey(a, b)) }

    /// Whether two houses at war still face each other with a gun between them.
    public func isOngoing(_ units: [CombatUnit]) -> Bool {
        var alive: [String: Int] = [:]
        var armed: [String: Int] = [:]
        for unit in units where !unit.isDestroyed {
            alive[unit.houseID, default: 0] += 1
            if unit.firepower > 0 { armed[unit.houseID, default: 0] += 1 }
        }
        let houses = alive.keys.sorted()
        for (i, a) in houses.enumerated() {
            for b in houses[(i + 1)...] where atWar(a, b) {
                if armed[a, default: 0] > 0 || armed[b, default: 0] > 0 { return true }
            }
        }
        return false
    }

    public func fight(random: inout SeededRandom) -> Report {
        var units = self.units
        var killers = [String?](repeating: nil, count: units.count)
        let houses = Array(Set(units.map(\.houseID))).sorted()
        var rounds = 0
        while rounds < maxRounds, isOngoing(units) {
            rounds += 1
            let crippledAtStart = units.map(\.isCrippled)
            var enemies: [String: [Int]] = [:]
            for house in houses {
                enemies[house] = units.indices.filter { !units[$0].isDestroyed && atWar(house, units[$0].houseID) }
            }
            var hits: [(target: Int, damage: Int, by: String)] = []
            for index in units.indices where units[index].firepower > 0 {
                guard let targets = enemies[units[index].houseID], !targets.isEmpty else { continue }
                let roll = random.int(in: 0...99)
                let pick = targets[random.int(in: 0...(targets.count - 1))]
                if roll < hitChancePercent { hits.append((pick, units[index].firepower, units[index].houseID)) }
            }
            for hit in hits {
                let before = units[hit.target].hullPoints
                if crippledAtStart[hit.target] {
                    units[hit.target].hullPoints = before - hit.damage
                    if before > 0, units[hit.target].hullPoints <= 0 { killers[hit.target] = hit.by }
                } else {
                    units[hit.target].hullPoints = max(before - hit.damage, 1)
                }
            }
        }
        return Report(units: units, rounds: rounds, killers: killers, undecided: isOngoing(units))
    }
}
