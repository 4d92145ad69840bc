import NostrCrypto
import Testing

/// BIP-340's published vectors (bitcoin/bips, bip-0340/test-vectors.csv, the final even-y revision), taken as facts.
@Suite struct SchnorrTests {
    struct SigningVector: Sendable, CustomTestStringConvertible {
        let index: Int
        let secretKey: String
        let publicKey: String
        let auxiliary: String
        let message: String
        let signature: String
        var testDescription: String { "vector \(index)" }
    }

    struct VerifyingVector: Sendable, CustomTestStringConvertible {
        let index: Int
        let publicKey: String
        let message: String
        let signature: String
        let valid: Bool
        var testDescription: String { "vector \(index)" }
    }

    static let signing: [SigningVector] = [
        SigningVector(
            index: 0,
            secretKey: "0000000000000000000000000000000000000000000000000000000000000003",
            publicKey: "F9308A019258C31049344F85F89D5229B531C845836F99B08601F113BCE036F9",
            auxiliary: "0000000000000000000000000000000000000000000000000000000000000000",
            message: "0000000000000000000000000000000000000000000000000000000000000000",
            signature: "E907831F80848D1069A5371B402410364BDF1C5F8307B0084C55F1CE2DCA821525F66A4A85EA8B71E482A74F382D2CE5EBEEE8FDB2172F477DF4900D310536C0"
        ),
        SigningVector(
            index: 1,
            secretKey: "B7E151628AED2A6ABF7158809CF4F3C762E7160F38B4DA56A784D9045190CFEF",
            publicKey: "DFF1D77F2A671C5F36183726DB2341BE58FEAE1DA2DECED843240F7B502BA659",
            auxiliary: "0000000000000000000000000000000000000000000000000000000000000001",
            message: "243F6A8885A308D313198A2E03707344A4093822299F31D0082EFA98EC4E6C89",
            signature: "6896BD60EEAE296DB48A229FF71DFE071BDE413E6D43F917DC8DCF8C78DE33418906D11AC976ABCCB20B091292BFF4EA897EFCB639EA871CFA95F6DE339E4B0A"
        ),
        SigningVector(
            index: 2,
            secretKey: "C90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B14E5C9",
            publicKey: "DD308AFEC5777E13121FA72B9CC1B7CC0139715309B086C960E18FD969774EB8",
            auxiliary: "C87AA53824B4D7AE2EB035A2B5BBBCCC080E76CDC6D1692C4B0B62D798E6D906",
            message: "7E2D58D8B3BCDF1ABADEC7829054F90DDA9805AAB56C77333024B9D0A508B75C",
            signature: "5831AAEED7B44BB74E5EAB94BA9D4294C49BCF2A60728D8B4C200F50DD313C1BAB745879A5AD954A72C45A91C3A51D3C7ADEA98D82F8481E0E1E03674A6F3FB7"
        ),
        SigningVector(
            index: 3,
            secretKey: "0B432B2677937381AEF05BB02A66ECD012773062CF3FA2549E44F58ED2401710",
            publicKey: "25D1DFF95105F5253C4022F628A996AD3A0D95FBF21D468A1B33F8C160D8F517",
            auxiliary: "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF",
            message: "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF",
            signature: "7EB0509757E246F19449885651611CB965ECC1A187DD51B64FDA1EDC9637D5EC97582B9CB13DB3933705B32BA982AF5AF25FD78881EBB32771FC5922EFC66EA3"
        ),
    ]

    private static let key1 = "DFF1D77F2A671C5F36183726DB2341BE58FEAE1DA2DECED843240F7B502BA659"
    private static let message1 = "243F6A8885A308D313198A2E03707344A4093822299F31D0082EFA98EC4E6C89"

