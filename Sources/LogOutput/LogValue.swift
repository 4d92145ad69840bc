internal import Foundation
internal import Logging

/// How a metadata value is written in each format. Numbers and booleans
/// passed as `.stringConvertible` stay numbers and booleans in JSON, so a
/// program reading the log gets `"turn": 3`, not `"turn": "3"`.
enum LogValue {
    static func number(_ value: Logger.MetadataValue) -> Double? {
        guard case .stringConvertible(let wrapped) = value else { return nil }
        if let integer = wrapped as? any BinaryInteger { return Double(integer) }
        if let floating = wrapped as? any BinaryFloatingPoint { return Double(floating) }
        return nil
    }

    static func text(_ value: Logger.MetadataValue) -> String {
        switch value {
        case .string(let string): string
        case .stringConvertible(let wrapped): wrapped.description
        case .array, .dictionary: json(value)
        }
    }

    static func json(_ value: Logger.MetadataValue) -> String {
        switch value {
        case .string(let string):
            return LogEscaping.jsonString(string)
        case .stringConvertible(let wrapped):
            if let bool = wrapped as? Bool { return bool ? "true" : "false" }
            if let integer = wrapped as? any BinaryInteger { return "\(integer)" }
            if let floating = wrapped as? any BinaryFloatingPoint {
                let double = Double(floating)
                // Microseconds are the finest a log reader needs; JSON has no NaN.
                return double.isFinite ? "\((double * 1000).rounded() / 1000)" : "null"
            }
            return LogEscaping.jsonString(wrapped.description)
        case .array(let values):
            return "[" + values.map(json).joined(separator: ",") + "]"
        case .dictionary(let fields):
            return "{" + fields.sorted { $0.key < $1.key }.map { LogEscaping.jsonString($0.key) + ":" + json($0.value) }.joined(separator: ",") + "}"
        }
    }
}
