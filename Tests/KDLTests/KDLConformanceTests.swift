import Foundation
import KDL
import Testing

/// The official KDL v2 conformance suite, stored beside the repository in `shared/`.
enum ConformanceSuite {
    /// Number of inputs in the pinned copy of the suite (241 valid, 95 `_fail`).
    static let expectedInputCount = 336

    /// `<repo>/../shared/kdl-test-suite/test_cases`, found from this source file's path.
    static let casesDirectory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // KDLTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // repository root
        .appendingPathComponent("../shared/kdl-test-suite/test_cases")
        .standardizedFileURL

    /// One conformance case: an input and, for valid cases, the expected canonical output.
    struct Case: Sendable, CustomStringConvertible {
        let name: String
        let input: [UInt8]
        let expected: [UInt8]?
        var description: String { name }
    }

    /// Every case, sorted by name; empty when the folder is missing (the tests then fail).
    static func loadCases() -> [Case] {
        let inputDirectory = casesDirectory.appendingPathComponent("input")
        let expectedDirectory = casesDirectory.appendingPathComponent("expected_kdl")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: inputDirectory.path) else {
            return []
        }
        return names.filter { $0.hasSuffix(".kdl") }.sorted().compactMap { name in
            guard let input = FileManager.default.contents(atPath: inputDirectory.appendingPathComponent(name).path) else {
                return nil
            }
            let expected = FileManager.default.contents(atPath: expectedDirectory.appendingPathComponent(name).path)
            return Case(name: name, input: [UInt8](input), expected: expected.map { [UInt8]($0) })
        }
    }

    static let cases = loadCases()

    /// Runs one case; nil when it passes, else a description of what went wrong.
    static func failure(of testCase: Case) -> String? {
        let isFailCase = testCase.name.hasSuffix("_fail.kdl")
        let document: KDLDocument
        do {
            document = try KDLDocument(parsing: testCase.input)
        } catch {
            if isFailCase && testCase.expected == nil {
                return nil
            }
            return "\(testCase.name): rejected but should parse: \(error)"
        }
        guard let expected = testCase.expected else {
            return "\(testCase.name): parsed but should be rejected; printed as \(document.canonicalString().debugDescription)"
        }
        if isFailCase {
            return "\(testCase.name): named _fail but has an expected output file"
        }
        let printed = Array(document.canonicalString().utf8)
        guard printed == expected else {
            let want = String(decoding: expected, as: UTF8.self).debugDescription
            let got = String(decoding: printed, as: UTF8.self).debugDescription
            return "\(testCase.name): printed \(got), expected \(want)"
        }
        return nil
    }
}

@Suite("KDL v2 conformance")
struct KDLConformanceTests {
    @Test("the suite is present and complete")
    func suiteIsPresent() {
        let cases = ConformanceSuite.cases
        #expect(
            cases.count >= ConformanceSuite.expectedInputCount,
            "expected \(ConformanceSuite.expectedInputCount) inputs in \(ConformanceSuite.casesDirectory.path), found \(cases.count)"
        )
        #expect(cases.filter { $0.expected != nil }.count >= 241)
        #expect(cases.filter { $0.name.hasSuffix("_fail.kdl") }.count >= 95)
    }

    @Test("every case: valid inputs print exactly the expected bytes, _fail inputs are rejected")
    func allCases() {
        let cases = ConformanceSuite.cases
        let failures = cases.compactMap(ConformanceSuite.failure(of:))
        let passed = cases.count - failures.count
        print("KDL conformance: \(passed)/\(cases.count)")
        #expect(cases.count >= ConformanceSuite.expectedInputCount, "suite missing or incomplete at \(ConformanceSuite.casesDirectory.path)")
        #expect(failures.isEmpty, "\(failures.count) conformance failures:\n\(failures.joined(separator: "\n"))")
    }

    @Test("each case", arguments: ConformanceSuite.cases)
    func eachCase(_ testCase: ConformanceSuite.Case) {
        #expect(ConformanceSuite.failure(of: testCase) == nil, "\(ConformanceSuite.failure(of: testCase) ?? "")")
    }
}

@Suite("conformance harness")
struct KDLConformanceHarnessTests {
    @Test("the harness reports wrong output, accepted _fail inputs and rejected valid inputs")
    func harnessCanFail() {
        let wrongOutput = ConformanceSuite.Case(name: "x.kdl", input: Array("a 1".utf8), expected: Array("a 2\n".utf8))
        let acceptedFail = ConformanceSuite.Case(name: "x_fail.kdl", input: Array("a 1".utf8), expected: nil)
        let rejectedValid = ConformanceSuite.Case(name: "y.kdl", input: Array("a true".utf8), expected: Array("a\n".utf8))
        let good = ConformanceSuite.Case(name: "z.kdl", input: Array("a 0x10".utf8), expected: Array("a 16\n".utf8))
        #expect(ConformanceSuite.failure(of: wrongOutput) != nil)
        #expect(ConformanceSuite.failure(of: acceptedFail) != nil)
        #expect(ConformanceSuite.failure(of: rejectedValid) != nil)
        #expect(ConformanceSuite.failure(of: good) == nil)
    }

    @Test("canonical output of every valid case parses back to an equal document")
    func canonicalOutputRoundTrips() throws {
        var mismatches: [String] = []
        for testCase in ConformanceSuite.cases where testCase.expected != nil {
            guard let document = try? KDLDocument(parsing: testCase.input) else { continue }
            let printed = document.canonicalString()
            let reparsed = try? KDLDocument(parsing: printed)
            if reparsed != canonicalized(document) || reparsed?.canonicalString() != printed {
                mismatches.append(testCase.name)
            }
        }
        #expect(ConformanceSuite.cases.count >= ConformanceSuite.expectedInputCount)
        #expect(mismatches.isEmpty, "not round-tripping: \(mismatches)")
    }

    /// The document as printing sees it: one property per key, sorted.
    private func canonicalized(_ document: KDLDocument) -> KDLDocument {
        func canonicalized(_ node: KDLNode) -> KDLNode {
            var copy = node
            copy.properties = node.canonicalProperties
            copy.children = node.children.map(canonicalized)
            return copy
        }
        return KDLDocument(nodes: document.nodes.map(canonicalized))
    }
}
