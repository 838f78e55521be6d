/// A source line as a terminal shows it under a diagnostic: tabs as four
/// spaces, control characters as U+FFFD, wide characters (CJK, emoji) two
/// cells, combining marks none; a long line cut to a window around the
/// span, so that a 5 MB line does not print 5 MB.
struct DisplayLine {
    /// The text to print.
    let text: String
    /// Cells before the first caret.
    let caretStart: Int
    /// How many carets.
    let caretWidth: Int

    /// The widest line shown whole.
    static let maxWidth = 120

    /// Lays out `line` for a span from `startColumn` to `endColumn` (1-based
    /// Unicode-scalar columns, end exclusive).
    init(_ line: String, from startColumn: Int, to endColumn: Int) {
        var cells: [(text: String, width: Int)] = []
        for scalar in line.unicodeScalars {
            if scalar == "\t" {
                cells.append(("    ", 4))
            } else if scalar.value < 0x20 || scalar.value == 0x7F {
                cells.append(("\u{FFFD}", 1))
            } else {
                cells.append((String(scalar), DisplayLine.width(of: scalar)))
            }
        }
        // Window: keep some context before the span, and the span.
        var first = 0
        var last = cells.count
        let totalWidth = cells.reduce(0) { $0 + $1.width }
        if totalWidth > DisplayLine.maxWidth {
            first = max(0, min(startColumn - 1, cells.count) - 40)
            last = min(cells.count, first + 100)
        }
        var text = first > 0 ? "…" : ""
        var position = first > 0 ? 1 : 0
        var caretStart = position
        var caretEnd = position
        for index in first..<last {
            if index == startColumn - 1 { caretStart = position }
            text += cells[index].text
            position += cells[index].width
            if index < endColumn - 1 { caretEnd = position }
        }
        if startColumn - 1 >= last { caretStart = position }
        if last < cells.count { text += "…" }
        self.text = text
        self.caretStart = caretStart
        self.caretWidth = max(1, caretEnd - caretStart)
    }

    /// Terminal cells a scalar takes.
    static func width(of scalar: Unicode.Scalar) -> Int {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}
