#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A 1-based line and column; columns count Unicode scalars, not bytes,
/// so that `Lannévez` is eight columns wide.
public struct SourceLocation: Hashable, Sendable {
    /// Line number, from 1.
    public var line: Int
    /// Column number in Unicode scalars, from 1.
    public var column: Int

    /// Creates a location.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// The text of one `.pacte` file, kept as bytes, with its line table.
public struct SourceFile: Sendable {
    /// The path shown in diagnostics (`-` for standard input).
    public let path: String
    /// The raw bytes, as read; may hold invalid UTF-8, which the lexer reports.
    public let bytes: [UInt8]
    /// Byte offset of the first byte of each line.
    ///
    /// Made at the first question that needs it: a diagnostic's line, a
    /// fix, the editor. A clean file never asks, and a check of 15 MB
    /// spent 4 ms making it before reading a token, while the other core
    /// waited.
    public var lineStarts: [Int] { lines.starts(of: bytes) }
    private let lines: LazyLineStarts

    /// Creates a source file from raw bytes.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        lines = LazyLineStarts()
    }

    /// Whether the line table has been made: for the tests that check a
    /// clean file never makes it.
    package var hasLineTable: Bool { lines.isMade }

    /// The offset of each line's first byte.
    fileprivate static func makeLineStarts(of bytes: [UInt8]) -> [Int] {
        var starts = [0]
        // Lines of a pacte run to a few dozen bytes: one allocation, not twenty.
        starts.reserveCapacity(bytes.count / 20 + 1)
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return }
            // Most files end their lines with LF alone: memchr finds each
            // far faster than a loop over every byte.
            if memchr(base, Int32(UInt8(ascii: "\r")), buffer.count) == nil {
                var offset = 0
                while offset < buffer.count, let found = memchr(base + offset, Int32(UInt8(ascii: "\n")), buffer.count - offset) {
                    offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                    starts.append(offset)
                }
                return
            }
            for offset in buffer.indices where buffer[offset] <= UInt8(ascii: "\r") && SourceFile.endsLine(buffer, at: offset) {
                starts.append(offset + 1)
            }
        }
        return starts
    }

    /// Creates a source file from a string (used by tests and standard input).
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// The number of lines, counting a last line without a line end.
    public var lineCount: Int { lineStarts.count }

    /// Whether `start` and `end` stand on the same line. The bytes between
    /// are read up to the first line end, which for a block written on
    /// several lines comes right after its `{`: cheaper than two searches
    /// of the line table, which on a large file lies out of cache.
    package func onSameLine(_ start: Int, _ end: Int) -> Bool {
        let lower = max(0, min(start, end)), upper = min(bytes.count, max(start, end))
        guard lower < upper else { return true }
        return !(lower..<upper).contains { SourceFile.endsLine(bytes, at: $0) }
    }

    /// The 0-based line index holding `offset`.
    public func lineIndex(of offset: Int) -> Int {
        lineStarts.lineIndex(holding: offset)
    }

    /// The line and column of a byte offset.
    public func location(of offset: Int) -> SourceLocation {
        let clamped = min(max(0, offset), bytes.count)
        let index = lineIndex(of: clamped)
        let prefix = bytes[min(columnOrigin(ofLine: index), clamped)..<clamped]
        return SourceLocation(line: index + 1, column: SourceFile.scalarCount(prefix) + 1)
    }

    /// Where the columns of a 0-based line are counted from: its start, or
    /// on the first line the end of a byte-order mark, which editors do not
    /// show and which is no column.
    private func columnOrigin(ofLine index: Int) -> Int {
        index == 0 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : lineStarts[index]
    }

    /// The bytes of a 0-based line, without its line end (`\n` or `\r\n`).
    public func lineBytes(at index: Int) -> ArraySlice<UInt8> {
        let lineStarts = lineStarts
        let start = lineStarts[index]
        var end = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return bytes[start..<max(start, end)]
    }

    /// The text of a 0-based line, invalid bytes shown as U+FFFD.
    public func lineText(at index: Int) -> String {
        String(decoding: lineBytes(at: index), as: UTF8.self)
    }

    /// The text covered by a span, invalid bytes shown as U+FFFD.
    public func text(of span: Span) -> String {
        let start = min(max(0, span.start), bytes.count)
        let end = min(max(start, span.end), bytes.count)
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The column of a byte offset, as `location(of:)` gives it, for a
    /// reader that asks about offsets in file order: `cursor` remembers the
    /// last answer, so that each new one counts only the bytes since. Asked
    /// again and again on one line of megabytes, `location(of:)` would count
    /// from the line's start each time and take quadratic time.
    ///
    /// No line table: the line's start is looked for back from `offset`,
    /// down to where the cursor stopped, which knows its own line's start.
    /// A declaration's kind, which the parser asks about, has only its
    /// indentation before it on its line, and no byte is looked at twice.
    package func column(of offset: Int, cursor: inout ColumnCursor) -> Int {
        let clamped = min(max(0, offset), bytes.count)
        // Backwards, which the parser never asks: start again from the file's start.
        if clamped < cursor.offset { cursor = ColumnCursor() }
        let floor = max(cursor.offset, 0)
        var start = clamped
        while start > floor, !SourceFile.endsLine(bytes, at: start - 1) { start -= 1 }
        if start > floor || cursor.offset < 0 {
            cursor = ColumnCursor(lineStart: start)
        }
        let origin = cursor.lineStart == 0 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : cursor.lineStart
        if clamped <= origin { return 1 }
        if cursor.offset < origin {
            cursor.offset = origin
            cursor.scalars = 0
        }
        cursor.scalars += SourceFile.scalarCount(bytes[cursor.offset..<clamped])
        cursor.offset = clamped
        return cursor.scalars + 1
    }

    /// Whether the byte at `offset` ends a line: LF, or a lone CR (in
    /// CR LF, the LF does). The one rule of the line table, the column
    /// cursor and ``onSameLine(_:_:)``.
    @inline(__always)
    private static func endsLine<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at offset: Int) -> Bool where Bytes.Index == Int {
        switch bytes[offset] {
        case UInt8(ascii: "\n"): true
        case UInt8(ascii: "\r"): offset + 1 == bytes.endIndex || bytes[offset + 1] != UInt8(ascii: "\n")
        default: false
        }
    }

    /// Counts Unicode scalars the way a decoder that replaces each invalid
    /// byte sequence by U+FFFD would: every byte that is not a continuation
    /// byte starts a scalar.
    static func scalarCount(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.withUnsafeBytes { raw in
            // Eight bytes at a time: a diagnostic deep in a line of
            // megabytes asks for its column, and so may two hundred more.
            var continuations = 0
            var offset = 0
            let high: UInt64 = 0x8080_8080_8080_8080
            while offset + 8 <= raw.count {
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                // A continuation byte is 10xxxxxx: its top bit set, the next one clear.
                continuations += (word & ~(word << 1) & high).nonzeroBitCount
                offset += 8
            }
            while offset < raw.count {
                if raw[offset] & 0xC0 == 0x80 { continuations += 1 }
                offset += 1
            }
            return raw.count - continuations
        }
    }
}

/// Where `SourceFile.column(of:cursor:)` stopped: the start of a line, an
/// offset on it, and how many scalars lie between the two.
package struct ColumnCursor {
    fileprivate var lineStart = 0
    fileprivate var offset = -1
    fileprivate var scalars = 0

    package init() {}

    fileprivate init(lineStart: Int) {
        self.lineStart = lineStart
        offset = lineStart
    }
}

/// A source file's line table, made once, at the first question, by
/// whichever thread asks first.
private final class LazyLineStarts: @unchecked Sendable {
    private let lock = LockAndCondition()
    private var starts: [Int]?

    func starts(of bytes: [UInt8]) -> [Int] {
        lock.locked {
            if let starts { return starts }
            let made = SourceFile.makeLineStarts(of: bytes)
            starts = made
            return made
        }
    }

    var isMade: Bool { lock.locked { starts != nil } }
}
