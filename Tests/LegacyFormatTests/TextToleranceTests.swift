import Testing
@testable import LegacyFormat

/// The noise that old editors and tools leave in text files must not change what is read.
struct TextToleranceTests {
    let clean = "40,0,0,0,none\n49,1,0,1,none\n36,0,-4,4,0\n"

    @Test func cleanReference() throws {
        let systems = try LegacySystemsParser.parse(clean)
        #expect(systems.map(\.legacyID) == [40, 49, 36])
        #expect(systems.map(\.line) == [1, 2, 3])
    }

    @Test func crlfLineEndings() throws {
        let systems = try LegacySystemsParser.parse("40,0,0,0,none\r\n49,1,0,1,none\r\n36,0,-4,4,0\r\n")
        #expect(systems == (try LegacySystemsParser.parse(clean)))
    }

    @Test func byteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(clean.utf8)
        #expect(try LegacySystemsParser.parse(bytes) == (try LegacySystemsParser.parse(clean)))
    }

    @Test func byteOrderMarkWithCRLFInLanes() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("40,49,Major\r\n49,40,Minor\r\n".utf8)
        let lanes = try LegacyLanesParser.parse(bytes)
        #expect(
            lanes == [
                LegacyLane(from: 40, to: 49, type: .major, line: 1),
                LegacyLane(from: 49, to: 40, type: .minor, line: 2),
            ])
    }

    @Test func blankLinesKeepTrueLineNumbers() throws {
        let systems = try LegacySystemsParser.parse("\n40,0,0,0,none\n\n   \n49,1,0,1,none\n\n")
        #expect(systems.map(\.line) == [2, 5])
    }

    @Test func trailingAndLeadingBlanks() throws {
        let systems = try LegacySystemsParser.parse("40,0,0,0,none   \n\t49,1,0,1,none\t \r\n36, 0, -4, 4, 0 \n")
        #expect(systems == (try LegacySystemsParser.parse(clean)))
    }

    @Test func missingFinalNewline() throws {
        let lanes = try LegacyLanesParser.parse("40,49,Major\n40,48,Restricted")
        #expect(lanes.last == LegacyLane(from: 40, to: 48, type: .restricted, line: 2))
    }

    @Test func anyLineOrder() throws {
        let forward = try LegacySystemsParser.parse(clean)
        let backward = try LegacySystemsParser.parse("36,0,-4,4,0\n49,1,0,1,none\n40,0,0,0,none")
        #expect(Set(forward.map(\.legacyID)) == Set(backward.map(\.legacyID)))
        #expect(
            LegacyMapRepair.repair(systems: forward, lanes: []).systems.map(\.legacyID)
                == LegacyMapRepair.repair(systems: backward, lanes: []).systems.map(\.legacyID))
    }

    @Test func invalidUTF8IsReportedOnItsLine() {
        var bytes = Array("40,0,0,0,none\n".utf8)
        bytes += [0x34, 0x39, 0xFF, 0x2C] + Array("1,0,1,none\n".utf8)
        let (systems, errors) = LegacySystemsParser.read(bytes)
        #expect(systems.map(\.legacyID) == [40])
        #expect(errors.map(\.code) == [.invalidUTF8])
        #expect(errors.map(\.line) == [2])
    }

    @Test func splitterDropsOnlyBlankLines() {
        let (lines, errors) = LegacyTextLines.split("\u{FEFF}a\r\n\r\n  b  \n\tc", file: "x")
        #expect(errors.isEmpty)
        #expect(
            lines == [
                LegacyLine(number: 1, text: "a"),
                LegacyLine(number: 3, text: "b"),
                LegacyLine(number: 4, text: "c"),
            ])
    }
}

struct ErrorOrderTests {
    @Test func errorsOfAFileComeInLineOrderWhateverFoundThem() {
        var bytes = Array("x\n".utf8)
        bytes += [0xC3, 0x28, 0x0A]  // invalid UTF-8 on line 2
        bytes += Array("1,2,Wide\n".utf8)
        let errors = LegacyLanesParser.read(bytes).errors
        #expect(errors.map(\.line) == [1, 2, 3])
        #expect(errors.map(\.code) == [.badFieldCount, .invalidUTF8, .unknownLaneType])
    }

    @Test func configErrorsAndWarningsComeInLineOrder() {
        let (_, warnings, errors) = LegacyConfigParser.read("numEmpires = \"x\"\nfoo = 1\nbar = oops\n[extra]\n")
        #expect(errors.map(\.line) == [1, 3])
        #expect(warnings.map(\.line) == [2, 4])
    }
}
