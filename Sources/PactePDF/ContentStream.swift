import PacteCore
import PacteDocument

/// The operators that draw one page. Graphics and text state (font,
/// colours, line width) are only set when they change, which keeps the
/// streams short. Text is marked content tied to its structure node (an
/// MCID per sequence, consecutive runs of one node sharing it); rules,
/// fills, footers and repeated headers are artifacts, but a chart's
/// drawing is its figure's content.
struct ContentStream {
    private(set) var buffer = PDFBuffer(capacity: 16_384)
    private var font: PDFFont?
    private var size = 0.0
    private var fillColour: Colour?
    private var strokeColour: Colour?
    private var lineWidth = -1.0
    /// The marked-content sequence open, if any: a node's tag or an artifact's.
    private var open: StructureTag?
    /// Whether a word's replacement text is open inside it.
    private var spanOpen = false

    /// The fonts this page uses, for its resources.
    private(set) var fonts: Set<PDFFont> = []
    /// The structure node of each marked-content id, in order: the page's entry in the parent tree.
    private(set) var marks: [StructureTag] = []
    /// The signature fields lying on this page: the field's index and its rectangle (x1, y1, x2, y2).
    private(set) var fields: [(index: Int, rect: [Double])] = []

    /// Draws `item` for a slice whose top is at `top` (PDF coordinates, from the page's bottom).
    mutating func draw(_ item: PageItem, top: Double, structure: StructureTree) {
        switch item {
        case let .text(x, baseline, style, run, tag):
            text(run, x: x, y: top - baseline, style: style, tag: tag, structure: structure)
        case let .fill(x, y, width, height, colour, tag):
            mark(tag, structure: structure)
            setFill(colour)
            rectangle(x: x, y: top - y - height, width: width, height: height)
            buffer.write(" re f\n")
        case let .frame(x, y, width, height, width2, colour, tag):
            mark(tag, structure: structure)
            setStroke(colour, width: width2)
            rectangle(x: x, y: top - y - height, width: width, height: height)
            buffer.write(" re S\n")
        case let .line(x1, y1, x2, y2, width, colour, tag):
            mark(tag, structure: structure)
            setStroke(colour, width: width)
            point(x1, top - y1)
            buffer.write(" m ")
            point(x2, top - y2)
            buffer.write(" l S\n")
        case let .signatureField(x, y, width, height, index):
            fields.append((index, [x, top - y - height, x + width, top - y]))
        case let .actualText(text, tag):
            mark(tag, structure: structure)
            closeSpan()
            buffer.write("/Span << /ActualText ")
            buffer.writeTextString(text)
            buffer.write(" >> BDC\n")
            spanOpen = true
        case .endActualText:
            // Nothing to end when the word's first part was on the page before.
            closeSpan()
        }
    }

    /// One run of glyphs with its baseline's left end at (`x`, `y`).
    mutating func text(_ run: GlyphRun, x: Double, y: Double, style: TextStyle, tag: StructureTag, structure: StructureTree) {
        guard !run.ids.isEmpty else { return }
        mark(tag, structure: structure)
        fonts.insert(style.font)
        setFill(style.color)
        buffer.write("BT ")
        if font != style.font || size != style.size {
            font = style.font
            size = style.size
            buffer.write("/\(style.font.resourceName) ")
            buffer.write(style.size)
            buffer.write(" Tf ")
        }
        point(x, y)
        buffer.write(" Td [")
        var codes: [UInt8] = []
        codes.reserveCapacity(2 * run.ids.count)
        for (index, id) in run.ids.enumerated() {
            codes.append(UInt8(id >> 8))
            codes.append(UInt8(id & 0xFF))
            let adjust = index < run.adjustments.count ? run.adjustments[index] : 0
            // TJ moves left by its numbers: a positive adjustment is written negated.
            if adjust != 0 && index + 1 < run.ids.count {
                buffer.writeLiteral(codes)
                codes.removeAll(keepingCapacity: true)
                buffer.write(-adjust, decimals: 2)
            }
        }
        if !codes.isEmpty { buffer.writeLiteral(codes) }
        buffer.write("] TJ ET\n")
    }

    /// Ends the marked-content sequence open, at the page's end.
    mutating func finish() {
        closeSpan()
        if open != nil { buffer.write("EMC\n") }
        open = nil
    }

    /// Opens the marked-content sequence for `tag`, unless it is the one open.
    private mutating func mark(_ tag: StructureTag, structure: StructureTree) {
        guard open != tag else { return }
        closeSpan()
        if open != nil { buffer.write("EMC\n") }
        open = tag
        switch tag {
        case .artifact: buffer.write("/Artifact BMC\n")
        case .pagination: buffer.write("/Artifact << /Type /Pagination >> BDC\n")
        default:
            let role = Int(tag) < structure.nodes.count ? structure.nodes[Int(tag)].role : "Span"
            buffer.write("/\(role) << /MCID \(marks.count) >> BDC\n")
            marks.append(tag)
        }
    }

    private mutating func closeSpan() {
        if spanOpen { buffer.write("EMC\n") }
        spanOpen = false
    }

    private mutating func setFill(_ colour: Colour) {
        guard fillColour != colour else { return }
        fillColour = colour
        writeColour(colour)
        buffer.write(" rg\n")
    }

    private mutating func setStroke(_ colour: Colour, width: Double) {
        if strokeColour != colour {
            strokeColour = colour
            writeColour(colour)
            buffer.write(" RG\n")
        }
        if lineWidth != width {
            lineWidth = width
            buffer.write(width)
            buffer.write(" w\n")
        }
    }

    private mutating func writeColour(_ colour: Colour) {
        buffer.write(colour.red, decimals: 3)
        buffer.write(" ")
        buffer.write(colour.green, decimals: 3)
        buffer.write(" ")
        buffer.write(colour.blue, decimals: 3)
    }

    private mutating func point(_ x: Double, _ y: Double) {
        buffer.write(x)
        buffer.write(" ")
        buffer.write(y)
    }

    private mutating func rectangle(x: Double, y: Double, width: Double, height: Double) {
        point(x, y)
        buffer.write(" ")
        point(width, height)
    }
}
