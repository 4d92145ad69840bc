import Foundation
import Testing
import TestSupport

/// The helper every CLI test runs commands through.
@Suite struct CommandRunnerTests {
    /// Standard error first: a runner that read standard output to its end
    /// before touching standard error would wait for ever on this child, which
    /// blocks once the unread stderr pipe is full.
    @Test func aChildWritingAMegabyteToEachStreamFinishesAndAllOfItIsRead() throws {
        let folder = try TemporaryFolder()
        let result = try CommandRunner(workingDirectory: folder.url).shell(
            "head -c 1048576 /dev/zero | tr '\\000' e >&2; head -c 1048576 /dev/zero | tr '\\000' o; exit 3"
        )
        #expect(!result.killed, "the child did not finish")
        #expect(result.status == 3)
        #expect(result.stderr.utf8.count == 1_048_576 && result.stderr.utf8.allSatisfy { $0 == UInt8(ascii: "e") })
        #expect(result.stdout.utf8.count == 1_048_576 && result.stdout.utf8.allSatisfy { $0 == UInt8(ascii: "o") })
    }
}
