import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// What the figures were measured on.
public func machineSection(buildConfiguration: String, quick: Bool) -> BenchSection {
    var section = BenchSection(title: "Machine")
    section.integer("machine.cores", ProcessInfo.processInfo.activeProcessorCount, "cores available")
    section.number("machine.memory_gb", Double(ProcessInfo.processInfo.physicalMemory) / 1_000_000_000, decimals: 1, "memory", unit: "GB")
    var names = utsname()
    uname(&names)
    let release = withUnsafeBytes(of: &names.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    section.text("machine.kernel", release, "kernel")
    if let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
        .split(separator: "\n").first(where: { $0.hasPrefix("model name") })?
        .split(separator: ":", maxSplits: 1).last?.trimmingCharacters(in: .whitespaces)
    {
        section.text("machine.cpu", cpu, "CPU")
    }
    let swift =
        findOnPath("swift").flatMap { runToCompletion($0, ["--version"], timeout: 20) }?
        .split(separator: "\n").first.map(String.init) ?? "unknown (swift not on PATH)"
    section.text("machine.swift_version", swift, "Swift (toolchain on PATH)")
    section.text("machine.filesystem_temp", FileManager.default.temporaryDirectory.path, "temporary folder used")
    if let load = currentLoadAverage() {
        section.number("machine.load_average_1m_at_start", load, decimals: 2, "load average (1 min) when the run started")
    }
    section.text("run.build", buildConfiguration, "build configuration of this binary")
    section.text("run.mode", quick ? "quick" : "full", "run")
    section.text("run.date", Date().formatted(.iso8601), "date (UTC)")
    return section
}

/// The 1-minute load average: on a shared 2-core machine, other work skews every figure.
public func currentLoadAverage() -> Double? {
    (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").first.flatMap { Double($0) }
}
