import KDL

/// Parses `text`, returning the error it throws (nil when it parses).
func parseError(_ text: String, options: KDLParseOptions = .default) -> KDLError? {
    do {
        _ = try KDLDocument(parsing: text, options: options)
        return nil
    } catch {
        return error
    }
}

/// Parses raw bytes, returning the error it throws (nil when it parses).
func parseError(bytes: [UInt8], options: KDLParseOptions = .default) -> KDLError? {
    do {
        _ = try KDLDocument(parsing: bytes, options: options)
        return nil
    } catch {
        return error
    }
}
