/// Turns the lanes as listed into one lane per unordered pair, deterministically, and says what it did:
/// repeated pairs merge, conflicting types resolve to the most restrictive (Restricted > Minor > Major),
/// lanes between non-neighbouring hexes are kept but reported, lanes to unknown systems are dropped.
public enum LegacyMapRepair {
    public static func repair(systems: [LegacySystem], lanes: [LegacyLane]) -> LegacyMap {
        var positionOfID: [Int: (q: Int, r: Int)] = [:]
        for system in systems where positionOfID[system.legacyID] == nil {
            positionOfID[system.legacyID] = (system.q, system.r)
        }

        struct PairKey: Hashable, Comparable {
            var lower: Int
            var higher: Int
            static func < (a: PairKey, b: PairKey) -> Bool { (a.lower, a.higher) < (b.lower, b.higher) }
        }
        var listings: [PairKey: [LegacyLane]] = [:]
        for lane in lanes {
            listings[PairKey(lower: min(lane.from, lane.to), higher: max(lane.from, lane.to)), default: []].append(lane)
        }

        var mapLanes: [LegacyMapLane] = []
        var repairs: [LegacyRepair] = []
        for pair in listings.keys.sorted() {
            let listed = listings[pair, default: []].sorted { $0.line < $1.line }
            let lines = listed.map(\.line)
            let types = listed.map(\.type)
            let ids = [pair.lower, pair.higher]
            let lineList = lines.map(String.init).joined(separator: ", ")

            guard let a = positionOfID[pair.lower], let b = positionOfID[pair.higher] else {
                let missing = ids.filter { positionOfID[$0] == nil }.map(String.init).joined(separator: " and ")
                repairs.append(
                    LegacyRepair(
                        kind: .unknownSystemLaneDropped, systems: ids, lines: lines, listedTypes: types, resultType: nil,
                        message: "lane \(pair.lower)-\(pair.higher) (lines \(lineList)) names unknown system \(missing); dropped"
                    ))
                continue
            }

            let type = types.max() ?? .major
            let isAdjacent = LegacyHex.areNeighbours(a, b)
            mapLanes.append(LegacyMapLane(lowerID: pair.lower, higherID: pair.higher, type: type, isAdjacent: isAdjacent, sourceLines: lines))

            if listed.count > 1 {
                let conflicting = Set(types).count > 1
                let typeList = types.map(\.rawValue).joined(separator: ", ")
                repairs.append(
                    LegacyRepair(
                        kind: conflicting ? .conflictingLaneType : .duplicateLaneMerged,
                        systems: ids, lines: lines, listedTypes: types, resultType: type,
                        message: conflicting
                            ? "lane \(pair.lower)-\(pair.higher) listed \(listed.count) times as \(typeList) (lines \(lineList)); kept once as \(type.rawValue), the most restrictive"
                            : "lane \(pair.lower)-\(pair.higher) listed \(listed.count) times (lines \(lineList)); kept once"
                    ))
            }
            if !isAdjacent {
                repairs.append(
                    LegacyRepair(
                        kind: .nonAdjacentLaneKept, systems: ids, lines: lines, listedTypes: types, resultType: type,
                        message: "lane \(pair.lower)-\(pair.higher) joins (\(a.q),\(a.r)) and (\(b.q),\(b.r)), which are \(LegacyHex.distance(from: a, to: b)) hexes apart; kept"
                    ))
            }
        }

        return LegacyMap(
            systems: systems.sorted { $0.legacyID < $1.legacyID },
            lanes: mapLanes,
            repairs: repairs
        )
    }
}
