internal import Engine

/// Keys of an event's data that repeat a column of its `game_events` row
/// (issue #15, lever `event-columns`): left out when written, put back when
/// read. By event type, from what the engine writes (Movement.swift): a
/// fleet's move names the system it reached as the row's `system_id` and as
/// `to`, and, when that was its destination, as `destination` too. A row
/// whose data keeps the key reads back as written, so rows written with or
/// without the lever mix.
enum EventDataColumns {
    static func trimmed(_ data: [String: JSONValue], type: EventType, systemID: String?) -> [String: JSONValue] {
        guard type == .fleetMoved, let systemID, data["to"] == .string(systemID), data["from"] != nil else { return data }
        var result = data
        result["to"] = nil
        if data["arrived"] == .bool(true), data["destination"] == .string(systemID) { result["destination"] = nil }
        return result
    }

    static func restored(_ data: [String: JSONValue], type: EventType, systemID: String?) -> [String: JSONValue] {
        guard type == .fleetMoved, let systemID, data["to"] == nil, data["from"] != nil else { return data }
        var result = data
        result["to"] = .string(systemID)
        if data["arrived"] == .bool(true), data["destination"] == nil { result["destination"] = .string(systemID) }
        return result
    }
}
