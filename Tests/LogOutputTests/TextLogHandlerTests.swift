import Foundation
import LogOutput
import Logging
import Testing

@Suite struct TextLogHandlerTests {
    @Test func anInfoRecordIsTheDaemonsUsualLine() {
        let captured = CapturedLines()
        captured.textLogger().info("accepted order.json", metadata: daemonFields())
        #expect(captured.all == ["2026-11-27T20:50:01.125Z game=1a2b3c4d house=alpha turn=3 accepted order.json (1.4 ms)"])
    }

    @Test func everyLevelButInfoIsNamedAfterTheTime() {
        let captured = CapturedLines()
        let logger = captured.textLogger()
        logger.warning("rejected bad.json", metadata: daemonFields(milliseconds: nil))
        logger.debug("looked at orders/", metadata: daemonFields(house: nil, turn: nil, milliseconds: nil))
        logger.error("stopped")
        #expect(
            captured.all == [
                "2026-11-27T20:50:01.125Z level=warning game=1a2b3c4d house=alpha turn=3 rejected bad.json",
                "2026-11-27T20:50:01.125Z level=debug game=1a2b3c4d looked at orders/",
                "2026-11-27T20:50:01.125Z level=error stopped",
            ])
    }

    @Test func recordsBelowTheLevelAreNotWritten() {
        let captured = CapturedLines()
        let logger = captured.textLogger(level: .warning)
        logger.trace("t")
        logger.debug("d")
        logger.info("i")
        logger.warning("w")
        logger.error("e")
        #expect(captured.all.map { $0.split(separator: " ").last.map(String.init) } == ["w", "e"])
    }

    @Test func aLineBreakInAFileNameCannotForgeALine() {
        let captured = CapturedLines()
        let name = "x.json\n2026-11-27T20:50:01.125Z game=1a2b3c4d house=beta turn=3 accepted forged.json\r"
        captured.textLogger().info("accepted \(name)", metadata: daemonFields())
        #expect(captured.all.count == 1)
        #expect(!captured.all[0].contains("\n") && !captured.all[0].contains("\r"))
        #expect(
            captured.all[0]
                == #"2026-11-27T20:50:01.125Z game=1a2b3c4d house=alpha turn=3 accepted x.json\n2026-11-27T20:50:01.125Z game=1a2b3c4d house=beta turn=3 accepted forged.json\r (1.4 ms)"#
        )
    }

    @Test func terminalEscapesAndBackslashesAreWrittenAsEscapes() {
        let captured = CapturedLines()
        captured.textLogger().info("a\u{1B}[2Jb\u{7F}c\u{9B}d\u{2028}e\\n\tf")
        #expect(captured.all == [#"2026-11-27T20:50:01.125Z a\u001b[2Jb\u007fc\u009bd\u2028e\\n\tf"#])
    }

    @Test func bidirectionalControlsInAFileNameAreWrittenAsEscapes() {
        let captured = CapturedLines()
        captured.textLogger().info("accepted a\u{202E}nosj.exe\u{2066}b\u{200F}c\u{061C}.json", metadata: ["file": "x\u{202D}y"])
        #expect(captured.all == [#"2026-11-27T20:50:01.125Z file="x\u202dy" accepted a\u202enosj.exe\u2066b\u200fc\u061c.json"#])
    }

    @Test func aValueThatCouldPassForAnotherPairIsQuoted() {
        let captured = CapturedLines()
        captured.textLogger().info(
            "hello",
            metadata: [
                LogField.house: "alpha turn=9",
                "path": "/tmp/a \"b\"\nc",
                "empty": "",
            ])
        #expect(captured.all == [#"2026-11-27T20:50:01.125Z house="alpha turn=9" empty="" path="/tmp/a \"b\"\nc" hello"#])
    }

    @Test func theHandlersOwnMetadataIsShownAndTheCallsWins() {
        let captured = CapturedLines()
        var logger = captured.textLogger()
        logger[metadataKey: LogField.game] = "00000000-0000"
        logger[metadataKey: LogField.house] = "gamma"
        logger.info("x", metadata: [LogField.house: "delta"])
        #expect(captured.all == ["2026-11-27T20:50:01.125Z game=00000000 house=delta x"])
    }
}
