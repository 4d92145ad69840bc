internal import Engine

extension ViewContext {
    func gameSummary(deadline: Int64?, open: Bool) -> HouseView.GameSummary {
        let game = state.game
        return HouseView.GameSummary(
            id: game.id, name: game.name, turn: game.turn, year: game.year, month: game.month,
            phase: game.phase.rawValue.lowercased(), deadline: deadline, turnLimit: game.turnLimit,
            turnsLeft: game.phase == .completed ? nil : game.turnLimit.map { max(0, $0 - game.turn + 1) },
            open: Self.flag(open), win: winText, winner: game.winnerHouseID.map(slug)
        )
    }

    var winText: String {
        "Be the last house standing"
            + (state.game.turnLimit.map { ", or rank first when turn \($0) is resolved (most prestige, then colonies, then population)" } ?? "")
            + "."
    }

    /// Colonies per house (public).
    var colonyCounts: [String: Int] {
        state.colonies.reduce(into: [:]) { $0[$1.ownerHouseID, default: 0] += 1 }
    }

    /// Each house's rank. While the game goes on: by prestige, then colony
    /// count (public figures), ties sharing a rank. Once it is over: the
    /// final order, the winner first, then the others still in, then the
    /// eliminated (RULES.md §9).
    var ranks: [String: Int] {
        let counts = colonyCounts
        if state.game.phase == .completed {
            let order = Ranking.standings(in: state)
            let winner = state.game.winnerHouseID
            let eliminated = Set(state.houses.filter(\.eliminated).map(\.id))
            let final =
                order.filter { $0.houseID == winner } + order.filter { $0.houseID != winner && !eliminated.contains($0.houseID) }
                + order.filter { $0.houseID != winner && eliminated.contains($0.houseID) }
            return Dictionary(uniqueKeysWithValues: final.enumerated().map { ($1.houseID, $0 + 1) })
        }
        let keyed = state.houses.map { (id: $0.id, key: [$0.prestige, counts[$0.id] ?? 0]) }
        return Dictionary(
            uniqueKeysWithValues: keyed.map { house in
                (house.id, 1 + keyed.filter { house.key.lexicographicallyPrecedes($0.key) }.count)
            })
    }

    func ownHouse() -> HouseView.OwnHouse {
        let production = viewerColonies.reduce(0) { $0 + Economy.production(of: $1, config: state.config) }
        let upkeep = viewerFleets.reduce(0) { $0 + Economy.upkeep(of: $1, config: state.config) }
        return HouseView.OwnHouse(
            id: viewer.id, name: viewer.name, slug: viewer.slug, color: viewer.color, home: viewer.homeSystemID.map(system),
            treasury: viewer.treasury, prestige: viewer.prestige, production: production, upkeep: upkeep,
            budget: viewer.treasury + production - upkeep, rank: ranks[viewer.id] ?? 1, eliminated: Self.flag(viewer.eliminated)
        )
    }

    /// Public: names, prestige, elimination, and each house's relation to the viewer.
    func houseEntries() -> [HouseView.HouseEntry] {
        let (ranks, counts) = (ranks, colonyCounts)
        return state.houses.sorted { $0.slug < $1.slug }.map { other in
            let isViewer = other.id == viewer.id
            let row = isViewer ? nil : diplomacyRow(viewer.id, other.id)
            return HouseView.HouseEntry(
                slug: other.slug, name: other.name, id: other.id, prestige: other.prestige, colonies: counts[other.id] ?? 0,
                rank: ranks[other.id] ?? 1, eliminated: Self.flag(other.eliminated),
                relation: isViewer ? nil : state.relation(viewer.id, other.id).orderName,
                since: row?.turnEstablished
            )
        }
    }

    func diplomacyRow(_ a: String, _ b: String) -> Diplomacy? {
        let (low, high) = (min(a, b), max(a, b))
        return state.diplomacy.first { $0.houseA == low && $0.houseB == high }
    }

    func diplomacySummary() -> HouseView.DiplomacySummary {
        let lifetime = max(1, state.config.proposalLifetimeTurns)
        let proposals = state.proposals
            .filter { $0.fromHouseID == viewer.id || $0.toHouseID == viewer.id }
            .map {
                HouseView.Proposal(
                    from: slug($0.fromHouseID), to: slug($0.toHouseID), propose: $0.relation.orderName, turn: $0.turnProposed,
                    answerBy: $0.turnProposed + lifetime
                )
            }
            .sorted { ($0.from, $0.to) < ($1.from, $1.to) }
        let others = state.diplomacy
            .filter { !$0.involves(viewer.id) }
            .map { row -> HouseView.Relation in
                let (a, b) = (slug(row.houseA), slug(row.houseB))
                return HouseView.Relation(a: min(a, b), b: max(a, b), relation: row.relation.orderName, since: row.turnEstablished)
            }
            .sorted { ($0.a, $0.b) < ($1.a, $1.b) }
        return HouseView.DiplomacySummary(proposals: proposals, others: others)
    }

