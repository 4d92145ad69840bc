#if canImport(FoundationEssentials)
    public import FoundationEssentials
#else
    public import Foundation
#endif

/// A parsed KDL v2 document: its top-level nodes, in order.
public struct KDLDocument: Sendable, Hashable {
    /// Top-level nodes, in order (slashdashed nodes are gone).
    public var nodes: [KDLNode]

    /// Creates a document from nodes.
    public init(nodes: [KDLNode] = []) {
        self.nodes = nodes
    }

    /// Parses UTF-8 bytes (a leading BOM is allowed and skipped).
    public init(parsing bytes: [UInt8], options: KDLParseOptions = .default) throws(KDLError) {
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(KDLError) in try KDLParser.parseDocument(buffer, options: options) }
        }
        self = try result.get()
    }

    /// Parses UTF-8 bytes held in `Data`.
    public init(parsing data: Data, options: KDLParseOptions = .default) throws(KDLError) {
        let result = data.withUnsafeBytes { raw in
            Result { () throws(KDLError) in
                try KDLParser.parseDocument(raw.bindMemory(to: UInt8.self), options: options)
            }
        }
        self = try result.get()
    }

    /// Parses text.
    public init(parsing text: String, options: KDLParseOptions = .default) throws(KDLError) {
        let contiguous = text.utf8.withContiguousStorageIfAvailable { buffer in
            Result { () throws(KDLError) in try KDLParser.parseDocument(buffer, options: options) }
        }
        if let contiguous {
            self = try contiguous.get()
        } else {
            try self.init(parsing: Array(text.utf8), options: options)
        }
    }

    /// Top-level nodes with the given name, in order.
    public func nodes(named name: String) -> [KDLNode] {
        nodes.filter { $0.name == name }
    }

    /// The first top-level node with the given name, or nil.
    public func node(named name: String) -> KDLNode? {
        nodes.first(where: { $0.name == name })
    }
}
