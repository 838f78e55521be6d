/// The Office Open XML namespaces and relationship types pacte's parts use
/// (ECMA-376 transitional, the one Word and LibreOffice write).
enum DOCXNamespaces {
    static let w = ("xmlns:w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main")
    static let r = ("xmlns:r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships")

    static let relationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let contentTypes = "http://schemas.openxmlformats.org/package/2006/content-types"

    /// The type of a relationship from the document to a part.
    static func relationship(_ name: String) -> String {
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/" + name
    }
}
