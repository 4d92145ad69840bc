/// The metadata keys the daemon's records carry, shared by the code that
/// writes records and the handlers that turn them into lines.
public enum LogField {
    public static let game = "game"
    public static let house = "house"
    public static let turn = "turn"
    /// How long the step took, in milliseconds (a number).
    public static let milliseconds = "ms"

    /// Shown first, in this order, so the lines of one game line up; any other
    /// key follows sorted by name, so a line never depends on dictionary order.
    static let leading = [game, house, turn, milliseconds]
}
