import PacteCore
import PacteDocument

/// `styles.xml` of the ODT package: the fonts, the named styles of
/// ``OfficeStyle`` with their look, the list styles of numbered and
/// bulleted lists, the outline that makes the headings the navigator's,
/// and the A4 page with the pacte's title in its header and « n / total »
/// in its footer.
enum ODTStyles {
    /// The list style of numbered lists (LibreOffice's « Numbering 123 »).
    static let numberedList = "Numbering_20_123"
    /// The list style of bulleted lists (LibreOffice's bullet list, « List 1 »).
    static let bulletedList = "List_20_1"

    static func write(_ document: Document) -> [UInt8] {
        var xml = XMLWriter()
        xml.start("office:document-styles", [
            ODTNamespaces.office, ODTNamespaces.style, ODTNamespaces.text, ODTNamespaces.table,
            ODTNamespaces.fo, ODTNamespaces.svg, ODTNamespaces.version,
        ])
        xml.newline()
        fontFaces(&xml)
        xml.newline()
        xml.start("office:styles")
        defaults(document.language, &xml)
        for style in OfficeStyle.allCases {
            xml.newline()
            namedStyle(style, document.language, &xml)
        }
        xml.newline()
        listStyles(&xml)
        xml.newline()
        outline(&xml)
        xml.end()
        xml.newline()
        pageLayout(&xml)
        xml.newline()
        masterPage(document, &xml)
        xml.newline()
        xml.end()
        return xml.finish()
    }

    /// The two typefaces, declared where the styles that name them are.
    static func fontFaces(_ xml: inout XMLWriter) {
        xml.start("office:font-face-decls")
        for (name, generic) in [(OfficeLook.serif, "roman"), (OfficeLook.sans, "swiss")] {
            xml.empty("style:font-face", [
                ("style:name", name), ("svg:font-family", "'\(name)'"),
                ("style:font-family-generic", generic), ("style:font-pitch", "variable"),
            ])
        }
        xml.end()
    }

    static func fontName(_ font: StyleLook.Font) -> String {
        font == .serif ? OfficeLook.serif : OfficeLook.sans
    }

    /// The default paragraph style: the body's face and size, the
    /// document's language (which spelling and hyphenation follow).
    private static func defaults(_ language: Language, _ xml: inout XMLWriter) {
        let tag = OfficeText.languageTag(language)
        xml.newline()
        xml.start("style:default-style", [("style:family", "paragraph")])
        xml.empty("style:paragraph-properties", [("fo:orphans", "2"), ("fo:widows", "2"), ("style:writing-mode", "page")])
        xml.empty("style:text-properties", [
            ("style:font-name", OfficeLook.serif), ("fo:font-size", Length.halfPoints(OfficeLook.bodySize).odf),
            ("fo:language", tag.language), ("fo:country", tag.country),
            ("fo:hyphenation-remain-char-count", "3"), ("fo:hyphenation-push-char-count", "3"),
        ])
        xml.end()
        xml.newline()
        xml.empty("style:style", [("style:name", "Standard"), ("style:family", "paragraph"), ("style:class", "text")])
    }

    /// One named style and its look.
    private static func namedStyle(_ style: OfficeStyle, _ language: Language, _ xml: inout XMLWriter) {
        let look = style.look
        var attributes = [("style:name", style.odfName), ("style:display-name", style.odfDisplayName(language))]
        switch style.family {
        case .character:
            attributes.append(("style:family", "text"))
            xml.start("style:style", attributes)
            textProperties(look, &xml)
            xml.end()
            return
        case .paragraph:
            attributes.append(("style:family", "paragraph"))
        }
        attributes.append(("style:parent-style-name", look.basedOn?.odfName ?? "Standard"))
        if let next = look.next { attributes.append(("style:next-style-name", next.odfName)) }
        if let level = style.outlineLevel { attributes.append(("style:default-outline-level", String(level))) }
        switch style {
        case .listNumber: attributes.append(("style:list-style-name", numberedList))
        case .listBullet: attributes.append(("style:list-style-name", bulletedList))
        default: break
        }
        attributes.append(("style:class", styleClass(style)))
        xml.start("style:style", attributes)
        paragraphProperties(look, &xml)
        textProperties(look, &xml)
        xml.end()
    }

