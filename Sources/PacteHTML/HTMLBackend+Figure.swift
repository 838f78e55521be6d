import PacteDocument
import PacteFigures

/// A chart in the page: a `figure` with its title as the caption and one
/// inline SVG per page of the chart (a long timeline is cut, its axis
/// repeated, so that no picture is split across printed pages). The first
/// picture is described by the chart's alt text; the ones after say they
/// continue it. Each scales to the page's width, down to a 360 px screen.
extension HTMLBackend {
    static func figure(_ figure: Figure, into writer: inout Writer) {
        let id = figure.id.rawValue.map { $0 == "." ? "-" : $0 }
        let pictures = FigureLayouts.pictures(figure)
        writer.line("<figure class=\"chart\" id=\"\(escape(String(id)))\">")
        writer.indent { writer in
            writer.line("<figcaption>\(escape(figure.title))</figcaption>")
            for (index, picture) in pictures.enumerated() {
                let title = index == 0 ? figure.title : figure.title + " " + continued(index, of: pictures.count)
                let svg = SVGWriter.svg(picture, id: String(id) + "-\(index + 1)", title: title,
                                        description: index == 0 ? figure.altText : nil)
                for line in svg.split(separator: "\n") { writer.line(String(line)) }
            }
        }
        writer.line("</figure>")
    }

    /// « (2/3) »: the place of a picture among a chart's pages.
    private static func continued(_ index: Int, of count: Int) -> String {
        "(\(index + 1)/\(count))"
    }
}
