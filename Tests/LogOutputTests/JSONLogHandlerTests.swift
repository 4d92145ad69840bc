import Foundation
import LogOutput
import Logging
import Testing

@Suite struct JSONLogHandlerTests {
    @Test func aRecordIsOneObjectWithTheFixedFieldsThenTheMetadata() {
        let captured = CapturedLines()
        captured.jsonLogger().info("accepted order.json", metadata: daemonFields(milliseconds: 1.41234))
        #expect(
            captured.all == [
                #"{"ts":"2026-11-27T20:50:01.125Z","level":"info","message":"accepted order.json","game":"1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d","house":"alpha","turn":3,"ms":1.412}"#
            ])
    }

    @Test func everyLevelIsNamed() {
        let captured = CapturedLines()
        let logger = captured.jsonLogger()
        logger.trace("a")
        logger.debug("b")
        logger.info("c")
        logger.warning("d")
        logger.error("e")
        #expect(captured.objects.map { $0?["level"] as? String } == ["trace", "debug", "info", "warning", "error"])
        #expect(captured.objects.map { $0?["message"] as? String } == ["a", "b", "c", "d", "e"])
    }

    @Test func recordsBelowTheLevelAreNotWritten() {
        let captured = CapturedLines()
        let logger = captured.jsonLogger(level: .info)
        logger.trace("t")
        logger.debug("d")
        logger.info("i")
        logger.error("e")
        #expect(captured.objects.map { $0?["message"] as? String } == ["i", "e"])
    }

    @Test func controlCharactersInMessagesAndValuesAreEscapedAndReadBackExactly() throws {
        let captured = CapturedLines()
        let message = "accepted x.json\n{\"ts\":\"forged\"}\r\u{1B}[31m\u{0}\u{7F}\u{85}\u{2029}\"\\"
        let house = "al\npha\t\u{1}"
        captured.jsonLogger().warning("\(message)", metadata: [LogField.house: .string(house)])
        #expect(captured.all.count == 1)
        let line = captured.all[0]
        #expect(line.unicodeScalars.allSatisfy { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) && $0 != "\u{2029}" })
        let object = try #require(captured.objects[0])
        #expect(object["message"] as? String == message)
        #expect(object["house"] as? String == house)
        #expect(object["level"] as? String == "warning")
    }

    @Test func aMetadataKeyNamedLikeAFixedFieldCannotShadowIt() throws {
        let captured = CapturedLines()
        captured.jsonLogger().info("real", metadata: ["message": "fake", "level": "error"])
        let object = try #require(captured.objects[0])
        #expect(object["message"] as? String == "real")
        #expect(object["level"] as? String == "info")
        #expect(object["metadata.message"] as? String == "fake")
    }

    @Test func numbersStayNumbersAndNestedValuesStayJSON() throws {
        let captured = CapturedLines()
        captured.jsonLogger().info(
            "x",
            metadata: [
                "count": .stringConvertible(12),
                "ratio": .stringConvertible(Double.nan),
                "ok": .stringConvertible(true),
                "list": ["a", "b\n"],
                "map": ["k": .stringConvertible(1)],
            ])
        #expect(
            captured.all == [
                #"{"ts":"2026-11-27T20:50:01.125Z","level":"info","message":"x","count":12,"list":["a","b\n"],"map":{"k":1},"ok":true,"ratio":null}"#
            ])
    }
}
