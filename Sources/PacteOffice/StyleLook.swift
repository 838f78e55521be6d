/// What a named style looks like, said once for both formats: the ODT
/// writer turns it into `style:paragraph-properties` and
/// `style:text-properties`, the DOCX writer into `w:pPr` and `w:rPr`. A
/// property left `nil` is inherited from the style it is based on.
public struct StyleLook: Sendable {
    /// The typeface of ``OfficeLook``.
    public enum Font: Sendable { case serif, sans }
    /// How lines are aligned, in the writing direction.
    public enum Alignment: Sendable { case start, end, justify }
    /// Which sides of the paragraph carry a rule.
    public enum Border: Sendable { case top, bottom, all }

    /// The style this one inherits from; none: the default paragraph style.
    public var basedOn: OfficeStyle?
    /// The style the application gives the paragraph after this one.
    public var next: OfficeStyle?
    /// The typeface.
    public var font: Font?
    /// Size in half points.
    public var size: Int?
    /// Bold, or not, or as the parent.
    public var bold: Bool?
    /// Italic, or not, or as the parent.
    public var italic: Bool?
    /// Shown in capitals, kept as written (the facts' labels).
    public var capitals: Bool?
    /// RGB, as ``OfficeLook``'s colours.
    public var colour: String?
    /// How lines are aligned.
    public var alignment: Alignment?
    /// Kept on the same page as the next paragraph: headings, lead-ins,
    /// a list's introduction, a caption.
    public var keepWithNext = false
    /// Space above the paragraph.
    public var spaceBefore: Length?
    /// Space below the paragraph.
    public var spaceAfter: Length?
    /// An exact line height: the signature frame's room.
    public var lineHeight: Length?
    /// A thin grey rule on these sides.
    public var border: Border?
    /// Whether the application may hyphenate (by the document's language).
    public var hyphenate: Bool?

    init(basedOn: OfficeStyle? = nil, next: OfficeStyle? = nil, font: Font? = nil, size: Int? = nil, bold: Bool? = nil,
         italic: Bool? = nil, capitals: Bool? = nil, colour: String? = nil, alignment: Alignment? = nil,
         keepWithNext: Bool = false, spaceBefore: Length? = nil, spaceAfter: Length? = nil, lineHeight: Length? = nil,
         border: Border? = nil, hyphenate: Bool? = nil) {
        self.basedOn = basedOn
        self.next = next
        self.font = font
        self.size = size
        self.bold = bold
        self.italic = italic
        self.capitals = capitals
        self.colour = colour
        self.alignment = alignment
        self.keepWithNext = keepWithNext
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
        self.lineHeight = lineHeight
        self.border = border
        self.hyphenate = hyphenate
    }
}

