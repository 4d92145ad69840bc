public import Foundation

/// How long a test waits for something it expects before calling it a
/// failure. Only a guard against waiting forever: on a loaded machine a step
/// may take many times longer than usual, and a test that passes never waits
/// anywhere near this long.
public let patience: TimeInterval = 60

/// Polls `condition` (every 10 ms) until it holds, or `timeout` passes; the
/// result says which.
public func waitFor(timeout: TimeInterval = patience, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if condition() { return true }
        Thread.sleep(forTimeInterval: 0.01)
    }
    return condition()
}
