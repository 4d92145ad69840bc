import Foundation
import TestSupport
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
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
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
    func waitUntilReady() -> Bool {
        waitFor { FileManager.default.fileExists(atPath: self.readyMarker.path) }
    }

    var output: String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }

    func kill9() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Sends SIGTERM and waits for the daemon to exit; false when it had not
    /// stopped after `patience` and was killed.
    @discardableResult
    func terminate() -> Bool {
        let watchdog = Watchdog(killing: process, after: patience)
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        return watchdog.cancel()
    }

    deinit {
        if process.isRunning { kill9() }
    }
}
