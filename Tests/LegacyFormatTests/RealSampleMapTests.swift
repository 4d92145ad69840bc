import Testing
@testable import LegacyFormat

/// The map of the real `test_game` sample: 4 rings, 4 players.
@Suite struct RealSampleMapTests {
    let systems: [LegacySystem]
    let lanes: [LegacyLane]
    let map: LegacyMap

    init() throws {
        systems = try LegacySystemsParser.parse(try LegacySamples.bytes("test_game/game_data/systems.txt"))
        lanes = try LegacyLanesParser.parse(
            try LegacySamples.bytes("test_game/game_data/lanes.txt"), systemIDs: Set(systems.map(\.legacyID))
        )
        map = LegacyMapRepair.repair(systems: systems, lanes: lanes)
    }

    @Test func readsAll61SystemsWithNonContiguousIDs() {
        #expect(systems.count == 61)
        #expect(Set(systems.map(\.legacyID)).count == 61)
        #expect(systems.map(\.legacyID).min() == 4)
        #expect(systems.map(\.legacyID).max() == 76)
        // The centre hex and the ring counts of a radius-4 hexagon: 1, 6, 12, 18, 24.
        let perRing = Dictionary(grouping: systems, by: \.ring).mapValues(\.count)
        #expect(perRing == [0: 1, 1: 6, 2: 12, 3: 18, 4: 24])
        #expect(systems.first { $0.legacyID == 40 }.map { [$0.q, $0.r, $0.ring] } == [0, 0, 0])
    }

    @Test func keepsCoordinatesAndLineOfEachSystem() throws {
        // Line 15 of the file is `76,4,0,4,2`.
        let system = try #require(systems.first { $0.legacyID == 76 })
        #expect(system == LegacySystem(legacyID: 76, q: 4, r: 0, ring: 4, player: 2, line: 15))
    }

    @Test func findsFourHomesForPlayers0To3() {
        #expect(map.homes.map(\.player) == [0, 1, 2, 3])
        #expect(map.homes.map(\.legacyID) == [36, 72, 76, 44])
        #expect(map.homes.allSatisfy { $0.ring == 4 })
    }

    @Test func merges314ListedLinesInto159DistinctLanes() {
        #expect(lanes.count == 314)
        #expect(map.lanes.count == 159)
        let pairs = Set(map.lanes.map { [$0.lowerID, $0.higherID] })
        #expect(pairs.count == 159)
        #expect(map.lanes.allSatisfy { $0.lowerID < $0.higherID })
        // Every listed line ends up in exactly one lane.
        #expect(map.lanes.flatMap(\.sourceLines).sorted() == Array(1...314))
        #expect(map.lanes.filter { $0.sourceLines.count == 1 }.count == 4)
    }

    @Test func recordsEveryMergeAndConflict() {
        #expect(map.repairs(of: .duplicateLaneMerged).count == 57)
        #expect(map.repairs(of: .conflictingLaneType).count == 98)
        #expect(map.repairs(of: .unknownSystemLaneDropped).isEmpty)
        let typeCounts = Dictionary(grouping: map.lanes, by: \.type).mapValues(\.count)
        #expect(typeCounts == [.major: 29, .minor: 61, .restricted: 69])
    }

    @Test func conflictingListingsResolveToTheMoreRestrictiveType() throws {
        // Line 12 says `36,35,Major`, line 70 says `35,36,Restricted`.
        let lane = try #require(map.lanes.first { $0.lowerID == 35 && $0.higherID == 36 })
        #expect(lane.type == .restricted)
        #expect(lane.sourceLines == [12, 70])
        let repair = try #require(map.repairs.first { $0.systems == [35, 36] && $0.kind == .conflictingLaneType })
        #expect(repair.listedTypes == [.major, .restricted])
        #expect(repair.resultType == .restricted)
    }

    /// The README speaks of 4 lanes between non-neighbours: they are 4 listed lines,
    /// which are 3 distinct lanes (35-36 is listed in both directions).
    @Test func keepsTheLanesBetweenNonNeighbourHexes() {
        let nonAdjacentLines = lanes.filter { lane in
            let a = systems.first { $0.legacyID == lane.from }!
            let b = systems.first { $0.legacyID == lane.to }!
            return !LegacyHex.areNeighbours((a.q, a.r), (b.q, b.r))
        }
        #expect(nonAdjacentLines.map(\.line) == [11, 12, 70, 95])

        let kept = map.lanes.filter { !$0.isAdjacent }
        #expect(kept.map { [$0.lowerID, $0.higherID] } == [[35, 36], [36, 44], [44, 45]])
        #expect(map.repairs(of: .nonAdjacentLaneKept).map(\.systems) == [[35, 36], [36, 44], [44, 45]])
        #expect(map.repairs(of: .nonAdjacentLaneKept).flatMap(\.lines) == [12, 70, 11, 95])
        // Every adjacent pair of hexes on the map is joined; nothing else is missing.
        #expect(map.lanes.filter(\.isAdjacent).count == 156)
    }

    @Test func twoHomeworldsHaveFiveLanesAndTwoHaveThree() {
        func degree(_ id: Int) -> Int { map.lanes.filter { $0.lowerID == id || $0.higherID == id }.count }
        #expect(map.homes.map { degree($0.legacyID) } == [5, 3, 3, 5])
    }

    @Test func repairIsIndependentOfLineOrder() {
        let reordered = LegacyMapRepair.repair(systems: systems.reversed(), lanes: lanes.reversed())
        #expect(reordered == map)
    }
}
