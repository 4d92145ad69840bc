import Dispatch
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// SIGINT or SIGTERM, awaited by the long-running commands (daemon, player sync).
enum StopSignal {
    /// Returns on SIGINT or SIGTERM. The handlers are made here, inside a
    /// function: made in top-level code they crash when they fire.
    static func wait() async {
        let stop = AsyncStream<Void>.makeStream()
        var sources: [any DispatchSourceSignal] = []
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { stop.continuation.yield() }
            source.resume()
            sources.append(source)
        }
        var signals = stop.stream.makeAsyncIterator()
        _ = await signals.next()
        for source in sources { source.cancel() }
    }
}
