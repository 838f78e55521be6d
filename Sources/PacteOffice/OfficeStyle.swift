import PacteCore
import PacteDocument

/// The named styles of the office documents, and what each is called in
/// ODF and in Word: the table both writers take their names from.
///
/// Where the application has a built-in style for the part, the style
/// bears the built-in's name (`Heading_20_2` in ODF, `heading 2` in Word),
/// so that the application shows it under its own localised name
/// (« Titre 2 »), its navigator and table of contents list the headings,
/// and a restyle of the built-in reaches the document. The other styles
/// are pacte's own, named in the document's language.
public enum OfficeStyle: CaseIterable, Hashable, Sendable {
    /// Headings: the title at level 1, a section at 2, a subsection at 3.
    case heading1, heading2, heading3
    /// The line under the title.
    case subtitle
    /// Running text.
    case body
    /// A short line heading the blocks after it (« Chemin de décision »).
    case leadIn
    /// The sentence that introduces a list.
    case listIntro
    /// A remark about the content.
    case note
    /// An item of a numbered list, of a bulleted list.
    case listNumber, listBullet
    /// A table's caption, above it.
    case caption
    /// Header cells of a column of words, of a column of figures.
    case tableHeading, tableHeadingFigures
    /// Body cells.
    case tableContents, tableContentsFigures
    /// Total rows.
    case tableTotal, tableTotalFigures
    /// The label and the value of a fact.
    case factLabel, factValue
    /// A signature box's text: its representative and « Fait à … ».
    case signature
    /// The organisation that signs, first in its box.
    case signatureOrganisation
    /// The ruled line to write a name on where nobody is named.
    case signatureBlankName
    /// The small caption over the frame to sign in.
    case signatureLabel
    /// The empty frame to sign and stamp in.
    case signatureBox
    /// The page header and footer.
    case header, footer
    /// Character styles: the pacte's `*emphasis*` and `**strong**`.
    case emphasis, strong

    /// What a style applies to.
    public enum Family: Sendable {
        case paragraph, character
    }

    /// Whether the style is for paragraphs or runs.
    public var family: Family {
        switch self {
        case .emphasis, .strong: .character
        default: .paragraph
        }
    }

    /// The style of a paragraph of `role`.
    public init(_ role: Paragraph.Role) {
        switch role {
        case .body: self = .body
        case .leadIn: self = .leadIn
        case .intro: self = .listIntro
        case .note: self = .note
        }
    }

    /// The heading style of `level`, levels past 3 set as 3.
    public static func heading(_ level: Int) -> OfficeStyle {
        switch level {
        case ...1: .heading1
        case 2: .heading2
        default: .heading3
        }
    }

    /// The outline level of a heading style, 1-based; none for the others.
    public var outlineLevel: Int? {
        switch self {
        case .heading1: 1
        case .heading2: 2
        case .heading3: 3
        default: nil
        }
    }

    // MARK: - ODF

    /// The style's `style:name` in ODF: the built-in's where LibreOffice
    /// has one (a space written `_20_`, as LibreOffice writes it).
    public var odfName: String {
        switch self {
        case .heading1: "Heading_20_1"
        case .heading2: "Heading_20_2"
        case .heading3: "Heading_20_3"
        case .subtitle: "Subtitle"
        case .body: "Text_20_body"
        case .leadIn: "Lead-in"
        case .listIntro: "List_20_Introduction"
        case .note: "Note"
        case .listNumber: "Numbering_20_1"
        case .listBullet: "List_20_1"
        case .caption: "Caption"
        case .tableHeading: "Table_20_Heading"
        case .tableHeadingFigures: "Table_20_Heading_20_Figures"
        case .tableContents: "Table_20_Contents"
        case .tableContentsFigures: "Table_20_Contents_20_Figures"
        case .tableTotal: "Table_20_Total"
        case .tableTotalFigures: "Table_20_Total_20_Figures"
        case .factLabel: "Fact_20_Label"
        case .factValue: "Fact_20_Value"
        case .signature: "Signature"
        case .signatureOrganisation: "Signature_20_Organisation"
        case .signatureBlankName: "Signature_20_Name_20_Line"
        case .signatureLabel: "Signature_20_Caption"
        case .signatureBox: "Signature_20_Box"
        case .header: "Header"
        case .footer: "Footer"
        case .emphasis: "Emphasis"
        case .strong: "Strong_20_Emphasis"
        }
    }

