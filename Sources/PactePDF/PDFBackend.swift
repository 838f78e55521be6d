import PacteCore
import PacteDocument

/// The printed pacte as a PDF file, written natively: A4 pages in the
/// standard fonts (nothing embedded, nothing to install), lines broken with
/// Adobe's font metrics, tables that continue across pages under their
/// repeated header, page numbers, an outline of the sections, and the
/// document's metadata. The same document and options always give the same
/// bytes: nothing reads the clock or draws a random number.
public enum PDFBackend {
    /// How to write the file.
    public struct Options: Sendable {
        /// The date written as `/CreationDate`: the pacte's adoption date or
        /// `SOURCE_DATE_EPOCH`, chosen by the caller; never the clock. None
        /// leaves the entry out.
        public var creationDate: CalendarDate?

        /// Options for writing a PDF file.
        public init(creationDate: CalendarDate? = nil) {
            self.creationDate = creationDate
        }
    }

    /// The file and what had to be changed to write it.
    public struct Output: Sendable {
        /// The PDF file.
        public let bytes: [UInt8]
        /// The characters the standard fonts cannot draw (outside
        /// WinAnsiEncoding), each once in order of appearance: they were
        /// printed as `?` or without their accent, worth a warning.
        public let substitutedCharacters: [String]
    }

    /// Lays out `document` on A4 pages and writes the PDF file.
    public static func render(_ document: Document, options: Options = Options()) -> Output {
        var encoder = WinAnsi()
        let (pages, bookmarks) = Paginator.paginate(document, encoder: &encoder)
        let bytes = PDFWriter.write(
            pages: pages, bookmarks: bookmarks,
            info: PDFWriter.Info(title: document.metadata.title, subject: document.metadata.subject,
                                 keywords: document.metadata.keywords, creationDate: options.creationDate),
            language: document.language.rawValue)
        return Output(bytes: bytes, substitutedCharacters: encoder.substituted)
    }
}
