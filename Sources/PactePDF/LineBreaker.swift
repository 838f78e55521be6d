import PacteCore
import PacteDocument

/// Greedy line breaking with the fonts' real widths: lines break at spaces
/// (never at the no-break spaces French typography puts before `:` or in
/// `24 000 €`), else after a hyphen inside a word (`Lannévez-|sur-Aber`),
/// and a word longer than the line is cut where it overflows, so that no
/// text ever runs past its column.
enum LineBreaker {
    private static let widthTables: [[Int]] = PDFFont.allCases.map(\.metrics.widths)

    /// The lines of `text` at `size` points in a column `width` points wide.
    static func lines(_ text: StyledText, size: Double, width: Double) -> [TextLine] {
        let bytes = text.bytes, fonts = text.fonts
        let count = bytes.count
        // Measure in the fonts' own unit (thousandths of an em) so sums are exact.
        let limit = size > 0 ? Int((width * 1000 / size).rounded(.down)) : Int.max
        func advance(_ index: Int) -> Int { widthTables[fonts[index].rawValue][Int(bytes[index])] }
        func scale(_ units: Int) -> Double { Double(units) * size / 1000 }
        func isWordByte(_ byte: UInt8) -> Bool {
            (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte >= 0xC0
        }
        func spaces(_ start: Int, _ end: Int) -> Int {
            var total = 0
            for index in start..<end where bytes[index] == 0x20 { total += 1 }
            return total
        }

        var lines: [TextLine] = []
        var index = 0
        while true {
            while index < count && bytes[index] == 0x20 { index += 1 }
            guard index < count else { break }
            let start = index
            var units = 0
            // The last place the line may end: where it ends, where the next starts, its width there.
            var breakEnd = -1, breakNext = -1, breakUnits = 0
            var cursor = start
            var overflow = false
            while cursor < count {
                let byte = bytes[cursor]
                if byte == 0x20 {
                    if bytes[cursor - 1] != 0x20 { breakEnd = cursor; breakUnits = units }
                    breakNext = cursor + 1
                } else if units + advance(cursor) > limit && cursor > start {
                    overflow = true
                    break
                }
                units += advance(cursor)
                if byte == 0x2D, cursor > start, cursor + 1 < count, isWordByte(bytes[cursor - 1]), isWordByte(bytes[cursor + 1]) {
                    breakEnd = cursor + 1; breakNext = cursor + 1; breakUnits = units
                }
                cursor += 1
            }
            if !overflow {
                var end = count
                while end > start && bytes[end - 1] == 0x20 { end -= 1; units -= advance(end) }
                lines.append(TextLine(start: start, end: end, width: scale(units), spaces: spaces(start, end), isLast: true))
                break
            }
            if breakEnd > start {
                lines.append(TextLine(start: start, end: breakEnd, width: scale(breakUnits), spaces: spaces(start, breakEnd), isLast: false))
                index = breakNext
            } else {
                // A word longer than the line: cut it at the overflow.
                lines.append(TextLine(start: start, end: cursor, width: scale(units), spaces: spaces(start, cursor), isLast: false))
                index = cursor
            }
        }
        return lines
    }
}

extension LineBreaker {
    /// The width of the widest piece of `text` that no line break can split
    /// short of cutting a word: what a table column needs at least.
    static func longestWord(_ text: StyledText, size: Double) -> Double {
        let bytes = text.bytes, fonts = text.fonts
        var longest = 0, current = 0
        for index in bytes.indices {
            let byte = bytes[index]
            if byte == 0x20 {
                current = 0
                continue
            }
            current += widthTables[fonts[index].rawValue][Int(byte)]
            longest = max(longest, current)
            // Lines may break after a hyphen inside a word.
            if byte == 0x2D { current = 0 }
        }
        return Double(longest) * size / 1000
    }
}
