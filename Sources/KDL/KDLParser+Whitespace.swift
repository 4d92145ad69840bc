/// Whitespace, comments and line continuations.
extension KDLParser {
    /// `ws*`: unicode-space and `/* */` comments. Returns true if anything was consumed.
    @discardableResult
    mutating func skipInlineSpace() throws(KDLError) -> Bool {
        let start = position
        while position < end {
            let lead = bytes[position]
            if lead == ASCII.space || lead == ASCII.tab {
                position += 1
                continue
            }
            if lead == ASCII.slash {
                guard byte(at: position + 1) == ASCII.asterisk else { break }
                try skipBlockComment()
                continue
            }
            if lead >= 0x80 {
                let (value, length) = scalar(at: position)
                if KDLCharacterClasses.isUnicodeSpace(value) {
                    position += length
                    continue
                }
            }
            break
        }
        return position != start
    }

    /// A nested `/* ... */` comment starting at the current position.
    mutating func skipBlockComment() throws(KDLError) {
        let open = position
        position += 2
        var depth = 1
        while position < end {
            let current = bytes[position]
            if current == ASCII.asterisk && byte(at: position + 1) == ASCII.slash {
                position += 2
                depth -= 1
                if depth == 0 { return }
            } else if current == ASCII.slash && byte(at: position + 1) == ASCII.asterisk {
                position += 2
                depth += 1
            } else {
                position += 1
            }
        }
        throw failure(
            .unterminatedComment, "this /* comment is never closed", at: open,
            hint: "add the closing */ (block comments nest, so every /* needs its own */)")
    }

    /// A `//` comment up to and including the newline that ends it.
    mutating func skipLineComment() {
        position += 2
        while position < end {
            let newline = newlineLength(at: position)
            if newline > 0 {
                position += newline
                return
            }
            position += 1
        }
    }

    /// `node-space*`: inline space and `\` line continuations. Returns true if anything was consumed.
    @discardableResult
    mutating func skipNodeSpace() throws(KDLError) -> Bool {
        let start = position
        while true {
            try skipInlineSpace()
            guard position < end, bytes[position] == ASCII.backslash else { break }
            try skipLineContinuation()
        }
        return position != start
    }

    /// `escline`: `\`, optional inline space, then a newline, a line comment or the end of input.
    mutating func skipLineContinuation() throws(KDLError) {
        let backslash = position
        position += 1
        try skipInlineSpace()
        guard position < end else { return }
        let newline = newlineLength(at: position)
        if newline > 0 {
            position += newline
            return
        }
        if bytes[position] == ASCII.slash && byte(at: position + 1) == ASCII.slash {
            skipLineComment()
            return
        }
        throw failure(
            .invalidLineContinuation, "a '\\' outside a string must end the line (line continuation)",
            at: backslash, hint: "to use a backslash in a name or value, put it in a quoted string as \\\\")
    }

    /// `line-space*`: node-space, newlines and line comments.
    mutating func skipLineSpace() throws(KDLError) {
        while true {
            try skipNodeSpace()
            guard position < end else { return }
            let newline = newlineLength(at: position)
            if newline > 0 {
                position += newline
                continue
            }
            if bytes[position] == ASCII.slash && byte(at: position + 1) == ASCII.slash {
                skipLineComment()
                continue
            }
            return
        }
    }
}
