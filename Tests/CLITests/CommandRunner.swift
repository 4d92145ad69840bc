import Foundation
import TestSupport

/// Runs the built `ec4x` binary as a user would, in a folder of its own.
struct CommandRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        /// The child was still running after `patience` and was killed.
        var killed: Bool
    }

    /// The `ec4x` executable SwiftPM built beside the test bundle.
    static let executable: URL = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        // The test runner may sit inside an .xctest bundle folder.
        while !FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("ec4x").path), folder.path != "/" {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("ec4x")
    }()

    let workingDirectory: URL

    /// Runs a shell command line (another process writing files, say).
    @discardableResult
    func shell(_ script: String) throws -> Result {
        try run(["-c", script], executable: URL(fileURLWithPath: "/bin/sh"))
    }

    @discardableResult
    func run(_ arguments: [String]) throws -> Result {
        try run(arguments, executable: Self.executable)
    }

    /// Runs `executable` and collects all it writes. Both pipes are read at
    /// once, each on a thread of its own: read one after the other, a child
    /// that fills the second pipe's buffer (64 KiB) while we wait for the
    /// first to end would block for ever, and so would we.
    @discardableResult
    func run(_ arguments: [String], executable: URL) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = workingDirectory
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = PipeReader(out)
        let stderr = PipeReader(err)
        // Only a guard against a hung child: kill it, so the reads end and
        // the test fails instead of hanging.
        let watchdog = Watchdog(killing: process, after: patience)
        let (outData, errData) = (stdout.wait(), stderr.wait())
        process.waitUntilExit()
        let killed = !watchdog.cancel()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self),
            killed: killed
        )
    }
}
