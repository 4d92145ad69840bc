import Testing
@testable import Daemon

@Suite struct QuotaTests {
    @Test func aHouseIsAdmittedUpToItsFileAndByteQuotaAndNoFurther() {
        let quota = HouseQuota(files: 3, bytes: 100)
        #expect(quota.admits(40, after: .init(files: 0, bytes: 0)))
        #expect(quota.admits(60, after: .init(files: 1, bytes: 40)))
        #expect(!quota.admits(61, after: .init(files: 1, bytes: 40)))
        #expect(quota.admits(0, after: .init(files: 2, bytes: 100)))
        #expect(!quota.admits(0, after: .init(files: 3, bytes: 0)))
    }

    @Test func theLedgerCountsEachHouseAndTurnApartAndForgetsAGame() {
        var ledger = QuotaLedger()
        let alpha = QuotaLedger.Key(game: "g", house: "h-alpha", turn: 1)
        let beta = QuotaLedger.Key(game: "g", house: "h-beta", turn: 1)
        let later = QuotaLedger.Key(game: "g", house: "h-alpha", turn: 2)
        #expect(ledger.used(alpha) == nil)
        ledger.start(alpha, at: .init(files: 2, bytes: 50))
        ledger.count(alpha, bytes: 10)
        ledger.count(beta, bytes: 7)
        #expect(ledger.used(alpha) == .init(files: 3, bytes: 60))
        #expect(ledger.used(beta) == .init(files: 1, bytes: 7))
        #expect(ledger.used(later) == nil)
        ledger.forget(game: "g")
        #expect(ledger.used(alpha) == nil && ledger.used(beta) == nil)
    }
}
