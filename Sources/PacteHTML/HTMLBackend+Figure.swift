import PacteDocument
import PacteFigures

/// A chart in the page: a `figure` with its title as the caption and one
/// inline SVG per page of the chart (a long timeline is cut, its axis
/// repeated, so that no picture is split across printed pages). The first
/// picture is described by the chart's alt text; the ones after say they
/// continue it. Each scales to the page's width. Under 480 px, the
/// stylesheet shows instead one picture laid out for a narrow screen, whose
/// labels stay as large as the text around them; the other is hidden, so a
/// screen reader meets one chart, never two.
extension HTMLBackend {
    static func figure(_ figure: Figure, into writer: inout Writer) {
        let id = String(figure.id.rawValue.map { $0 == "." ? "-" : $0 })
        let pictures = FigureLayouts.pictures(figure)
        writer.line("<figure class=\"chart\" id=\"\(escape(id))\">")
        writer.indent { writer in
            writer.line("<figcaption>\(escape(figure.title))</figcaption>")
            writer.line("<div class=\"chart-page\">")
            writer.indent { writer in
                for (index, picture) in pictures.enumerated() {
                    let title = index == 0 ? figure.title : figure.title + " " + continued(index, of: pictures.count)
                    svg(picture, id: id + "-\(index + 1)", title: title, description: index == 0 ? figure.altText : nil, into: &writer)
                }
            }
            writer.line("</div>")
            writer.line("<div class=\"chart-narrow\">")
            writer.indent { writer in
                svg(FigureLayouts.narrowPicture(figure), id: id + "-narrow", title: figure.title, description: figure.altText, into: &writer)
            }
            writer.line("</div>")
        }
        writer.line("</figure>")
    }

    private static func svg(_ picture: Drawing, id: String, title: String, description: String?, into writer: inout Writer) {
        let svg = SVGWriter.svg(picture, id: id, title: title, description: description)
        for line in svg.split(separator: "\n") { writer.line(String(line)) }
    }

    /// « (2/3) »: the place of a picture among a chart's pages.
    private static func continued(_ index: Int, of count: Int) -> String {
        "(\(index + 1)/\(count))"
    }
}
