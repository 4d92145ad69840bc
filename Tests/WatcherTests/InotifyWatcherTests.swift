import Foundation
import Testing
import TestSupport
import Watcher

/// Collects events from the watcher thread so a test can wait for one.
final class EventRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [WatchEvent] = []

    func record(_ event: WatchEvent) { lock.withLock { events.append(event) } }
    var all: [WatchEvent] { lock.withLock { events } }

    /// Waits (bounded by `patience`) until an event matching `predicate` arrives.
    func waitFor(_ predicate: (WatchEvent) -> Bool) -> Bool {
        TestSupport.waitFor { all.contains(where: predicate) }
    }
}

/// libinotifytools has one global instance per process: these run one at a time.
@Suite(.serialized) struct InotifyWatcherTests {
    let folder: TemporaryFolder
    let root: URL
    let recorder = EventRecorder()
    let watcher: InotifyWatcher

    init() throws {
        folder = try TemporaryFolder()
        root = folder.url
        try FileManager.default.createDirectory(at: root.appendingPathComponent("orders"), withIntermediateDirectories: true)
        let recorder = recorder
        watcher = InotifyWatcher(controlFolder: root.appendingPathComponent(".control")) { recorder.record($0) }
    }

    func cleanUp() {
        watcher.stop()
    }

    @Test func aClosedFileAndARenamedFileAreReportedComplete() throws {
        defer { cleanUp() }
        try watcher.start()
        let orders = root.appendingPathComponent("orders").path
        watcher.watch(orders)
        #expect(waitFor { watcher.watchCount >= 2 })

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
        #expect(waitFor { watcher.watchCount >= 2 })
        try FileManager.default.createDirectory(atPath: orders + "/sub", withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: orders + "/link.json", withDestinationPath: "/etc/passwd")
        #expect(recorder.waitFor { $0 == .entryCreated(directory: orders, name: "sub", isDirectory: true) })
        #expect(recorder.waitFor { $0 == .entryCreated(directory: orders, name: "link.json", isDirectory: false) })
        #expect(!recorder.all.contains(.fileCompleted(directory: orders, name: "link.json")))
    }

    @Test func stopReturnsAndReleasesInotifyForTheNextWatcher() throws {
        try watcher.start()
        // On another thread, so a stop that never returns fails the test rather than hanging it.
        let stopped = DispatchSemaphore(value: 0)
        let watcher = watcher
        Thread.detachNewThread {
            watcher.stop()
            stopped.signal()
        }
        #expect(stopped.wait(timeout: .now() + patience) == .success, "stop() did not return")

        // Only one watcher may use inotify at a time: this one starting shows
        // the first let go; an event reaching it shows inotify works again.
        let recorder = EventRecorder()
        let again = InotifyWatcher(controlFolder: root.appendingPathComponent(".control2")) { recorder.record($0) }
        try again.start()
        defer { again.stop() }
        let orders = root.appendingPathComponent("orders").path
        again.watch(orders)
        again.waitUntilWatching(timeout: patience)
        try Data("{}".utf8).write(to: URL(fileURLWithPath: orders + "/after.json"))
        #expect(recorder.waitFor { $0 == .fileCompleted(directory: orders, name: "after.json") })
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
        #expect(waitFor { watcher.failedWatches[missing] != nil })
    }
}

extension InotifyWatcherTests {
    @Test func waitingUntilWatchingMeansTheNextWriteIsSeen() throws {
        defer { cleanUp() }
        try watcher.start()
        let orders = root.appendingPathComponent("orders").path
        watcher.watch(orders)
        watcher.waitUntilWatching(timeout: patience)
        #expect(watcher.watchCount >= 2)
        try Data("{}".utf8).write(to: URL(fileURLWithPath: orders + "/first.json"))
        #expect(recorder.waitFor { $0 == .fileCompleted(directory: orders, name: "first.json") })
    }
}
