/// A fingerprint of a game state: 64-bit FNV-1a over a canonical walk of
/// every field (in declaration order, arrays in their sorted order), as 16
/// lowercase hex digits. Same state, same hash, on every run; no Foundation.
public enum StateHash {
    public static func of(_ state: GameState) -> String {
        let sink = HashSink()
        try? state.encode(to: HashingEncoder(sink: sink, depth: 0))
        return hex(sink.hash.value)
    }

    static func hex(_ value: UInt64) -> String {
        let digits = Array("0123456789abcdef")
        return String((0..<16).map { digits[Int((value >> UInt64(60 - $0 * 4)) & 0xF)] })
    }
}

/// Collects the bytes of the walk. A class so nested containers share it.
final class HashSink {
    var hash = StableHash()

    func tag(_ byte: UInt8, depth: Int) {
        hash.combine(byte: byte)
        hash.combine(byte: UInt8(truncatingIfNeeded: depth))
    }
}

/// An Encoder that feeds a `StableHash` instead of building a document.
/// Tags mark keys, array elements, nils and value kinds with their depth,
/// so different shapes cannot feed the same bytes.
struct HashingEncoder: Encoder {
    let sink: HashSink
    /// Nesting depth; stands in for the coding path, which is never built (it would cost an array per value).
    let depth: Int
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        sink.tag(0x7B, depth: depth)
        return KeyedEncodingContainer(Keyed<Key>(sink: sink, depth: depth))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        sink.tag(0x5B, depth: depth)
        return Unkeyed(sink: sink, depth: depth)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        Single(sink: sink, depth: depth)
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let sink: HashSink
        let depth: Int
        var codingPath: [any CodingKey] { [] }

        func mark(_ key: Key) {
            sink.tag(0x4B, depth: depth)
            sink.hash.combine(key.stringValue)
        }

        mutating func encodeNil(forKey key: Key) throws {
            mark(key)
            sink.tag(0x30, depth: depth)
        }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            mark(key)
            try value.encode(to: HashingEncoder(sink: sink, depth: depth + 1))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy keyType: NestedKey.Type, forKey key: Key
        ) -> KeyedEncodingContainer<NestedKey> {
            mark(key)
            return HashingEncoder(sink: sink, depth: depth + 1).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            mark(key)
            return HashingEncoder(sink: sink, depth: depth + 1).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder { HashingEncoder(sink: sink, depth: depth) }
        mutating func superEncoder(forKey key: Key) -> any Encoder {
            mark(key)
            return HashingEncoder(sink: sink, depth: depth + 1)
        }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let sink: HashSink
        let depth: Int
        var codingPath: [any CodingKey] { [] }
        var count = 0

        mutating func element() -> HashingEncoder {
            count += 1
            sink.tag(0x45, depth: depth)
            return HashingEncoder(sink: sink, depth: depth + 1)
        }

        mutating func encodeNil() throws {
            _ = element()
            sink.tag(0x30, depth: depth)
        }

        mutating func encode<T: Encodable>(_ value: T) throws {
            try value.encode(to: element())
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            element().container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { element().unkeyedContainer() }
        mutating func superEncoder() -> any Encoder { element() }
    }

    struct Single: SingleValueEncodingContainer {
        let sink: HashSink
        let depth: Int
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil() throws { sink.tag(0x30, depth: depth) }
        mutating func encode(_ value: Bool) throws {
            sink.tag(0x62, depth: depth)
            sink.hash.combine(byte: value ? 1 : 0)
        }
        mutating func encode(_ value: String) throws {
            sink.tag(0x73, depth: depth)
            sink.hash.combine(value)
        }
        mutating func encode(_ value: Double) throws { try encode(String(value.bitPattern)) }
        mutating func encode(_ value: Float) throws { try encode(String(value.bitPattern)) }
        mutating func encode(_ value: Int) throws { try integer(Int64(value)) }
        mutating func encode(_ value: Int8) throws { try integer(Int64(value)) }
        mutating func encode(_ value: Int16) throws { try integer(Int64(value)) }
        mutating func encode(_ value: Int32) throws { try integer(Int64(value)) }
        mutating func encode(_ value: Int64) throws { try integer(value) }
        mutating func encode(_ value: UInt) throws { try unsigned(UInt64(value)) }
        mutating func encode(_ value: UInt8) throws { try unsigned(UInt64(value)) }
        mutating func encode(_ value: UInt16) throws { try unsigned(UInt64(value)) }
        mutating func encode(_ value: UInt32) throws { try unsigned(UInt64(value)) }
        mutating func encode(_ value: UInt64) throws { try unsigned(value) }
        mutating func encode<T: Encodable>(_ value: T) throws {
            try value.encode(to: HashingEncoder(sink: sink, depth: depth))
        }

        func integer(_ value: Int64) throws {
            sink.tag(0x69, depth: depth)
            sink.hash.combine(UInt64(bitPattern: value))
        }

        func unsigned(_ value: UInt64) throws {
            sink.tag(0x75, depth: depth)
            sink.hash.combine(value)
        }
    }
}
