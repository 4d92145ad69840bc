public import Engine

/// Judges one submission's bytes against a game as it stands: reads the
/// file, checks its header (game, house, turn, token) and every order. Pure:
/// every transport and `ec4x validate` get the same verdict from it.
public struct SubmissionJudge: Sendable {
    /// The house a submission arrived for, as far as judging needs it.
    public struct House: Sendable, Equatable {
        public var id: String
        public var slug: String
        /// nil in open games, which need no token.
        public var tokenHash: String?

        public init(id: String, slug: String, tokenHash: String?) {
            self.id = id
            self.slug = slug
            self.tokenHash = tokenHash
        }
    }

    /// The verdict: the errors (the first ones listed, the rest counted), or
    /// the orders the file puts in force.
    public struct Verdict: Sendable, Equatable {
        public var errors: [SubmissionError]
        /// Errors found beyond those listed (see `SubmissionErrorList`).
        public var moreErrors: Int
        /// Set only when there is no error.
        public var resolved: ResolvedOrders?
        /// The decoded file, when its bytes could be read (even with errors).
        public var file: OrderFile?

        public var isAccepted: Bool { errors.isEmpty && moreErrors == 0 && resolved != nil }
    }

    public let gameID: String
    public let turn: Int
    public let validator: OrderValidator

    public init(gameID: String, turn: Int, validator: OrderValidator) {
        self.gameID = gameID
        self.turn = turn
        self.validator = validator
    }

    /// - Parameter refusal: why the transport could not read the file at all
    ///   (a symlink, a FIFO, too large); such a file is rejected with it alone.
    public func judge(_ raw: [UInt8], format: OrderFile.Format, house: House, refusal: SubmissionError? = nil) -> Verdict {
        var errors = SubmissionErrorList(refusal.map { [$0] } ?? [])
        var file: OrderFile?
        if errors.isEmpty {
            switch Self.decode(raw, format: format) {
            case .decoded(let decoded): file = decoded
            case .invalid(let found): errors.append(contentsOf: found)
            }
        }
        var resolved: ResolvedOrders?
        if let file {
            let header = checkHeader(file, house: house)
            errors.append(contentsOf: header)
            // Orders for another game say nothing useful about this one.
            if !header.contains(where: { $0.code == .headerWrongGame }) {
                let validation = validator.validate(file.orders, house: house.id)
                errors.append(contentsOf: validation.errors.lazy.map(SubmissionError.init))
                resolved = validation.resolved
            }
        }
        return Verdict(errors: errors.listed, moreErrors: errors.unlisted, resolved: errors.isEmpty ? resolved : nil, file: file)
    }

    /// The file's bytes decoded in the format its name announces, or every error found.
    public static func decode(_ raw: [UInt8], format: OrderFile.Format) -> DecodedOrderFile {
        if raw.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .invalid([SubmissionError(code: .fileEmpty, path: "$", message: "the file is empty; an order file needs at least its header (game, house, turn)")])
        }
        guard String(validating: raw, as: UTF8.self) != nil else {
            return .invalid([SubmissionError(code: .fileNotText, path: "$", message: "the file is not UTF-8 text; order files are JSON or KDL")])
        }
        switch format {
        case .json: return JSONOrderFileReader.read(raw)
        case .kdl: return KDLOrderFileReader.read(raw)
        case .unknown:
            return .invalid([SubmissionError(code: .fileUnknownFormat, path: "$", message: "name order files *.json or *.kdl")])
        }
    }

    func checkHeader(_ file: OrderFile, house: House) -> [SubmissionError] {
        var errors: [SubmissionError] = []
        switch file.game {
        case nil:
            errors.append(SubmissionError(code: .headerMissingGame, path: "game", message: "the file must say which game it is for: \"game\": \"\(gameID)\""))
        case let named? where !(named.lowercased() == gameID || (named.count >= 8 && gameID.hasPrefix(named.lowercased()))):
            errors.append(SubmissionError(code: .headerWrongGame, path: "game", message: "this folder belongs to game \(gameID), not \(named)"))
        default: break
        }
        switch file.house {
        case nil:
            errors.append(SubmissionError(code: .headerMissingHouse, path: "house", message: "the file must name its house: \"house\": \"\(house.slug)\""))
        case let named? where named.lowercased() != house.slug && named != house.id:
            errors.append(SubmissionError(code: .headerWrongHouse, path: "house", message: "the file says house \(named) but was sent for house \(house.slug)"))
        default: break
        }
        switch file.turn {
        case nil:
            errors.append(SubmissionError(code: .headerMissingTurn, path: "turn", message: "the file must name its turn: \"turn\": \(turn)"))
        case let claimed? where claimed < turn:
            errors.append(SubmissionError(code: .headerStaleTurn, path: "turn", message: "turn \(claimed) is over; the game is at turn \(turn)"))
        case let claimed? where claimed > turn:
            errors.append(SubmissionError(code: .headerFutureTurn, path: "turn", message: "turn \(claimed) has not started; the game is at turn \(turn)"))
        default: break
        }
        if let hash = house.tokenHash {
            if let token = file.token {
                if !HouseToken.matches(token, hash: hash) {
                    errors.append(SubmissionError(code: .headerBadToken, path: "token", message: "the token is not this house's"))
                }
            } else {
                errors.append(SubmissionError(code: .headerMissingToken, path: "token", message: "this game needs the house's token: \"token\": \"…\""))
            }
        }
        return errors
    }
}
