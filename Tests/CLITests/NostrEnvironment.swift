import Foundation
import TestSupport
import Testing

/// The Nostr end-to-end tests' outside world: the venv `scripts/nostr-test-env.sh` makes (PyPI
/// nostr-sdk and nostr-relay), the relays it starts on loopback and the independent Python player.
enum NostrEnvironment {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let peer = repository.appendingPathComponent("Tests/NostrPeer/nostr_peer.py")
    static let player = repository.appendingPathComponent("Tests/NostrPeer/nostr_player.py")
    static let relayServer = repository.appendingPathComponent("Tests/NostrPeer/nostr_relay_server.py")
    static let python = URL(
        fileURLWithPath: ProcessInfo.processInfo.environment["EC4X_NOSTR_PYTHON"]
            ?? repository.appendingPathComponent(".build/nostr-venv/bin/python").path)
    static let isAvailable =
        FileManager.default.isExecutableFile(atPath: python.path)
        && FileManager.default.isExecutableFile(atPath: python.deletingLastPathComponent().appendingPathComponent("nostr-relay").path)
    static let missing = "the Nostr test environment is missing (\(python.path) with nostr-sdk and nostr-relay): run scripts/nostr-test-env.sh"

    /// Runs where the environment exists, and always in CI, where a missing environment must fail.
    static let shouldRun: Bool = {
        let isCI = ProcessInfo.processInfo.environment["CI"] == "true"
        if !isAvailable && !isCI { print("Nostr end-to-end tests skipped: \(missing)") }
        return isAvailable || isCI
    }()
}

/// A process running beside a test, its output in files (so it can never stall on a full pipe).
final class BackgroundProcess {
    let process = Process()
    let stdin = Pipe()
    let out: URL
    let err: URL

    init(_ executable: URL, _ arguments: [String], in folder: URL, name: String) throws {
        out = folder.appendingPathComponent("\(name).stdout")
        err = folder.appendingPathComponent("\(name).stderr")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardInput = stdin
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
    }

    var output: String { (try? String(contentsOf: out, encoding: .utf8)) ?? "" }
    var errors: String { (try? String(contentsOf: err, encoding: .utf8)) ?? "" }

    /// Waits for the process to end by itself; nil if it was still running after `timeout` (then killed).
    func wait(timeout: TimeInterval = patience) -> Int32? {
        guard waitFor(timeout: timeout, { !process.isRunning }) else {
            stop()
            return nil
        }
        return process.terminationStatus
    }

    /// Closes its stdin (the relays' signal to stop), then SIGTERM, and waits.
    func stop() {
        try? stdin.fileHandleForWriting.close()
        if process.isRunning, !waitFor(timeout: 5, { !process.isRunning }) { process.terminate() }
        process.waitUntilExit()
    }

    func kill9() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    deinit { if process.isRunning { stop() } }
}

/// A relay on loopback (nostr-sdk's LocalRelay, or PyPI nostr-relay), up until stopped.
final class RelayProcess {
    let process: BackgroundProcess
    let url: String

    /// `arguments` run with the venv's python; the script prints `{"url": ...}` when it listens.
    init(_ script: URL, _ arguments: [String], in folder: URL, name: String) throws {
        let process = try BackgroundProcess(NostrEnvironment.python, [script.path] + arguments, in: folder, name: name)
        self.process = process
        var url: String?
        _ = waitFor {
            if let line = process.output.split(separator: "\n").first,
                let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String]
            {
                url = object["url"]
            }
            return url != nil || !process.process.isRunning
        }
        guard let url else {
            process.stop()
            throw RelayFailure(description: "\(name) did not start: \(process.errors)")
        }
        self.url = url
    }

    static func localRelay(in folder: URL) throws -> RelayProcess {
        try RelayProcess(NostrEnvironment.peer, ["relay"], in: folder, name: "local-relay")
    }

    /// nostr-relay with its database in `folder/<name>`; the same name and port bring it back with its events.
    static func nostrRelay(in folder: URL, name: String = "nostr-relay", port: Int? = nil) throws -> RelayProcess {
        var arguments = ["--folder", folder.appendingPathComponent(name).path]
        if let port { arguments += ["--port", String(port)] }
        return try RelayProcess(NostrEnvironment.relayServer, arguments, in: folder, name: name + "-\(UUID().uuidString.prefix(4))")
    }

    var port: Int { Int(url.split(separator: ":").last ?? "") ?? 0 }

    func stop() { process.stop() }
}

struct RelayFailure: Error, CustomStringConvertible {
    let description: String
}
