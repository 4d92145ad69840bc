/// The JSON Schemas (draft 2020-12) of the files players and the daemon
/// exchange, embedded so that `ec4x schema orders|receipt|view` works from a
/// lone binary. The same texts are kept in the repository's `schemas/`
/// folder; a test makes sure the two never drift apart.
public enum JSONSchemas {
    /// The names `ec4x schema` accepts, in the order it lists them.
    public static let names = ["orders", "receipt", "view"]

    /// The schema called `name` (orders, receipt or view), or nil.
    public static func named(_ name: String) -> String? {
        switch name.lowercased() {
        case "orders": orders
        case "receipt": receipt
        case "view": view
        default: nil
        }
    }
}
