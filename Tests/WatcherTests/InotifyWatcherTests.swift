import Foundation
import Testing
import Watcher

/// Collects events from the watcher thread so a test can wait for one.
final class EventRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [WatchEvent] = []

    func record(_ event: WatchEvent) { lock.withLock { events.append(event) } }
    var all: [WatchEvent] { lock.withLock { events } }

    /// Waits (bounded) until an event matching `predicate` arrives.
    func waitFor(timeout: TimeInterval = 5, _ predicate: (WatchEvent) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if all.contains(where: predicate) { return true }
            Thread.sleep(forTimeInterval: 0.005)
        }
        return false
    }
}

/// Polls `condition` until it holds or `timeout` passes.
func eventually(timeout: TimeInterval = 5, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if condition() { return true }
        Thread.sleep(forTimeInterval: 0.005)
    }
    return condition()
}

/// libinotifytools has one global instance per process: these run one at a time.
@Suite(.serialized) struct InotifyWatcherTests {
    let root: URL
    let recorder = EventRecorder()
    let watcher: InotifyWatcher

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("ec4x-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("orders"), withIntermediateDirectories: true)
        let recorder = recorder
        watcher = InotifyWatcher(controlFolder: root.appendingPathComponent(".control")) { recorder.record($0) }
    }

    func cleanUp() {
        watcher.stop()
        try? FileManager.default.removeItem(at: root)
    }

    @Test func aClosedFileAndARenamedFileAreReportedComplete() throws {
        defer { cleanUp() }
        try watcher.start()
        let orders = root.appendingPathComponent("orders").path
        watcher.watch(orders)
        #expect(eventually { watcher.watchCount >= 2 })

        try Data("{}".utf8).write(to: URL(fileURLWithPath: orders + "/direct.json"))
        #expect(recorder.waitFor { $0 == .fileCompleted(directory: orders, name: "direct.json") })

        try Data("{}".utf8).write(to: root.appendingPathComponent("staged.json"))
        try FileManager.default.moveItem(atPath: root.appendingPathComponent("staged.json").path, toPath: orders + "/renamed.json")
        #expect(recorder.waitFor { $0 == .fileCompleted(directory: orders, name: "renamed.json") })
    }

    @Test func aNewFolderAndASymlinkAreReportedAsCreated() throws {
        defer { cleanUp() }
        try watcher.start()
        let orders = root.appendingPathComponent("orders").path
        watcher.watch(orders)
        #expect(eventually { watcher.watchCount >= 2 })
        try FileManager.default.createDirectory(atPath: orders + "/sub", withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: orders + "/link.json", withDestinationPath: "/etc/passwd")
        #expect(recorder.waitFor { $0 == .entryCreated(directory: orders, name: "sub", isDirectory: true) })
        #expect(recorder.waitFor { $0 == .entryCreated(directory: orders, name: "link.json", isDirectory: false) })
        #expect(!recorder.all.contains(.fileCompleted(directory: orders, name: "link.json")))
    }

    @Test func stopReturnsPromptlyAndTheWatcherCanStartAgain() throws {
        try watcher.start()
        let started = Date()
        watcher.stop()
        #expect(Date().timeIntervalSince(started) < 0.5)
        let again = InotifyWatcher(controlFolder: root.appendingPathComponent(".control2")) { _ in }
        try again.start()
        again.stop()
        cleanUp()
    }

    @Test func onlyOneWatcherMayRunAtATime() throws {
        defer { cleanUp() }
        try watcher.start()
        let second = InotifyWatcher(controlFolder: root.appendingPathComponent(".other")) { _ in }
        #expect { try second.start() } throws: { ($0 as? WatcherError)?.code == .alreadyRunning }
    }

    @Test func aFolderThatCannotBeWatchedIsReported() throws {
        defer { cleanUp() }
        try watcher.start()
        let missing = root.appendingPathComponent("does-not-exist").path
        watcher.watch(missing)
        #expect(eventually { watcher.failedWatches[missing] != nil })
    }
}

extension InotifyWatcherTests {
    @Test func waitingUntilWatchingMeansTheNextWriteIsSeen() throws {
        defer { cleanUp() }
        try watcher.start()
        let orders = root.appendingPathComponent("orders").path
        watcher.watch(orders)
        watcher.waitUntilWatching()
        #expect(watcher.watchCount >= 2)
        try Data("{}".utf8).write(to: URL(fileURLWithPath: orders + "/first.json"))
        #expect(recorder.waitFor { $0 == .fileCompleted(directory: orders, name: "first.json") })
    }
}
