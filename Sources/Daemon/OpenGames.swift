/// The games a daemon keeps open: each holds a database connection and its
/// state, and a thousand idle games need not. At most `capacity` stay open;
/// opening one more closes the least recently used.
struct OpenGames<Session> {
    let capacity: Int
    private var sessions: [String: Session] = [:]
    private var lastUse: [String: UInt64] = [:]
    private var uses: UInt64 = 0

    init(capacity: Int) {
        precondition(capacity > 0, "a daemon keeps at least one game open")
        self.capacity = capacity
    }

    /// The open session of `id`, now the most recently used; nil when closed.
    mutating func use(_ id: String) -> Session? {
        guard let session = sessions[id] else { return nil }
        uses += 1
        lastUse[id] = uses
        return session
    }

    /// Keeps `session` open as the most recently used; returns the ids it closed to make room.
    @discardableResult
    mutating func open(_ id: String, _ session: Session) -> [String] {
        uses += 1
        sessions[id] = session
        lastUse[id] = uses
        guard sessions.count > capacity else { return [] }
        let victims = sessions.keys.filter { $0 != id }
            .sorted { (lastUse[$0] ?? 0, $0) < (lastUse[$1] ?? 0, $1) }
            .prefix(sessions.count - capacity)
        for victim in victims { close(victim) }
        return Array(victims)
    }

    mutating func close(_ id: String) {
        sessions[id] = nil
        lastUse[id] = nil
    }

    func isOpen(_ id: String) -> Bool { sessions[id] != nil }

    var count: Int { sessions.count }
}
