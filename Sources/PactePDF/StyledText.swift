import PacteCore
import PacteDocument

/// A paragraph ready to be broken into lines: glyphs and, for each, the
/// face that draws it and its kerning with the next. Keeping one face per
/// glyph lets a word run across emphasis (`**Bold**,`) and still be
/// measured as one word.
struct StyledText {
    private(set) var glyphs: [Glyph] = []
    private(set) var fonts: [PDFFont] = []
    /// Kerning between each glyph and the next, in thousandths of an em (0 across a change of face).
    private(set) var kerns: [Int32] = []

    /// Appends already encoded glyphs in `font`.
    mutating func append(_ encoded: [Glyph], font: PDFFont) {
        guard let first = encoded.first else { return }
        let face = font.face
        if let last = glyphs.last, fonts.last == font { kerns[kerns.count - 1] = face.kern(last.id, first.id) }
        glyphs.append(contentsOf: encoded)
        fonts.append(contentsOf: repeatElement(font, count: encoded.count))
        for index in encoded.indices {
            kerns.append(index + 1 < encoded.count ? face.kern(encoded[index].id, encoded[index + 1].id) : 0)
        }
    }

    /// The runs of `inlines`, emphasis in the family's italic and strong in its bold.
    static func make(_ inlines: [Inline], font: PDFFont, encoder: inout GlyphEncoder) -> StyledText {
        var text = StyledText()
        for inline in inlines {
            switch inline {
            case .text(let string): text.append(encoder.encode(string, font: font), font: font)
            case .emphasis(let string): text.append(encoder.encode(string, font: font.emphasised), font: font.emphasised)
            case .strong(let string): text.append(encoder.encode(string, font: font.bold), font: font.bold)
            }
        }
        return text
    }

    /// Plain text in one font.
    static func make(_ string: String, font: PDFFont, encoder: inout GlyphEncoder) -> StyledText {
        var text = StyledText()
        text.append(encoder.encode(string, font: font), font: font)
        return text
    }

    /// The page items that draw `line` with its left end at `x`; with
    /// `justifiedWidth`, the spaces widen so that the line fills it.
    func items(_ line: TextLine, x: Double, baseline: Double, style: TextStyle, justifiedWidth: Double? = nil,
               tag: StructureTag) -> [PageItem] {
        var wordSpacing = 0.0
        if let justifiedWidth, !line.isLast, line.spaces > 0 {
            let extra = (justifiedWidth - line.width) / Double(line.spaces)
            // A line with one or two words would gape: leave it ragged.
            if extra > 0, extra < style.size * 0.6 { wordSpacing = extra }
        }
        let stretch = wordSpacing * 1000 / style.size
        var items: [PageItem] = []
        var runStart = line.start
        var cursor = x
        // A broken word's first part reads as the whole word, its second as
        // nothing, each marked on its own line (and so on its own page if need be).
        let spanStart = line.brokenWord?.start, spanEnd = line.brokenWordEnd
        if spanEnd != nil { items.append(.actualText("", tag: tag)) }
        while runStart < line.end {
            if runStart == spanStart, let word = line.brokenWord { items.append(.actualText(word.text, tag: tag)) }
            let font = fonts[runStart]
            var runEnd = runStart + 1
            while runEnd < line.end && fonts[runEnd] == font && runEnd != spanStart && runEnd != spanEnd { runEnd += 1 }
            var run = GlyphRun()
            run.ids.reserveCapacity(runEnd - runStart + 1)
            var units = 0.0
            for index in runStart..<runEnd {
                run.ids.append(glyphs[index].id)
                var adjust = index + 1 < line.end ? Double(kerns[index]) : 0
                if glyphs[index].kind == .space { adjust += stretch }
                run.adjustments.append(adjust)
                units += Double(glyphs[index].advance) + adjust
            }
            if line.hyphenated && runEnd == line.end {
                let hyphen = font.face.addedHyphen
                run.adjustments[run.adjustments.count - 1] = 0
                run.ids.append(hyphen.id)
                run.adjustments.append(0)
            }
            items.append(.text(x: cursor, baseline: baseline, style: style.with(font: font), run: run, tag: tag))
            if runEnd == spanEnd || (spanStart != nil && runEnd == line.end) { items.append(.endActualText) }
            cursor += units * style.size / 1000
            runStart = runEnd
        }
        return items
    }
}

/// Glyphs in one face as a content stream draws them (`TJ`): each id,
/// and the move after it in thousandths of an em, kerning and the
/// justification of spaces together.
struct GlyphRun: Sendable {
    var ids: [UInt16] = []
    var adjustments: [Double] = []
}

/// One line of a ``StyledText``: a range of its glyphs and its natural width.
struct TextLine {
    var start: Int
    var end: Int
    /// The width without justification, in points, the added hyphen included.
    var width: Double
    /// The spaces inside the line, which justification widens.
    var spaces: Int
    /// The paragraph's last line, never justified.
    var isLast: Bool
    /// Whether a hyphen is added after the line's last glyph: a word broken by French rules.
    var hyphenated = false
    /// Of a line ending inside a word (hyphenated, or after a compound's
    /// hyphen), where the broken word starts and the word whole, which the
    /// PDF gives as the replacement text (`/ActualText`) of its first part,
    /// the second reading as nothing: a reader extracts « pétrole », not « pé- trole ».
    var brokenWord: (start: Int, text: String)?
    /// Of the line after it, where the broken word ends.
    var brokenWordEnd: Int?
}
