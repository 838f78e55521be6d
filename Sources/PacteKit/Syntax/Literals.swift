/// A decimal number as written, kept exact: `3.5` is 35 with scale 1.
///
/// Money, percentages and plain numbers share it; no binary floating point
/// ever touches a budget.
public struct DecimalNumber: Hashable, Sendable, Comparable {
    /// The digits, without the decimal point.
    public var significand: Int64
    /// How many of the digits are after the decimal point.
    public var scale: Int

    /// Creates a number from its digits and scale.
    public init(significand: Int64, scale: Int = 0) {
        self.significand = significand
        self.scale = scale
    }

    /// The value if it is a whole number.
    public var integerValue: Int64? {
        var value = significand
        for _ in 0..<scale {
            if value % 10 != 0 { return nil }
            value /= 10
        }
        return value
    }

    /// The value rescaled to `scale` fractional digits, or nil if that loses
    /// digits or overflows.
    public func rescaled(to newScale: Int) -> Int64? {
        var value = significand
        var current = scale
        while current < newScale {
            let (product, overflow) = value.multipliedReportingOverflow(by: 10)
            if overflow { return nil }
            value = product
            current += 1
        }
        while current > newScale {
            if value % 10 != 0 { return nil }
            value /= 10
            current -= 1
        }
        return value
    }

    /// The plain decimal spelling, such as `3.5` or `24000`, with trailing
    /// fractional zeros removed.
    public var description: String {
        if significand == 0 { return "0" }
        var digits = String(significand.magnitude)
        var scale = scale
        while scale > 0, digits.count > 1, digits.hasSuffix("0") {
            digits.removeLast()
            scale -= 1
        }
        if scale == 0 { return (significand < 0 ? "-" : "") + digits }
        while digits.count <= scale { digits = "0" + digits }
        let split = digits.index(digits.endIndex, offsetBy: -scale)
        return (significand < 0 ? "-" : "") + digits[..<split] + "." + digits[split...]
    }

    public static func < (lhs: DecimalNumber, rhs: DecimalNumber) -> Bool {
        let scale = max(lhs.scale, rhs.scale)
        guard let left = lhs.rescaled(to: scale), let right = rhs.rescaled(to: scale) else {
            return lhs.significand < rhs.significand
        }
        return left < right
    }
}

/// A calendar date at the precision it was written: a year, a month or a day.
public struct CalendarDate: Hashable, Sendable, Comparable {
    // Stored in eight bytes rather than forty: a date sits in every date
    // token and property value, and a large pacte has hundreds of
    // thousands of them. Out-of-range parts are clamped to values that
    // stay invalid, so `isValid` still says no.
    private var storedYear: Int32
    private var storedMonth: UInt8
    private var storedDay: UInt8
    private static let unset: UInt8 = .max

    /// The year, four digits.
    public var year: Int {
        get { Int(storedYear) }
        set { storedYear = Int32(clamping: newValue) }
    }

    /// The month, 1–12, if given.
    public var month: Int? {
        get { storedMonth == CalendarDate.unset ? nil : Int(storedMonth) }
        set { storedMonth = CalendarDate.store(newValue) }
    }

    /// The day of the month, if given (then the month is too).
    public var day: Int? {
        get { storedDay == CalendarDate.unset ? nil : Int(storedDay) }
        set { storedDay = CalendarDate.store(newValue) }
    }

    /// Creates a date; the caller has checked it with ``isValid``.
    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        storedYear = Int32(clamping: year)
        storedMonth = CalendarDate.store(month)
        storedDay = CalendarDate.store(day)
    }

    private static func store(_ part: Int?) -> UInt8 {
        guard let part else { return unset }
        return UInt8(clamping: min(part, Int(unset) - 1))
    }

    /// Whether the month and day exist (no 2026-13, no 2026-02-30).
    public var isValid: Bool {
        guard let month else { return day == nil }
        guard (1...12).contains(month) else { return false }
        guard let day else { return true }
        return day >= 1 && day <= CalendarDate.daysIn(month: month, year: year)
    }

    /// The number of days of a month, leap years included.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The first day this date covers: `2026-09` starts on 2026-09-01.
    public var firstDay: CalendarDate {
        CalendarDate(year: year, month: month ?? 1, day: day ?? 1)
    }

    /// The last day this date covers: `2026` lasts to 31 December, `2026-02`
    /// to the last day of February.
    public var lastDay: CalendarDate {
        let month = month ?? 12
        return CalendarDate(year: year, month: month, day: day ?? CalendarDate.daysIn(month: month, year: year))
    }

    /// ISO spelling at the written precision: `2026`, `2026-09`, `2026-09-15`.
    public var description: String {
        var text = String(year)
        while text.count < 4 { text = "0" + text }
        if let month { text += "-" + (month < 10 ? "0" : "") + String(month) }
        if let day { text += "-" + (day < 10 ? "0" : "") + String(day) }
        return text
    }

    /// Orders by the first day covered, then by precision.
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        let left = lhs.firstDay, right = rhs.firstDay
        return (left.year, left.month ?? 1, left.day ?? 1) < (right.year, right.month ?? 1, right.day ?? 1)
    }
}

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
