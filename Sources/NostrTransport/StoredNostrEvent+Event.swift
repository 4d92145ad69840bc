internal import Foundation
internal import NostrCrypto
public import NostrEvents
public import Storage

extension StoredNostrEvent {
    /// A received event as the inbox stores it, before anything else is done with it.
    public init(_ event: Event, receivedAt: Int64) {
        self.init(
            id: event.idHex, kind: event.kind, pubkey: event.pubkey.hex, createdAt: event.createdAt, content: event.content,
            tagsJSON: JSON.array(event.tags.map { .array($0.map(JSON.string)) }).text, sig: Hex.encode(event.sig), receivedAt: receivedAt)
    }

    /// The event back, field for field; nil when a stored field is not what an event can hold.
    public var event: Event? {
        guard let pubkey = try? PublicKey(parsing: pubkey), let id = Hex.decode(id), id.count == 32, let sig = Hex.decode(sig), sig.count == 64,
            let tags = try? JSONSerialization.jsonObject(with: Data(tagsJSON.utf8)) as? [[String]]
        else { return nil }
        return Event(unsigned: UnsignedEvent(pubkey: pubkey, createdAt: createdAt, kind: kind, tags: tags, content: content), id: id, sig: sig)
    }
}

extension NostrOutboxEntry {
    /// A signed event queued for every relay.
    public init(_ event: Event) {
        self.init(
            kind: event.kind, recipient: event.firstTagValue("p"), content: event.content,
            tagsJSON: JSON.array(event.tags.map { .array($0.map(JSON.string)) }).text, eventJSON: event.jsonText, createdAt: event.createdAt)
    }
}
