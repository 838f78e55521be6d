/// How wide a chart's text is, and where its lines break: Helvetica's
/// widths (Arial's and Liberation Sans', which the charts are set in), so
/// that a label laid out here fits where any writer draws it. A label is
/// broken between words, never cut; a word wider than its line (a URL) is
/// broken between letters rather than run past the bar.
public enum TextMetrics {
    /// The width of `text` at `size` points, in points.
    public static func width(_ text: String, size: Double, bold: Bool = false) -> Double {
        let widths = bold ? boldWidths : regularWidths
        var total = 0
        for scalar in text.unicodeScalars { total += advance(scalar, widths) }
        return Double(total) * size / 1000
    }

    private static func advance(_ scalar: Unicode.Scalar, _ widths: [Int]) -> Int {
        let value = scalar.value
        switch value {
        case 0x20..<0x7F, 0xA0...0xFF: return widths[Int(value)]
        case 0x20AC: return widths[0x80]
        case 0x2018, 0x2019, 0x02BC: return widths[0x92]
        case 0x201C, 0x201D: return widths[0x93]
        case 0x2013, 0x2212: return widths[0x96]
        case 0x2014: return widths[0x97]
        case 0x2026: return widths[0x85]
        case 0x0152, 0x0153: return widths[Int(value == 0x0152 ? 0x8C : 0x9C)]
        case 0x202F, 0x2007, 0x2060: return widths[0xA0]
        case 0x0300...0x036F, 0x00AD, 0x200B...0x200D: return 0
        default:
            // Letters past Latin-1 (Breton's, Welsh's ŵ, Ŷ) are about as
            // wide as the widest Latin letters: err on the wide side.
            return 722
        }
    }

    /// `text` broken into lines no wider than `width` at `size`: between
    /// words, a no-break space and a hyphen holding theirs together; a
    /// word wider than a line alone is broken between letters.
    public static func lines(_ text: String, width: Double, size: Double, bold: Bool = false) -> [String] {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
        var lines: [String] = []
        var current = ""
        let space = self.width(" ", size: size, bold: bold)
        var currentWidth = 0.0
        for word in words {
            let wordWidth = self.width(word, size: size, bold: bold)
            if current.isEmpty {
                if wordWidth <= width {
                    current = word
                    currentWidth = wordWidth
                    continue
                }
            } else if currentWidth + space + wordWidth <= width {
                current += " " + word
                currentWidth += space + wordWidth
                continue
            } else {
                lines.append(current)
                current = ""
                currentWidth = 0
                if wordWidth <= width {
                    current = word
                    currentWidth = wordWidth
                    continue
                }
            }
            // A word wider than a line: as many letters as fit on each.
            var piece = ""
            for character in word {
                let candidate = piece + String(character)
                if !piece.isEmpty, self.width(candidate, size: size, bold: bold) > width {
                    lines.append(piece)
                    piece = String(character)
                } else {
                    piece = candidate
                }
            }
            current = piece
            currentWidth = self.width(piece, size: size, bold: bold)
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
