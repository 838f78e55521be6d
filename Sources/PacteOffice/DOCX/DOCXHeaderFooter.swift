import PacteDocument

/// `word/header1.xml` and `word/footer1.xml`: the pacte's title at the top
/// of every page, « n / total » at the bottom as Word fields (`PAGE`,
/// `NUMPAGES`) that the application updates; the figures written are what
/// they show before it does.
enum DOCXHeaderFooter {
    static func header(_ document: Document) -> [UInt8] {
        var xml = XMLWriter()
        xml.start("w:hdr", [DOCXNamespaces.w, DOCXNamespaces.r])
        xml.newline()
        xml.start("w:p")
        DOCXText.paragraphProperties(.header, into: &xml)
        DOCXText.write([.text(document.metadata.title)], into: &xml)
        xml.end()
        xml.newline()
        xml.end()
        return xml.finish()
    }

    static func footer(_ document: Document) -> [UInt8] {
        var xml = XMLWriter()
        xml.start("w:ftr", [DOCXNamespaces.w, DOCXNamespaces.r])
        xml.newline()
        xml.start("w:p")
        DOCXText.paragraphProperties(.footer, into: &xml)
        if let initials = document.initialsLabel { DOCXText.write([.text(OfficeFooter.initials(initials))], into: &xml) }
        field("PAGE", &xml)
        DOCXText.write([.text(" / ")], into: &xml)
        field("NUMPAGES", &xml)
        xml.end()
        xml.newline()
        xml.end()
        return xml.finish()
    }

    /// A field as Word writes it: begin, instruction, separate, result, end.
    private static func field(_ instruction: String, _ xml: inout XMLWriter) {
        xml.start("w:r")
        xml.empty("w:fldChar", [("w:fldCharType", "begin")])
        xml.end()
        xml.start("w:r")
        xml.element("w:instrText", [("xml:space", "preserve")], text: " \(instruction) ")
        xml.end()
        xml.start("w:r")
        xml.empty("w:fldChar", [("w:fldCharType", "separate")])
        xml.end()
        xml.start("w:r")
        xml.element("w:t", text: "1")
        xml.end()
        xml.start("w:r")
        xml.empty("w:fldChar", [("w:fldCharType", "end")])
        xml.end()
    }
}
