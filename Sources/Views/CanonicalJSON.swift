internal import Engine

/// Compact JSON whose keys come out in the order the value encodes them
/// (declaration order for synthesized `Codable`), so a view reads top-down
/// in a sensible order and the same value always gives the same bytes.
/// Absent optionals are left out (`encodeIfPresent` skips them); there is
/// no whitespace and nothing is escaped that JSON does not require.
public enum CanonicalJSON {
    public struct UnsupportedValue: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    public static func encode(_ value: some Encodable) throws -> [UInt8] {
        let root = Slot()
        try value.encode(to: TreeEncoder(slot: root))
        var output: [UInt8] = []
        output.reserveCapacity(16_384)
        write(root.node, into: &output)
        return output
    }

    // MARK: The tree an encoding builds

    /// Where one value goes; containers are filled after they are handed out, hence a class.
    final class Slot {
        var node: Node = .null
    }

    final class ObjectBox {
        var members: [(key: String, slot: Slot)] = []

        func slot(for key: String) -> Slot {
            if let existing = members.first(where: { $0.key == key }) { return existing.slot }
            let slot = Slot()
            members.append((key, slot))
            return slot
        }
    }

    final class ArrayBox {
        var items: [Slot] = []

        func append() -> Slot {
            let slot = Slot()
            items.append(slot)
            return slot
        }
    }

    enum Node {
        case null
        case bool(Bool)
        case integer(String)
        case string(String)
        case object(ObjectBox)
        case array(ArrayBox)
    }

    // MARK: Writing

    static func write(_ node: Node, into output: inout [UInt8]) {
        switch node {
        case .null: output.append(contentsOf: Array("null".utf8))
        case .bool(let value): output.append(contentsOf: Array((value ? "true" : "false").utf8))
        case .integer(let digits): output.append(contentsOf: Array(digits.utf8))
        case .string(let text): writeString(text, into: &output)
        case .object(let box):
            output.append(UInt8(ascii: "{"))
            for (index, member) in box.members.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                writeString(member.key, into: &output)
                output.append(UInt8(ascii: ":"))
                write(member.slot.node, into: &output)
            }
            output.append(UInt8(ascii: "}"))
        case .array(let box):
            output.append(UInt8(ascii: "["))
            for (index, item) in box.items.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                write(item.node, into: &output)
            }
            output.append(UInt8(ascii: "]"))
        }
    }

    /// Strings are escaped as everywhere else in the project (`JSONValue.quoted`): one escaper.
    static func writeString(_ text: String, into output: inout [UInt8]) {
        output.append(contentsOf: JSONValue.quoted(text).utf8)
    }

    // MARK: The encoder

    struct TreeEncoder: Encoder {
        let slot: Slot
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            if case .object(let box) = slot.node { return KeyedEncodingContainer(Keyed<Key>(box: box)) }
            let box = ObjectBox()
            slot.node = .object(box)
            return KeyedEncodingContainer(Keyed<Key>(box: box))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            if case .array(let box) = slot.node { return Unkeyed(box: box) }
            let box = ArrayBox()
            slot.node = .array(box)
            return Unkeyed(box: box)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer { Single(slot: slot) }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let box: ObjectBox
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil(forKey key: Key) throws { box.slot(for: key.stringValue).node = .null }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            try value.encode(to: TreeEncoder(slot: box.slot(for: key.stringValue)))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy keyType: NestedKey.Type, forKey key: Key
        ) -> KeyedEncodingContainer<NestedKey> {
            TreeEncoder(slot: box.slot(for: key.stringValue)).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            TreeEncoder(slot: box.slot(for: key.stringValue)).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder { TreeEncoder(slot: box.slot(for: "super")) }
        mutating func superEncoder(forKey key: Key) -> any Encoder { TreeEncoder(slot: box.slot(for: key.stringValue)) }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let box: ArrayBox
        var codingPath: [any CodingKey] { [] }
        var count: Int { box.items.count }

        mutating func encodeNil() throws { box.append().node = .null }
        mutating func encode<T: Encodable>(_ value: T) throws { try value.encode(to: TreeEncoder(slot: box.append())) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            TreeEncoder(slot: box.append()).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { TreeEncoder(slot: box.append()).unkeyedContainer() }
        mutating func superEncoder() -> any Encoder { TreeEncoder(slot: box.append()) }
    }

    struct Single: SingleValueEncodingContainer {
        let slot: Slot
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil() throws { slot.node = .null }
        mutating func encode(_ value: Bool) throws { slot.node = .bool(value) }
        mutating func encode(_ value: String) throws { slot.node = .string(value) }
        mutating func encode(_ value: Double) throws {
            throw UnsupportedValue(description: "views carry whole numbers only, not \(value)")
        }
        mutating func encode(_ value: Float) throws {
            throw UnsupportedValue(description: "views carry whole numbers only, not \(value)")
        }
        mutating func encode(_ value: Int) throws { slot.node = .integer(String(value)) }
        mutating func encode(_ value: Int8) throws { slot.node = .integer(String(value)) }
        mutating func encode(_ value: Int16) throws { slot.node = .integer(String(value)) }
        mutating func encode(_ value: Int32) throws { slot.node = .integer(String(value)) }
        mutating func encode(_ value: Int64) throws { slot.node = .integer(String(value)) }
        mutating func encode(_ value: UInt) throws { slot.node = .integer(String(value)) }
        mutating func encode(_ value: UInt8) throws { slot.node = .integer(String(value)) }
        mutating func encode(_ value: UInt16) throws { slot.node = .integer(String(value)) }
        mutating func encode(_ value: UInt32) throws { slot.node = .integer(String(value)) }
        mutating func encode(_ value: UInt64) throws { slot.node = .integer(String(value)) }
        mutating func encode<T: Encodable>(_ value: T) throws { try value.encode(to: TreeEncoder(slot: slot)) }
    }
}