    /// The category LibreOffice files the style under.
    private static func styleClass(_ style: OfficeStyle) -> String {
        switch style {
        case .heading1, .heading2, .heading3, .subtitle: "chapter"
        case .listNumber, .listBullet, .listIntro: "list"
        case .caption: "extra"
        case .tableHeading, .tableHeadingFigures, .tableContents, .tableContentsFigures, .tableTotal, .tableTotalFigures: "extra"
        case .header, .footer: "extra"
        default: "text"
        }
    }

    private static func paragraphProperties(_ look: StyleLook, _ xml: inout XMLWriter) {
        var attributes: [(String, String)] = []
        if let before = look.spaceBefore { attributes.append(("fo:margin-top", before.odf)) }
        if let after = look.spaceAfter { attributes.append(("fo:margin-bottom", after.odf)) }
        if let height = look.lineHeight { attributes.append(("fo:line-height", height.odf)) }
        if let alignment = look.alignment {
            switch alignment {
            case .start: attributes.append(("fo:text-align", "start"))
            case .end: attributes.append(("fo:text-align", "end"))
            case .justify: attributes += [("fo:text-align", "justify"), ("fo:text-align-last", "start")]
            }
        }
        if look.keepWithNext { attributes.append(("fo:keep-with-next", "always")) }
        if let border = look.border {
            let rule = "\(OfficeLook.borderWidth.odf) solid #\(OfficeLook.rule)"
            switch border {
            case .top: attributes += [("fo:border-top", rule), ("fo:padding-top", Length.points(2).odf)]
            case .bottom: attributes += [("fo:border-bottom", rule), ("fo:padding-bottom", Length.points(2).odf)]
            case .all: attributes += [("fo:border", rule), ("fo:padding", "0pt")]
            }
        }
        guard !attributes.isEmpty else { return }
        xml.empty("style:paragraph-properties", attributes)
    }

    static func textProperties(_ look: StyleLook, _ xml: inout XMLWriter) {
        var attributes: [(String, String)] = []
        if let font = look.font { attributes.append(("style:font-name", fontName(font))) }
        if let size = look.size { attributes.append(("fo:font-size", Length.halfPoints(size).odf)) }
        if let bold = look.bold { attributes.append(("fo:font-weight", bold ? "bold" : "normal")) }
        if let italic = look.italic { attributes.append(("fo:font-style", italic ? "italic" : "normal")) }
        if let capitals = look.capitals { attributes.append(("fo:text-transform", capitals ? "uppercase" : "none")) }
        if let colour = look.colour { attributes.append(("fo:color", "#" + colour)) }
        if let hyphenate = look.hyphenate { attributes.append(("fo:hyphenate", hyphenate ? "true" : "false")) }
        guard !attributes.isEmpty else { return }
        xml.empty("style:text-properties", attributes)
    }

