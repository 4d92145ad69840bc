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
    public var maxRounds: Int
    public var hitChancePercent: Int
    /// The houses in the battle, sorted; units refer to them by position.
    let houses: [String]
    let unitHouse: [Int]
    /// `atWar[a][b]`: houses a and b (positions in `houses`) are at war.
    let atWar: [[Bool]]

    public init(units: [CombatUnit], wars: [(String, String)], maxRounds: Int, hitChancePercent: Int) {
        self.units = units
        self.maxRounds = maxRounds
        self.hitChancePercent = hitChancePercent
        houses = Array(Set(units.map(\.houseID))).sorted()
        let position = Dictionary(uniqueKeysWithValues: houses.enumerated().map { ($1, $0) })
        unitHouse = units.map { position[$0.houseID]! }
        var matrix = [[Bool]](repeating: [Bool](repeating: false, count: houses.count), count: houses.count)
        for (a, b) in wars {
            guard let i = position[a], let j = position[b], i != j else { continue }
            matrix[i][j] = true
            matrix[j][i] = true
        }
        atWar = matrix
    }

    public struct Report: Sendable, Equatable {
        public var units: [CombatUnit]
        public var rounds: Int
        /// For each unit destroyed, the house whose hit finished it.
        public var killers: [String?]
        /// True when the round limit ended a fight that was still going: a tie.
        public var undecided: Bool
    }

    /// Whether two houses at war still face each other with a gun between them.
    public func isOngoing(_ units: [CombatUnit]) -> Bool {
        var alive = [Int](repeating: 0, count: houses.count)
        var armed = [Int](repeating: 0, count: houses.count)
        for (index, unit) in units.enumerated() where !unit.isDestroyed {
            alive[unitHouse[index]] += 1
            if unit.firepower > 0 { armed[unitHouse[index]] += 1 }
        }
        for a in houses.indices where alive[a] > 0 {
            for b in (a + 1)..<max(a + 1, houses.count) where alive[b] > 0 && atWar[a][b] {
                if armed[a] > 0 || armed[b] > 0 { return true }
            }
        }
        return false
    }

    public func fight(random: inout SeededRandom) -> Report {
        var units = self.units
        var killers = [String?](repeating: nil, count: units.count)
        var rounds = 0
        while rounds < maxRounds, isOngoing(units) {
            rounds += 1
            let crippledAtStart = units.map(\.isCrippled)
            var enemies = [[Int]](repeating: [], count: houses.count)
            for index in units.indices where !units[index].isDestroyed {
                let owner = unitHouse[index]
                for house in houses.indices where atWar[house][owner] { enemies[house].append(index) }
            }
            var hits: [(target: Int, damage: Int, by: Int)] = []
            for index in units.indices where units[index].firepower > 0 {
                let targets = enemies[unitHouse[index]]
                guard !targets.isEmpty else { continue }
                let roll = random.int(in: 0...99)
                let pick = targets[random.int(in: 0...(targets.count - 1))]
                if roll < hitChancePercent { hits.append((pick, units[index].firepower, unitHouse[index])) }
            }
            for hit in hits {
                let before = units[hit.target].hullPoints
                if crippledAtStart[hit.target] {
                    units[hit.target].hullPoints = before - hit.damage
                    if before > 0, units[hit.target].hullPoints <= 0 { killers[hit.target] = houses[hit.by] }
                } else {
                    units[hit.target].hullPoints = max(before - hit.damage, 1)
                }
            }
        }
        return Report(units: units, rounds: rounds, killers: killers, undecided: isOngoing(units))
    }
}
