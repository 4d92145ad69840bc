import Foundation
import Testing

/// The official NIP-44 v2 vectors, read from `<repo>/../shared/nostr/nip44.vectors.json`.
struct NIP44Vectors: Decodable {
    struct Valid: Decodable {
        let getConversationKey: [ConversationKeyCase]
        let getMessageKeys: MessageKeysCase
        let calcPaddedLen: [[Int]]
        let encryptDecrypt: [EncryptDecryptCase]
        let encryptDecryptLongMsg: [LongMessageCase]
    }

    struct Invalid: Decodable {
        let encryptMsgLengths: [Int]
        let getConversationKey: [InvalidConversationKeyCase]
        let decrypt: [InvalidDecryptCase]
    }

    struct ConversationKeyCase: Decodable, Sendable, CustomTestStringConvertible {
        let sec1: String
        let pub2: String
        let conversationKey: String
        var testDescription: String { "pub2 \(pub2.prefix(8))" }
    }

    struct MessageKeysCase: Decodable {
        struct Keys: Decodable, Sendable {
            let nonce: String
            let chachaKey: String
            let chachaNonce: String
            let hmacKey: String
        }
        let conversationKey: String
        let keys: [Keys]
    }

    struct EncryptDecryptCase: Decodable, Sendable, CustomTestStringConvertible {
        let sec1: String
        let sec2: String
        let conversationKey: String
        let nonce: String
        let plaintext: String
        let payload: String
        var testDescription: String { "plaintext \(plaintext.prefix(16))" }
    }

    struct LongMessageCase: Decodable, Sendable, CustomTestStringConvertible {
        let conversationKey: String
        let nonce: String
        let pattern: String
        let `repeat`: Int
        let plaintextSha256: String
        let payloadSha256: String
        var testDescription: String { "\(pattern) x \(`repeat`)" }
    }

    struct InvalidConversationKeyCase: Decodable, Sendable, CustomTestStringConvertible {
        let sec1: String
        let pub2: String
        let note: String
        var testDescription: String { note }
    }

    struct InvalidDecryptCase: Decodable, Sendable, CustomTestStringConvertible {
        let conversationKey: String
        let payload: String
        let note: String
        var testDescription: String { note }
    }

    private struct File: Decodable {
        struct Version2: Decodable {
            let valid: Valid
            let invalid: Invalid
        }
        let v2: Version2
    }

    let valid: Valid
    let invalid: Invalid

    /// The vectors; an empty set when the file cannot be read, so that the
    /// tests taking them as arguments have none and `theOfficialVectorsAreRead`
    /// fails with the reason, instead of the whole test process stopping.
    static var shared: NIP44Vectors { (try? loaded.get()) ?? empty }

    static let empty = NIP44Vectors(
        valid: Valid(
            getConversationKey: [], getMessageKeys: MessageKeysCase(conversationKey: "", keys: []), calcPaddedLen: [], encryptDecrypt: [],
            encryptDecryptLongMsg: []),
        invalid: Invalid(encryptMsgLengths: [], getConversationKey: [], decrypt: []))

    struct Unreadable: Error, CustomStringConvertible {
        let description: String
    }

    static let loaded: Result<NIP44Vectors, Unreadable> = {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("../shared/nostr/nip44.vectors.json")
        do {
            let decoder = JSONDecoder()
            decoder.keyDecodingStrategy = .convertFromSnakeCase
            let file = try decoder.decode(File.self, from: Data(contentsOf: url))
            return .success(NIP44Vectors(valid: file.v2.valid, invalid: file.v2.invalid))
        } catch {
            return .failure(Unreadable(description: "cannot read the NIP-44 vectors at \(url.standardizedFileURL.path): \(error)"))
        }
    }()
}
