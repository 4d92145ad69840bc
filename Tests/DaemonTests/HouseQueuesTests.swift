import Foundation
import Testing
@testable import Daemon
@testable import FolderTransport

@Suite struct HouseQueuesTests {
    func entry(_ slug: String, _ name: String, modified: Int64) -> DropEntry {
        DropEntry(url: URL(fileURLWithPath: "/g/houses/\(slug)/orders/\(name)"), kind: .regularFile, size: 10, modified: modified)
    }

    func drain(_ queues: inout HouseQueues) -> [String] {
        var taken: [String] = []
        while let (slug, entry) = queues.next() { taken.append("\(slug)/\(entry.name)") }
        return taken
    }

    @Test func aHousesFilesComeInArrivalOrderWhateverTheirNames() {
        var queues = HouseQueues([
            "alpha": [entry("alpha", "z-first.json", modified: 1), entry("alpha", "a-third.json", modified: 3), entry("alpha", "m-second.json", modified: 2)]
        ])
        #expect(drain(&queues) == ["alpha/z-first.json", "alpha/m-second.json", "alpha/a-third.json"])
        #expect(queues.isEmpty)
    }

    @Test func filesWrittenInTheSameClockTickComeInNameOrder() {
        var queues = HouseQueues(["alpha": [entry("alpha", "b.json", modified: 5), entry("alpha", "a.json", modified: 5)]])
        #expect(drain(&queues) == ["alpha/a.json", "alpha/b.json"])
    }

    @Test func aFloodingHouseDelaysAnotherHousesFileByOneFile() {
        let flood = (0..<1000).map { entry("alpha", String(format: "%04d.json", $0), modified: Int64($0)) }
        var queues = HouseQueues(["alpha": flood, "beta": [entry("beta", "mine.json", modified: 999_999)], "gamma": []])
        let order = drain(&queues)
        #expect(order.count == 1001)
        #expect(order.prefix(3) == ["alpha/0000.json", "beta/mine.json", "alpha/0001.json"])
    }

    @Test func theHousesTakeTurnsOneFileEach() {
        var queues = HouseQueues([
            "gamma": [entry("gamma", "g1", modified: 1)],
            "alpha": [entry("alpha", "a1", modified: 1), entry("alpha", "a2", modified: 2), entry("alpha", "a3", modified: 3)],
            "beta": [entry("beta", "b1", modified: 1), entry("beta", "b2", modified: 2)],
        ])
        #expect(drain(&queues) == ["alpha/a1", "beta/b1", "gamma/g1", "alpha/a2", "beta/b2", "alpha/a3"])
    }

    @Test func aBlockedHousesLaterFilesWaitWhileOthersGoOn() {
        var queues = HouseQueues([
            "alpha": [entry("alpha", "a1", modified: 1), entry("alpha", "a2", modified: 2)],
            "beta": [entry("beta", "b1", modified: 1), entry("beta", "b2", modified: 2)],
        ])
        let first = queues.next()
        #expect(first?.slug == "alpha" && first?.entry.name == "a1")
        // a1 could not be taken: a2 must not overtake it.
        queues.block("alpha")
        #expect(drain(&queues) == ["beta/b1", "beta/b2"])
    }
}
