extension TurnWorkspace {
    /// Command: diplomacy, then builds are paid and queued, detachments split
    /// off, then fleets move, merge and settle new colonies.
    func runCommandPhase() {
        resolveDiplomacy()
        payForBuilds()
        resolveDetachments()
        moveFleets()
        resolveJoins()
        resolveRendezvous()
        resolveColonization()
    }

    /// War is declared unilaterally and takes effect at once. Peace, NAP and
    /// alliance need both sides: they are signed when the other house proposes
    /// the same relation in the same turn, or when it has an open proposal
    /// (younger than `proposalLifetimeTurns`) for that relation.
    func resolveDiplomacy() {
        var lines: [(houseID: String, proposal: ResolvedOrders.Proposal)] = []
        for houseID in submitted.keys.sorted() {
            for proposal in submitted[houseID]!.diplomacy { lines.append((houseID, proposal)) }
        }
        for (houseID, line) in lines where line.relation == .war {
            if relation(houseID, line.houseID) == .war {
                record(houseID, line, .completed, reason: "already at war")
                continue
            }
            setRelation(houseID, line.houseID, .war)
            proposals.removeAll { Set([$0.fromHouseID, $0.toHouseID]) == Set([houseID, line.houseID]) }
            record(houseID, line, .completed)
            emit(
                TurnEvent(
                    phase: .command, type: .warDeclared, houseID: houseID, orderType: "war",
                    description: "House \(houseName(houseID)) declared war on House \(houseName(line.houseID))",
                    data: ["target_house": .string(line.houseID)], visibility: .public
                ))
        }
        let offeredNow = Set(
            lines.filter { $0.proposal.relation != .war }.map {
                "\($0.houseID)|\($0.proposal.houseID)|\($0.proposal.relation.rawValue)"
            })
        for (houseID, line) in lines where line.relation != .war {
            let other = line.houseID
            if relation(houseID, other) == line.relation {
                record(houseID, line, .completed, reason: "already in force")
                continue
            }
            let answered =
                offeredNow.contains("\(other)|\(houseID)|\(line.relation.rawValue)")
                || proposals.contains { $0.fromHouseID == other && $0.toHouseID == houseID && $0.relation == line.relation }
            if answered {
                setRelation(houseID, other, line.relation)
                proposals.removeAll { Set([$0.fromHouseID, $0.toHouseID]) == Set([houseID, other]) }
                record(houseID, line, .completed)
                emit(
                    TurnEvent(
                        phase: .command, type: .treatySigned, houseID: houseID, orderType: line.relation.orderName,
                        description: "Houses \(houseName(houseID)) and \(houseName(other)) agreed on \(line.relation.rawValue)",
                        data: ["other_house": .string(other), "relation": .string(line.relation.rawValue)], visibility: .public
                    ))
            } else if relation(houseID, other) == line.relation {
                // The other side's line, earlier in this loop, already signed it.
                record(houseID, line, .completed)
            } else {
                proposals.removeAll { $0.fromHouseID == houseID && $0.toHouseID == other }
                proposals.append(DiplomaticProposal(from: houseID, to: other, relation: line.relation, turnProposed: turn))
                record(houseID, line, .inProgress, reason: "waiting for House \(houseName(other)) to agree")
                emit(
                    TurnEvent(
                        phase: .command, type: .proposalMade, houseID: houseID, orderType: line.relation.orderName,
                        description: "House \(houseName(houseID)) proposes \(line.relation.rawValue) to House \(houseName(other))",
                        data: ["other_house": .string(other), "relation": .string(line.relation.rawValue)], visibility: .public
                    ))
            }
        }
        proposals.sort { ($0.fromHouseID, $0.toHouseID) < ($1.fromHouseID, $1.toHouseID) }
    }

    func setRelation(_ a: String, _ b: String, _ relation: DiplomaticRelation) {
        relations[Self.pairKey(a, b)] = Diplomacy(between: a, and: b, relation: relation, turnEstablished: turn)
    }

    private func record(_ houseID: String, _ line: ResolvedOrders.Proposal, _ status: OrderOutcome.Status, reason: String? = nil) {
        otherOutcomes.append(
            OrderOutcome(
                houseID: houseID, category: .diplomacy, index: line.index, entityID: line.houseID,
                orderType: line.relation.orderName, status: status, reason: reason
            ))
    }

    /// Builds are paid now and delivered in Maintenance. A line the treasury
    /// cannot cover fails (the validator normally prevents that).
    func payForBuilds() {
        for houseID in submitted.keys.sorted() {
            for line in submitted[houseID]!.builds {
                let cost = line.item.unitCost(config) * line.quantity
                let colony = colonies[line.colonyID]
                var failure: String?
                if colony?.ownerHouseID != houseID {
                    failure = "the colony is no longer yours"
                } else if houses[houseID]!.treasury < cost {
                    failure = "the treasury holds \(houses[houseID]!.treasury), the build costs \(cost)"
                } else if line.item.shipType != nil, colony?.underSiege == true {
                    failure = "the colony is under siege"
                }
                if let failure {
                    otherOutcomes.append(
                        OrderOutcome(
                            houseID: houseID, category: .build, index: line.index, entityID: line.colonyID,
                            orderType: line.item.rawValue, status: .failed, reason: failure
                        ))
                    emit(
                        TurnEvent(
                            phase: .command, type: .buildFailed, houseID: houseID, systemID: colony?.systemID,
                            orderType: line.item.rawValue, description: "Build of \(line.quantity) \(line.item.rawValue) failed: \(failure)",
                            reason: failure, visibility: .actor
                        ))
                    continue
                }
                houses[houseID]!.treasury -= cost
                metrics[houseID]?.buildSpending += cost
                queuedBuilds.append(
                    QueuedBuild(
                        houseID: houseID, colonyID: line.colonyID, item: line.item, quantity: line.quantity, index: line.index
                    ))
                otherOutcomes.append(
                    OrderOutcome(
                        houseID: houseID, category: .build, index: line.index, entityID: line.colonyID,
                        orderType: line.item.rawValue, status: .inProgress, reason: "paid; delivered in Maintenance"
                    ))
                emit(
                    TurnEvent(
                        phase: .command, type: .buildOrdered, houseID: houseID, systemID: colony?.systemID,
                        orderType: line.item.rawValue,
                        description: "House \(houseName(houseID)) paid \(cost) for \(line.quantity) \(line.item.rawValue) at \(systemName(colony!.systemID))",
                        data: ["colony": .string(line.colonyID), "quantity": .int(line.quantity), "cost": .int(cost)],
                        visibility: .actor
                    ))
            }
        }
    }
}
