import PacteArchive
import PacteCore
import PacteDocument

/// `pacte build --to docx`: the printed pacte (DESIGN §6.1) as an Office
/// Open XML document (ECMA-376 / ISO/IEC 29500 transitional), for the
/// partners who edit in Word.
///
/// The backend walks ``Document`` as the PDF, the HTML and the ODT do, so
/// that all carry the same content in the same order, and sets everything
/// with named styles (``OfficeStyle``), the headings being Word's own
/// `heading 1…3` (« Titre 1…3 »), so that the navigation pane, a table of
/// contents and a restyle work. The same document and options give the
/// same bytes: fixed dates in the archive, parts in a fixed order, no
/// random identifier (no `w:rsid`, no GUID).
public enum DOCXBackend {
    /// How to write the document.
    public struct Options: Sendable {
        /// The creation date in the properties: the pacte's adoption date
        /// or `SOURCE_DATE_EPOCH`, chosen by the caller; never the clock.
        /// None leaves it out.
        public var creationDate: CalendarDate?

        /// Options for writing a document.
        public init(creationDate: CalendarDate? = nil) {
            self.creationDate = creationDate
        }
    }

    /// The document as a DOCX file. It throws only where ZIP without
    /// ZIP64 cannot go (a part past 4 GiB), which no pacte reaches.
    public static func render(_ document: Document, options: Options = Options()) throws(ZIPError) -> [UInt8] {
        let body = DOCXDocument.write(document)
        var zip = ZIPWriter()
        // The content types first, as Word writes them: some readers look there first.
        try zip.add("[Content_Types].xml", DOCXPackage.contentTypes())
        try zip.add("_rels/.rels", DOCXPackage.packageRelationships())
        try zip.add("word/document.xml", body.bytes)
        try zip.add("word/_rels/document.xml.rels", DOCXPackage.documentRelationships())
        try zip.add("word/styles.xml", DOCXStyles.write(document))
        try zip.add("word/numbering.xml", DOCXNumbering.write(numberedLists: body.numberedLists))
        try zip.add("word/settings.xml", DOCXSettings.write(document.language))
        try zip.add("word/header1.xml", DOCXHeaderFooter.header(document))
        try zip.add("word/footer1.xml", DOCXHeaderFooter.footer(document))
        try zip.add("docProps/core.xml", DOCXProperties.core(document, date: options.creationDate))
        try zip.add("docProps/app.xml", DOCXProperties.app())
        return try zip.finish()
    }
}
