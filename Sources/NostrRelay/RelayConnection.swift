public import NostrEvents
internal import Logging
internal import WSClient

/// One WebSocket connection to one Nostr relay (NIP-01): publish and wait for OK, subscribe, fetch.
///
/// Frames go out through one queue, so messages leave in the order they were sent; frames coming in are
/// parsed on this actor. A frame larger than `maximumFrameSize` ends the connection (bounded memory).
public actor RelayConnection {
    public nonisolated let url: String
    public nonisolated let maximumFrameSize: Int
    /// The relay's NOTICE texts and refused frames, newest last, at most 100.
    public private(set) var notices: [String] = []

    private let outgoing: AsyncStream<String>
    private let outgoingQueue: AsyncStream<String>.Continuation
    private var state: State = .connecting
    private var ready: CheckedContinuation<Void, any Error>?
    private var runner: Task<Void, Never>?
    private var pendingOKs: [String: CheckedContinuation<PublishResult, any Error>] = [:]
    private var okTimers: [String: Task<Void, Never>] = [:]
    private var subscriptions: [String: AsyncThrowingStream<Subscription.Item, any Error>.Continuation] = [:]
    private var subscriptionCount = 0
    private var closing = false

    private enum State {
        case connecting
        case open
        case closed(String)
    }

    /// Opens a connection; returns once the WebSocket handshake is done.
    /// 1 MiB frames by default: far above swift-websocket's 16 KiB, enough for a NIP-44 payload of
    /// 64 KiB plaintext (about 87 KB of base64) with room to spare.
    public static func connect(to url: String, maximumFrameSize: Int = 1 << 20) async throws -> RelayConnection {
        let connection = RelayConnection(url: url, maximumFrameSize: maximumFrameSize)
        try await connection.start()
        return connection
    }

    private init(url: String, maximumFrameSize: Int) {
        self.url = url
        self.maximumFrameSize = maximumFrameSize
        (outgoing, outgoingQueue) = AsyncStream.makeStream(of: String.self)
    }

    private func start() async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            ready = continuation
            let url = url
            let maximumFrameSize = maximumFrameSize
            let outgoing = outgoing
            runner = Task {
                do {
                    try await WebSocketClient.connect(
                        url: url,
                        configuration: WebSocketClientConfiguration(maxFrameSize: maximumFrameSize),
                        logger: Logger(label: "ec4x.nostr.relay")
                    ) { inbound, outbound, _ in
                        await self.opened()
                        try await withThrowingTaskGroup(of: Void.self) { group in
                            group.addTask {
                                for await text in outgoing { try await outbound.write(.text(text)) }
                            }
                            group.addTask {
                                for try await message in inbound.messages(maxSize: maximumFrameSize) {
                                    if case .text(let text) = message { await self.receive(text) }
                                }
                            }
                            // Whichever ends first (our close, or the relay's) ends the connection.
                            try await group.next()
                            group.cancelAll()
                        }
                    }
                    self.ended("connection closed")
                } catch {
                    self.ended("\(error)")
                }
            }
        }
    }

    /// Closes the connection: open subscriptions finish, publishes still waiting for OK fail with
    /// `RelayError.disconnected`.
    public func close() async {
        closing = true
        outgoingQueue.finish()
        await runner?.value
    }

    public var isOpen: Bool {
        if case .open = state { true } else { false }
    }

    /// Sends the event and waits for the relay's OK. A refusal is a result (`accepted == false`), not an error.
    public func publish(_ event: Event, timeout: Duration = .seconds(10)) async throws -> PublishResult {
        try requireOpen()
        let id = event.idHex
        guard pendingOKs[id] == nil else { throw RelayError.alreadyPublishing(eventID: id) }
        return try await withCheckedThrowingContinuation { continuation in
            pendingOKs[id] = continuation
            okTimers[id] = Task {
                try? await Task.sleep(for: timeout)
                if !Task.isCancelled { self.failPublish(id, RelayError.timedOut) }
            }
            outgoingQueue.yield(ClientMessage.event(event).text)
        }
    }

    /// Opens a subscription. Events are verified before they are delivered.
    public func subscribe(_ filters: [Filter]) throws -> Subscription {
        try requireOpen()
        subscriptionCount += 1
        let id = "ec4x-\(subscriptionCount)"
        let (items, continuation) = AsyncThrowingStream.makeStream(of: Subscription.Item.self)
        continuation.onTermination = { _ in
            Task { await self.unsubscribe(id) }
        }
        subscriptions[id] = continuation
        outgoingQueue.yield(ClientMessage.request(subscription: id, filters: filters).text)
        return Subscription(id: id, items: items)
    }

    /// The stored events matching the filters: a `REQ` read up to its EOSE, then `CLOSE`d.
    public func fetch(_ filters: [Filter], timeout: Duration = .seconds(10)) async throws -> [Event] {
        let subscription = try subscribe(filters)
        defer { unsubscribe(subscription.id) }
        return try await withThrowingTaskGroup(of: [Event]?.self) { group in
            group.addTask {
                var events: [Event] = []
                for try await item in subscription.items {
                    switch item {
                    case .event(let event): events.append(event)
                    case .endOfStoredEvents: return events
                    }
                }
                return events
            }
            group.addTask {
                try await Task.sleep(for: timeout)
                return nil
            }
            defer { group.cancelAll() }
            guard let events = try await group.next() ?? nil else { throw RelayError.timedOut }
            return events
        }
    }

    /// Sends `CLOSE` and ends the subscription's stream.
    public func unsubscribe(_ id: String) {
        guard let continuation = subscriptions.removeValue(forKey: id) else { return }
        continuation.finish()
        if case .open = state { outgoingQueue.yield(ClientMessage.close(subscription: id).text) }
    }

    private func requireOpen() throws {
        if case .closed(let reason) = state { throw RelayError.disconnected(reason) }
    }

    private func opened() {
        state = .open
        ready?.resume()
        ready = nil
    }

    private func ended(_ reason: String) {
        state = .closed(reason)
        outgoingQueue.finish()
        ready?.resume(throwing: RelayError.disconnected(reason))
        ready = nil
        for id in Array(pendingOKs.keys) { failPublish(id, RelayError.disconnected(reason)) }
        let open = subscriptions
        subscriptions = [:]
        for continuation in open.values {
            if closing { continuation.finish() } else { continuation.finish(throwing: RelayError.disconnected(reason)) }
        }
    }

    private func failPublish(_ id: String, _ error: RelayError) {
        okTimers.removeValue(forKey: id)?.cancel()
        pendingOKs.removeValue(forKey: id)?.resume(throwing: error)
    }

    private func note(_ text: String) {
        notices.append(text)
        if notices.count > 100 { notices.removeFirst(notices.count - 100) }
    }

    private func receive(_ text: String) {
        let message: RelayMessage
        do {
            message = try RelayMessage(text: text)
        } catch {
            note("refused frame: \(error)")
            return
        }
        switch message {
        case .event(let subscription, let event):
            guard let continuation = subscriptions[subscription] else { return }
            do {
                try event.verify()
                continuation.yield(.event(event))
            } catch {
                note("dropped event \(event.idHex): \(error)")
            }
        case .endOfStoredEvents(let subscription):
            subscriptions[subscription]?.yield(.endOfStoredEvents)
        case .ok(let eventID, let accepted, let message):
            okTimers.removeValue(forKey: eventID)?.cancel()
            pendingOKs.removeValue(forKey: eventID)?.resume(returning: PublishResult(eventID: eventID, accepted: accepted, message: message))
        case .notice(let text):
            note(text)
        case .closed(let subscription, let message):
            subscriptions.removeValue(forKey: subscription)?.finish(throwing: RelayError.disconnected("CLOSED: \(message)"))
        case .auth(let challenge):
            note("AUTH requested (NIP-42 is not supported): \(challenge)")
        }
    }
}
