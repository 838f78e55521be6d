/// The ODF namespaces pacte's parts use, each part declaring the ones it needs.
enum ODTNamespaces {
    static let office = ("xmlns:office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0")
    static let style = ("xmlns:style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0")
    static let text = ("xmlns:text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0")
    static let table = ("xmlns:table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0")
    static let fo = ("xmlns:fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0")
    static let svg = ("xmlns:svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0")
    static let draw = ("xmlns:draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0")
    static let xlink = ("xmlns:xlink", "http://www.w3.org/1999/xlink")
    static let meta = ("xmlns:meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0")
    static let dc = ("xmlns:dc", "http://purl.org/dc/elements/1.1/")
    static let manifest = ("xmlns:manifest", "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0")

    /// The version every part declares.
    static let version = ("office:version", "1.3")
}
