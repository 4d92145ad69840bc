import Foundation
import Testing
@testable import Daemon

@Suite struct SchedulingPartsTests {
    @Test func aFailedTurnWaitsLongerAfterEachFailureUpToALongestWait() {
        let clock = ManualClock()
        var retries = ResolveRetries(baseDelay: 5)
        #expect(retries.mayTry("g", now: clock.now))
        #expect(retries.failed("g", now: clock.now) == clock.now.addingTimeInterval(5))
        #expect(!retries.mayTry("g", now: clock.now))
        clock.advance(4.9)
        #expect(!retries.mayTry("g", now: clock.now))
        clock.advance(0.1)
        #expect(retries.mayTry("g", now: clock.now))
        retries.failed("g", now: clock.now)
        clock.advance(9.9)
        #expect(!retries.mayTry("g", now: clock.now))
        #expect(retries.nextRetry == clock.now.addingTimeInterval(0.1))
        // A fault that lasts is still tried every thirty seconds, not ever more rarely.
        for _ in 3...20 { retries.failed("g", now: clock.now) }
        #expect(retries.nextRetry == clock.now.addingTimeInterval(5 * Double(ResolveRetries.longestWait)))
        // Another game is never held back by this one.
        #expect(retries.mayTry("h", now: clock.now))
        // Success starts the count again.
        retries.succeeded("g")
        #expect(retries.mayTry("g", now: clock.now))
        #expect(retries.nextRetry == nil)
        #expect(retries.failed("g", now: clock.now) == clock.now.addingTimeInterval(5))
    }

    @Test func deadlinesWakeTheDaemonForTheEarliestAndListWhatIsDue() {
        let clock = ManualClock(Date(timeIntervalSince1970: 1000))
        var schedule = DeadlineSchedule()
        #expect(schedule.delay(from: clock.now) == nil)
        schedule.set("late", 1100)
        schedule.set("early", 1030)
        schedule.set("none", nil)
        #expect(schedule.delay(from: clock.now) == 30)
        #expect(schedule.due(at: clock.now).isEmpty)
        clock.advance(30)
        #expect(schedule.due(at: clock.now) == ["early"])
        #expect(schedule.delay(from: clock.now) == 0)
        clock.advance(500)
        #expect(schedule.due(at: clock.now) == ["early", "late"])
        schedule.set("early", nil)
        #expect(schedule.due(at: clock.now) == ["late"])
    }
}
