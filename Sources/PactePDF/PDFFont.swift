import PacteCore
import PacteDocument

/// The faces the backend draws with, embedded as subsets: Pacte Sans (from
/// Liberation Sans, metric-compatible with Helvetica) for headings, tables
/// and labels, Pacte Serif (from Liberation Serif, metric-compatible with
/// Times) for running text, each in regular, bold and italic.
enum PDFFont: Int, CaseIterable, Sendable {
    case sans, sansBold, sansItalic
    case serif, serifBold, serifItalic

    /// The face's font and metrics, decoded on first use.
    var face: Face {
        switch self {
        case .sans: Face.sans
        case .sansBold: Face.sansBold
        case .sansItalic: Face.sansItalic
        case .serif: Face.serif
        case .serifBold: Face.serifBold
        case .serifItalic: Face.serifItalic
        }
    }

    /// The name of the font in the pages' resources: `/F1` …
    var resourceName: String { "F\(rawValue + 1)" }

    /// The same family with emphasis; bold stays bold (no bold italic is embedded).
    var emphasised: PDFFont {
        switch self {
        case .sans, .sansItalic: .sansItalic
        case .serif, .serifItalic: .serifItalic
        case .sansBold, .serifBold: self
        }
    }

    /// The same family in bold.
    var bold: PDFFont {
        switch self {
        case .sans, .sansBold, .sansItalic: .sansBold
        case .serif, .serifBold, .serifItalic: .serifBold
        }
    }

    /// Whether the face is an italic one, for its descriptor.
    var isItalic: Bool { self == .sansItalic || self == .serifItalic }

    /// Whether the face has serifs, for its descriptor.
    var isSerif: Bool { rawValue >= PDFFont.serif.rawValue }

    /// The advance of `glyphs` in thousandths of an em, kerning included.
    func units(_ glyphs: [Glyph]) -> Int {
        let face = self.face
        var total = 0
        for (index, glyph) in glyphs.enumerated() {
            total += Int(glyph.advance)
            if index + 1 < glyphs.count { total += Int(face.kern(glyph.id, glyphs[index + 1].id)) }
        }
        return total
    }

    /// The width of `glyphs` at `size` points, in points.
    func width(_ glyphs: [Glyph], size: Double) -> Double {
        Double(units(glyphs)) * size / 1000
    }
}

/// One embedded face ready for layout: its TrueType font, and its advances
/// and kerning in thousandths of an em, rounded once. The same integers
/// are measured with and written as the font's `/W` widths, so that what
/// is measured is exactly what a viewer draws.
final class Face: Sendable {
    let font: TrueTypeFont
    /// Advance of each glyph, in thousandths of an em.
    let widths: [Int32]
    private let kerning: [UInt32: Int32]
    /// Whether a glyph begins any kerning pair: most do not, and need no look-up.
    private let kernsAfter: [Bool]
    /// Glyphs the layout needs by name.
    let space: UInt16, hyphen: UInt16, questionMark: UInt16, ellipsis: UInt16, bullet: UInt16
    /// The hyphen added where a word is broken across lines: a copy of the
    /// hyphen after the font's own glyphs, which reads back as a soft hyphen
    /// (U+00AD), so that the extracted text keeps the word whole.
    var addedHyphen: Glyph { Glyph(id: UInt16(font.numGlyphs), kind: .other, advance: width(hyphen)) }
    /// The glyph of each ASCII character (0 where the font lacks it).
    let ascii: [UInt16]
    /// Vertical metrics, in thousandths of an em.
    let ascender: Int, descender: Int, capHeight: Int

    init(base64: String) {
        guard let bytes = Base64.decode(base64), let font = try? TrueTypeFont(bytes) else {
            preconditionFailure("a font compiled into pacte is corrupt: run Sources/PactePDF/Fonts/make-fonts.py again")
        }
        self.font = font
        let scale = 1000 / Double(font.unitsPerEm)
        widths = font.advances.map { Int32((Double($0) * scale).rounded()) }
        let kerning = font.kerning.mapValues { Int32((Double($0) * scale).rounded()) }.filter { $0.value != 0 }
        var kernsAfter = [Bool](repeating: false, count: font.numGlyphs + 1)
        for pair in kerning.keys where Int(pair >> 16) < kernsAfter.count { kernsAfter[Int(pair >> 16)] = true }
        self.kerning = kerning
        self.kernsAfter = kernsAfter
        func glyph(_ value: UInt32, or other: UInt16 = 0) -> UInt16 { Unicode.Scalar(value).flatMap(font.glyph(for:)) ?? other }
        questionMark = glyph(0x3F)
        space = glyph(0x20, or: questionMark)
        hyphen = glyph(0x2D, or: questionMark)
        ellipsis = glyph(0x2026, or: questionMark)
        bullet = glyph(0x2022, or: hyphen)
        ascii = (0..<128).map { glyph(UInt32($0)) }
        ascender = Int((Double(font.ascender) * scale).rounded())
        descender = Int((Double(font.descender) * scale).rounded())
        capHeight = Int((Double(font.capHeight) * scale).rounded())
    }

    /// The advance of one of the font's glyphs.
    func width(_ glyph: UInt16) -> Int32 { Int(glyph) < widths.count ? widths[Int(glyph)] : 0 }

    /// The kerning between two glyphs, in thousandths of an em.
    func kern(_ left: UInt16, _ right: UInt16) -> Int32 {
        Int(left) < kernsAfter.count && kernsAfter[Int(left)] ? kerning[UInt32(left) << 16 | UInt32(right)] ?? 0 : 0
    }

    static let sans = Face(base64: FontData.sansRegular)
    static let sansBold = Face(base64: FontData.sansBold)
    static let sansItalic = Face(base64: FontData.sansItalic)
    static let serif = Face(base64: FontData.serifRegular)
    static let serifBold = Face(base64: FontData.serifBold)
    static let serifItalic = Face(base64: FontData.serifItalic)
}