    func ownColonies() -> [HouseView.OwnColony] {
        viewerColonies.map { colony in
            HouseView.OwnColony(
                id: colony.id, at: system(colony.systemID), atName: systemName(colony.systemID), pop: colony.population,
                industry: colony.industry, defenses: colony.defenses, starbase: colony.starbaseLevel,
                siege: Self.flag(colony.underSiege), production: Economy.production(of: colony, config: state.config)
            )
        }
    }

    func ownFleets() -> [HouseView.OwnFleet] {
        let moves = FleetMoves(state: state, graph: graph, houseID: viewer.id)
        return viewerFleets.map { fleet in
            let damaged = fleet.ships.filter(\.isDamaged)
            let counts = ShipCounts(damaged)
            return HouseView.OwnFleet(
                id: fleet.id, name: fleet.name, at: system(fleet.locationSystemID), atName: systemName(fleet.locationSystemID),
                ships: Self.shipTally(fleet.ships),
                damaged: damaged.isEmpty
                    ? nil
                    : HouseView.DamagedShips(
                        military: counts.military > 0 ? counts.military : nil, spacelift: counts.spacelift > 0 ? counts.spacelift : nil,
                        hp: damaged.reduce(0) { $0 + $1.hullPoints }, max: damaged.reduce(0) { $0 + $1.maxHullPoints }
                    ),
                standing: fleet.standingOrder.flatMap(standingOrder),
                can: moves.orderKinds(of: fleet).filter { !FleetMoves.alwaysAllowed.contains($0) }.map(\.rawValue)
            )
        }
    }

    /// One list of moves per place where the house has fleets. Fleets that
    /// may use restricted lanes and fleets that may not can reach different
    /// systems; when both stand at a place, the entries only one kind
    /// reaches say which.
    func moveTable() -> HouseView.MoveTable {
        let moves = FleetMoves(state: state, graph: graph, houseID: viewer.id)
        let byPlace = Dictionary(grouping: viewerFleets, by: \.locationSystemID)
        return HouseView.MoveTable(
            places: byPlace.keys.sorted().map { place in
                let fleets = byPlace[place]!
                let kinds = Set(fleets.map(\.mayUseRestrictedLanes))
                let free = kinds.contains(true) ? moves.destinations(from: place, restricted: true) : []
                let bound = kinds.contains(false) ? moves.destinations(from: place, restricted: false) : []
                let both = kinds.count == 2
                var merged: [HouseView.Move] = []
                for target in Set(free.map(\.systemID) + bound.map(\.systemID)).sorted() {
                    let open = free.first { $0.systemID == target }
                    let closed = bound.first { $0.systemID == target }
                    guard let destination = open ?? closed else { continue }
                    merged.append(
                        HouseView.Move(
                            to: system(target), toName: systemName(target), lane: destination.lane.map(Self.name), via: destination.via.map(system),
                            restricted: both && closed == nil ? true : nil, unrestricted: both && open == nil ? true : nil
                        ))
                }
                return (at: system(place), moves: merged)
            })
    }

    func standingOrder(_ command: FleetCommand) -> HouseView.StandingOrder? {
        guard command.kind != .hold else { return nil }
        return HouseView.StandingOrder(
            order: command.kind.rawValue, to: command.targetSystemID.map(system), toName: command.targetSystemID.map(systemName),
            target: command.targetFleetID
        )
    }

    /// Foreign fleets and colonies exactly as the house's intel recorded them.
    func intel() -> HouseView.Intel {
        let fleets = intelRecord.fleets.filter { $0.ownerHouseID != viewer.id }.map { seen in
            HouseView.SeenFleet(
                id: seen.fleetID, owner: slug(seen.ownerHouseID), at: system(seen.systemID), atName: systemName(seen.systemID),
                ships: HouseView.ShipTally(military: seen.shipTypes.military, spacelift: seen.shipTypes.spacelift),
                age: turn - seen.detectedTurn
            )
        }
        let colonies = intelRecord.colonies.filter { $0.ownerHouseID != viewer.id }.map { seen in
            HouseView.SeenColony(
                id: seen.colonyID, owner: slug(seen.ownerHouseID), at: system(seen.systemID), atName: systemName(seen.systemID),
                pop: seen.population, industry: seen.industry, defenses: seen.defenses, starbase: seen.starbaseLevel,
                siege: Self.flag(seen.underSiege), age: turn - seen.intelTurn
            )
        }
        return HouseView.Intel(fleets: fleets, colonies: colonies)
    }

