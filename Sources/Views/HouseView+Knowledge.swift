public import Engine

extension HouseView {
    /// The `HouseKnowledge` this view and the game's map carry, so that a
    /// bot can decide from view.json and map.json alone. Systems keep the
    /// short ids (order files accept them); ships, which the view counts
    /// rather than lists, get made-up ids, and damaged ones share out the
    /// hull points the view gives for them. Bots reading this knowledge
    /// decide exactly as they would from the state.
    public func knowledge(map: PublicMap) -> HouseKnowledge {
        let houseIDs = Dictionary(uniqueKeysWithValues: houses.map { ($0.slug, $0.id) })
        func houseID(_ slug: String) -> String { houseIDs[slug] ?? slug }
        let me = house.id

        let rules = map.rules
        let systems = map.systems.map { HouseKnowledge.MapSystem(id: $0.id, name: $0.name, coord: HexCoord(q: $0.q, r: $0.r)) }
        var lanes: [Lane] = []
        for system in map.systems {
            for entry in system.lanes.entries where system.id < entry.to {
                lanes.append(Lane(between: system.id, and: entry.to, type: Self.laneType(entry.type)))
            }
        }
        lanes.sort { ($0.from, $0.to) < ($1.from, $1.to) }

        var relations: [Diplomacy] = houses.compactMap { entry in
            guard let since = entry.since, let relation = entry.relation.flatMap(DiplomaticRelation.init(orderName:)) else { return nil }
            return Diplomacy(between: me, and: entry.id, relation: relation, turnEstablished: since)
        }
        relations += diplomacy.others.compactMap { row in
            DiplomaticRelation(orderName: row.relation).map {
                Diplomacy(between: houseID(row.a), and: houseID(row.b), relation: $0, turnEstablished: row.since)
            }
        }
        relations.sort { ($0.houseA, $0.houseB) < ($1.houseA, $1.houseB) }

        let proposals = diplomacy.proposals.compactMap { offer in
            DiplomaticRelation(orderName: offer.propose).map {
                DiplomaticProposal(from: houseID(offer.from), to: houseID(offer.to), relation: $0, turnProposed: offer.turn)
            }
        }.sorted { ($0.fromHouseID, $0.toHouseID) < ($1.fromHouseID, $1.toHouseID) }

        let intelRecord = HouseIntel(
            houseID: me,
            systems: self.systems.compactMap { system in
                guard let visibility = SystemVisibility(rawValue: system.vis) else { return nil }
                return SystemIntel(systemID: system.id, visibility: visibility, lastSeenTurn: game.turn - (system.age ?? 0))
            },
            fleets: intel.fleets.map {
                FleetIntel(
                    fleetID: $0.id, ownerHouseID: houseID($0.owner), systemID: $0.at, detectedTurn: game.turn - $0.age,
                    shipTypes: ShipCounts(military: $0.ships.military, spacelift: $0.ships.spacelift)
                )
            },
            colonies: intel.colonies.map {
                ColonyIntel(
                    colony: Colony(
                        id: $0.id, systemID: $0.at, ownerHouseID: houseID($0.owner), population: $0.pop, industry: $0.industry,
                        defenses: $0.defenses, starbaseLevel: $0.starbase, underSiege: $0.siege ?? false
                    ),
                    turn: game.turn - $0.age
                )
            }
        )

        return HouseKnowledge(
            gameID: game.id, turn: game.turn, turnLimit: game.turnLimit, config: rules,
            house: House(
                id: me, name: house.name, slug: house.slug, color: house.color, prestige: house.prestige,
                treasury: house.treasury, eliminated: house.eliminated ?? false, homeSystemID: house.home
            ),
            houses: houses.map {
                HouseKnowledge.OtherHouse(id: $0.id, name: $0.name, slug: $0.slug, prestige: $0.prestige, eliminated: $0.eliminated ?? false)
            }.sorted { $0.id < $1.id },
            systems: systems, lanes: lanes,
            colonies: colonies.map {
                Colony(
                    id: $0.id, systemID: $0.at, ownerHouseID: me, population: $0.pop, industry: $0.industry,
                    defenses: $0.defenses, starbaseLevel: $0.starbase, underSiege: $0.siege ?? false
                )
            },
            fleets: fleets.map { fleet(from: $0, owner: me, rules: rules) },
            relations: relations, proposals: proposals, intel: intelRecord
        )
    }

    private func fleet(from entry: OwnFleet, owner: String, rules: GameConfig) -> Fleet {
        var ships: [Ship] = []
        for (type, count, hull, damaged) in [
            (ShipType.military, entry.ships.military, rules.militaryHullPoints, entry.damaged?.military ?? 0),
            (ShipType.spacelift, entry.ships.spacelift, rules.spaceliftHullPoints, entry.damaged?.spacelift ?? 0),
        ] {
            let name = type.rawValue.lowercased()
            for number in 0..<count {
                let id = "\(entry.id)/\(name)/\(number)"
                // A damaged ship is below full hull: one point short stands in for what the view sums up.
                let hp = number < damaged ? max(1, hull - 1) : hull
                ships.append(Ship(id: id, type: type, hullPoints: hp, maxHullPoints: hull))
            }
        }
        let standing = entry.standing.flatMap { order in
            FleetOrderKind(rawValue: order.order).map { FleetCommand(kind: $0, targetSystemID: order.to, targetFleetID: order.target) }
        }
        return Fleet(id: entry.id, ownerHouseID: owner, locationSystemID: entry.at, name: entry.name, ships: ships.sorted { $0.id < $1.id }, standingOrder: standing)
    }

    static func laneType(_ name: String) -> LaneType {
        LaneType.allCases.first { $0.rawValue.lowercased() == name } ?? .restricted
    }
}
