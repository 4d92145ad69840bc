/// The errors found in one file, bounded whatever the file holds (DESIGN.md
/// §4 "Trust on a shared folder"): the first 100 are kept, each path and
/// message clipped, within a byte budget that keeps a receipt under 64 KB;
/// the rest are only counted. A file of a million mistakes thus costs a
/// counter, not a million messages.
public struct SubmissionErrorList: Sendable, Equatable, ExpressibleByArrayLiteral {
    /// At most this many errors are listed.
    public static let listLimit = 100
    /// The listed errors' paths and messages, JSON-escaped at worst, stay under this many bytes.
    static let byteBudget = 40 * 1024
    static let pathLimit = 200
    static let messageLimit = 400

    public private(set) var listed: [SubmissionError] = []
    /// Every error found, listed or not.
    public private(set) var count = 0
    private var spent = 0

    public init() {}

    public init(arrayLiteral errors: SubmissionError...) {
        append(contentsOf: errors)
    }

    public init(_ errors: some Sequence<SubmissionError>) {
        append(contentsOf: errors)
    }

    public var isEmpty: Bool { count == 0 }
    /// Errors found but not listed.
    public var unlisted: Int { count - listed.count }

    public mutating func append(_ error: SubmissionError) {
        count += 1
        guard listed.count < Self.listLimit, spent < Self.byteBudget else { return }
        var clipped = error
        clipped.path = Self.clip(error.path, to: Self.pathLimit)
        clipped.message = Self.clip(error.message, to: Self.messageLimit)
        let cost = Self.encodedSize(clipped.path) + Self.encodedSize(clipped.message) + 96
        guard listed.isEmpty || spent + cost <= Self.byteBudget else {
            spent = Self.byteBudget
            return
        }
        spent += cost
        listed.append(clipped)
    }

    public mutating func append(contentsOf errors: some Sequence<SubmissionError>) {
        for error in errors { append(error) }
    }

    public mutating func append(contentsOf other: SubmissionErrorList) {
        append(contentsOf: other.listed)
        count += other.unlisted
    }

    /// `text` cut to at most `limit` UTF-8 bytes on a character boundary, with "…" when cut.
    static func clip(_ text: String, to limit: Int) -> String {
        guard text.utf8.count > limit else { return text }
        var kept = ""
        var used = 0
        for character in text {
            let size = character.utf8.count
            guard used + size <= limit - 3 else { break }
            kept.append(character)
            used += size
        }
        return kept + "…"
    }

    /// The most bytes `text` can take as a JSON string: six for an escaped control, two for `"`, `\` and `/`.
    static func encodedSize(_ text: String) -> Int {
        text.utf8.reduce(2) { size, byte in
            switch byte {
            case 0..<0x20, 0x7F: size + 6
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): size + 2
            default: size + 1
            }
        }
    }
}
