internal import Foundation
public import NostrEvents
public import NostrRelay

/// One relay, kept connected: reconnects with backoff, and on every (re)connection subscribes again
/// with filters computed then (so `since` catches up from what was stored last).
public actor RelayLink {
    public nonisolated let url: String
    let filters: @Sendable () async -> [Filter]
    let onEvent: @Sendable (Event, String) async -> Void
    var onConnect: @Sendable (String) async -> Void
    var onLoss: @Sendable (String, String) async -> Void = { _, _ in }
    var wasConnected = false
    var noticesSeen = 0
    var connection: RelayConnection?
    var runner: Task<Void, Never>?
    /// Why the last connection attempt or connection ended, for the log.
    public private(set) var lastProblem: String?

    public init(
        url: String, filters: @escaping @Sendable () async -> [Filter], onEvent: @escaping @Sendable (Event, String) async -> Void,
        onConnect: @escaping @Sendable (String) async -> Void = { _ in }
    ) {
        self.url = url
        self.filters = filters
        self.onEvent = onEvent
        self.onConnect = onConnect
    }

    /// What to do each time the subscription is (re)opened.
    public func setOnConnect(_ action: @escaping @Sendable (String) async -> Void) {
        onConnect = action
    }

    /// What to do when an open connection is lost (once per loss, not per failed retry).
    public func setOnLoss(_ action: @escaping @Sendable (_ url: String, _ reason: String) async -> Void) {
        onLoss = action
    }

    public func start() {
        guard runner == nil else { return }
        runner = Task { await run() }
    }

    public func stop() async {
        runner?.cancel()
        await connection?.close()
        connection = nil
    }

    public var isConnected: Bool {
        get async {
            guard let connection else { return false }
            return await connection.isOpen
        }
    }

    func run() async {
        var delay = Self.firstDelay
        while !Task.isCancelled {
            do {
                let connection = try await RelayConnection.connect(to: url)
                self.connection = connection
                noticesSeen = 0
                delay = Self.firstDelay
                let subscription = try await connection.subscribe(await filters())
                wasConnected = true
                await onConnect(url)
                for try await item in subscription.items {
                    if case .event(let event) = item { await onEvent(event, url) }
                }
                lastProblem = "the relay ended the subscription"
            } catch {
                lastProblem = "\(error)"
            }
            await connection?.close()
            connection = nil
            if wasConnected, !Task.isCancelled {
                wasConnected = false
                await onLoss(url, lastProblem ?? "closed")
            }
            try? await Task.sleep(for: .seconds(delay))
            delay = min(delay * 2, Self.maxDelay)
        }
    }

    /// What the relay client noted since the last call: the relay's NOTICEs, and events it dropped
    /// because their id or signature did not check out.
    public func newNotices() async -> [String] {
        guard let connection else { return [] }
        let notices = await connection.notices
        // The client keeps the newest 100; past that, new ones are not reported: enough has been said.
        let fresh = noticesSeen < notices.count ? Array(notices[noticesSeen...]) : []
        noticesSeen = notices.count
        return fresh
    }

    /// Publishes on the current connection and waits for the relay's OK.
    public func publish(_ event: Event) async throws -> PublishResult {
        guard let connection, await connection.isOpen else { throw RelayError.disconnected(lastProblem ?? "not connected") }
        return try await connection.publish(event)
    }

    static let firstDelay: Double = 0.5
    static let maxDelay: Double = 30
}
