import PacteCore

/// LSP positions (0-based line, column in the negotiated encoding) to byte
/// offsets and back, through the line table of one version of a text.
///
/// Conversions are exact both ways: a column counts UTF-16 units (an emoji
/// is two) or UTF-8 bytes, as negotiated. A position past the end of a line
/// or of the text stands for that end, as the protocol asks.
package struct PositionConverter {
    package let table: LineTable
    package let unit: ColumnUnit

    package init(table: LineTable, unit: ColumnUnit) {
        self.table = table
        self.unit = unit
    }

    /// The byte offset of a `Position` object.
    package func offset(of position: JSONValue?) throws(ResponseError) -> Int {
        guard let position, let line = position["line"]?.int, let character = position["character"]?.int else {
            throw .invalidParams("a position needs `line` and `character`, whole numbers")
        }
        return table.byteOffset(of: LinePosition(line: line, column: character), in: unit)
    }

    /// The byte span of a `Range` object; a reversed range is taken in order.
    package func span(of range: JSONValue?) throws(ResponseError) -> Span {
        guard let range else { throw .invalidParams("missing range") }
        let start = try offset(of: range["start"])
        let end = try offset(of: range["end"])
        return Span(from: min(start, end), to: max(start, end))
    }

    /// The `Position` of a byte offset.
    package func position(_ offset: Int) -> JSONValue {
        let position = table.position(ofByte: offset, in: unit)
        return .object([("line", .int(position.line)), ("character", .int(position.column))])
    }

    /// The `Range` of a byte span.
    package func range(_ span: Span) -> JSONValue {
        .object([("start", position(span.start)), ("end", position(span.end))])
    }

    /// The 0-based line of a byte offset.
    package func line(of offset: Int) -> Int {
        table.line(ofByte: offset)
    }

    /// The position just past the last byte.
    package var endPosition: JSONValue { position(table.bytes.count) }
}
