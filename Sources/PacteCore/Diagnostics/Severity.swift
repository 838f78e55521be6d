/// How serious a diagnostic is: errors fail `pacte check`, warnings only
/// with `--strict`, notes never.
public enum Severity: String, Sendable, Comparable {
    /// A mistake: the pacte does not pass `pacte check`.
    case error
    /// A likely problem: fails `pacte check` only with `--strict`.
    case warning
    /// Information that never fails a check.
    case note

    private var rank: Int {
        switch self {
        case .error: 2
        case .warning: 1
        case .note: 0
        }
    }

    /// Orders by seriousness: a note, then a warning, then an error.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
