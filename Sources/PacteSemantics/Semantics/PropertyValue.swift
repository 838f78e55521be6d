import PacteCore
import PacteSyntax
import PacteSchema

/// A share: a fraction such as `2/3` or a percentage such as `60 %`.
public enum Ratio: Hashable, Sendable {
    /// A fraction such as `2/3`.
    case fraction(numerator: Int64, denominator: Int64)
    /// A percentage such as `60 %`, as the number before `%`.
    case percent(DecimalNumber)

    /// As written: `2/3` or `60 %`.
    public var description: String {
        switch self {
        case .fraction(let numerator, let denominator): "\(numerator)/\(denominator)"
        case .percent(let value): "\(value.description) %"
        }
    }
}

/// A list of references, or the word `membres` standing for every member
/// of the enclosing space.
public enum ReferenceList: Hashable, Sendable {
    /// The ids, as written.
    case ids([String])
    /// The word `membres`: every member of the enclosing space.
    case members
}

/// A property value that has passed its type check.
public enum PropertyValue: Hashable, Sendable {
    /// A one-line string.
    case string(String)
    /// A text block or a one-line string, where the schema allows long text.
    case text(String)
    /// A year such as `2040`.
    case year(Int)
    /// A date at any precision: `2026`, `2026-03` or `2026-03-14`.
    case date(CalendarDate)
    /// A range of years, first and last, such as `2026..2031`.
    case yearRange(Int, Int)
    /// A range of dates, start and end, such as `2026-11..2030-03`.
    case dateRange(CalendarDate, CalendarDate)
    /// An amount in cents of euro.
    case money(Int64)
    /// A percentage, as the number before `%` (`50` for `50 %`).
    case percent(DecimalNumber)
    /// A share: a fraction or a percentage.
    case ratio(Ratio)
    /// A whole number, zero or more.
    case count(Int)
    /// A list of one-line strings.
    case strings([String])
    /// `oui` or `non`.
    case boolean(Bool)
    /// The canonical French spelling of an enumeration value.
    case enumeration(String)
    /// The id of a declaration.
    case reference(String)
    /// A list of ids, or `membres`.
    case references(ReferenceList)
}
