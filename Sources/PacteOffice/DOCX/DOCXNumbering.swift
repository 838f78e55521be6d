/// `word/numbering.xml`: one definition for numbered lists « 1. » and one
/// for bulleted lists « • », the marker hanging in the margin of the item.
/// Every numbered list of the document has an instance of its own that
/// starts again at 1 (a decision path does not go on from the priorities);
/// the bulleted lists share one.
enum DOCXNumbering {
    /// The instance of the bulleted lists.
    static let bulleted = 1

    /// The instance of the numbered list of rank `index` (0-based).
    static func numbered(_ index: Int) -> Int { index + 2 }

    static func write(numberedLists: Int) -> [UInt8] {
        var xml = XMLWriter()
        xml.start("w:numbering", [DOCXNamespaces.w])
        xml.newline()
        definition(id: 0, numbered: true, &xml)
        xml.newline()
        definition(id: 1, numbered: false, &xml)
        xml.newline()
        xml.start("w:num", [("w:numId", String(bulleted))])
        xml.empty("w:abstractNumId", [("w:val", "1")])
        xml.end()
        for index in 0..<numberedLists {
            xml.newline()
            xml.start("w:num", [("w:numId", String(numbered(index)))])
            xml.empty("w:abstractNumId", [("w:val", "0")])
            xml.start("w:lvlOverride", [("w:ilvl", "0")])
            xml.empty("w:startOverride", [("w:val", "1")])
            xml.end()
            xml.end()
        }
        xml.newline()
        xml.end()
        return xml.finish()
    }

    private static func definition(id: Int, numbered: Bool, _ xml: inout XMLWriter) {
        xml.start("w:abstractNum", [("w:abstractNumId", String(id))])
        xml.empty("w:multiLevelType", [("w:val", "singleLevel")])
        xml.start("w:lvl", [("w:ilvl", "0")])
        xml.empty("w:start", [("w:val", "1")])
        xml.empty("w:numFmt", [("w:val", numbered ? "decimal" : "bullet")])
        xml.empty("w:lvlText", [("w:val", numbered ? "%1." : "•")])
        xml.empty("w:lvlJc", [("w:val", "left")])
        xml.start("w:pPr")
        xml.empty("w:ind", [("w:left", String(OfficeLook.listIndent.twips)), ("w:hanging", String(OfficeLook.listHanging.twips))])
        xml.end()
        xml.start("w:rPr")
        // As in the PDF: bold figures, accent-coloured bullets.
        if numbered {
            xml.empty("w:b")
            xml.empty("w:bCs")
        } else {
            xml.empty("w:rFonts", [("w:ascii", OfficeLook.sans), ("w:hAnsi", OfficeLook.sans)])
            xml.empty("w:color", [("w:val", OfficeLook.accent)])
        }
        xml.end()
        xml.end()
        xml.end()
    }
}
