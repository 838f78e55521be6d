/// A ``StyleLook`` as WordprocessingML properties, `w:pPr` and `w:rPr`,
/// their children in the order the schema sets (Word refuses a file
/// whose properties come in another order).
enum DOCXLook {
    /// The paragraph properties of `look`, in a style.
    static func paragraphProperties(_ look: StyleLook, outlineLevel: Int?, _ xml: inout XMLWriter) {
        xml.start("w:pPr")
        if look.keepWithNext { xml.empty("w:keepNext") }
        // A heading of two lines is not split over two pages either.
        if outlineLevel != nil { xml.empty("w:keepLines") }
        if let border = look.border {
            xml.start("w:pBdr")
            let sides: [String] = switch border {
            case .top: ["top"]
            case .bottom: ["bottom"]
            case .all: ["top", "left", "bottom", "right"]
            }
            for side in sides { xml.empty("w:" + side, rule(space: border == .all ? 0 : 2)) }
            xml.end()
        }
        if look.hyphenate == false { xml.empty("w:suppressAutoHyphens") }
        var spacing: [(String, String)] = []
        if let before = look.spaceBefore { spacing.append(("w:before", String(before.twips))) }
        if let after = look.spaceAfter { spacing.append(("w:after", String(after.twips))) }
        if let height = look.lineHeight { spacing += [("w:line", String(height.twips)), ("w:lineRule", "exact")] }
        if !spacing.isEmpty { xml.empty("w:spacing", spacing) }
        if let alignment = look.alignment {
            // `left`, `right`, `both`: the values every version of Word reads.
            let value = switch alignment {
            case .start: "left"
            case .end: "right"
            case .justify: "both"
            }
            xml.empty("w:jc", [("w:val", value)])
        }
        if let level = outlineLevel { xml.empty("w:outlineLvl", [("w:val", String(level - 1))]) }
        xml.end()
    }

    /// A thin grey rule, as a border side.
    static func rule(space: Int = 0) -> [(String, String)] {
        [("w:val", "single"), ("w:sz", String(OfficeLook.borderWidth.eighthPoints)), ("w:space", String(space)), ("w:color", OfficeLook.rule)]
    }

    static func fontName(_ font: StyleLook.Font) -> String {
        font == .serif ? OfficeLook.serif : OfficeLook.sans
    }

    /// The run properties of `look`; nothing when it sets none.
    static func runProperties(_ look: StyleLook, _ xml: inout XMLWriter) {
        guard look.font != nil || look.bold != nil || look.italic != nil || look.capitals != nil || look.colour != nil || look.size != nil else { return }
        xml.start("w:rPr")
        if let font = look.font {
            let name = fontName(font)
            xml.empty("w:rFonts", [("w:ascii", name), ("w:hAnsi", name), ("w:cs", name)])
        }
        if let bold = look.bold {
            xml.empty("w:b", bold ? [] : [("w:val", "0")])
            xml.empty("w:bCs", bold ? [] : [("w:val", "0")])
        }
        if let italic = look.italic {
            xml.empty("w:i", italic ? [] : [("w:val", "0")])
            xml.empty("w:iCs", italic ? [] : [("w:val", "0")])
        }
        if let capitals = look.capitals { xml.empty("w:caps", capitals ? [] : [("w:val", "0")]) }
        if let colour = look.colour { xml.empty("w:color", [("w:val", colour)]) }
        if let size = look.size {
            xml.empty("w:sz", [("w:val", String(size))])
            xml.empty("w:szCs", [("w:val", String(size))])
        }
        xml.end()
    }
}
