/// The JSON Schemas (draft 2020-12) of the files players and the daemon
/// exchange. The `.schema.json` files beside this one are their only source:
/// SwiftPM embeds them in the binary, so `ec4x schema orders|receipt|view|map`
/// works from a lone executable.
public enum ProtocolSchemas {
    /// The names `ec4x schema` accepts, in the order it lists them.
    public static let names = ["orders", "receipt", "view", "map"]

    /// The schema called `name` (orders, receipt, view or map), or nil.
    public static func named(_ name: String) -> String? {
        let bytes: [UInt8]
        switch name.lowercased() {
        case "orders": bytes = PackageResources.orders_schema_json
        case "receipt": bytes = PackageResources.receipt_schema_json
        case "view": bytes = PackageResources.view_schema_json
        case "map": bytes = PackageResources.map_schema_json
        default: return nil
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension ProtocolSchemas {
    /// The order file, JSON form (the KDL form uses the same names).
    public static var orders: String { named("orders")! }
    /// The receipt written for every file received.
    public static var receipt: String { named("receipt")! }
    /// A house's `view.json`.
    public static var view: String { named("view")! }
    /// `map.json`, the public map.
    public static var map: String { named("map")! }
}
