import PacteDocument

/// Runs and paragraph properties in WordprocessingML: a run per piece of
/// text, the pacte's emphasis as the named character styles `Emphasis`
/// and `Strong`, the spaces Word would trim kept with `xml:space`.
enum DOCXText {
    /// Runs for `runs`, their text cleaned.
    static func write(_ runs: [Inline], into xml: inout XMLWriter) {
        for run in runs {
            let text = OfficeText.clean(run.plainText)
            guard !text.isEmpty else { continue }
            xml.start("w:r")
            switch run {
            case .text: break
            case .emphasis, .strong:
                xml.start("w:rPr")
                let style = if case .emphasis = run { OfficeStyle.emphasis } else { OfficeStyle.strong }
                xml.empty("w:rStyle", [("w:val", style.docxID)])
                xml.end()
            }
            // Word drops a space at either end of a `w:t`, and folds runs of them, unless told to keep them.
            let keep = text.first == " " || text.last == " " || text.contains("  ")
            xml.element("w:t", keep ? [("xml:space", "preserve")] : [], text: text)
            xml.end()
        }
    }

    /// `w:pPr` naming the paragraph's style, with what the paragraph adds:
    /// its list, and a keep with the next paragraph that the style lacks.
    static func paragraphProperties(_ style: OfficeStyle, keepWithNext: Bool = false, numbering: Int? = nil, into xml: inout XMLWriter) {
        xml.start("w:pPr")
        xml.empty("w:pStyle", [("w:val", style.docxID)])
        if keepWithNext && !style.look.keepWithNext { xml.empty("w:keepNext") }
        if let numbering {
            xml.start("w:numPr")
            xml.empty("w:ilvl", [("w:val", "0")])
            xml.empty("w:numId", [("w:val", String(numbering))])
            xml.end()
        }
        xml.end()
    }
}
