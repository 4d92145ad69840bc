internal import Engine

extension ViewContext {
    func gameSummary(deadline: Int64?, open: Bool) -> HouseView.GameSummary {
        let game = state.game
        return HouseView.GameSummary(
            id: game.id, name: game.name, turn: game.turn, year: game.year, month: game.month,
            phase: game.phase.rawValue.lowercased(), deadline: deadline, turnLimit: game.turnLimit,
            open: Self.flag(open), winner: game.winnerHouseID.map(slug)
        )
    }

    func ownHouse() -> HouseView.OwnHouse {
        let production = viewerColonies.reduce(0) { $0 + Economy.production(of: $1, config: state.config) }
        let upkeep = viewerFleets.reduce(0) { $0 + Economy.upkeep(of: $1, config: state.config) }
        return HouseView.OwnHouse(
            id: viewer.id, name: viewer.name, slug: viewer.slug, color: viewer.color, home: viewer.homeSystemID.map(system),
            treasury: viewer.treasury, prestige: viewer.prestige, production: production, upkeep: upkeep,
            budget: viewer.treasury + production - upkeep, eliminated: Self.flag(viewer.eliminated)
        )
    }

    /// Public: names, prestige, elimination, and each house's relation to the viewer.
    func houseEntries() -> [HouseView.HouseEntry] {
        state.houses.sorted { $0.slug < $1.slug }.map { other in
            let isViewer = other.id == viewer.id
            let row = isViewer ? nil : diplomacyRow(viewer.id, other.id)
            return HouseView.HouseEntry(
                slug: other.slug, name: other.name, id: other.id, prestige: other.prestige,
                eliminated: Self.flag(other.eliminated),
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
            let damaged = fleet.ships.filter(\.isDamaged).map {
                HouseView.DamagedShip(type: Self.name(of: $0.type), hp: $0.hullPoints, max: $0.maxHullPoints)
            }
            return HouseView.OwnFleet(
                id: fleet.id, name: fleet.name, at: system(fleet.locationSystemID), atName: systemName(fleet.locationSystemID),
                ships: Self.shipTally(fleet.ships), damaged: damaged.isEmpty ? nil : damaged,
                standing: fleet.standingOrder.flatMap(standingOrder),
                can: moves.orderKinds(of: fleet).map(\.rawValue),
                moves: moves.destinations(of: fleet).map {
                    HouseView.Move(to: system($0.systemID), toName: systemName($0.systemID), lane: $0.lane.map(Self.name), via: $0.via.map(system))
                }
            )
        }
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

    /// The events of the last turn this house may see, in the order they happened.
    func events(from events: [TurnEvent]) -> [HouseView.EventEntry] {
        events.filter { $0.isVisible(to: viewer.id) }.map { event in
            HouseView.EventEntry(
                type: event.type.rawValue, text: event.description, reason: event.reason, at: event.systemID.map(system),
                fleet: event.fleetID
            )
        }
    }

    /// Every system and lane (public); visibility and age where the house has looked.
    func starMap() -> HouseView.StarMap {
        let seen = Dictionary(uniqueKeysWithValues: intelRecord.systems.map { ($0.systemID, $0) })
        let systems = state.systems.map { star in
            let known = seen[star.id]
            let lanes = graph.neighbours(of: star.id).map { HouseView.LaneTable.Entry(to: system($0.to), type: Self.name(of: $0.type)) }
            return HouseView.MapSystem(
                id: system(star.id), name: star.name, q: star.coord.q, r: star.coord.r,
                vis: known.map { Self.name(of: $0.visibility) },
                age: known.flatMap { $0.visibility == .scouted ? turn - $0.lastSeenTurn : nil },
                lanes: HouseView.LaneTable(entries: lanes)
            )
        }
        return HouseView.StarMap(systems: systems)
    }
}
