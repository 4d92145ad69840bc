import Foundation
import Testing

/// rust-nostr's Python binding (PyPI nostr-sdk) as an independent relay and client, through
/// `Tests/NostrPeer/nostr_peer.py` and the venv that `scripts/nostr-test-env.sh` makes.
struct NostrPeer: Sendable {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// What the peer reports about an event it fetched and checked itself.
    struct FetchReport: Decodable {
        let id: String
        let pubkey: String
        let kind: Int
        let tags: [[String]]
        let content: String
        let verified: Bool
        let plaintext: String?
    }

    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let script = repository.appendingPathComponent("Tests/NostrPeer/nostr_peer.py")
    static let python = URL(
        fileURLWithPath: ProcessInfo.processInfo.environment["EC4X_NOSTR_PYTHON"]
            ?? repository.appendingPathComponent(".build/nostr-venv/bin/python").path
    )
    static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"
    static let isAvailable = FileManager.default.isExecutableFile(atPath: python.path)
    static let missing = "the Nostr test environment is missing (\(python.path)): run scripts/nostr-test-env.sh"

    /// Runs where the environment exists, and always in CI, where a missing environment must fail.
    static let shouldRun: Bool = {
        if !isAvailable && !isCI { print("NostrRelayTests skipped: \(missing)") }
        return isAvailable || isCI
    }()

    /// The peer, or a recorded failure naming the fix.
    static func required() throws -> NostrPeer {
        try #require(isAvailable, "\(missing)")
        return NostrPeer()
    }

    func startRelay() async throws -> LocalRelay {
        try await LocalRelay.start(python: Self.python, script: Self.script)
    }

    func fetch(relay: String, id: String, secret: String? = nil) async throws -> FetchReport {
        var arguments = ["fetch", "--relay", relay, "--id", id]
        if let secret { arguments += ["--secret", secret] }
        return try JSONDecoder().decode(FetchReport.self, from: Data(await run(arguments).utf8))
    }

    /// Publishes through nostr-sdk and returns the event as it sent it (JSON text).
    func publish(relay: String, secret: String, kind: Int, content: String, encryptTo: String? = nil, tags: [[String]] = []) async throws -> String {
        var arguments = ["publish", "--relay", relay, "--secret", secret, "--kind", String(kind), "--content", content]
        if let encryptTo { arguments += ["--encrypt-to", encryptTo] }
        for tag in tags { arguments += ["--tag"] + tag }
        return try await run(arguments).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Runs one peer command; output goes through files, so a large answer cannot fill a pipe and stall.
    private func run(_ arguments: [String]) async throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ec4x-nostr-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("stdout")
        let err = folder.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = Self.python
        process.arguments = [Self.script.path] + arguments
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
        let output = try String(contentsOf: out, encoding: .utf8)
        guard status == 0 else {
            throw Failure(description: "nostr_peer.py \(arguments.first ?? "") exited \(status): \((try? String(contentsOf: err, encoding: .utf8)) ?? "")")
        }
        return output
    }
}

/// A nostr-sdk LocalRelay on a free loopback port, stopped when its test is done.
// Foundation.Process is not marked Sendable; this type only reads it or stops it once, from its test.
final class LocalRelay: @unchecked Sendable {
    let url: String
    private let process: Process
    private let stdin: Pipe
    private let folder: URL

    private init(url: String, process: Process, stdin: Pipe, folder: URL) {
        self.url = url
        self.process = process
        self.stdin = stdin
        self.folder = folder
    }

    static func start(python: URL, script: URL) async throws -> LocalRelay {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ec4x-relay-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let out = folder.appendingPathComponent("stdout")
        let err = folder.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = python
        process.arguments = [script.path, "relay"]
        let stdin = Pipe()
        process.standardInput = stdin
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        // The relay prints its URL once it listens; allow a slow first start of the Python module.
        for _ in 0..<2000 {
            if let text = try? String(contentsOf: out, encoding: .utf8), text.hasSuffix("\n"),
                let line = try? JSONDecoder().decode([String: String].self, from: Data(text.utf8)), let url = line["url"]
            {
                return LocalRelay(url: url, process: process, stdin: stdin, folder: folder)
            }
            guard process.isRunning else { break }
            try await Task.sleep(for: .milliseconds(10))
        }
        process.terminate()
        let stderr = (try? String(contentsOf: err, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(at: folder)
        throw NostrPeer.Failure(description: "the LocalRelay did not start: \(stderr)")
    }

    func stop() {
        try? stdin.fileHandleForWriting.close()
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: folder)
    }

    deinit { if process.isRunning { process.terminate() } }
}
