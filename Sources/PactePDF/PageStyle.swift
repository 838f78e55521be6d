import PacteCore
import PacteDocument

/// The look of the printed pacte in one place: A4 with 2 cm margins, the
/// sans-serif face for headings, labels and tables, the serif one for
/// running text (the pairing of French administrative print, in faces
/// metric-compatible with Helvetica and Times), one dark blue for headings.
enum PageStyle {
    // MARK: Page

    /// A4, in points.
    static let pageWidth = 595.28
    static let pageHeight = 841.89
    /// 2 cm.
    static let margin = 56.69
    static let left = margin
    static let textWidth = pageWidth - 2 * margin
    /// The top of the text area, in PDF coordinates (from the bottom).
    static let top = pageHeight - margin
    /// The bottom of the text area; the footer sits below it.
    static let bottom = margin
    /// The footer's baseline and its rule above.
    static let footerBaseline = 25.0
    static let footerRule = 42.0

    // MARK: Type

    static let body = TextStyle(font: .serif, size: 11, leading: 14.5, color: .ink)
    static let title = TextStyle(font: .sansBold, size: 20, leading: 24, color: .accent)
    static let section = TextStyle(font: .sansBold, size: 14, leading: 18, color: .accent)
    static let subsection = TextStyle(font: .sansBold, size: 11.5, leading: 15, color: .ink)
    static let label = TextStyle(font: .sansBold, size: 8.5, leading: 14.5, color: .muted)
    static let cell = TextStyle(font: .sans, size: 8.5, leading: 10.5, color: .ink)
    static let caption = TextStyle(font: .sansBold, size: 9.5, leading: 13, color: .ink)
    static let footer = TextStyle(font: .sans, size: 8, leading: 10, color: .muted)
    static let signatureName = TextStyle(font: .sansBold, size: 10, leading: 13, color: .ink)
    static let signatureText = TextStyle(font: .serif, size: 10.5, leading: 14, color: .ink)
    static let signatureLabel = TextStyle(font: .sans, size: 7.5, leading: 10, color: .muted)

    // MARK: Spacing

    static let paragraphSpacing = 6.0
    static let listIndent = 18.0
    static let itemSpacing = 2.5
    static let cellPaddingX = 4.0
    static let cellPaddingY = 3.0
    static let blockSpacing = 9.0
    static let signatureGap = 14.0
    /// The box in each page's footer where the signatories put their initials.
    static let initialsWidth = 130.0
    static let initialsHeight = 20.0
    /// The frame to sign and stamp in: 30 mm high at least (and, at half the text's width, far more than 45 mm wide).
    static let signatureBoxHeight = 90.0
    /// Lines of one signature field beyond which the text is cut: the box must fit on a page.
    static let signatureFieldLines = 6
}

/// A font at a size, with its line height and colour.
struct TextStyle: Sendable {
    var font: PDFFont
    var size: Double
    var leading: Double
    var color: Colour

    /// The baseline's distance from the top of a line: the leading's extra
    /// space split evenly above the capitals and below the descenders.
    var baseline: Double {
        let face = font.face
        let glyphHeight = Double(face.capHeight - face.descender) * size / 1000
        return (leading - glyphHeight) / 2 + Double(face.capHeight) * size / 1000
    }

    func with(font: PDFFont) -> TextStyle {
        var copy = self
        copy.font = font
        return copy
    }
}

/// An RGB colour, components in 0…1.
struct Colour: Equatable, Sendable {
    var red: Double, green: Double, blue: Double

    static let ink = Colour(red: 0, green: 0, blue: 0)
    static let accent = Colour(red: 0.11, green: 0.24, blue: 0.43)
    static let muted = Colour(red: 0.35, green: 0.37, blue: 0.40)
    static let rule = Colour(red: 0.62, green: 0.65, blue: 0.70)
    static let headerFill = Colour(red: 0.88, green: 0.91, blue: 0.95)
    static let footerFill = Colour(red: 0.94, green: 0.95, blue: 0.96)
}
