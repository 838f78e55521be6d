import PacteArchive
import PacteCore
import PacteDocument

/// `pacte build --to odt`: the printed pacte (DESIGN §6.1) as an
/// OpenDocument Text package (ODF 1.3), the format the French
/// interoperability framework (RGI) recommends to public bodies, for a
/// town hall to edit, stamp and file in LibreOffice.
///
/// The backend walks ``Document`` as the PDF and the HTML do, so that the
/// three carry the same content in the same order. Everything is set by
/// named styles (``OfficeStyle``), the headings being LibreOffice's own
/// « Titre 1…3 », so that the navigator, a table of contents and a restyle
/// work. The same document and options give the same bytes: fixed dates in
/// the archive, parts and styles in a fixed order, no random identifier.
public enum ODTBackend {
    /// The package's media type, in its `mimetype` entry and its manifest.
    public static let mediaType = "application/vnd.oasis.opendocument.text"

    /// How to write the package.
    public struct Options: Sendable {
        /// The creation date in the metadata: the pacte's adoption date or
        /// `SOURCE_DATE_EPOCH`, chosen by the caller; never the clock. None
        /// leaves it out.
        public var creationDate: CalendarDate?

        /// Options for writing a package.
        public init(creationDate: CalendarDate? = nil) {
            self.creationDate = creationDate
        }
    }

    /// The document as an ODT package. It throws only where ZIP without
    /// ZIP64 cannot go (a part past 4 GiB), which no pacte reaches.
    public static func render(_ document: Document, options: Options = Options()) throws(ZIPError) -> [UInt8] {
        let (content, pictures) = ODTContent.writeWithPictures(document)
        let parts: [(String, [UInt8])] = [
            ("content.xml", content),
            ("styles.xml", ODTStyles.write(document)),
            ("meta.xml", ODTMeta.write(document, date: options.creationDate)),
        ]
        var zip = ZIPWriter()
        // First and stored, so that a reader finds the type at a fixed offset (ODF 1.3 part 2, §3.3).
        try zip.add("mimetype", Array(mediaType.utf8), method: .stored)
        for (name, bytes) in parts { try zip.add(name, bytes) }
        for picture in pictures { try zip.add(picture.path, picture.bytes) }
        try zip.add("META-INF/manifest.xml", ODTManifest.write(parts: parts.map(\.0), pictures: pictures.map(\.path)))
        return try zip.finish()
    }
}
