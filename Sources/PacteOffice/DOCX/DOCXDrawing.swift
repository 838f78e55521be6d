import PacteFigures

/// A chart's picture as the vector drawing Word itself stores: an inline
/// `w:drawing` holding one group (`wpg:wgp`, Word 2010's drawing group) of
/// shapes (`wps:wsp`) — rectangles, lines, and each line of text as a text
/// box without insets — in EMU at the picture's size in points.
///
/// Why not a picture: Word shows an SVG only with a PNG beside it
/// (`asvg:svgBlip`), which pacte cannot draw without a rasteriser; a
/// DrawingML group is drawn by Word (2010 and later, without the VML
/// fallback) and imported by LibreOffice, its text stays text (searchable,
/// selectable) and it prints as sharp as the PDF's. The drawing is inline,
/// a character of its paragraph: it moves with the text and never crosses
/// a page. Its `wp:docPr` carries the chart's title and the sentence that
/// says what it shows (`descr`, Word's alternative text).
///
/// Numbers are integers of EMU rounded from the layout's points, and ids
/// are counted from the caller's: the same drawing gives the same bytes.
struct DOCXDrawing {
    /// EMU per point (ECMA-376 Part 1, §20.1.2.1: 914 400 an inch).
    static let emuPerPoint = 12_700.0
    /// The group's uri, that tells a reader what `a:graphicData` holds.
    static let groupURI = "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"
    /// Arial's ascent (hhea, 1854/2048 em), Liberation Sans' too: Word and
    /// LibreOffice set a single-spaced line's baseline this far below its top.
    static let ascent = 0.905
    /// A text box's height, in ems: a single-spaced line of Arial (1.15 em) fits.
    static let textBoxHeight = 1.25
    /// Room a text box leaves beyond its text's measured width, in ems,
    /// should the reader's font be a little wider: the text stays anchored
    /// where the layout put it, since the room is on the side away from its
    /// anchor (both sides of a centred label).
    static let textBoxSlack = 1.0

    let drawing: Drawing
    /// What names the drawing: `wp:docPr`'s `name`, `title` and `descr`.
    let name: String, title: String, description: String

    /// The drawing's ids start at `firstID`; the one after the last is returned.
    func write(into xml: inout XMLWriter, firstID: Int) -> Int {
        var id = firstID
        let width = Self.emu(drawing.width), height = Self.emu(drawing.height)
        xml.start("w:r")
        xml.start("w:drawing")
        xml.start("wp:inline", [("distT", "0"), ("distB", "0"), ("distL", "0"), ("distR", "0")])
        xml.empty("wp:extent", [("cx", width), ("cy", height)])
        xml.empty("wp:effectExtent", [("l", "0"), ("t", "0"), ("r", "0"), ("b", "0")])
        xml.empty("wp:docPr", [("id", String(id)), ("name", name), ("descr", description), ("title", title)])
        id += 1
        xml.empty("wp:cNvGraphicFramePr")
        xml.start("a:graphic")
        xml.start("a:graphicData", [("uri", Self.groupURI)])
        xml.start("wpg:wgp")
        xml.empty("wpg:cNvGrpSpPr")
        xml.start("wpg:grpSpPr")
        xml.start("a:xfrm")
        xml.empty("a:off", [("x", "0"), ("y", "0")])
        xml.empty("a:ext", [("cx", width), ("cy", height)])
        xml.empty("a:chOff", [("x", "0"), ("y", "0")])
        xml.empty("a:chExt", [("cx", width), ("cy", height)])
        xml.end()
        xml.end()
        for shape in drawing.shapes {
            Self.shape(shape, id: id, into: &xml)
            id += 1
        }
        xml.end()
        xml.end()
        xml.end()
        xml.end()
        xml.end()
        xml.end()
        return id
    }

    // MARK: - Shapes

    private static func shape(_ shape: Shape, id: Int, into xml: inout XMLWriter) {
        switch shape {
        case let .rect(x, y, width, height, fill, stroke, lineWidth):
            start(id, "Rectangle", text: false, into: &xml)
            transform(x: x, y: y, width: width, height: height, into: &xml)
            geometry("rect", into: &xml)
            self.fill(fill, into: &xml)
            outline(stroke, width: lineWidth, dashed: false, into: &xml)
            xml.end()
            xml.empty("wps:bodyPr")
            xml.end()
        case let .line(x1, y1, x2, y2, colour, lineWidth, dashed):
            // `line` runs from the box's top left to its bottom right; one
            // rising to the right is that line flipped upside down.
            let (left, right) = x1 <= x2 ? ((x1, y1), (x2, y2)) : ((x2, y2), (x1, y1))
            start(id, "Line", text: false, into: &xml)
            transform(x: left.0, y: min(left.1, right.1), width: right.0 - left.0, height: abs(right.1 - left.1),
                      flipV: right.1 < left.1, into: &xml)
            geometry("line", into: &xml)
            outline(colour, width: lineWidth, dashed: dashed, into: &xml)
            xml.end()
            xml.empty("wps:bodyPr")
            xml.end()
        case let .text(text, x, baseline, size, bold, anchor, colour):
            textBox(text, x: x, baseline: baseline, size: size, bold: bold, anchor: anchor, colour: colour, id: id, into: &xml)
        }
    }

