import Foundation
import Testing
@testable import PlayerProtocol

@Suite struct ErrorBoundsTests {
    @Test func theFirstHundredErrorsAreListedAndTheRestCounted() {
        var list = SubmissionErrorList()
        for index in 0..<5_000 { list.append(SubmissionError(code: .fieldMissing, path: "fleet_orders[\(index)].fleet", message: "required")) }
        #expect(list.count == 5_000)
        #expect(list.listed.count == 100)
        #expect(list.unlisted == 4_900)
        #expect(list.listed.last?.path == "fleet_orders[99].fleet")
    }

    @Test func longPathsAndMessagesAreClippedWithinABudget() throws {
        var list = SubmissionErrorList()
        let huge = String(repeating: "\u{1}é", count: 50_000)
        for _ in 0..<100 { list.append(SubmissionError(code: .fieldUnknown, path: huge, message: huge)) }
        #expect(list.count == 100 && !list.listed.isEmpty)
        #expect(list.listed.allSatisfy { $0.path.utf8.count <= 200 && $0.message.utf8.count <= 400 && $0.message.hasSuffix("…") })
        let receipt = Receipt(
            file: String(repeating: "n", count: 200), keptAs: "", sha256: nil, receivedAt: "", status: .rejected, game: "g", house: "h",
            turn: 1, errors: list.listed, moreErrors: list.unlisted, ordersInForce: 0, waitingFor: [])
        #expect(try JSONEncoder().encode(receipt).count < 64 * 1024)
    }

    @Test func aFileOfAMillionEmptyEntriesIsRefusedWholeWithOneError() {
        // The issue's file: 1 MiB of {"fleet_orders":[{},{},...]}.
        var text = Array(#"{"fleet_orders":["#.utf8)
        while text.count + 7 <= 1 << 20 { text += Array("{},".utf8) }
        text += Array("{}]}".utf8)
        #expect(text.count <= 1 << 20 && text.count > (1 << 20) - 8)
        guard case .invalid(let errors) = JSONOrderFileReader.read(text) else {
            Issue.record("the file was read")
            return
        }
        #expect(errors.count == 1)
        #expect(errors.listed.first?.code == .fileTooManyOrders)
        guard case .invalid(let kdlErrors) = KDLOrderFileReader.read(Array(("fleet_orders {\n" + String(repeating: "- \n", count: 3_000) + "}\n").utf8)) else {
            Issue.record("the KDL file was read")
            return
        }
        #expect(kdlErrors.listed.map(\.code) == [.fileTooManyOrders])
        // A megabyte of unknown nodes is refused before it is parsed.
        guard case .invalid(let nodeErrors) = KDLOrderFileReader.read(Array(String(repeating: "x\n", count: 1 << 19).utf8)) else {
            Issue.record("the KDL flood was read")
            return
        }
        #expect(nodeErrors.listed.map(\.code) == [.fileTooManyFields])
    }

    @Test func theLimitsCountValuesNotBytesInsideStrings() {
        // Brackets, commas and colons inside strings are text, not structure.
        let entries = (0..<OrderFileLimits.entries).map { _ in #"{"fleet":"a,b:[c]{","order":"hold"}"# }
        let text = Array(("{\"fleet_orders\":[" + entries.joined(separator: ",") + "]}").utf8)
        #expect(OrderFileLimits.checkJSON(text) == nil)
        let tooMany = Array(("{\"fleet_orders\":[" + (entries + ["1"]).joined(separator: ",") + "]}").utf8)
        #expect(OrderFileLimits.checkJSON(tooMany)?.code == .fileTooManyOrders)
        let fields = Array(("{" + (0...OrderFileLimits.fields).map { "\"k\($0)\":1" }.joined(separator: ",") + "}").utf8)
        #expect(OrderFileLimits.checkJSON(fields)?.code == .fileTooManyFields)
    }
}
