/// What a transport does with a new game before anyone can see it: lay out
/// its folders, write the first views. Runs on the staged game, before it is
/// moved into place, so a failure leaves no half-made game behind.
public typealias GamePreparation = @Sendable (GameSession) throws -> Void
