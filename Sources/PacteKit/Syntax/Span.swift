/// A range of bytes in a source file: a UTF-8 byte offset and a length.
///
/// Lines and columns are computed only when a diagnostic is rendered, from the
/// file's line table (see ``SourceFile/location(of:)``).
public struct Span: Hashable, Sendable, Comparable {
    /// Byte offset of the first byte.
    public var start: Int
    /// Number of bytes covered; may be zero for a point.
    public var length: Int

    /// Creates a span from a start offset and a length in bytes.
    public init(start: Int, length: Int) {
        self.start = start
        self.length = max(0, length)
    }

    /// Creates a span from a start offset to an end offset (exclusive).
    public init(from start: Int, to end: Int) {
        self.init(start: start, length: end - start)
    }

    /// Offset one past the last byte.
    public var end: Int { start + length }

    /// The smallest span covering both spans.
    public func merged(with other: Span) -> Span {
        Span(from: min(start, other.start), to: max(end, other.end))
    }

    /// An empty span at the start of this one.
    public var startPoint: Span { Span(start: start, length: 0) }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        (lhs.start, lhs.length) < (rhs.start, rhs.length)
    }
}
