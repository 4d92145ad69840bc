public import Foundation

/// Figure 7a: KDL parse throughput, on the KDL test suite's inputs when they
/// can be found (`../shared/kdl-test-suite/test_cases/input`, from the
/// current directory or from the checkout the binary was built in) and on a
/// generated document that uses most of the syntax.
public func measureKDLSection(generatedBytes: Int, rounds: Int, executable: URL) -> BenchSection {
    var section = BenchSection(title: "KDL parse throughput")
    let suiteFolder = kdlSuiteFolder(executable: executable)
    let inputs = suiteFolder.map(readSuiteInputs) ?? []
    let (suite, generated) = measureKDLParseThroughput(suiteInputs: inputs, generatedBytes: generatedBytes, rounds: rounds)
    section.number("kdl_parse_mb_per_s.generated", generated, decimals: 1, "generated document (\(generatedBytes / 1000) kB)", unit: "MB/s")
    if inputs.isEmpty {
        section.text("kdl_parse_mb_per_s.suite_unavailable", "kdl-test-suite inputs not found beside the checkout or the current directory", "test-suite inputs")
    } else {
        section.number("kdl_parse_mb_per_s.suite", suite, decimals: 1, "test-suite inputs (\(inputs.count) files, \(inputs.reduce(0) { $0 + $1.count }) bytes)", unit: "MB/s")
    }
    return section
}

func kdlSuiteFolder(executable: URL) -> URL? {
    let relative = "../shared/kdl-test-suite/test_cases/input"
    var candidates = [URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(relative)]
    // The checkout: the nearest folder above the binary that holds Package.swift.
    var folder = executable.resolvingSymlinksInPath().deletingLastPathComponent()
    for _ in 0..<8 {
        if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
            candidates.append(folder.appendingPathComponent(relative))
            break
        }
        folder = folder.deletingLastPathComponent()
    }
    return candidates.map(\.standardizedFileURL).first { url in
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && isFolder.boolValue
    }
}

func readSuiteInputs(_ folder: URL) -> [[UInt8]] {
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".kdl") }.sorted()
    return names.compactMap { FileManager.default.contents(atPath: folder.appendingPathComponent($0).path).map { [UInt8]($0) } }
}
