/// The document backends behind one switch, for `pacte build` and the
/// amendments of `pacte diff`.
public enum DocumentFormat: String, Sendable, CaseIterable {
    /// A4 PDF, tagged, with embedded font subsets, meant as PDF/A-2u.
    case pdf
    /// One self-contained HTML file.
    case html
    /// CommonMark with GFM tables.
    case md
    /// OpenDocument Text (ODF 1.3), to edit in LibreOffice.
    case odt
    /// Office Open XML (ECMA-376 transitional), to edit in Word.
    case docx

    /// The spellings `--to` and an output's extension may use for a document.
    public static let spellings = ["pdf", "html", "htm", "md", "markdown", "odt", "docx"]

    /// The format a command-line spelling or a file extension names: `pdf`,
    /// `html` or `htm`, `md` or `markdown`, `odt`, `docx`, any case.
    public init?(spelling: String) {
        switch spelling.lowercased() {
        case "htm": self = .html
        case "markdown": self = .md
        case let lowered: self.init(rawValue: lowered)
        }
    }

    /// The document in this format, and the characters the format could not
    /// print as they are (the PDF's embedded fonts only), for a warning. Only
    /// the office packages can fail, past what a ZIP file without ZIP64 holds.
    public func render(_ document: Document, creationDate: CalendarDate?) throws(ZIPError) -> (bytes: [UInt8], substituted: [String]) {
        let rendered = try render(document, creationDate: creationDate, pictureName: nil)
        return (rendered.bytes, rendered.substituted)
    }

    /// The document in this format, as ``render(_:creationDate:)`` gives
    /// it, and the files to write beside it: the Markdown's pictures of its
    /// charts, `NAME.figure-1.svg`…, when `pictureName` gives `NAME` (there
    /// is a file beside which to write them); the other formats hold their
    /// charts inside.
    public func render(_ document: Document, creationDate: CalendarDate?, pictureName: String?) throws(ZIPError)
        -> (bytes: [UInt8], substituted: [String], pictures: [(name: String, bytes: [UInt8])]) {
        switch self {
        case .md:
            let output = MarkdownBackend.renderWithPictures(document, options: .init(pictureName: pictureName))
            return (Array(output.markdown.utf8), [], output.pictures.map { ($0.name, Array($0.svg.utf8)) })
        default:
            let rendered = try renderAlone(document, creationDate: creationDate)
            return (rendered.bytes, rendered.substituted, [])
        }
    }

    private func renderAlone(_ document: Document, creationDate: CalendarDate?) throws(ZIPError) -> (bytes: [UInt8], substituted: [String]) {
        switch self {
        case .pdf:
            let output = PDFBackend.render(document, options: .init(creationDate: creationDate))
            return (output.bytes, output.substitutedCharacters)
        case .html:
            return (Array(HTMLBackend.render(document).utf8), [])
        case .md:
            return (Array(MarkdownBackend.render(document).utf8), [])
        case .odt:
            return (try ODTBackend.render(document, options: .init(creationDate: creationDate)), [])
        case .docx:
            return (try DOCXBackend.render(document, options: .init(creationDate: creationDate)), [])
        }
    }
}
