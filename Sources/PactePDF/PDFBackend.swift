import PacteCore
import PacteDocument

/// The printed pacte as a PDF file, written natively: A4 pages set in
/// embedded subsets of two free faces (every character of the pacte
/// prints, and reads back through a `ToUnicode` map), lines broken with the
/// fonts' own metrics and kerning and French hyphenation, tables sized
/// from their content that continue across pages under their repeated
/// header, page numbers and a box for initials, an outline of the
/// sections, a structure tree (tagged PDF), an empty signature field on
/// each signatory's box, and metadata in the Info dictionary and in XMP —
/// PDF 1.7, meant as PDF/A-2u. The same document and options always give
/// the same bytes: nothing reads the clock or draws a random number.
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
        /// The characters the embedded fonts cannot draw, each once in
        /// order of appearance: they were printed as `?` (and still read
        /// back as themselves), worth a warning.
        public let substitutedCharacters: [String]
    }

    /// Lays out `document` on A4 pages and writes the PDF file.
    public static func render(_ document: Document, options: Options = Options()) -> Output {
        let (pages, bookmarks, composition) = Paginator.paginate(document)
        let bytes = PDFWriter.write(
            pages: pages, bookmarks: bookmarks, composition: composition,
            info: PDFWriter.Info(title: document.metadata.title, subject: document.metadata.subject,
                                 keywords: document.metadata.keywords, creationDate: options.creationDate),
            language: document.language.rawValue)
        return Output(bytes: bytes, substitutedCharacters: composition.encoder.substituted)
    }
}
