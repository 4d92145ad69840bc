import Foundation

/// Runs the built `ec4x` binary as a user would, in a folder of its own.
struct CommandRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
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
        try run(["/bin/sh", "-c", script], executable: URL(fileURLWithPath: "/bin/sh"), skipFirst: true)
    }

    @discardableResult
    func run(_ arguments: [String]) throws -> Result {
        try run(arguments, executable: Self.executable, skipFirst: false)
    }

    private func run(_ arguments: [String], executable: URL, skipFirst: Bool) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = skipFirst ? Array(arguments.dropFirst()) : arguments
        process.currentDirectoryURL = workingDirectory
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self)
        )
    }
}

final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("ec4x-cli-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
