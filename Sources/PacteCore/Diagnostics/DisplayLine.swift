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
        let scalars = line.unicodeScalars
        // Only the scalars shown are laid out: a line of ten million
        // characters must cost what a line of a hundred does.
        var narrowWidth = 0
        var isWide = false
        for scalar in scalars {
            narrowWidth += DisplayLine.cell(for: scalar).width
            if narrowWidth > DisplayLine.maxWidth {
                isWide = true
                break
            }
        }
        // Window: keep some context before the span, and the span.
        let first = isWide ? max(0, min(startColumn - 1, scalars.count) - 40) : 0
        var shown = scalars.dropFirst(first).makeIterator()
        var cells: [(text: String, width: Int)] = []
        while isWide ? cells.count < 100 : true, let scalar = shown.next() {
            cells.append(DisplayLine.cell(for: scalar))
        }
        let isCut = shown.next() != nil
        var text = first > 0 ? "…" : ""
        var position = first > 0 ? 1 : 0
        var caretStart = position
        var caretEnd = position
        for (offset, cell) in cells.enumerated() {
            let index = first + offset
            if index == startColumn - 1 { caretStart = position }
            text += cell.text
            position += cell.width
            if index < endColumn - 1 { caretEnd = position }
        }
        if startColumn - 1 >= first + cells.count { caretStart = position }
        if isCut { text += "…" }
        self.text = text
        self.caretStart = caretStart
        self.caretWidth = max(1, caretEnd - caretStart)
    }

    /// How a scalar is shown: tabs as four spaces, control characters as U+FFFD.
    private static func cell(for scalar: Unicode.Scalar) -> (text: String, width: Int) {
        if scalar == "\t" { return ("    ", 4) }
        if scalar.value < 0x20 || scalar.value == 0x7F { return ("\u{FFFD}", 1) }
        return (String(scalar), width(of: scalar))
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
