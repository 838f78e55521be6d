import PacteCore
import PacteSyntax
import PacteSchema

/// A property of the model as the file gave it: absent, present but
/// wrong (its diagnostic is already reported), or present with a value.
///
/// Completeness rules fire only on `absent`: a property with a syntax or
/// schema error is reported once, with that code, and never again as if it
/// were missing (DESIGN §2.3, "one mistake, one diagnostic").
public enum Field<Value: Sendable>: Sendable {
    /// Not written.
    case absent
    /// Written, but wrong: already reported, so rules must stay silent about it.
    case invalid(Span)
    /// Written and valid, with the span of the property.
    case present(Value, Span)

    /// The value, if present and valid.
    public var value: Value? {
        if case .present(let value, _) = self { return value }
        return nil
    }

    /// Where the property is written, if it is.
    public var span: Span? {
        switch self {
        case .absent: nil
        case .invalid(let span): span
        case .present(_, let span): span
        }
    }

    /// Whether the property is not written at all.
    public var isAbsent: Bool {
        if case .absent = self { return true }
        return false
    }

    /// The same field with its value transformed.
    public func map<T>(_ transform: (Value) -> T?) -> Field<T> {
        switch self {
        case .absent: .absent
        case .invalid(let span): .invalid(span)
        case .present(let value, let span):
            if let mapped = transform(value) { .present(mapped, span) } else { .invalid(span) }
        }
    }
}

extension Field: Equatable where Value: Equatable {}
extension Field: Hashable where Value: Hashable {}
