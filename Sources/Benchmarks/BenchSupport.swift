public import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// Problems that stop one measurement; the others still run.
public struct BenchError: Error, CustomStringConvertible, Sendable {
    public var description: String
    init(_ description: String) { self.description = description }
}

/// A private folder under the system's temporary directory, removed by `remove()`.
final class TemporaryFolder {
    let url: URL

    init(_ purpose: String) throws {
        let name = "ec4x-bench-\(purpose)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        url = FileManager.default.temporaryDirectory.appendingPathComponent(name, isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

/// Writes a file beside the target folder, then renames it in: the way a
/// careful player (or `ec4x submit`) delivers a complete file. Returns the
/// moment the rename finished, which is when the file counts as dropped.
func dropFile(_ bytes: [UInt8], name: String, staging: URL, into folder: URL) throws -> ContinuousClock.Instant {
    let staged = staging.appendingPathComponent(name)
    guard FileManager.default.createFile(atPath: staged.path, contents: Data(bytes)) else {
        throw BenchError("cannot write \(staged.path)")
    }
    guard rename(staged.path, folder.appendingPathComponent(name).path) == 0 else {
        throw BenchError("cannot move \(staged.path) into \(folder.path): \(String(cString: strerror(errno)))")
    }
    return BenchClock.now()
}

/// The running binary, so the daemon can be started as a user starts it.
public func currentExecutable() -> URL {
    var buffer = [CChar](repeating: 0, count: 4096)
    let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    if length > 0 {
        let bytes = buffer.prefix(length).map { UInt8(bitPattern: $0) }
        return URL(fileURLWithPath: String(decoding: bytes, as: UTF8.self))
    }
    return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
}

/// A program started by the bench, stopped (with everything it started) by `stop()`.
final class ChildProcess {
    let process = Process()

    init(executable: URL, arguments: [String], log: URL?, workingDirectory: URL? = nil) throws {
        process.executableURL = executable
        process.arguments = arguments
        if let workingDirectory { process.currentDirectoryURL = workingDirectory }
        if let log {
            _ = FileManager.default.createFile(atPath: log.path, contents: nil)
            let handle = try FileHandle(forWritingTo: log)
            process.standardOutput = handle
            process.standardError = handle
        } else {
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
        }
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    var pid: Int32 { process.processIdentifier }
    var isRunning: Bool { process.isRunning }

    /// SIGTERM to the process and its descendants (a shell pipeline's members
    /// are its children), then SIGKILL for whatever is left after `grace` seconds.
    func stop(grace: TimeInterval = 5) {
        let family = [pid] + descendants(of: pid)
        for member in family { kill(member, SIGTERM) }
        let deadline = Date().addingTimeInterval(grace)
        while process.isRunning, Date() < deadline { usleep(10_000) }
        // Only what is still ours now: a pid that exited may since belong to someone else.
        for member in [pid] + descendants(of: pid) where member > 0 && ProcessSample.exists(member) {
            kill(member, SIGKILL)
        }
        if process.isRunning { kill(pid, SIGKILL) }
        process.waitUntilExit()
    }
}

/// Every process whose parent chain leads to `root`, from /proc.
func descendants(of root: Int32) -> [Int32] {
    var parents: [Int32: Int32] = [:]
    let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    for name in names {
        guard let pid = Int32(name), let stat = ProcessSample.statFields(pid), stat.count > 1, let parent = Int32(stat[1]) else { continue }
        parents[pid] = parent
    }
    var found: [Int32] = []
    var frontier: Set<Int32> = [root]
    for _ in 0..<16 where !frontier.isEmpty {
        let next = Set(parents.filter { frontier.contains($0.value) }.map(\.key))
        found += next.sorted()
        frontier = next
    }
    return found
}

/// CPU time and memory of a process, from /proc/<pid>/stat and /proc/<pid>/status.
enum ProcessSample {
    static func exists(_ pid: Int32) -> Bool { kill(pid, 0) == 0 }

    /// The fields of /proc/<pid>/stat after the command name: [state, ppid, ...].
    static func statFields(_ pid: Int32) -> [String]? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = text.lastIndex(of: ")")
        else { return nil }
        return text[text.index(after: close)...].split(separator: " ").map(String.init)
    }

    /// User + system CPU seconds the process has used so far.
    static func cpuSeconds(_ pid: Int32) -> Double? {
        // utime and stime are fields 14 and 15 of stat; index 0 here is field 3.
        guard let fields = statFields(pid), fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// CPU nanoseconds used so far by each live thread of the process (the
    /// first field of /proc/<pid>/task/<tid>/schedstat); utime/stime tick only
    /// every 10 ms, too coarse for an idle process.
    static func threadCPUNanoseconds(_ pid: Int32) -> [String: UInt64]? {
        guard let tasks = try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task") else { return nil }
        var result: [String: UInt64] = [:]
        for task in tasks {
            guard let text = try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/schedstat", encoding: .utf8),
                let first = text.split(separator: " ").first, let value = UInt64(first)
            else { continue }
            result[task] = value
        }
        return result
    }

    /// CPU seconds the process's threads used between two samples: each thread's
    /// growth (threads born in between count whole). A thread that ended in
    /// between takes its last moments with it, so this is a lower bound, never
    /// below zero as a difference of sums over different threads could be.
    static func threadCPUSeconds(from before: [String: UInt64], to after: [String: UInt64]) -> Double {
        var nanoseconds: UInt64 = 0
        for (thread, used) in after {
            let earlier = before[thread] ?? 0
            if used > earlier { nanoseconds += used - earlier }
        }
        return Double(nanoseconds) / 1e9
    }

    /// Open file descriptors of the process.
    static func openFiles(_ pid: Int32) -> Int? {
        (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/fd")).map(\.count)
    }

    /// The soft limit on open files of the process (/proc/<pid>/limits).
    static func openFilesLimit(_ pid: Int32) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/limits", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("Max open files") {
            return line.dropFirst("Max open files".count).split(separator: " ").first.flatMap { Int($0) }
        }
        return nil
    }

    /// Resident set size in MB (10^6 bytes).
    static func residentMB(_ pid: Int32) -> Double? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            let digits = line.split(separator: " ").dropFirst().first.flatMap { Double($0) }
            return digits.map { $0 * 1024 / 1_000_000 }
        }
        return nil
    }

