internal import Foundation
internal import Games
internal import NostrEvents

/// The player's outbox: one record per signed event that some relay has not said OK to yet,
/// `<folder>/.outbox/<event id>.json` = `{"event": <the signed event>, "file": <order file's name
/// or null>, "acked": [<relay URL>…]}`. The event is signed once and written here (durably) before
/// its order file leaves `orders/`, so a sync killed at any point (kill -9 included) sends the same
/// event again on restart, never a second one for the same file. A record is deleted once every
/// relay has said OK.
struct SyncOutbox {
    struct Record {
        var event: Event
        var file: String?
        var acked: Set<String>
    }

    let folder: URL

    init(folder: URL) {
        self.folder = folder.appendingPathComponent(".outbox", isDirectory: true)
    }

    func url(_ id: String) -> URL { folder.appendingPathComponent("\(id).json") }

    /// Every record on disk, oldest event first; unreadable records are reported and left alone.
    func load(report: (String) -> Void) -> [Record] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".json") }
        var records: [Record] = []
        for name in names {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path),
                let record = try? Self.decode(String(decoding: data, as: UTF8.self))
            else {
                report("cannot read .outbox/\(name); left as it is")
                continue
            }
            records.append(record)
        }
        return records.sorted { ($0.event.createdAt, $0.event.idHex) < ($1.event.createdAt, $1.event.idHex) }
    }

    func save(_ record: Record) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try AtomicFile.write(Data(Self.encode(record).utf8), to: url(record.event.idHex))
    }

    func remove(_ id: String) {
        try? FileManager.default.removeItem(at: url(id))
    }

    static func encode(_ record: Record) -> String {
        JSON.object([
            ("event", record.event.json),
            ("file", record.file.map(JSON.string) ?? .null),
            ("acked", .array(record.acked.sorted().map(JSON.string))),
        ]).text
    }

    static func decode(_ text: String) throws -> Record {
        let json = try JSON.parse(text)
        guard let eventJSON = json["event"] else { throw NostrEventError.malformedEvent("an outbox record has an event") }
        let event = try Event(json: eventJSON)
        let acked = (json["acked"]?.arrayValue ?? []).compactMap(\.stringValue)
        return Record(event: event, file: json["file"]?.stringValue, acked: Set(acked))
    }
}