    static let verifying: [VerifyingVector] = [
        VerifyingVector(
            index: 4,
            publicKey: "D69C3509BB99E412E68B0FE8544E72837DFA30746D8BE2AA65975F29D22DC7B9",
            message: "4DF3C3F68FCC83B27E9D42C90431A72499F17875C81A599B566C9889B9696703",
            signature: "00000000000000000000003B78CE563F89A0ED9414F5AA28AD0D96D6795F9C6376AFB1548AF603B3EB45C9F8207DEE1060CB71C04E80F593060B07D28308D7F4",
            valid: true
        ),
        VerifyingVector(  // has_even_y(R) is false
            index: 6, publicKey: key1, message: message1,
            signature: "FFF97BD5755EEEA420453A14355235D382F6472F8568A18B2F057A14602975563CC27944640AC607CD107AE10923D9EF7A73C643E166BE5EBEAFA34B1AC553E2",
            valid: false
        ),
        VerifyingVector(  // negated message
            index: 7, publicKey: key1, message: message1,
            signature: "1FA62E331EDBC21C394792D2AB1100A7B432B013DF3F6FF4F99FCB33E0E1515F28890B3EDB6E7189B630448B515CE4F8622A954CFE545735AAEA5134FCCDB2BD",
            valid: false
        ),
        VerifyingVector(  // negated s
            index: 8, publicKey: key1, message: message1,
            signature: "6CFF5C3BA86C69EA4B7376F31A9BCB4F74C1976089B2D9963DA2E5543E177769961764B3AA9B2FFCB6EF947B6887A226E8D7C93E00C5ED0C1834FF0D0C2E6DA6",
            valid: false
        ),
        VerifyingVector(  // sG - eP is infinite
            index: 9, publicKey: key1, message: message1,
            signature: "0000000000000000000000000000000000000000000000000000000000000000123DDA8328AF9C23A94C1FEECFD123BA4FB73476F0D594DCB65C6425BD186051",
            valid: false
        ),
        VerifyingVector(  // sG - eP is infinite, x(inf) taken as 1
            index: 10, publicKey: key1, message: message1,
            signature: "00000000000000000000000000000000000000000000000000000000000000017615FBAF5AE28864013C099742DEADB4DBA87F11AC6754F93780D5A1837CF197",
            valid: false
        ),
        VerifyingVector(  // sig[0:32] is not an x-coordinate on the curve
            index: 11, publicKey: key1, message: message1,
            signature: "4A298DACAE57395A15D0795DDBFD1DCB564DA82B0F269BC70A74F8220429BA1D69E89B4C5564D00349106B8497785DD7D1D713A8AE82B32FA79D5F7FC407D39B",
            valid: false
        ),
        VerifyingVector(  // sig[0:32] equals the field size
            index: 12, publicKey: key1, message: message1,
            signature: "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEFFFFFC2F69E89B4C5564D00349106B8497785DD7D1D713A8AE82B32FA79D5F7FC407D39B",
            valid: false
        ),
        VerifyingVector(  // sig[32:64] equals the curve order
            index: 13, publicKey: key1, message: message1,
            signature: "6CFF5C3BA86C69EA4B7376F31A9BCB4F74C1976089B2D9963DA2E5543E177769FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141",
            valid: false
        ),
    ]

    @Test(arguments: signing)
    func signsAsPublished(_ vector: SigningVector) throws {
        let secret = try SecretKey(parsing: vector.secretKey)
        #expect(secret.publicKey.hex == vector.publicKey.lowercased())
        let signature = try secret.sign(bytes(vector.message), auxiliaryRandomness: bytes(vector.auxiliary))
        #expect(Hex.encode(signature) == vector.signature.lowercased())
        #expect(secret.publicKey.verify(signature: signature, message: bytes(vector.message)))
    }

    @Test(arguments: verifying)
    func verifiesAsPublished(_ vector: VerifyingVector) throws {
        let key = try PublicKey(parsing: vector.publicKey)
        #expect(key.verify(signature: bytes(vector.signature), message: bytes(vector.message)) == vector.valid)
    }

    @Test(arguments: [
        ("EEFDEA4CDB677750A420FEE807EACF21EB9898AE79B9768766E4FAA04A2D4A34", "not on the curve (vector 5)"),
        ("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEFFFFFC30", "beyond the field size (vector 14)"),
    ])
    func refusesPublicKeysOffTheCurve(hex: String, reason: String) {
        #expect(throws: NostrCryptoError.invalidPublicKey, "\(reason)") { try PublicKey(parsing: hex) }
    }

    @Test func randomisedSignaturesDifferButAllVerify() throws {
        let secret = SecretKey.generate()
        let message = [UInt8](repeating: 0xAB, count: 32)
        let first = try secret.sign(message)
        let second = try secret.sign(message)
        #expect(first != second)
        #expect(secret.publicKey.verify(signature: first, message: message))
        #expect(secret.publicKey.verify(signature: second, message: message))
        var tampered = message
        tampered[0] ^= 1
        #expect(!secret.publicKey.verify(signature: first, message: tampered))
        #expect(!SecretKey.generate().publicKey.verify(signature: first, message: message))
    }

    @Test func refusesOutOfRangeSecretKeys() {
        #expect(throws: NostrCryptoError.invalidSecretKey) { try SecretKey(bytes: [UInt8](repeating: 0, count: 32)) }
        #expect(throws: NostrCryptoError.invalidSecretKey) {
            try SecretKey(parsing: "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141")
        }
    }
}