    /// Whether LibreOffice has a built-in style of that name, which it shows
    /// under its own localised name whatever the display name says.
    public var isBuiltInODF: Bool {
        switch self {
        case .heading1, .heading2, .heading3, .subtitle, .body, .listNumber, .listBullet, .caption,
             .tableHeading, .tableContents, .signature, .header, .footer, .emphasis, .strong: true
        default: false
        }
    }

    /// The style's `style:display-name` in ODF: the built-in's English
    /// name, or pacte's own in the document's language.
    public func odfDisplayName(_ language: Language) -> String {
        isBuiltInODF ? odfName.replacingSpaceCode() : ownName(language)
    }

    // MARK: - DOCX

    /// The style's `w:styleId` in DOCX: Word's for its built-ins.
    public var docxID: String {
        switch self {
        case .heading1: "Heading1"
        case .heading2: "Heading2"
        case .heading3: "Heading3"
        case .subtitle: "Subtitle"
        case .body: "BodyText"
        case .leadIn: "LeadIn"
        case .listIntro: "ListIntroduction"
        case .note: "Note"
        case .listNumber: "ListNumber"
        case .listBullet: "ListBullet"
        case .caption: "Caption"
        case .tableHeading: "TableHeading"
        case .tableHeadingFigures: "TableHeadingFigures"
        case .tableContents: "TableContents"
        case .tableContentsFigures: "TableContentsFigures"
        case .tableTotal: "TableTotal"
        case .tableTotalFigures: "TableTotalFigures"
        case .factLabel: "FactLabel"
        case .factValue: "FactValue"
        case .signature: "Signature"
        case .signatureOrganisation: "SignatureOrganisation"
        case .signatureBlankName: "SignatureNameLine"
        case .signatureLabel: "SignatureCaption"
        case .signatureBox: "SignatureBox"
        case .header: "Header"
        case .footer: "Footer"
        case .emphasis: "Emphasis"
        case .strong: "Strong"
        }
    }

    /// The style's `w:name` in DOCX. Word knows its built-ins by these
    /// exact names (`heading 1`, lower case, as Word itself writes them)
    /// and shows them localised; the others are pacte's, in the document's
    /// language.
    public func docxName(_ language: Language) -> String {
        switch self {
        case .heading1: "heading 1"
        case .heading2: "heading 2"
        case .heading3: "heading 3"
        case .subtitle: "Subtitle"
        case .body: "Body Text"
        case .listNumber: "List Number"
        case .listBullet: "List Bullet"
        case .caption: "caption"
        case .signature: "Signature"
        case .header: "header"
        case .footer: "footer"
        case .emphasis: "Emphasis"
        case .strong: "Strong"
        default: ownName(language)
        }
    }

    // MARK: - Own names

    /// The name of a style that is pacte's own, as its users read it.
    func ownName(_ language: Language) -> String {
        let (fr, en): (String, String)
        switch self {
        case .leadIn: (fr, en) = ("Intertitre", "Lead-in")
        case .listIntro: (fr, en) = ("Introduction de liste", "List Introduction")
        case .note: (fr, en) = ("Remarque", "Note")
        case .tableHeading: (fr, en) = ("En-tête de tableau", "Table Heading")
        case .tableHeadingFigures: (fr, en) = ("En-tête de tableau, chiffres", "Table Heading, Figures")
        case .tableContents: (fr, en) = ("Contenu de tableau", "Table Contents")
        case .tableContentsFigures: (fr, en) = ("Contenu de tableau, chiffres", "Table Contents, Figures")
        case .tableTotal: (fr, en) = ("Total de tableau", "Table Total")
        case .tableTotalFigures: (fr, en) = ("Total de tableau, chiffres", "Table Total, Figures")
        case .factLabel: (fr, en) = ("Libellé", "Fact Label")
        case .factValue: (fr, en) = ("Valeur", "Fact Value")
        case .signatureOrganisation: (fr, en) = ("Signature, structure", "Signature, Organisation")
        case .signatureBlankName: (fr, en) = ("Signature, nom à écrire", "Signature, Name to Write")
        case .signatureLabel: (fr, en) = ("Signature, mention", "Signature, Caption")
        case .signatureBox: (fr, en) = ("Signature, cadre", "Signature, Box")
        default: (fr, en) = (odfName.replacingSpaceCode(), odfName.replacingSpaceCode())
        }
        return language == .fr ? fr : en
    }
}

extension String {
    /// `Heading_20_1` as `Heading 1`: ODF's encoding of a space in a style name, undone.
    func replacingSpaceCode() -> String {
        var output = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: "_20_") {
            output += rest[..<range.lowerBound] + " "
            rest = rest[range.upperBound...]
        }
        return output + rest
    }
}
