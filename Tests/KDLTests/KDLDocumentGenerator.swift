import KDL
import PropertyBased

/// Random KDL documents built in code, aimed at what the printer must get right: names and strings
/// that need quoting or escapes (and ones that look like keywords or numbers), annotations, every
/// kind of value, repeated property keys and nesting.
enum KDLDocumentGenerator {
    static let documents = Generator<KDLDocument, Shrink.None<KDLDocument>>(run: { rng in
        KDLDocument(nodes: nodes(depth: 0, using: &rng))
    })

    private static let tricky: [String] = [
        "node", "-", "_", "a-b", "x.y", "", " ", "with space", "#true", "true", "null", "inf", "nan", "-inf",
        "1abc", "-1", "+x", ".5", "=", "\"", "\\", "a\"b", "tab\there", "line\nbreak", "cr\rlf", "\u{85}",
        "\u{2028}", "\u{7F}", "\u{1}", "\u{FEFF}", "é", "日本", "🙂", "(", ")", "{", "}", "[", ";", "/", "//", "/-", "r#\"",
    ]

    private static func string(using rng: inout any SeededRandomNumberGenerator) -> String {
        if Bool.random(using: &rng) { return tricky.randomElement(using: &rng)! }
        // Any scalar, surrogates excluded (not representable in a Swift string).
        let pools: [ClosedRange<UInt32>] = [0x20...0x7E, 0x0...0x20, 0x80...0x2FFF, 0xE000...0xFFFF, 0x10000...0x10FFFF]
        var text = ""
        for _ in 0..<Int.random(in: 0...6, using: &rng) {
            let pool = pools.randomElement(using: &rng)!
            text.unicodeScalars.append(Unicode.Scalar(UInt32.random(in: pool, using: &rng))!)
        }
        return text
    }

    private static func digits(_ range: ClosedRange<Int>, using rng: inout any SeededRandomNumberGenerator) -> String {
        String((0..<Int.random(in: range, using: &rng)).map { _ in "0123456789".randomElement(using: &rng)! })
    }

    private static func annotation(using rng: inout any SeededRandomNumberGenerator) -> String? {
        Int.random(in: 0..<4, using: &rng) == 0 ? string(using: &rng) : nil
    }

    private static func value(using rng: inout any SeededRandomNumberGenerator) -> KDLValue {
        let kind: KDLValue.Kind
        switch Int.random(in: 0..<9, using: &rng) {
        case 0, 1: kind = .string(string(using: &rng))
        case 2: kind = .integer(KDLInteger(Int.random(in: .min ... .max, using: &rng)))
        case 3: kind = .integer(KDLInteger((Bool.random(using: &rng) ? "-" : "") + "1" + digits(0...40, using: &rng))!)
        case 4:
            kind = .decimal(
                KDLDecimal(
                    isNegative: Bool.random(using: &rng), integerDigits: "1" + digits(0...5, using: &rng),
                    fractionDigits: digits(0...5, using: &rng), exponent: Int.random(in: -400...400, using: &rng)
                )!)
        case 5: kind = .bool(Bool.random(using: &rng))
        case 6: kind = .null
        case 7: kind = [.positiveInfinity, .negativeInfinity, .nan].randomElement(using: &rng)!
        default: kind = .string(tricky.randomElement(using: &rng)!)
        }
        return KDLValue(kind, typeAnnotation: annotation(using: &rng))
    }

    private static func nodes(depth: Int, using rng: inout any SeededRandomNumberGenerator) -> [KDLNode] {
        (0..<Int.random(in: (depth == 0 ? 1 : 0)...3, using: &rng)).map { _ in
            let keys = (0..<3).map { _ in string(using: &rng) }
            return KDLNode(
                name: string(using: &rng),
                typeAnnotation: annotation(using: &rng),
                arguments: (0..<Int.random(in: 0...3, using: &rng)).map { _ in value(using: &rng) },
                // Few keys, so that some repeat: the rightmost wins.
                properties: (0..<Int.random(in: 0...4, using: &rng)).map { _ in
                    KDLProperty(key: keys.randomElement(using: &rng)!, value: value(using: &rng))
                },
                children: depth < 3 ? nodes(depth: depth + 1, using: &rng) : []
            )
        }
    }
}
