import PacteCore
import PacteDocument

/// `word/styles.xml`: the document defaults (the body's face and size, the
/// document's language, widow control), Word's base styles, the named
/// styles of ``OfficeStyle`` with their look, and the table styles.
enum DOCXStyles {
    /// The table style of real tables: thin grey rules all round (Word's « Table Grid »).
    static let grid = "TableGrid"
    /// The table style without rules, for facts and the signature page.
    static let plain = "TableNormal"

    static func write(_ document: Document) -> [UInt8] {
        let language = document.language
        var xml = XMLWriter()
        xml.start("w:styles", [DOCXNamespaces.w])
        xml.newline()
        defaults(language, &xml)
        xml.newline()
        baseStyles(&xml)
        for style in OfficeStyle.allCases {
            xml.newline()
            namedStyle(style, language, &xml)
        }
        xml.newline()
        xml.end()
        return xml.finish()
    }

    private static func defaults(_ language: Language, _ xml: inout XMLWriter) {
        let tag = OfficeText.languageTag(language)
        xml.start("w:docDefaults")
        xml.start("w:rPrDefault")
        xml.start("w:rPr")
        xml.empty("w:rFonts", [("w:ascii", OfficeLook.serif), ("w:eastAsia", OfficeLook.serif), ("w:hAnsi", OfficeLook.serif), ("w:cs", OfficeLook.serif)])
        xml.empty("w:sz", [("w:val", String(OfficeLook.bodySize))])
        xml.empty("w:szCs", [("w:val", String(OfficeLook.bodySize))])
        xml.empty("w:lang", [("w:val", tag.language + "-" + tag.country)])
        xml.end()
        xml.end()
        xml.start("w:pPrDefault")
        xml.start("w:pPr")
        xml.empty("w:widowControl")
        xml.empty("w:spacing", [("w:after", "0"), ("w:line", "240"), ("w:lineRule", "auto")])
        xml.end()
        xml.end()
        xml.end()
    }

    /// The styles every Word document has, which the others are based on.
    private static func baseStyles(_ xml: inout XMLWriter) {
        xml.start("w:style", [("w:type", "paragraph"), ("w:default", "1"), ("w:styleId", "Normal")])
        xml.empty("w:name", [("w:val", "Normal")])
        xml.empty("w:qFormat")
        xml.end()
        xml.newline()
        xml.start("w:style", [("w:type", "character"), ("w:default", "1"), ("w:styleId", "DefaultParagraphFont")])
        xml.empty("w:name", [("w:val", "Default Paragraph Font")])
        xml.empty("w:uiPriority", [("w:val", "1")])
        xml.empty("w:semiHidden")
        xml.empty("w:unhideWhenUsed")
        xml.end()
        xml.newline()
        xml.start("w:style", [("w:type", "table"), ("w:default", "1"), ("w:styleId", plain)])
        xml.empty("w:name", [("w:val", "Normal Table")])
        xml.empty("w:uiPriority", [("w:val", "99")])
        xml.empty("w:semiHidden")
        xml.empty("w:unhideWhenUsed")
        xml.start("w:tblPr")
        xml.empty("w:tblInd", [("w:w", "0"), ("w:type", "dxa")])
        cellMargins(&xml)
        xml.end()
        xml.end()
        xml.newline()
        xml.start("w:style", [("w:type", "table"), ("w:styleId", grid)])
        xml.empty("w:name", [("w:val", "Table Grid")])
        xml.empty("w:basedOn", [("w:val", plain)])
        xml.empty("w:uiPriority", [("w:val", "39")])
        xml.start("w:tblPr")
        xml.start("w:tblBorders")
        for side in ["top", "left", "bottom", "right", "insideH", "insideV"] { xml.empty("w:" + side, DOCXLook.rule()) }
        xml.end()
        xml.end()
        xml.end()
        xml.newline()
        xml.start("w:style", [("w:type", "numbering"), ("w:default", "1"), ("w:styleId", "NoList")])
        xml.empty("w:name", [("w:val", "No List")])
        xml.empty("w:uiPriority", [("w:val", "99")])
        xml.empty("w:semiHidden")
        xml.empty("w:unhideWhenUsed")
        xml.end()
    }

    /// The padding of table cells, as in the PDF.
    static func cellMargins(_ xml: inout XMLWriter, left: Length = OfficeLook.cellPaddingX) {
        xml.start("w:tblCellMar")
        xml.empty("w:top", [("w:w", String(OfficeLook.cellPaddingY.twips)), ("w:type", "dxa")])
        xml.empty("w:left", [("w:w", String(left.twips)), ("w:type", "dxa")])
        xml.empty("w:bottom", [("w:w", String(OfficeLook.cellPaddingY.twips)), ("w:type", "dxa")])
        xml.empty("w:right", [("w:w", String(OfficeLook.cellPaddingX.twips)), ("w:type", "dxa")])
        xml.end()
    }

    private static func namedStyle(_ style: OfficeStyle, _ language: Language, _ xml: inout XMLWriter) {
        let look = style.look
        let character = style.family == .character
        xml.start("w:style", [("w:type", character ? "character" : "paragraph"), ("w:styleId", style.docxID)])
        xml.empty("w:name", [("w:val", style.docxName(language))])
        xml.empty("w:basedOn", [("w:val", look.basedOn?.docxID ?? (character ? "DefaultParagraphFont" : "Normal"))])
        if let next = look.next, !character { xml.empty("w:next", [("w:val", next.docxID)]) }
        // Word lists the headings first in its style gallery, then the text styles.
        if let level = style.outlineLevel { xml.empty("w:uiPriority", [("w:val", String(8 + level))]) }
        xml.empty("w:qFormat")
        if !character { DOCXLook.paragraphProperties(look, outlineLevel: style.outlineLevel, &xml) }
        DOCXLook.runProperties(look, &xml)
        xml.end()
    }
}
