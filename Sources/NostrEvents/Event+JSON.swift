internal import NostrCrypto

extension Event {
    /// The wire object: `{"id","pubkey","created_at","kind","tags","content","sig"}`.
    public var json: JSON {
        .object([
            ("id", .string(idHex)),
            ("pubkey", .string(pubkey.hex)),
            ("created_at", .integer(createdAt)),
            ("kind", .integer(kind)),
            ("tags", .array(tags.map { .array($0.map(JSON.string)) })),
            ("content", .string(content)),
            ("sig", .string(Hex.encode(sig))),
        ])
    }

    public var jsonText: String { json.text }

    /// Reads an event object as a relay or client sends it. Checks the shape (lower-case hex of the
    /// right lengths, integer fields, string tags), not the id or signature: call `verify()`.
    public init(json: JSON) throws(NostrEventError) {
        guard case .object = json else { throw .malformedEvent("an event is a JSON object") }
        func field(_ name: String) throws(NostrEventError) -> JSON {
            guard let value = json[name] else { throw .malformedEvent("missing \(name)") }
            return value
        }
        func lowerHex(_ name: String, bytes count: Int) throws(NostrEventError) -> [UInt8] {
            guard let text = try field(name).stringValue, text.utf8.count == 2 * count,
                text.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }),
                let bytes = Hex.decode(text)
            else { throw .malformedEvent("\(name) must be \(2 * count) lower-case hex digits") }
            return bytes
        }
        let id = try lowerHex("id", bytes: 32)
        let pubkeyBytes = try lowerHex("pubkey", bytes: 32)
        guard let pubkey = try? PublicKey(bytes: pubkeyBytes) else {
            throw .malformedEvent("pubkey is not a secp256k1 x-coordinate")
        }
        let sig = try lowerHex("sig", bytes: 64)
        guard let createdAt = try field("created_at").int64Value, createdAt >= 0 else {
            throw .malformedEvent("created_at must be a non-negative integer")
        }
        guard let kind = try field("kind").int64Value, (0...65_535).contains(kind) else {
            throw .malformedEvent("kind must be an integer in 0...65535")
        }
        guard let tagValues = try field("tags").arrayValue else { throw .malformedEvent("tags must be an array") }
        var tags: [[String]] = []
        for tag in tagValues {
            guard let items = tag.arrayValue else { throw .malformedEvent("each tag must be an array") }
            var strings: [String] = []
            for item in items {
                guard let string = item.stringValue else { throw .malformedEvent("tag values must be strings") }
                strings.append(string)
            }
            tags.append(strings)
        }
        guard let content = try field("content").stringValue else { throw .malformedEvent("content must be a string") }
        self.init(
            unsigned: UnsignedEvent(pubkey: pubkey, createdAt: createdAt, kind: Int(kind), tags: tags, content: content),
            id: id,
            sig: sig
        )
    }

    public init(jsonText: String) throws(NostrEventError) {
        try self.init(json: JSON.parse(jsonText))
    }
}
