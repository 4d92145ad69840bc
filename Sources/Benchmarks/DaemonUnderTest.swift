import Foundation
import Games
import FolderTransport
import Daemon
import PlayerProtocol

/// `ec4x daemon --data DIR`, started as a child process of this binary, as a
/// user would start it. A separate process keeps the daemon's libinotifytools
/// instance, threads and memory apart from the measuring side.
final class DaemonUnderTest {
    let child: ChildProcess
    let data: DataDirectory

    /// Starts the daemon and waits for its ready marker (first pass done, watching).
    init(executable: URL, data: DataDirectory, log: URL?, extraArguments: [String] = [], readyTimeout: TimeInterval = 60) throws {
        self.data = data
        let marker = Daemon.readyMarker(for: data)
        try? FileManager.default.removeItem(at: marker)
        child = try ChildProcess(executable: executable, arguments: ["daemon", "--data", data.root.path] + extraArguments, log: log)
        let ready = waitUntil(timeout: readyTimeout, interval: 0.02) {
            FileManager.default.fileExists(atPath: marker.path) || !child.isRunning
        }
        guard ready, child.isRunning else {
            child.stop()
            let tail = log.flatMap { try? String(contentsOf: $0, encoding: .utf8) }.map { String($0.suffix(400)) } ?? ""
            throw BenchError("the daemon did not become ready within \(Int(readyTimeout)) s \(tail)")
        }
    }

    var pid: Int32 { child.pid }

    func stop() { child.stop() }
}

/// A valid order file that orders nothing, made distinct by `variant` (trailing
/// spaces) so the daemon accepts it instead of calling it a duplicate.
func emptyOrderFile(game: String, house: String, turn: Int, variant: Int) -> [UInt8] {
    let body = #"{"game":"\#(game)","house":"\#(house)","turn":\#(turn),"fleet_orders":[]}"#
    return Array((body + String(repeating: " ", count: variant) + "\n").utf8)
}
