/// Writes documents in the canonical form of the KDL conformance suite.
///
/// Rules: no comments; one node per line ending in `\n`; four spaces per level; arguments, then
/// properties sorted by key with the rightmost duplicate kept; empty children blocks dropped;
/// strings bare when they are valid identifiers, else quoted; integers in plain decimal;
/// decimals like Java's `BigDecimal.toString()`; an empty document is a single `\n`.
struct KDLCanonicalPrinter {
    private(set) var output = ""

    mutating func write(_ nodes: [KDLNode], depth: Int) {
        for node in nodes {
            write(node, depth: depth)
        }
    }

    mutating func write(_ node: KDLNode, depth: Int) {
        output += String(repeating: "    ", count: depth)
        if let typeAnnotation = node.typeAnnotation {
            output += "(" + Self.formatString(typeAnnotation) + ")"
        }
        output += Self.formatString(node.name)
        for argument in node.arguments {
            output += " " + Self.format(argument)
        }
        for property in node.canonicalProperties {
            output += " " + Self.formatString(property.key) + "=" + Self.format(property.value)
        }
        if !node.children.isEmpty {
            output += " {\n"
            write(node.children, depth: depth + 1)
            output += String(repeating: "    ", count: depth) + "}"
        }
        output += "\n"
    }

    /// A value with its annotation, e.g. `(u8)10`, `#true`, `"a b"`.
    static func format(_ value: KDLValue) -> String {
        var text = ""
        if let typeAnnotation = value.typeAnnotation {
            text = "(" + formatString(typeAnnotation) + ")"
        }
        switch value.kind {
        case .string(let string): text += formatString(string)
        case .integer(let integer): text += integer.description
        case .decimal(let decimal): text += decimal.description
        case .bool(let flag): text += flag ? "#true" : "#false"
        case .null: text += "#null"
        case .positiveInfinity: text += "#inf"
        case .negativeInfinity: text += "#-inf"
        case .nan: text += "#nan"
        }
        return text
    }

    /// A string bare when it is a valid identifier, otherwise quoted and escaped.
    static func formatString(_ string: String) -> String {
        if KDLCharacterClasses.isValidBareIdentifier(string) {
            return string
        }
        var quoted = "\""
        for scalar in string.unicodeScalars {
            switch scalar.value {
            case 0x22: quoted += "\\\""
            case 0x5C: quoted += "\\\\"
            case 0x08: quoted += "\\b"
            case 0x0C: quoted += "\\f"
            case 0x0A: quoted += "\\n"
            case 0x0D: quoted += "\\r"
            case 0x09: quoted += "\\t"
            case let value where KDLCharacterClasses.isNewline(value) || KDLCharacterClasses.isDisallowedLiteral(value):
                // These may not appear literally in a single-line string.
                quoted += "\\u{" + String(value, radix: 16, uppercase: true) + "}"
            default:
                quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }
}

extension KDLDocument {
    /// The document in canonical KDL v2 text (the conformance suite's expected output format).
    public func canonicalString() -> String {
        guard !nodes.isEmpty else { return "\n" }
        var printer = KDLCanonicalPrinter()
        printer.write(nodes, depth: 0)
        return printer.output
    }
}

extension KDLNode {
    /// This node and its children in canonical KDL v2 text, ending with a newline.
    public func canonicalString() -> String {
        var printer = KDLCanonicalPrinter()
        printer.write(self, depth: 0)
        return printer.output
    }
}

extension KDLValue {
    /// This value in canonical KDL v2 text, e.g. `(u8)10`, `#true` or `"a b"`.
    public func canonicalString() -> String {
        KDLCanonicalPrinter.format(self)
    }
}
