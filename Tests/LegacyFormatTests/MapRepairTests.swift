import Foundation
import Testing
import LegacyFormat

struct MapRepairTests {
    // A centre hex, two of its neighbours and one hex two steps away.
    let systems = [
        LegacySystem(legacyID: 10, q: 0, r: 0, ring: 0, player: nil, line: 1),
        LegacySystem(legacyID: 11, q: 1, r: 0, ring: 1, player: 0, line: 2),
        LegacySystem(legacyID: 12, q: 0, r: 1, ring: 1, player: 1, line: 3),
        LegacySystem(legacyID: 13, q: 2, r: 0, ring: 2, player: nil, line: 4),
    ]

    func lane(_ from: Int, _ to: Int, _ type: LegacyLaneType, line: Int) -> LegacyLane {
        LegacyLane(from: from, to: to, type: type, line: line)
    }

    @Test func singleListingNeedsNoRepair() {
        let map = LegacyMapRepair.repair(systems: systems, lanes: [lane(11, 10, .minor, line: 1)])
        #expect(map.lanes == [LegacyMapLane(lowerID: 10, higherID: 11, type: .minor, isAdjacent: true, sourceLines: [1])])
        #expect(map.repairs.isEmpty)
    }

    @Test func sameTypeTwiceMerges() {
        let map = LegacyMapRepair.repair(systems: systems, lanes: [lane(10, 11, .major, line: 4), lane(11, 10, .major, line: 9)])
        #expect(map.lanes.count == 1)
        #expect(map.repairs.map(\.kind) == [.duplicateLaneMerged])
        #expect(map.repairs.first?.lines == [4, 9])
        #expect(map.repairs.first?.resultType == .major)
    }

    @Test(arguments: [
        ([LegacyLaneType.major, .minor], LegacyLaneType.minor),
        ([.minor, .major], .minor),
        ([.major, .restricted], .restricted),
        ([.restricted, .minor], .restricted),
        ([.minor, .major, .restricted], .restricted),
    ])
    func conflictsResolveToTheMostRestrictive(listed: [LegacyLaneType], expected: LegacyLaneType) {
        let lanes = listed.enumerated().map { index, type in
            index.isMultiple(of: 2) ? lane(10, 12, type, line: index + 1) : lane(12, 10, type, line: index + 1)
        }
        let map = LegacyMapRepair.repair(systems: systems, lanes: lanes)
        #expect(map.lanes.map(\.type) == [expected])
        #expect(map.repairs.map(\.kind) == [.conflictingLaneType])
        #expect(map.repairs.first?.listedTypes == listed)
        #expect(map.repairs.first?.resultType == expected)
    }

    @Test func nonAdjacentLaneIsKeptAndReported() {
        let map = LegacyMapRepair.repair(systems: systems, lanes: [lane(13, 10, .major, line: 2), lane(10, 13, .minor, line: 5)])
        #expect(map.lanes == [LegacyMapLane(lowerID: 10, higherID: 13, type: .minor, isAdjacent: false, sourceLines: [2, 5])])
        #expect(map.repairs.map(\.kind) == [.conflictingLaneType, .nonAdjacentLaneKept])
        #expect(map.repairs.last?.message.contains("2 hexes apart") == true)
    }

    @Test func laneToUnknownSystemIsDropped() {
        let map = LegacyMapRepair.repair(systems: systems, lanes: [lane(10, 99, .major, line: 3)])
        #expect(map.lanes.isEmpty)
        #expect(map.repairs.map(\.kind) == [.unknownSystemLaneDropped])
        #expect(map.repairs.first?.resultType == nil)
    }

    @Test func outputIsSortedWhateverTheInputOrder() {
        let lanes = [
            lane(13, 11, .major, line: 1), lane(12, 10, .minor, line: 2),
            lane(11, 10, .major, line: 3), lane(10, 12, .restricted, line: 4),
        ]
        let map = LegacyMapRepair.repair(systems: systems.reversed(), lanes: lanes)
        #expect(map.systems.map(\.legacyID) == [10, 11, 12, 13])
        #expect(map.lanes.map { [$0.lowerID, $0.higherID] } == [[10, 11], [10, 12], [11, 13]])
        #expect(map.repairs.map(\.systems) == [[10, 12]])
        #expect(LegacyMapRepair.repair(systems: systems, lanes: lanes.reversed()) == map)
        #expect(map.homes.map(\.legacyID) == [11, 12])
    }

    @Test func repairsRoundTripThroughJSON() throws {
        let map = LegacyMapRepair.repair(systems: systems, lanes: [lane(10, 13, .major, line: 1), lane(13, 10, .restricted, line: 2)])
        let data = try JSONEncoder().encode(map)
        #expect(try JSONDecoder().decode(LegacyMap.self, from: data) == map)
    }
}
