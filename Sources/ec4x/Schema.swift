import ArgumentParser
import Views

extension EC4X {
    struct Schema: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the JSON Schema (draft 2020-12) of an order file, a receipt or a view.")

        @Argument(help: "orders, receipt or view.")
        var name: String

        func validate() throws {
            guard JSONSchemas.named(name) != nil else {
                throw ValidationError("unknown schema \"\(name)\"; choose one of: \(JSONSchemas.names.joined(separator: ", "))")
            }
        }

        func run() throws {
            print(JSONSchemas.named(name) ?? "", terminator: JSONSchemas.named(name)?.hasSuffix("\n") == true ? "" : "\n")
        }
    }
}
