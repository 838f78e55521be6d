/// A range of dates as written, `2026-11..2030-03`. Not a `ClosedRange`:
/// `2026-06..2026` is a valid range (June to the end of 2026) although its
/// start sorts after its end's first day.
public struct DateRange: Hashable, Sendable {
    /// The first date, at its precision.
    public var lowerBound: CalendarDate
    /// The last date, at its precision.
    public var upperBound: CalendarDate

    /// Creates a range; nil when it starts after it ends.
    public init?(_ lowerBound: CalendarDate, _ upperBound: CalendarDate) {
        guard DateRange.isOrdered(lowerBound, upperBound) else { return nil }
        self.lowerBound = lowerBound
        self.upperBound = upperBound
    }

    /// Whether a range from `start` to `end` is in order: the first day the
    /// start covers is no later than the last day the end covers.
    public static func isOrdered(_ start: CalendarDate, _ end: CalendarDate) -> Bool {
        let first = start.firstDay, last = end.lastDay
        return (first.year, first.month ?? 1, first.day ?? 1) <= (last.year, last.month ?? 12, last.day ?? 31)
    }
}
