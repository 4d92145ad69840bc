import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A running `ec4x daemon`, started as a user would start it.
final class DaemonProcess {
    let process = Process()
    let workingDirectory: URL
    let log: URL

    init(in workingDirectory: URL, arguments: [String] = []) throws {
        self.workingDirectory = workingDirectory
        log = workingDirectory.appendingPathComponent("daemon-\(UUID().uuidString.prefix(8)).log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        process.executableURL = CommandRunner.executable
        process.arguments = ["daemon"] + arguments
        process.currentDirectoryURL = workingDirectory
        let handle = try FileHandle(forWritingTo: log)
        process.standardError = handle
        process.standardOutput = handle
        try? FileManager.default.removeItem(at: readyMarker)
        try process.run()
    }

    var readyMarker: URL { workingDirectory.appendingPathComponent("data/.ec4x/daemon.ready") }

    /// Waits for the daemon's own signal that its first pass is done and it is watching.
    func waitUntilReady(timeout: TimeInterval = 20) -> Bool {
        waitFor(timeout: timeout) { FileManager.default.fileExists(atPath: self.readyMarker.path) }
    }

    var output: String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }

    func kill9() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Sends SIGTERM and returns how long the daemon took to exit.
    func terminate() -> TimeInterval {
        let started = Date()
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        return Date().timeIntervalSince(started)
    }

    deinit {
        if process.isRunning { kill9() }
    }
}

/// Polls `condition` (every 10 ms) until it holds or `timeout` passes.
func waitFor(timeout: TimeInterval, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if condition() { return true }
        Thread.sleep(forTimeInterval: 0.01)
    }
    return condition()
}