    /// inotify watches held by the process: the `inotify wd:` lines of its inotify descriptors' fdinfo.
    static func inotifyWatches(_ pid: Int32) -> Int? {
        let fdFolder = "/proc/\(pid)/fd"
        guard let fds = try? FileManager.default.contentsOfDirectory(atPath: fdFolder) else { return nil }
        var count = 0
        for fd in fds {
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: fdFolder + "/" + fd),
                target.contains("inotify"),
                let info = try? String(contentsOfFile: "/proc/\(pid)/fdinfo/\(fd)", encoding: .utf8)
            else { continue }
            count += info.split(separator: "\n").filter { $0.hasPrefix("inotify wd:") }.count
        }
        return count
    }
}

/// Polls `condition` every `interval` seconds until it holds or `timeout` passes.
func waitUntil(timeout: TimeInterval, interval: TimeInterval = 0.01, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if condition() { return true }
        Thread.sleep(forTimeInterval: interval)
    }
    return condition()
}

/// Finds a program on PATH.
func findOnPath(_ name: String) -> URL? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    for folder in path.split(separator: ":") {
        let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return nil
}

/// Runs a program to completion and returns its standard output (nil if it failed).
func runToCompletion(_ executable: URL, _ arguments: [String], timeout: TimeInterval = 30) -> String? {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    // Read before waiting so a chatty program cannot fill the pipe and stall.
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning, Date() < deadline { usleep(5_000) }
    if process.isRunning {
        process.terminate()
        return nil
    }
    return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
}
