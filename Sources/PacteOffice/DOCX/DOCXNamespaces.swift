/// The Office Open XML namespaces and relationship types pacte's parts use
/// (ECMA-376 transitional, the one Word and LibreOffice write).
enum DOCXNamespaces {
    static let w = ("xmlns:w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main")
    static let r = ("xmlns:r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships")
    /// DrawingML in a document (`wp:inline`), and DrawingML itself.
    static let wp = ("xmlns:wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing")
    static let a = ("xmlns:a", "http://schemas.openxmlformats.org/drawingml/2006/main")
    /// Word 2010's groups and shapes ([MS-ODRAWXML]), which the charts are drawn with.
    static let wpg = ("xmlns:wpg", "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup")
    static let wps = ("xmlns:wps", "http://schemas.microsoft.com/office/word/2010/wordprocessingShape")

    static let relationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let contentTypes = "http://schemas.openxmlformats.org/package/2006/content-types"

    /// The type of a relationship from the document to a part.
    static func relationship(_ name: String) -> String {
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/" + name
    }
}
