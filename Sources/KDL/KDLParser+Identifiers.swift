/// Bare words (identifiers or numbers) and `#` keywords.
extension KDLParser {
    /// Advances over `identifier-char`s and returns where the run started.
    @inline(__always)
    mutating func scanIdentifierCharacters() -> Int {
        let start = position
        while position < end {
            let current = bytes[position]
            if current < 0x80 {
                guard KDLCharacterClasses.isIdentifierASCII(current) else { break }
                position += 1
            } else {
                let (value, length) = scalar(at: position)
                guard KDLCharacterClasses.isIdentifierScalar(value) else { break }
                position += length
            }
        }
        return start
    }

    /// An unquoted identifier string, or a number when the word starts like one.
    mutating func parseBareWord() throws(KDLError) -> KDLValue.Kind {
        let start = scanIdentifierCharacters()
        guard position > start else {
            throw unexpectedCharacter(expected: "a value")
        }
        if startsLikeNumber(start) {
            return try parseNumber(from: start, to: position)
        }
        let text = string(from: start, to: position)
        if position - start <= 5 && KDLCharacterClasses.reservedBareWords.contains(text) {
            let keyword = "#" + text
            throw failure(
                .invalidIdentifier, "'\(text)' can't be used as a bare identifier", at: start,
                hint: "write \(keyword) for the keyword, or wrap it in quotes (\"\(text)\") for the string")
        }
        return .string(text)
    }

    /// `digit`, `sign digit`, `sign? . digit`: such words must be valid numbers.
    private func startsLikeNumber(_ start: Int) -> Bool {
        var index = start
        let first = bytes[index]
        if first == ASCII.plus || first == ASCII.minus {
            index += 1
        }
        if index < position && bytes[index] == ASCII.dot {
            index += 1
        }
        return index < position && ASCII.isDigit(bytes[index])
    }

    /// `#true #false #null #inf #-inf #nan`.
    mutating func parseKeyword() throws(KDLError) -> KDLValue.Kind {
        let hashAt = position
        position += 1
        let wordStart = scanIdentifierCharacters()
        switch string(from: wordStart, to: position) {
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "null": return .null
        case "inf": return .positiveInfinity
        case "-inf": return .negativeInfinity
        case "nan": return .nan
        case "":
            throw failure(
                .unknownKeyword, "a '#' must start a keyword or a raw string", at: hashAt,
                hint: "keywords are #true #false #null #inf #-inf #nan; raw strings look like #\"text\"#")
        case let word:
            throw failure(
                .unknownKeyword, "unknown keyword '#\(word)'", at: hashAt,
                hint: "keywords are #true #false #null #inf #-inf #nan; to use '#' in text, wrap it in quotes")
        }
    }
}
