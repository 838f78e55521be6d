/// A range of bytes in a source file: a UTF-8 byte offset and a length.
///
/// Lines and columns are computed only when a diagnostic is rendered, from the
/// file's line table (see ``SourceFile/location(of:)``).
public struct Span: Hashable, Sendable, Comparable {
    // Thirty-two bits each: every token and node holds a span, and files
    // are refused long before 4 GiB (``Limits/maxFileBytes``).
    private var storedStart: UInt32
    private var storedLength: UInt32

    /// Byte offset of the first byte.
    public var start: Int { Int(storedStart) }
    /// Number of bytes covered; may be zero for a point.
    public var length: Int { Int(storedLength) }

    /// Creates a span from a start offset and a length in bytes.
    public init(start: Int, length: Int) {
        storedStart = UInt32(clamping: start)
        storedLength = UInt32(clamping: length)
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