extension OfficeStyle {
    /// The style's look, close to the PDF's (DESIGN §6).
    public var look: StyleLook {
        let zero = Length(twips: 0)
        switch self {
        case .heading1:
            return StyleLook(next: .body, font: .sans, size: OfficeLook.titleSize, bold: true, colour: OfficeLook.accent,
                             alignment: .start, keepWithNext: true, spaceBefore: zero, spaceAfter: OfficeLook.headingSpaceAfter, hyphenate: false)
        case .heading2:
            // The rule under a section's heading, as in the PDF.
            return StyleLook(next: .body, font: .sans, size: OfficeLook.sectionSize, bold: true, colour: OfficeLook.accent,
                             alignment: .start, keepWithNext: true, spaceBefore: OfficeLook.sectionSpaceBefore,
                             spaceAfter: OfficeLook.headingSpaceAfter, border: .bottom, hyphenate: false)
        case .heading3:
            return StyleLook(next: .body, font: .sans, size: OfficeLook.subsectionSize, bold: true, colour: "000000",
                             alignment: .start, keepWithNext: true, spaceBefore: OfficeLook.subsectionSpaceBefore,
                             spaceAfter: OfficeLook.itemSpacing, hyphenate: false)
        case .subtitle:
            return StyleLook(next: .body, font: .sans, size: OfficeLook.subtitleSize, colour: OfficeLook.muted, alignment: .start,
                             keepWithNext: true, spaceBefore: zero, spaceAfter: OfficeLook.headingSpaceAfter, hyphenate: false)
        case .body:
            return StyleLook(next: .body, font: .serif, size: OfficeLook.bodySize, alignment: .justify,
                             spaceBefore: zero, spaceAfter: OfficeLook.paragraphSpacing, hyphenate: true)
        case .leadIn:
            return StyleLook(basedOn: .body, next: .body, bold: true, alignment: .start, keepWithNext: true,
                             spaceBefore: OfficeLook.paragraphSpacing, spaceAfter: OfficeLook.itemSpacing, hyphenate: false)
        case .listIntro:
            return StyleLook(basedOn: .body, next: .listBullet, keepWithNext: true)
        case .note:
            return StyleLook(basedOn: .body, next: .body, colour: OfficeLook.muted)
        case .listNumber:
            return StyleLook(basedOn: .body, next: .listNumber, alignment: .start, spaceAfter: OfficeLook.itemSpacing)
        case .listBullet:
            return StyleLook(basedOn: .body, next: .listBullet, alignment: .start, spaceAfter: OfficeLook.itemSpacing)
        case .caption:
            return StyleLook(next: .body, font: .sans, size: 19, bold: true, italic: false, alignment: .start, keepWithNext: true,
                             spaceBefore: OfficeLook.paragraphSpacing, spaceAfter: OfficeLook.itemSpacing, hyphenate: false)
        case .tableContents:
            return StyleLook(next: .tableContents, font: .sans, size: OfficeLook.tableSize, alignment: .start,
                             spaceBefore: zero, spaceAfter: zero, hyphenate: false)
        case .tableContentsFigures:
            return StyleLook(basedOn: .tableContents, next: .tableContentsFigures, alignment: .end)
        case .tableHeading:
            return StyleLook(basedOn: .tableContents, next: .tableContents, bold: true, alignment: .start)
        case .tableHeadingFigures:
            return StyleLook(basedOn: .tableHeading, next: .tableContentsFigures, alignment: .end)
        case .tableTotal:
            return StyleLook(basedOn: .tableContents, next: .tableTotal, bold: true)
        case .tableTotalFigures:
            return StyleLook(basedOn: .tableTotal, next: .tableTotalFigures, alignment: .end)
        case .factLabel:
            return StyleLook(next: .factValue, font: .sans, size: OfficeLook.labelSize, bold: true, capitals: true,
                             colour: OfficeLook.muted, alignment: .start, spaceBefore: Length.points(1), spaceAfter: zero, hyphenate: false)
        case .factValue:
            return StyleLook(basedOn: .body, next: .factValue, alignment: .start, spaceAfter: zero, hyphenate: false)
        case .signature:
            return StyleLook(next: .signature, font: .serif, size: 21, alignment: .start, spaceBefore: zero,
                             spaceAfter: OfficeLook.itemSpacing, hyphenate: false)
        case .signatureOrganisation:
            return StyleLook(basedOn: .signature, next: .signature, font: .sans, size: OfficeLook.signatureNameSize, bold: true)
        case .signatureBlankName:
            return StyleLook(basedOn: .signature, next: .signature, lineHeight: OfficeLook.blankNameHeight, border: .bottom)
        case .signatureLabel:
            return StyleLook(basedOn: .signature, next: .signatureBox, font: .sans, size: OfficeLook.signatureLabelSize,
                             colour: OfficeLook.muted, keepWithNext: true, spaceBefore: OfficeLook.itemSpacing, spaceAfter: Length.points(1))
        case .signatureBox:
            return StyleLook(basedOn: .signature, next: .signature, spaceAfter: zero, lineHeight: OfficeLook.signatureBoxHeight, border: .all)
        case .header:
            return StyleLook(next: .header, font: .sans, size: OfficeLook.headerFooterSize, colour: OfficeLook.muted,
                             alignment: .start, spaceBefore: zero, spaceAfter: zero, border: .bottom, hyphenate: false)
        case .footer:
            return StyleLook(next: .footer, font: .sans, size: OfficeLook.headerFooterSize, colour: OfficeLook.muted,
                             alignment: .end, spaceBefore: zero, spaceAfter: zero, border: .top, hyphenate: false)
        case .emphasis:
            return StyleLook(italic: true)
        case .strong:
            return StyleLook(bold: true)
        }
    }
}
