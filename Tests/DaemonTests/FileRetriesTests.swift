import Foundation
import Testing
@testable import Daemon

@Suite struct FileRetriesTests {
    @Test func aFailedFileIsTriedAgainSoonThenLessOftenButAlwaysWithinAPoll() {
        let clock = ManualClock()
        var retries = FileRetries(shortest: 0.25, longest: 2)
        let file = "/g/houses/alpha/orders/a.json"
        #expect(retries.mayTry(file, now: clock.now))
        var waits: [TimeInterval] = []
        for _ in 0..<6 {
            let next = retries.failed(file, now: clock.now)
            waits.append(next.timeIntervalSince(clock.now))
            #expect(!retries.mayTry(file, now: clock.now))
            clock.advance(next.timeIntervalSince(clock.now))
            #expect(retries.mayTry(file, now: clock.now))
        }
        #expect(waits == [0.25, 0.5, 1, 2, 2, 2])
        #expect(retries.failureCount(file) == 6)
        retries.succeeded(file)
        #expect(retries.failureCount(file) == 0)
        #expect(retries.nextRetry(under: "/g/", after: clock.now) == nil)
    }

    @Test func theTimerWakesForTheEarliestFutureRetryOfTheGameOnly() {
        let clock = ManualClock()
        var retries = FileRetries(shortest: 1, longest: 30)
        retries.failed("/g/houses/alpha/orders/a.json", now: clock.now)
        retries.failed("/g/houses/beta/orders/b.json", now: clock.now)
        retries.failed("/g/houses/beta/orders/b.json", now: clock.now)
        retries.failed("/h/houses/alpha/orders/c.json", now: clock.now.addingTimeInterval(-0.5))
        #expect(retries.nextRetry(under: "/g/", after: clock.now) == clock.now.addingTimeInterval(1))
        #expect(retries.nextRetry(under: "/h/", after: clock.now) == clock.now.addingTimeInterval(0.5))
        // A retry already due wakes nobody: the pass that is running tries it.
        clock.advance(1)
        #expect(retries.nextRetry(under: "/g/", after: clock.now) == clock.now.addingTimeInterval(1))
        #expect(retries.nextRetry(under: "/h/", after: clock.now) == nil)
    }

    @Test func aFileThatLeftItsFolderIsForgotten() {
        let clock = ManualClock()
        var retries = FileRetries(shortest: 1, longest: 30)
        retries.failed("/g/houses/alpha/orders/a.json", now: clock.now)
        retries.failed("/g/houses/alpha/orders/b.json", now: clock.now)
        retries.failed("/g/houses/beta/orders/a.json", now: clock.now)
        retries.keepOnly(["/g/houses/alpha/orders/b.json"], inFolder: "/g/houses/alpha/orders")
        #expect(retries.mayTry("/g/houses/alpha/orders/a.json", now: clock.now))
        #expect(!retries.mayTry("/g/houses/alpha/orders/b.json", now: clock.now))
        #expect(!retries.mayTry("/g/houses/beta/orders/a.json", now: clock.now))
    }
}
