/// The look of the office documents in one place, shared by the ODT and
/// DOCX writers so that both print alike, and close to the PDF (DESIGN §6):
/// A4 with 2 cm side margins, a serif for running text and a sans-serif for
/// headings and tables, one dark blue for headings. Only named styles carry
/// it: a secretary who restyles « Titre 2 » restyles every section.
public enum OfficeLook {
    // MARK: Page

    /// A4 portrait.
    public static let pageWidth = Length.millimetres(210)
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
    public static let sans = "Arial"

    /// Font sizes in half points.
    public static let bodySize = 22
    public static let titleSize = 40
    public static let sectionSize = 28
    public static let subsectionSize = 23
    public static let subtitleSize = 26
    public static let tableSize = 18
    public static let labelSize = 17
    public static let headerFooterSize = 16
    public static let signatureNameSize = 20
    public static let signatureLabelSize = 15

    // MARK: Colours (RGB, as both formats write them)

    public static let accent = "1C3D6E"
    public static let muted = "595E66"
    public static let rule = "9EA6B3"
    public static let headerFill = "E0E8F2"
    public static let totalFill = "F0F2F5"

    // MARK: Spacing

    /// After a paragraph of body text.
    public static let paragraphSpacing = Length.points(6)
    /// Before a section's heading, a subsection's, and after both.
    public static let sectionSpaceBefore = Length.points(18)
    public static let subsectionSpaceBefore = Length.points(12)
    public static let headingSpaceAfter = Length.points(6)
    /// Between list items.
    public static let itemSpacing = Length.points(3)
    /// The indent of list items, and of their text after the marker.
    public static let listIndent = Length.millimetres(8)
    public static let listHanging = Length.millimetres(5)
    /// The padding inside table cells, across and down, as in the PDF.
    public static let cellPaddingX = Length.points(4)
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
