internal import FuzzSupport
internal import KDL

/// Any bytes: the parser either rejects them with a located error, or accepts them and then the
/// canonical text of what it read parses back to the same content and prints identically.
func kdlTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    let document: KDLDocument
    do {
        document = try KDLDocument(parsing: bytes)
    } catch {
        fuzzInvariant(error.line >= 1 && error.column >= 1, "error at \(error.line):\(error.column): \(error)")
        fuzzInvariant(error.line <= lineCountBound(bytes), "error on line \(error.line) of a shorter input: \(error)")
        fuzzInvariant(!error.message.isEmpty, "error \(error.code) without a message")
        return 0
    }
    let printed = document.canonicalString()
    let reparsed: KDLDocument
    do {
        reparsed = try KDLDocument(parsing: printed)
    } catch {
        fatalError("canonical text does not parse (\(error)):\n\(printed)")
    }
    fuzzInvariant(KDLContent.same(document.nodes, reparsed.nodes), "canonical text reads back differently:\n\(printed)")
    fuzzInvariant(reparsed.canonicalString() == printed, "canonical text is not a fixed point:\n\(printed)")
    // The String entry point must agree with the bytes one on valid UTF-8.
    let text = String(decoding: bytes, as: UTF8.self)
    if text.utf8.elementsEqual(bytes) {
        fuzzInvariant((try? KDLDocument(parsing: text)) == document, "String and bytes parse differently")
    }
    return 0
}