    /// One line of text in a box without insets that neither wraps nor
    /// grows: the box's top an ascent above the baseline, its left, middle
    /// or right on `x` as the anchor says, the paragraph aligned the same way.
    private static func textBox(_ text: String, x: Double, baseline: Double, size: Double, bold: Bool, anchor: TextAnchor,
                                colour: FigureColour, id: Int, into xml: inout XMLWriter) {
        let width = TextMetrics.width(text, size: size, bold: bold) + textBoxSlack * size
        let (left, alignment): (Double, String) = switch anchor {
        case .start: (x, "left")
        case .middle: (x - width / 2, "center")
        case .end: (x - width, "right")
        }
        start(id, "Text", text: true, into: &xml)
        transform(x: left, y: baseline - ascent * size, width: width, height: textBoxHeight * size, into: &xml)
        geometry("rect", into: &xml)
        xml.empty("a:noFill")
        xml.start("a:ln")
        xml.empty("a:noFill")
        xml.end()
        xml.end()
        xml.start("wps:txbx")
        xml.start("w:txbxContent")
        xml.start("w:p")
        xml.start("w:pPr")
        xml.empty("w:spacing", [("w:before", "0"), ("w:after", "0"), ("w:line", "240"), ("w:lineRule", "auto")])
        xml.empty("w:ind", [("w:left", "0"), ("w:right", "0"), ("w:firstLine", "0")])
        xml.empty("w:jc", [("w:val", alignment)])
        xml.end()
        xml.start("w:r")
        xml.start("w:rPr")
        xml.empty("w:rFonts", [("w:ascii", OfficeLook.sans), ("w:eastAsia", OfficeLook.sans), ("w:hAnsi", OfficeLook.sans), ("w:cs", OfficeLook.sans)])
        if bold {
            xml.empty("w:b")
            xml.empty("w:bCs")
        }
        xml.empty("w:color", [("w:val", hex(colour))])
        let halfPoints = String(Int((size * 2).rounded()))
        xml.empty("w:sz", [("w:val", halfPoints)])
        xml.empty("w:szCs", [("w:val", halfPoints)])
        xml.end()
        let cleaned = OfficeText.clean(text)
        let keep = cleaned.first == " " || cleaned.last == " " || cleaned.contains("  ")
        xml.element("w:t", keep ? [("xml:space", "preserve")] : [], text: cleaned)
        xml.end()
        xml.end()
        xml.end()
        xml.end()
        xml.start("wps:bodyPr", [("rot", "0"), ("vert", "horz"), ("wrap", "none"),
                                 ("lIns", "0"), ("tIns", "0"), ("rIns", "0"), ("bIns", "0"), ("anchor", "t"), ("anchorCtr", "0")])
        xml.empty("a:noAutofit")
        xml.end()
        xml.end()
    }

    // MARK: - Parts of a shape

    /// Opens `wps:wsp` and its `wps:spPr`, after the shape's name and kind.
    private static func start(_ id: Int, _ kind: String, text: Bool, into xml: inout XMLWriter) {
        xml.start("wps:wsp")
        xml.empty("wps:cNvPr", [("id", String(id)), ("name", "\(kind) \(id)")])
        xml.empty("wps:cNvSpPr", text ? [("txBox", "1")] : [])
        xml.start("wps:spPr")
    }

    private static func transform(x: Double, y: Double, width: Double, height: Double, flipV: Bool = false, into xml: inout XMLWriter) {
        xml.start("a:xfrm", flipV ? [("flipV", "1")] : [])
        xml.empty("a:off", [("x", emu(x)), ("y", emu(y))])
        xml.empty("a:ext", [("cx", emu(max(0, width))), ("cy", emu(max(0, height)))])
        xml.end()
    }

    private static func geometry(_ preset: String, into xml: inout XMLWriter) {
        xml.start("a:prstGeom", [("prst", preset)])
        xml.empty("a:avLst")
        xml.end()
    }

    private static func fill(_ colour: FigureColour?, into xml: inout XMLWriter) {
        guard let colour else { return xml.empty("a:noFill") }
        xml.start("a:solidFill")
        xml.empty("a:srgbClr", [("val", hex(colour))])
        xml.end()
    }

    /// The outline, or none; a dash is `dash`, four widths on and three
    /// off: the SVG's `2 1.5`, in proportion.
    private static func outline(_ colour: FigureColour?, width: Double, dashed: Bool, into xml: inout XMLWriter) {
        guard let colour, width > 0 else {
            xml.start("a:ln")
            xml.empty("a:noFill")
            xml.end()
            return
        }
        xml.start("a:ln", [("w", emu(width))])
        xml.start("a:solidFill")
        xml.empty("a:srgbClr", [("val", hex(colour))])
        xml.end()
        if dashed { xml.empty("a:prstDash", [("val", "dash")]) }
        xml.end()
    }

    // MARK: - Numbers

    /// Points as whole EMU.
    static func emu(_ points: Double) -> String {
        guard points.isFinite else { return "0" }
        return String(Int((points * emuPerPoint).rounded()))
    }

    /// `RRGGBB`, as DrawingML and WordprocessingML write a colour.
    static func hex(_ colour: FigureColour) -> String {
        String(colour.hex.dropFirst()).uppercased()
    }
}
