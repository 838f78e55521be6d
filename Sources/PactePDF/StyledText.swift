import PacteCore
import PacteDocument

/// A paragraph ready to be broken into lines: WinAnsi bytes and, for each
/// byte, the font that draws it. Keeping one font per byte lets a word run
/// across emphasis (`**Bold**,`) and still be measured as one word.
struct StyledText {
    private(set) var bytes: [UInt8] = []
    private(set) var fonts: [PDFFont] = []

    /// Appends already encoded text in `font`.
    mutating func append(_ encoded: [UInt8], font: PDFFont) {
        bytes.append(contentsOf: encoded)
        fonts.append(contentsOf: repeatElement(font, count: encoded.count))
    }

    /// The runs of `inlines`, emphasis in the family's italic and strong in its bold.
    static func make(_ inlines: [Inline], font: PDFFont, encoder: inout WinAnsi) -> StyledText {
        var text = StyledText()
        for inline in inlines {
            switch inline {
            case .text(let string): text.append(encoder.encode(string), font: font)
            case .emphasis(let string): text.append(encoder.encode(string), font: font.emphasised)
            case .strong(let string): text.append(encoder.encode(string), font: font.bold)
            }
        }
        return text
    }

    /// Plain text in one font.
    static func make(_ string: String, font: PDFFont, encoder: inout WinAnsi) -> StyledText {
        var text = StyledText()
        text.append(encoder.encode(string), font: font)
        return text
    }

    /// The page items that draw `line` with its left end at `x`; with
    /// `justifiedWidth`, the spaces widen so that the line fills it.
    func items(_ line: TextLine, x: Double, baseline: Double, style: TextStyle, justifiedWidth: Double? = nil) -> [PageItem] {
        var wordSpacing = 0.0
        if let justifiedWidth, !line.isLast, line.spaces > 0 {
            let extra = (justifiedWidth - line.width) / Double(line.spaces)
            // A line with one or two words would gape: leave it ragged.
            if extra > 0, extra < style.size * 0.6 { wordSpacing = extra }
        }
        var items: [PageItem] = []
        var runStart = line.start
        var cursor = x
        while runStart < line.end {
            let font = fonts[runStart]
            var runEnd = runStart + 1
            while runEnd < line.end && fonts[runEnd] == font { runEnd += 1 }
            let run = Array(bytes[runStart..<runEnd])
            items.append(.text(x: cursor, baseline: baseline, style: style.with(font: font), wordSpacing: wordSpacing, bytes: run))
            let spaces = run.reduce(0) { $0 + ($1 == 0x20 ? 1 : 0) }
            cursor += font.width(run, size: style.size) + Double(spaces) * wordSpacing
            runStart = runEnd
        }
        return items
    }
}

/// One line of a ``StyledText``: a range of its bytes and its natural width.
struct TextLine {
    var start: Int
    var end: Int
    /// The width without justification, in points.
    var width: Double
    /// The spaces inside the line, which justification widens.
    var spaces: Int
    /// The paragraph's last line, never justified.
    var isLast: Bool
}
