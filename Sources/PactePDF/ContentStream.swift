import PacteCore
import PacteDocument

/// The operators that draw one page. Graphics and text state (font, word
/// spacing, colours, line width) are only set when they change, which keeps
/// the streams short without compression.
struct ContentStream {
    private(set) var buffer = PDFBuffer(capacity: 16_384)
    private var font: PDFFont?
    private var size = 0.0
    private var wordSpacing = 0.0
    private var fillColour: Colour?
    private var strokeColour: Colour?
    private var lineWidth = -1.0

    /// The fonts this page uses, for its resources.
    private(set) var fonts: Set<PDFFont> = []

    /// Draws `item` for a slice whose top is at `top` (PDF coordinates, from the page's bottom).
    mutating func draw(_ item: PageItem, top: Double) {
        switch item {
        case let .text(x, baseline, style, spacing, bytes):
            text(bytes, x: x, y: top - baseline, style: style, wordSpacing: spacing)
        case let .fill(x, y, width, height, colour):
            setFill(colour)
            rectangle(x: x, y: top - y - height, width: width, height: height)
            buffer.write(" re f\n")
        case let .frame(x, y, width, height, width2, colour):
            setStroke(colour, width: width2)
            rectangle(x: x, y: top - y - height, width: width, height: height)
            buffer.write(" re S\n")
        case let .line(x1, y1, x2, y2, width, colour):
            setStroke(colour, width: width)
            point(x1, top - y1)
            buffer.write(" m ")
            point(x2, top - y2)
            buffer.write(" l S\n")
        }
    }

    /// One run of WinAnsi text with its baseline's left end at (`x`, `y`).
    mutating func text(_ bytes: [UInt8], x: Double, y: Double, style: TextStyle, wordSpacing spacing: Double) {
        guard !bytes.isEmpty else { return }
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
        if wordSpacing != spacing {
            wordSpacing = spacing
            buffer.write(spacing, decimals: 3)
            buffer.write(" Tw ")
        }
        point(x, y)
        buffer.write(" Td ")
        buffer.writeLiteral(bytes)
        buffer.write(" Tj ET\n")
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