    /// The events of the last turn this house may see, in the order they
    /// happened; battles with their report, and the ships each event took
    /// from this house.
    func events(from events: [TurnEvent]) -> [HouseView.EventEntry] {
        events.filter { $0.isVisible(to: viewer.id) }.map { event in
            HouseView.EventEntry(
                type: event.type.rawValue, text: event.description, reason: event.reason, at: event.systemID.map(system),
                fleet: event.fleetID, lost: shipsLost(in: event), gained: shipsGained(in: event),
                battle: event.type == .battle ? battleReport(event) : nil
            )
        }
    }

    /// Ships of the viewer's that an event destroyed or used up.
    func shipsLost(in event: TurnEvent) -> HouseView.ShipTally? {
        guard event.houseID == viewer.id else { return nil }
        switch event.type {
        case .fleetDestroyed, .shipsLost:
            guard case .object(let lost)? = event.data["lost"] else { return nil }
            return HouseView.ShipTally(military: lost["military"]?.intValue ?? 0, spacelift: lost["spacelift"]?.intValue ?? 0)
        case .colonyFounded:
            return HouseView.ShipTally(military: 0, spacelift: 1)
        case .colonyCaptured:
            return HouseView.ShipTally(military: 0, spacelift: event.data["troop_ships"]?.intValue ?? 0)
        default:
            return nil
        }
    }

    /// Ships a delivered build added to the viewer's fleets.
    func shipsGained(in event: TurnEvent) -> HouseView.ShipTally? {
        guard event.houseID == viewer.id, event.type == .buildCompleted, let quantity = event.data["quantity"]?.intValue else { return nil }
        switch event.orderType {
        case BuildItem.military.rawValue: return HouseView.ShipTally(military: quantity, spacelift: 0)
        case BuildItem.spacelift.rawValue: return HouseView.ShipTally(military: 0, spacelift: quantity)
        default: return nil
        }
    }

    func battleReport(_ event: TurnEvent) -> HouseView.BattleReport? {
        guard case .object(let sides)? = event.data["sides"] else { return nil }
        func tally(_ value: JSONValue?) -> HouseView.ShipTally {
            guard case .object(let counts)? = value else { return HouseView.ShipTally(military: 0, spacelift: 0) }
            return HouseView.ShipTally(military: counts["military"]?.intValue ?? 0, spacelift: counts["spacelift"]?.intValue ?? 0)
        }
        func guns(_ value: JSONValue?) -> HouseView.Guns {
            guard case .object(let levels)? = value else { return HouseView.Guns(defenses: 0, starbase: 0) }
            return HouseView.Guns(defenses: levels["defenses"]?.intValue ?? 0, starbase: levels["starbase"]?.intValue ?? 0)
        }
        let rows = sides.keys.map { house -> HouseView.BattleSide in
            guard case .object(let side)? = sides[house] else {
                return HouseView.BattleSide(house: slug(house), before: tally(nil), lost: tally(nil))
            }
            return HouseView.BattleSide(house: slug(house), before: tally(side["before"]), lost: tally(side["lost"]))
        }.sorted { $0.house < $1.house }
        var colony: HouseView.BattleColony?
        if case .object(let entry)? = event.data["colony"], let owner = entry["owner"]?.stringValue {
            colony = HouseView.BattleColony(owner: slug(owner), before: guns(entry["before"]), after: guns(entry["after"]))
        }
        var winners: [String] = []
        if case .array(let list)? = event.data["winners"] { winners = list.compactMap(\.stringValue).map(slug).sorted() }
        return HouseView.BattleReport(rounds: event.data["rounds"]?.intValue ?? 0, sides: rows, colony: colony, winners: winners)
    }

    /// What the house sees of each system it has seen, by short id.
    func seenSystems() -> [HouseView.SeenSystem] {
        intelRecord.systems.sorted { $0.systemID < $1.systemID }.map { known in
            HouseView.SeenSystem(
                id: system(known.systemID), vis: Self.name(of: known.visibility),
                age: known.visibility == .scouted ? turn - known.lastSeenTurn : nil
            )
        }
    }
}
