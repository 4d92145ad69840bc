import Testing
import LegacyFormat

struct LaneTypeTests {
    @Test func restrictivenessOrder() {
        #expect(LegacyLaneType.major < .minor)
        #expect(LegacyLaneType.minor < .restricted)
        #expect([LegacyLaneType.minor, .restricted, .major].max() == .restricted)
        #expect([LegacyLaneType.major, .minor].max() == .minor)
        #expect(LegacyLaneType.allCases.map(\.restrictiveness) == [0, 1, 2])
    }

    @Test func hexRing() {
        #expect(LegacyHex.ring(q: 0, r: 0) == 0)
        #expect(LegacyHex.ring(q: 1, r: 3) == 4)
        #expect(LegacyHex.ring(q: -3, r: -1) == 4)
        #expect(LegacyHex.ring(q: 2, r: -4) == 4)
    }

    @Test func hexNeighbours() {
        for offset in LegacyHex.neighbourOffsets {
            #expect(LegacyHex.areNeighbours((2, -1), (2 + offset.q, -1 + offset.r)))
        }
        #expect(!LegacyHex.areNeighbours((0, 0), (1, 1)))
        #expect(!LegacyHex.areNeighbours((0, 0), (0, 0)))
        #expect(!LegacyHex.areNeighbours((0, -4), (0, 4)))
    }
}
