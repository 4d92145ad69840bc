import Foundation
import LogOutput
import Logging
import Daemon
import Testing

/// DaemonLog is a thin wrapper: each of its levels reaches the handler as
/// that level, with the game, house, turn and duration as metadata.
@Suite struct DaemonLogTests {
    @Test func eachLevelArrivesWithItsFields() throws {
        let captured = CapturedLines()
        let log = DaemonLog(logger: captured.jsonLogger())
        log.trace("t", game: gameID)
        log.debug("d", house: "beta")
        log.info("i", turn: 4)
        log.warning("rejected bad.json [order.parse]", game: gameID, house: "alpha", turn: 3, milliseconds: 0.9)
        log.error("e")
        let objects = captured.objects
        #expect(objects.map { $0?["level"] as? String } == ["trace", "debug", "info", "warning", "error"])
        let warning = try #require(objects[3])
        #expect(warning["message"] as? String == "rejected bad.json [order.parse]")
        #expect(warning["game"] as? String == gameID)
        #expect(warning["house"] as? String == "alpha")
        #expect(warning["turn"] as? Int == 3)
        #expect(warning["ms"] as? Double == 0.9)
        #expect(objects[0]?.keys.sorted() == ["game", "level", "message", "ts"])
    }

    @Test func theLoggersLevelFilters() {
        let captured = CapturedLines()
        let log = DaemonLog(logger: captured.textLogger(level: .info))
        log.debug("hidden", game: gameID)
        log.info("shown", game: gameID, house: "alpha", turn: 1, milliseconds: 2)
        #expect(captured.all == ["2026-11-27T20:50:01.125Z game=1a2b3c4d house=alpha turn=1 shown (2.0 ms)"])
    }
}
