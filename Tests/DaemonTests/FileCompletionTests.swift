import Foundation
import Testing
@testable import Daemon
@testable import FolderTransport

@Suite struct FileCompletionTests {
    func entry(_ name: String, size: Int64, modified: Int64) -> DropEntry {
        DropEntry(url: URL(fileURLWithPath: "/games/g/houses/alpha/orders/\(name)"), kind: .regularFile, size: size, modified: modified)
    }

    /// `#expect` cannot call a mutating method itself.
    func looks(_ completion: inout FileCompletion, _ file: DropEntry, since: Int64?, now: Date) -> Bool {
        completion.isComplete(file, hintsSince: since, settle: 1, now: now)
    }

    @Test func aPolledFileCountsOnlyOnceItStayedTheSameForTheSettleInterval() {
        let clock = ManualClock()
        var completion = FileCompletion()
        let file = entry("a.json", size: 10, modified: 1)
        #expect(!looks(&completion, file, since: nil, now: clock.now))
        clock.advance(0.5)
        #expect(!looks(&completion, file, since: nil, now: clock.now))
        clock.advance(0.5)
        #expect(looks(&completion, file, since: nil, now: clock.now))
    }

    @Test func aFileThatChangedBetweenLooksStartsItsWaitAgain() {
        let clock = ManualClock()
        var completion = FileCompletion()
        #expect(!looks(&completion, entry("a.json", size: 10, modified: 1), since: nil, now: clock.now))
        clock.advance(1)
        #expect(!looks(&completion, entry("a.json", size: 20, modified: 2), since: nil, now: clock.now))
        clock.advance(0.9)
        #expect(!looks(&completion, entry("a.json", size: 20, modified: 2), since: nil, now: clock.now))
        clock.advance(0.1)
        #expect(looks(&completion, entry("a.json", size: 20, modified: 2), since: nil, now: clock.now))
    }

    @Test func inAWatchedFolderTheKernelsWordCountsForFilesWrittenWhileWatched() {
        let clock = ManualClock()
        var completion = FileCompletion()
        let watchedSince: Int64 = 100
        let written = entry("a.json", size: 10, modified: 200)
        // Unchanged well past the settle interval, a file written while watched waits for its close or rename.
        #expect(!looks(&completion, written, since: watchedSince, now: clock.now))
        clock.advance(20)
        #expect(!looks(&completion, written, since: watchedSince, now: clock.now))
        completion.hint(written.url.path)
        #expect(looks(&completion, written, since: watchedSince, now: clock.now))
        // Written before the watch began: the settle rule applies.
        let older = entry("b.json", size: 10, modified: 50)
        #expect(!looks(&completion, older, since: watchedSince, now: clock.now))
        clock.advance(1)
        #expect(looks(&completion, older, since: watchedSince, now: clock.now))
    }

    @Test func aFileNoEventAnnouncedCountsAfterALongQuietAndWaitsAgainWhenItChanges() {
        let clock = ManualClock()
        var completion = FileCompletion()
        #expect(!looks(&completion, entry("a.json", size: 10, modified: 200), since: 100, now: clock.now))
        clock.advance(FileCompletion.unreportedSettles - 1)
        #expect(!looks(&completion, entry("a.json", size: 10, modified: 200), since: 100, now: clock.now))
        // It grew: its writer was only pausing. The wait starts again.
        #expect(!looks(&completion, entry("a.json", size: 20, modified: 300), since: 100, now: clock.now))
        clock.advance(FileCompletion.unreportedSettles - 1)
        #expect(!looks(&completion, entry("a.json", size: 20, modified: 300), since: 100, now: clock.now))
        clock.advance(1)
        #expect(looks(&completion, entry("a.json", size: 20, modified: 300), since: 100, now: clock.now))
    }

    /// Files a house dropped together settle together, though they are taken one after another.
    @Test func aLookAtEveryFileStartsTheirSettleClocksTogether() {
        let clock = ManualClock()
        var completion = FileCompletion()
        let files = (1...3).map { entry("f\($0).json", size: 10, modified: Int64($0)) }
        completion.look(at: files, now: clock.now)
        clock.advance(1)
        completion.look(at: files, now: clock.now)
        #expect(files.allSatisfy { looks(&completion, $0, since: nil, now: clock.now) })
    }
}