    /// Numbered lists « 1. », bulleted lists « • », the marker hanging in
    /// the margin of the item's text.
    private static func listStyles(_ xml: inout XMLWriter) {
        func levelProperties(_ xml: inout XMLWriter) {
            xml.start("style:list-level-properties", [("text:list-level-position-and-space-mode", "label-alignment")])
            xml.empty("style:list-level-label-alignment", [
                ("text:label-followed-by", "listtab"),
                ("text:list-tab-stop-position", OfficeLook.listIndent.odf),
                ("fo:text-indent", (Length(twips: 0) - OfficeLook.listHanging).odf),
                ("fo:margin-left", OfficeLook.listIndent.odf),
            ])
            xml.end()
        }
        xml.start("text:list-style", [("style:name", numberedList), ("style:display-name", "Numbering 123")])
        xml.start("text:list-level-style-number", [
            ("text:level", "1"), ("text:style-name", OfficeStyle.strong.odfName), ("style:num-suffix", "."), ("style:num-format", "1"),
        ])
        levelProperties(&xml)
        xml.end()
        xml.end()
        xml.newline()
        xml.start("text:list-style", [("style:name", bulletedList), ("style:display-name", "List 1")])
        xml.start("text:list-level-style-bullet", [("text:level", "1"), ("text:bullet-char", "•")])
        levelProperties(&xml)
        xml.empty("style:text-properties", [("fo:color", "#" + OfficeLook.accent)])
        xml.end()
        xml.end()
    }

    /// The outline, unnumbered: the headings' levels are what the
    /// navigator and a table of contents read.
    private static func outline(_ xml: inout XMLWriter) {
        xml.start("text:outline-style", [("style:name", "Outline")])
        for level in 1...3 {
            xml.start("text:outline-level-style", [("text:level", String(level)), ("style:num-format", "")])
            xml.start("style:list-level-properties", [("text:list-level-position-and-space-mode", "label-alignment")])
            xml.empty("style:list-level-label-alignment", [("text:label-followed-by", "nothing")])
            xml.end()
            xml.end()
        }
        xml.end()
    }

    /// A4 portrait; the header and the footer inside the page margins.
    private static func pageLayout(_ xml: inout XMLWriter) {
        let edge = OfficeLook.headerFooterDistance
        // What lies between the header's top and the body's: the header's line and its gap.
        let gap = OfficeLook.bodyMargin - edge - Length.millimetres(5)
        xml.start("office:automatic-styles")
        xml.start("style:page-layout", [("style:name", "Page")])
        xml.empty("style:page-layout-properties", [
            ("fo:page-width", OfficeLook.pageWidth.odf), ("fo:page-height", OfficeLook.pageHeight.odf),
            ("style:print-orientation", "portrait"),
            ("fo:margin-top", edge.odf), ("fo:margin-bottom", edge.odf),
            ("fo:margin-left", OfficeLook.sideMargin.odf), ("fo:margin-right", OfficeLook.sideMargin.odf),
            ("style:writing-mode", "lr-tb"),
        ])
        xml.start("style:header-style")
        xml.empty("style:header-footer-properties", [("fo:min-height", "0pt"), ("fo:margin-bottom", gap.odf), ("style:dynamic-spacing", "false")])
        xml.end()
        xml.start("style:footer-style")
        xml.empty("style:header-footer-properties", [("fo:min-height", "0pt"), ("fo:margin-top", gap.odf), ("style:dynamic-spacing", "false")])
        xml.end()
        xml.end()
        xml.end()
    }

    /// The page every paragraph uses: the title in the header, the page
    /// number and the page count in the footer (fields the application
    /// updates; the texts written are what they show before it does).
    private static func masterPage(_ document: Document, _ xml: inout XMLWriter) {
        xml.start("office:master-styles")
        xml.start("style:master-page", [("style:name", "Standard"), ("style:page-layout-name", "Page")])
        xml.start("style:header")
        xml.start("text:p", [("text:style-name", OfficeStyle.header.odfName)])
        ODTText.write(document.metadata.title, into: &xml)
        xml.end()
        xml.end()
        xml.start("style:footer")
        xml.start("text:p", [("text:style-name", OfficeStyle.footer.odfName)])
        if let initials = document.initialsLabel { xml.text(OfficeFooter.initials(initials)) }
        xml.element("text:page-number", [("text:select-page", "current")], text: "1")
        xml.text(" / ")
        xml.element("text:page-count", text: "1")
        xml.end()
        xml.end()
        xml.end()
        xml.end()
    }
}
