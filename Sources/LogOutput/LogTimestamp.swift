internal import Foundation

/// `2026-11-27T20:50:01.123Z`: UTC to the millisecond, sortable as text.
enum LogTimestamp {
    static func string(_ date: Date) -> String {
        date.formatted(
            .iso8601.year().month().day().dateSeparator(.dash)
                .time(includingFractionalSeconds: true).timeSeparator(.colon)
                .timeZone(separator: .omitted)
        )
    }
}
