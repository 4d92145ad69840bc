/// A parse failure with a stable code, a message, a 1-based position and an optional hint.
public struct KDLError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Stable classification of a parse failure; safe to match on.
    public enum Code: String, Sendable, Hashable, CaseIterable {
        /// The input is not well-formed UTF-8.
        case invalidUTF8
        /// The input is larger than `KDLParseOptions.maxInputBytes`.
        case inputTooLarge
        /// Children blocks nest deeper than `KDLParseOptions.maxDepth`.
        case nestingTooDeep
        /// A code point that KDL forbids anywhere in a document (controls, bidi marks, ...).
        case disallowedCodePoint
        /// A byte order mark somewhere other than the very start.
        case misplacedByteOrderMark
        /// A character that cannot appear here.
        case unexpectedCharacter
        /// The input ended in the middle of something.
        case unexpectedEndOfInput
        /// Two entries (or a name and an entry) are not separated by whitespace.
        case missingWhitespace
        /// Something follows a node where a newline, `;` or `}` was expected.
        case missingNodeTerminator
        /// A bare word that is not a valid identifier (`true`, `inf`, `0n`, ...).
        case invalidIdentifier
        /// A malformed number literal.
        case invalidNumber
        /// A number literal beyond what this parser represents (huge exponent or radix literal).
        case numberTooLarge
        /// A malformed escape sequence in a quoted string.
        case invalidEscape
        /// A string that is not closed, or a single-line string that contains a newline.
        case unterminatedString
        /// A multi-line string whose layout breaks the dedent rules.
        case invalidMultilineString
        /// A `/*` comment that is never closed.
        case unterminatedComment
        /// A `\` line continuation that is not followed by a newline or comment.
        case invalidLineContinuation
        /// A malformed `(type)` annotation.
        case invalidTypeAnnotation
        /// A `/-` slashdash in a place where it is not allowed.
        case invalidSlashdash
        /// A children block in a place where it is not allowed, or never closed.
        case invalidChildrenBlock
        /// A `#word` that is not one of `#true #false #null #inf #-inf #nan`.
        case unknownKeyword
    }

    /// What kind of failure this is.
    public var code: Code
    /// A one-sentence explanation.
    public var message: String
    /// 1-based line of the failure.
    public var line: Int
    /// 1-based column of the failure, counted in Unicode scalars.
    public var column: Int
    /// A suggestion for fixing the input, when one is obvious.
    public var hint: String?

    /// Creates an error from its parts.
    public init(code: Code, message: String, line: Int, column: Int, hint: String? = nil) {
        self.code = code
        self.message = message
        self.line = line
        self.column = column
        self.hint = hint
    }

    /// `file:3:7: message (hint: ...)`, the usual compiler-style form for a named input.
    public func formatted(file: String) -> String {
        var text = "\(file):\(line):\(column): \(message)"
        if let hint {
            text += " (hint: \(hint))"
        }
        return text
    }

    /// `line 3, column 7: message (hint: ...)`.
    public var description: String {
        var text = "line \(line), column \(column): \(message)"
        if let hint {
            text += " (hint: \(hint))"
        }
        return text
    }
}
