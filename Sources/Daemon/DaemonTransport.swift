public import Foundation
public import Games

/// A way in and out of the daemon's games besides their folders (the Nostr transport). The daemon
/// calls it on its actor, inside a reconcile, so what it ingests is judged, resolved and published
/// in the same order as a dropped file; whatever it runs elsewhere (network connections) asks for
/// a reconcile of a game when something arrives for it.
public protocol DaemonTransport: AnyObject, Sendable {
    /// Once, when the daemon starts watching.
    func start(log: DaemonLog, reconcile: @escaping @Sendable (_ gameID: String) -> Void)
    /// Ingests what arrived for this game; true when a submission was taken.
    func take(_ session: GameSession, now: Date) -> Bool
    /// After the game's reconcile (a turn may have been resolved): publishes what changed.
    func publish(_ session: GameSession, now: Date)
    func stop()
}
