/// Recursive-descent KDL v2 parser over UTF-8 bytes that `KDLInputValidator` already checked.
///
/// The grammar pieces live in extensions: whitespace and comments, strings, numbers.
struct KDLParser {
    let bytes: UnsafeBufferPointer<UInt8>
    let end: Int
    let options: KDLParseOptions
    var lines: KDLLineTable
    var position: Int

    /// Validates and parses a whole document.
    static func parseDocument(_ bytes: UnsafeBufferPointer<UInt8>, options: KDLParseOptions) throws(KDLError) -> KDLDocument {
        guard bytes.count <= options.maxInputBytes else {
            throw KDLError(
                code: .inputTooLarge,
                message: "the input is \(bytes.count) bytes, more than the limit of \(options.maxInputBytes) bytes",
                line: 1, column: 1,
                hint: "raise KDLParseOptions.maxInputBytes if a document this large is expected"
            )
        }
        let lines = try KDLInputValidator.validate(bytes)
        var parser = KDLParser(
            bytes: bytes, end: bytes.count, options: options, lines: lines,
            position: KDLInputValidator.byteOrderMarkLength(bytes)
        )
        return KDLDocument(nodes: try parser.parseNodes(depth: 0))
    }

    // MARK: - Nodes

    /// `nodes`: stops at end of input or at a `}` (left unconsumed) when inside a children block.
    mutating func parseNodes(depth: Int) throws(KDLError) -> [KDLNode] {
        var nodes: [KDLNode] = []
        while true {
            try skipLineSpace()
            guard position < end else { return nodes }
            let lead = bytes[position]
            if lead == ASCII.closeBrace {
                if depth > 0 { return nodes }
                throw failure(
                    .unexpectedCharacter, "unexpected '}' with no open children block", at: position,
                    hint: "remove it, or add the matching '{'")
            }
            if lead == ASCII.semicolon {
                throw failure(
                    .unexpectedCharacter, "unexpected ';' where a node was expected", at: position,
                    hint: "a ';' only ends a node; remove the extra one")
            }
            var isSlashdashed = false
            if lead == ASCII.slash && byte(at: position + 1) == ASCII.minus {
                let slashdash = position
                position += 2
                try skipLineSpace()
                if position >= end || bytes[position] == ASCII.closeBrace || bytes[position] == ASCII.semicolon {
                    throw failure(
                        .invalidSlashdash, "'/-' must be followed by the node it comments out", at: slashdash,
                        hint: "remove the '/-'")
                }
                isSlashdashed = true
            }
            let node = try parseNode(depth: depth)
            if !isSlashdashed {
                nodes.append(node)
            }
        }
    }

    /// `base-node` plus its terminator (newline, `;`, line comment, end of input, or a `}` left in place).
    mutating func parseNode(depth: Int) throws(KDLError) -> KDLNode {
        let nodeLocation = location(of: position)
        var typeAnnotation: String?
        if bytes[position] == ASCII.openParen {
            typeAnnotation = try parseTypeAnnotation()
            try skipNodeSpace()
        }
        let name = try parseName(role: "node name")
        var arguments: [KDLValue] = []
        var properties: [KDLProperty] = []
        var children: [KDLNode] = []
        var hasChildren = false
        // Slashdashed children blocks count too: entries may not follow any children block.
        var sawChildrenBlock = false

        entries: while true {
            let hadSpace = try skipNodeSpace()
            guard position < end else { break }
            let lead = bytes[position]
            switch lead {
            case ASCII.semicolon:
                position += 1
                break entries
            case ASCII.closeBrace:
                if depth == 0 {
                    throw failure(
                        .unexpectedCharacter, "unexpected '}' with no open children block", at: position,
                        hint: "remove it, or add the matching '{'")
                }
                break entries
            case ASCII.slash where byte(at: position + 1) == ASCII.slash:
                skipLineComment()
                break entries
            case ASCII.slash where byte(at: position + 1) == ASCII.minus:
                let slashdash = position
                position += 2
                try skipLineSpace()
                guard position < end else {
                    throw failure(
                        .invalidSlashdash, "'/-' at the end of the input comments out nothing", at: slashdash,
                        hint: "remove the '/-'")
                }
                let target = bytes[position]
                if target == ASCII.openBrace {
                    _ = try parseChildrenBlock(depth: depth)
                    sawChildrenBlock = true
                    continue entries
                }
                guard canStartValue(at: position) else {
                    throw failure(
                        .invalidSlashdash, "'/-' must be followed by an argument, a property or a children block",
                        at: slashdash, hint: "remove the '/-'")
                }
                if sawChildrenBlock {
                    throw failure(
                        .invalidSlashdash, "arguments and properties must come before any children block",
                        at: position, hint: "move this entry before the '{'")
                }
                var discardedArguments: [KDLValue] = []
                var discardedProperties: [KDLProperty] = []
                try parseEntry(into: &discardedArguments, &discardedProperties)
            case ASCII.openBrace:
                if hasChildren {
                    throw failure(
                        .invalidChildrenBlock, "a node can have only one children block", at: position,
                        hint: "merge the blocks, or comment one out with '/-'")
                }
                children = try parseChildrenBlock(depth: depth)
                hasChildren = true
                sawChildrenBlock = true
            default:
                let newline = newlineLength(at: position)
                if newline > 0 {
                    position += newline
                    break entries
                }
                guard canStartValue(at: position) else {
                    throw unexpectedCharacter(expected: "an argument, a property, '{', ';' or a newline")
                }
                if sawChildrenBlock {
                    throw failure(
                        .missingNodeTerminator, "expected a newline or ';' after the children block", at: position,
                        hint: "arguments and properties go before the children block; start a new node on a new line")
                }
                if !hadSpace {
                    throw failure(
                        .missingWhitespace, "expected whitespace before this argument or property", at: position,
                        hint: "separate entries with a space; text containing '\"', '#', '(' or ')' must be inside a quoted string")
                }
                try parseEntry(into: &arguments, &properties)
            }
        }
        return KDLNode(
            name: name, typeAnnotation: typeAnnotation, arguments: arguments,
            properties: properties, children: children, location: nodeLocation
        )
    }

