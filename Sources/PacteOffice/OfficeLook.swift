/// The look of the office documents in one place, shared by the ODT and
/// DOCX writers so that both print alike, and close to the PDF (DESIGN §6):
/// A4 with 2 cm side margins, a serif for running text and a sans-serif for
/// headings and tables, one dark blue for headings. Only named styles carry
/// it: a secretary who restyles « Titre 2 » restyles every section.
public enum OfficeLook {
    // MARK: Page

    /// A4 portrait.
    public static let pageWidth = Length.millimetres(210)
    /// A4 portrait, down.
    public static let pageHeight = Length.millimetres(297)
    /// Left and right margins, as in the PDF.
    public static let sideMargin = Length.millimetres(20)
    /// From the paper's top edge to the header, and from the bottom edge to the footer.
    public static let headerFooterDistance = Length.millimetres(10)
    /// From the paper's edge to the body text, above and below.
    public static let bodyMargin = Length.millimetres(20)
    /// The width text runs over: what tables span.
    public static let textWidth = pageWidth - sideMargin - sideMargin

    // MARK: Type

    /// Fonts: the serif and sans-serif pairing of French administrative
    /// print. Word users have these; LibreOffice replaces them by its
    /// metric-compatible Liberation fonts, so lines break at the same words.
    public static let serif = "Times New Roman"
    /// The sans-serif of headings, tables, labels, header and footer.
    public static let sans = "Arial"

    /// Running text, in half points (11 pt), as every size here.
    public static let bodySize = 22
    /// The title (20 pt).
    public static let titleSize = 40
    /// A section's heading (14 pt).
    public static let sectionSize = 28
    /// A subsection's heading (11.5 pt).
    public static let subsectionSize = 23
    /// The line under the title (13 pt).
    public static let subtitleSize = 26
    /// Table cells (9 pt).
    public static let tableSize = 18
    /// The facts' labels, in capitals (8.5 pt).
    public static let labelSize = 17
    /// The page header and footer (8 pt).
    public static let headerFooterSize = 16
    /// The organisation in a signature box (10 pt).
    public static let signatureNameSize = 20
    /// The caption over a signature frame (7.5 pt).
    public static let signatureLabelSize = 15

    // MARK: Colours (RGB, as both formats write them)

    /// The dark blue of headings and bullets.
    public static let accent = "1C3D6E"
    /// The grey of labels, captions, header and footer.
    public static let muted = "595E66"
    /// The grey of rules and table borders.
    public static let rule = "9EA6B3"
    /// The fill of table header rows.
    public static let headerFill = "E0E8F2"
    /// The fill of total rows.
    public static let totalFill = "F0F2F5"

    // MARK: Spacing

    /// After a paragraph of body text.
    public static let paragraphSpacing = Length.points(6)
    /// Before a section's heading.
    public static let sectionSpaceBefore = Length.points(18)
    /// Before a subsection's heading.
    public static let subsectionSpaceBefore = Length.points(12)
    /// After the title and a section's heading.
    public static let headingSpaceAfter = Length.points(6)
    /// Between list items.
    public static let itemSpacing = Length.points(3)
    /// Where a list item's text starts, from the margin.
    public static let listIndent = Length.millimetres(8)
    /// How far the marker hangs left of the item's text.
    public static let listHanging = Length.millimetres(5)
    /// The padding inside table cells, left and right, as in the PDF.
    public static let cellPaddingX = Length.points(4)
    /// The padding inside table cells, above and below.
    public static let cellPaddingY = Length.points(2)
    /// Table borders: a thin grey rule.
    public static let borderWidth = Length(twips: 10)

    // MARK: Signatures

    /// Between two boxes of the signature table, across and down.
    public static let signatureGap = Length.millimetres(5)
    /// Signature boxes per row of the signature table.
    public static let signaturesPerRow = 2
    /// The empty frame to sign and stamp in, at least 45 × 30 mm as a
    /// prefecture expects: the height here, the width the column's (about 80 mm).
    public static let signatureBoxHeight = Length.millimetres(35)
    /// The ruled line where a name is written by hand when nobody is named.
    public static let blankNameHeight = Length.millimetres(9)
    /// As many rows of boxes as surely fit on a page: the table is then kept
    /// on one page, as a signature page is printed.
    public static let signatureRowsKeptTogether = 3
}

/// The footer's words shared by both office formats.
enum OfficeFooter {
    /// « Paraphes : ………… » and room before the page number: where each
    /// signatory initials the page of an act signed on paper.
    static func initials(_ label: String) -> String {
        label + " " + String(repeating: "\u{2026}", count: 12) + "\u{2003}\u{2003}"
    }
}
