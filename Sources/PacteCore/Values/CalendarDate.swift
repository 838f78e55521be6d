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

    /// The date in words at its precision: « 14 mars 2026 », « 1er mars
    /// 2026 », « mars 2026 », « 2026 »; “14 March 2026”. `space` goes
    /// between the words (a no-break space in documents).
    public func spelled(_ language: Language, space: String = " ") -> String {
        let months = language == .fr
            ? ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
            : ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        guard let month, (1...12).contains(month) else { return String(year) }
        let monthName = months[month - 1]
        guard let day else { return monthName + space + String(year) }
        let dayText = language == .fr && day == 1 ? "1er" : String(day)
        return [dayText, monthName, String(year)].joined(separator: space)
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
