import ArgumentParser
import PlayerProtocol

extension EC4X {
    struct Schema: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the JSON Schema (draft 2020-12) of an order file, a receipt, a view or map.json.")

        @Argument(help: "orders, receipt, view or map.")
        var name: String

        func validate() throws {
            guard ProtocolSchemas.named(name) != nil else {
                throw ValidationError("unknown schema \"\(name)\"; choose one of: \(ProtocolSchemas.names.joined(separator: ", "))")
            }
        }

        func run() throws {
            print(ProtocolSchemas.named(name) ?? "", terminator: ProtocolSchemas.named(name)?.hasSuffix("\n") == true ? "" : "\n")
        }
    }
}
