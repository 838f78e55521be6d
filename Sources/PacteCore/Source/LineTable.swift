/// The unit a column is counted in. A diagnostic counts Unicode scalars
/// (`Lannévez` is eight columns), a language server speaks UTF-16 by
/// default and UTF-8 when the client offers it, and spans are bytes.
public enum ColumnUnit: String, Sendable, CaseIterable {
    /// UTF-8 bytes, as spans count them.
    case utf8
    /// Unicode scalars, as the human, JSON and SARIF renderers count them.
    case unicodeScalar
    /// UTF-16 code units, the Language Server Protocol's default: a scalar
    /// beyond U+FFFF (`𝄞`, an emoji) counts two.
    case utf16
}

/// A 0-based line and a 0-based column in some ``ColumnUnit``, as the
/// Language Server Protocol writes positions.
public struct LinePosition: Hashable, Sendable, Comparable {
    /// Line index, from 0.
    public var line: Int
    /// Column from the line's start, from 0, in the table's unit of choice.
    public var column: Int

    /// Creates a position.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: LinePosition, rhs: LinePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// Where each line of a file starts, counted in bytes, in Unicode scalars
/// and in UTF-16 code units, so that a position converts exactly from
/// one unit to another, both ways (typst's `Lines` does the same).
///
/// Made in one pass over the bytes. ``SourceFile`` keeps only the byte
/// starts, which every diagnostic needs; a tool that converts many
/// positions, such as the language server, builds this table once per
/// version of the text.
///
/// Invalid UTF-8 is counted as ``SourceFile`` counts diagnostic columns:
/// every byte that is not a continuation byte starts a scalar, of one
/// UTF-16 unit unless it opens a complete four-byte sequence.
public struct LineTable: Sendable {
    /// The bytes the table describes.
    public let bytes: [UInt8]
    /// Per line, the byte offset of its first column.
    private var byteStarts: [Int]
    /// Per line, the number of scalars before its first column.
    private var scalarStarts: [Int] = []
    /// Per line, the number of UTF-16 units before its first column.
    private var utf16Starts: [Int] = []

    /// The table of a source file, from the line starts it already knows.
    public init(_ source: SourceFile) {
        bytes = source.bytes
        byteStarts = source.lineStarts
        // A byte-order mark is no column: the first line starts after it,
        // as editors show it.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { byteStarts[0] = 3 }
        scalarStarts.reserveCapacity(byteStarts.count)
        utf16Starts.reserveCapacity(byteStarts.count)
        var scalars = 0, units = 0
        for line in byteStarts.indices {
            scalarStarts.append(scalars)
            utf16Starts.append(units)
            let end = line + 1 < byteStarts.count ? byteStarts[line + 1] : bytes.count
            for offset in byteStarts[line]..<end where bytes[offset] & 0xC0 != 0x80 {
                scalars += 1
                units += utf16Width(at: offset)
            }
        }
    }

    /// The table of a file's bytes.
    public init(bytes: [UInt8]) {
        self.init(SourceFile(path: "", bytes: bytes))
    }

    /// The number of lines, counting a last line without a line end (and
    /// an empty one after a final line end).
    public var lineCount: Int { byteStarts.count }

    /// Where a line's first column stands from the start of the file, in `unit`.
    public func lineStart(_ line: Int, in unit: ColumnUnit) -> Int {
        let index = clampedLine(line)
        switch unit {
        case .utf8: return byteStarts[index]
        case .unicodeScalar: return scalarStarts[index]
        case .utf16: return utf16Starts[index]
        }
    }

    /// The byte just past a line's last column, before its line end.
    public func lineEnd(_ line: Int) -> Int {
        let index = clampedLine(line)
        guard index + 1 < byteStarts.count else { return bytes.count }
        var end = byteStarts[index + 1]
        if end > byteStarts[index], bytes[end - 1] == UInt8(ascii: "\n") { end -= 1 }
        if end > byteStarts[index], bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return end
    }

    /// The 0-based line holding a byte offset; an offset inside a byte-order
    /// mark or past the end is taken to the nearest line.
    public func line(ofByte offset: Int) -> Int {
        byteStarts.lineIndex(holding: offset)
    }

    /// The line and column of a byte offset, the column counted in `unit`.
    /// An offset inside a multi-byte character counts up to that character's start.
    public func position(ofByte offset: Int, in unit: ColumnUnit) -> LinePosition {
        var clamped = min(max(0, offset), bytes.count)
        let line = line(ofByte: clamped)
        let start = byteStarts[line]
        while clamped > start, clamped < bytes.count, bytes[clamped] & 0xC0 == 0x80 { clamped -= 1 }
        guard clamped > start else { return LinePosition(line: line, column: 0) }
        switch unit {
        case .utf8:
            return LinePosition(line: line, column: clamped - start)
        case .unicodeScalar, .utf16:
            var column = 0
            for offset in start..<clamped where bytes[offset] & 0xC0 != 0x80 {
                column += unit == .utf16 ? utf16Width(at: offset) : 1
            }
            return LinePosition(line: line, column: column)
        }
    }

    /// The byte offset of a line and column counted in `unit`. A column past
    /// the line's end stands for the line's end, and a line past the last
    /// for the end of the file, as the Language Server Protocol asks; a
    /// column in the middle of a character (between the two halves of a
    /// UTF-16 surrogate pair, or inside a UTF-8 sequence) stands for that
    /// character's start.
    public func byteOffset(of position: LinePosition, in unit: ColumnUnit) -> Int {
        guard position.line >= 0 else { return byteStarts[0] }
        guard position.line < byteStarts.count else { return bytes.count }
        let start = byteStarts[position.line]
        let end = lineEnd(position.line)
        let column = max(0, position.column)
        switch unit {
        case .utf8:
            var offset = min(start + column, end)
            while offset > start, offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset -= 1 }
            return offset
        case .unicodeScalar, .utf16:
            var counted = 0
            var offset = start
            while offset < end {
                let byte = bytes[offset]
                if byte & 0xC0 != 0x80 {
                    let width = unit == .utf16 ? utf16Width(at: offset) : 1
                    if counted + width > column { return offset }
                    counted += width
                }
                offset += 1
            }
            return end
        }
    }

    /// The offset of a byte offset from the start of the file, counted in `unit`.
    public func offset(ofByte offset: Int, in unit: ColumnUnit) -> Int {
        let position = position(ofByte: offset, in: unit)
        return lineStart(position.line, in: unit) + position.column
    }

    /// The byte offset of an offset from the start of the file counted in `unit`.
    public func byteOffset(ofOffset offset: Int, in unit: ColumnUnit) -> Int {
        let starts: [Int]
        switch unit {
        case .utf8: starts = byteStarts
        case .unicodeScalar: starts = scalarStarts
        case .utf16: starts = utf16Starts
        }
        let line = starts.lineIndex(holding: offset)
        return byteOffset(of: LinePosition(line: line, column: offset - starts[line]), in: unit)
    }

    /// The UTF-16 units of the scalar whose first byte is at `offset`: two
    /// for a complete four-byte sequence, one for anything else (an invalid
    /// byte decodes to U+FFFD).
    private func utf16Width(at offset: Int) -> Int {
        guard (0xF0...0xF4).contains(bytes[offset]), offset + 3 < bytes.count else { return 1 }
        return (1...3).allSatisfy { bytes[offset + $0] & 0xC0 == 0x80 } ? 2 : 1
    }

    private func clampedLine(_ line: Int) -> Int {
        min(max(0, line), byteStarts.count - 1)
    }
}