    /// `{ nodes }`, checking the depth limit.
    mutating func parseChildrenBlock(depth: Int) throws(KDLError) -> [KDLNode] {
        let open = position
        guard depth < options.maxDepth else {
            throw failure(
                .nestingTooDeep, "children blocks nest deeper than the limit of \(options.maxDepth)", at: open,
                hint: "flatten the structure, or raise KDLParseOptions.maxDepth")
        }
        position += 1
        let children = try parseNodes(depth: depth + 1)
        guard position < end else {
            let opened = location(of: open)
            throw failure(
                .unexpectedEndOfInput,
                "the children block opened at line \(opened.line), column \(opened.column) is never closed",
                at: end, hint: "add the matching '}'")
        }
        position += 1
        return children
    }

    /// An argument or a `key=value` property.
    mutating func parseEntry(into arguments: inout [KDLValue], _ properties: inout [KDLProperty]) throws(KDLError) {
        let value = try parseValue()
        if case .string(let key) = value.kind {
            let afterValue = position
            try skipNodeSpace()
            if position < end && bytes[position] == ASCII.equals {
                if value.typeAnnotation != nil {
                    throw failure(
                        .invalidTypeAnnotation, "a property key can't have a type annotation",
                        at: value.location?.offset ?? afterValue,
                        hint: "annotate the value instead: key=(type)value")
                }
                position += 1
                try skipNodeSpace()
                guard position < end, canStartValue(at: position) else {
                    throw unexpectedCharacter(expected: "a value after '='")
                }
                let propertyValue = try parseValue()
                properties.append(KDLProperty(key: key, value: propertyValue, location: value.location))
                return
            }
            position = afterValue
        }
        arguments.append(value)
    }

    /// `type? value`, where value is a string, number or keyword.
    mutating func parseValue() throws(KDLError) -> KDLValue {
        let valueLocation = location(of: position)
        var typeAnnotation: String?
        if bytes[position] == ASCII.openParen {
            typeAnnotation = try parseTypeAnnotation()
            try skipNodeSpace()
            guard position < end, bytes[position] != ASCII.openParen, canStartValue(at: position) else {
                throw failure(
                    .invalidTypeAnnotation, "a type annotation must be followed by a value", at: position,
                    hint: "write the value right after the ')', like (u8)10")
            }
        }
        let kind = try parseValueKind()
        return KDLValue(kind, typeAnnotation: typeAnnotation, location: valueLocation)
    }

    /// A string, number or keyword starting at the current position.
    mutating func parseValueKind() throws(KDLError) -> KDLValue.Kind {
        switch bytes[position] {
        case ASCII.quote:
            return .string(try parseQuotedString())
        case ASCII.hash:
            let next = byte(at: position + 1)
            if next == ASCII.quote || next == ASCII.hash {
                return .string(try parseRawString())
            }
            return try parseKeyword()
        default:
            return try parseBareWord()
        }
    }

    /// `( string )`.
    mutating func parseTypeAnnotation() throws(KDLError) -> String {
        let open = position
        position += 1
        try skipNodeSpace()
        guard position < end else {
            throw failure(.unexpectedEndOfInput, "the type annotation is never closed", at: open, hint: "add the ')'")
        }
        if bytes[position] == ASCII.closeParen {
            throw failure(
                .invalidTypeAnnotation, "a type annotation can't be empty", at: open,
                hint: "put a type name inside the parentheses, or remove them")
        }
        if bytes[position] == ASCII.slash && byte(at: position + 1) == ASCII.minus {
            throw failure(
                .invalidSlashdash, "'/-' can't be used inside a type annotation", at: position,
                hint: "comment out the whole node or value instead")
        }
        let name = try parseName(role: "type name")
        try skipNodeSpace()
        guard position < end, bytes[position] == ASCII.closeParen else {
            throw failure(
                .invalidTypeAnnotation, "expected ')' to close the type annotation", at: position,
                hint: "a type annotation holds one name, like (u8)")
        }
        position += 1
        return name
    }

    /// A string used as a node name or type name; numbers and keywords are rejected.
    mutating func parseName(role: String) throws(KDLError) -> String {
        guard position < end, bytes[position] != ASCII.openParen, canStartValue(at: position) else {
            throw unexpectedCharacter(expected: "a \(role)")
        }
        let start = position
        let kind = try parseValueKind()
        guard case .string(let text) = kind else {
            let what = KDLValue(kind).kindName
            throw failure(
                .invalidIdentifier, "a \(role) must be a string, not a \(what)", at: start,
                hint: "wrap it in quotes to use it as a name")
        }
        return text
    }

    /// True if a value (or a type annotation) can start at `index`.
    func canStartValue(at index: Int) -> Bool {
        let lead = bytes[index]
        if lead < 0x80 {
            return lead == ASCII.openParen || lead == ASCII.quote || lead == ASCII.hash
                || KDLCharacterClasses.isIdentifierASCII(lead)
        }
        return KDLCharacterClasses.isIdentifierScalar(scalar(at: index).value)
    }
}
