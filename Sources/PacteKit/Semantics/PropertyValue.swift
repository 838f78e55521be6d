/// A share: a fraction such as `2/3` or a percentage such as `60 %`.
public enum Ratio: Hashable, Sendable {
    case fraction(numerator: Int64, denominator: Int64)
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
    case ids([String])
    case members
}

/// A property value that has passed its type check.
public enum PropertyValue: Hashable, Sendable {
    case string(String)
    case text(String)
    case year(Int)
    case date(CalendarDate)
    case yearRange(Int, Int)
    case dateRange(CalendarDate, CalendarDate)
    /// An amount in cents of euro.
    case money(Int64)
    case percent(DecimalNumber)
    case ratio(Ratio)
    case count(Int)
    case boolean(Bool)
    /// The canonical French spelling of an enumeration value.
    case enumeration(String)
    /// The id of a declaration.
    case reference(String)
    case references(ReferenceList)
}
