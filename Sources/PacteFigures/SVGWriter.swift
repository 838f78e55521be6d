import PacteCore
import PacteDocument

/// A drawing as SVG: the same bytes for the same drawing (numbers with at
/// most two decimals, written from integers; ids from the figure's block
/// id, never random), every text escaped. Inline in HTML, the picture is
/// `role="img"`, named by its `<title>` and described by its `<desc>`; it
/// scales to its container's width.
public enum SVGWriter {
    /// The font the charts are set in, whose widths ``TextMetrics`` knows.
    public static let fontFamily = "'Liberation Sans', Arial, Helvetica, sans-serif"

    /// `drawing` as an `<svg>` element: `id` names its title and
    /// description; `standalone` makes a file of its own (XML declaration,
    /// a size in points).
    public static func svg(_ drawing: Drawing, id: String, title: String, description: String?, standalone: Bool = false) -> String {
        let width = number(drawing.width), height = number(drawing.height)
        var output = standalone ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" : ""
        let labelled = description == nil ? "\(id)-title" : "\(id)-title \(id)-desc"
        output += "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\""
        output += standalone ? " width=\"\(width)pt\" height=\"\(height)pt\"" : " width=\"100%\""
        output += " role=\"img\" aria-labelledby=\"\(escape(labelled))\" font-family=\"\(escape(fontFamily))\">\n"
        output += "<title id=\"\(escape(id))-title\">\(escape(title))</title>\n"
        if let description { output += "<desc id=\"\(escape(id))-desc\">\(escape(description))</desc>\n" }
        output += "<rect x=\"0\" y=\"0\" width=\"\(width)\" height=\"\(height)\" fill=\"#ffffff\"/>\n"
        for shape in drawing.shapes { output += element(shape) + "\n" }
        output += "</svg>\n"
        return output
    }

    static func element(_ shape: Shape) -> String {
        switch shape {
        case let .rect(x, y, width, height, fill, stroke, lineWidth):
            var attributes = "x=\"\(number(x))\" y=\"\(number(y))\" width=\"\(number(width))\" height=\"\(number(height))\""
            attributes += " fill=\"\(fill?.hex ?? "none")\""
            if let stroke { attributes += " stroke=\"\(stroke.hex)\" stroke-width=\"\(number(lineWidth))\"" }
            return "<rect \(attributes)/>"
        case let .line(x1, y1, x2, y2, colour, lineWidth, dashed):
            let dash = dashed ? " stroke-dasharray=\"2 1.5\"" : ""
            return "<line x1=\"\(number(x1))\" y1=\"\(number(y1))\" x2=\"\(number(x2))\" y2=\"\(number(y2))\" stroke=\"\(colour.hex)\" stroke-width=\"\(number(lineWidth))\"\(dash)/>"
        case let .text(text, x, baseline, size, bold, anchor, colour):
            var attributes = "x=\"\(number(x))\" y=\"\(number(baseline))\" font-size=\"\(number(size))\""
            if bold { attributes += " font-weight=\"bold\"" }
            if anchor != .start { attributes += " text-anchor=\"\(anchor.rawValue)\"" }
            attributes += " fill=\"\(colour.hex)\""
            return "<text \(attributes)>\(escape(text))</text>"
        }
    }

    /// A number with at most two decimals, no exponent, no `-0`: rounded to
    /// hundredths in integers, so the text never depends on float printing.
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let whole = magnitude / 100, fraction = magnitude % 100
        if fraction == 0 { return sign + String(whole) }
        let digits = fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0" : "") + String(fraction)
        return sign + String(whole) + "." + digits
    }

    /// `text` safe in element content and attributes (``Swift/String/markupEscaped``).
    public static func escape(_ text: String) -> String { text.markupEscaped }
}
