/// The Open Packaging Conventions parts of the DOCX file: what each part
/// is (`[Content_Types].xml`) and how the parts point at one another
/// (`_rels/.rels`, `word/_rels/document.xml.rels`).
enum DOCXPackage {
    /// A part of the package: its name and its content type.
    struct Part {
        let name: String
        let contentType: String
    }

    static func wordprocessing(_ name: String) -> String {
        "application/vnd.openxmlformats-officedocument.wordprocessingml.\(name)+xml"
    }

    static let parts = [
        Part(name: "word/document.xml", contentType: wordprocessing("document.main")),
        Part(name: "word/styles.xml", contentType: wordprocessing("styles")),
        Part(name: "word/numbering.xml", contentType: wordprocessing("numbering")),
        Part(name: "word/settings.xml", contentType: wordprocessing("settings")),
        Part(name: "word/header1.xml", contentType: wordprocessing("header")),
        Part(name: "word/footer1.xml", contentType: wordprocessing("footer")),
        Part(name: "docProps/core.xml", contentType: "application/vnd.openxmlformats-package.core-properties+xml"),
        Part(name: "docProps/app.xml", contentType: "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
    ]

    static func contentTypes() -> [UInt8] {
        var xml = XMLWriter()
        xml.start("Types", [("xmlns", DOCXNamespaces.contentTypes)])
        xml.newline()
        xml.empty("Default", [("Extension", "rels"), ("ContentType", "application/vnd.openxmlformats-package.relationships+xml")])
        xml.newline()
        xml.empty("Default", [("Extension", "xml"), ("ContentType", "application/xml")])
        for part in parts {
            xml.newline()
            xml.empty("Override", [("PartName", "/" + part.name), ("ContentType", part.contentType)])
        }
        xml.newline()
        xml.end()
        return xml.finish()
    }

    /// The package's relationships: the document and its properties.
    static func packageRelationships() -> [UInt8] {
        relationships([
            ("rIdDocument", DOCXNamespaces.relationship("officeDocument"), "word/document.xml"),
            ("rIdCore", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
            ("rIdApp", DOCXNamespaces.relationship("extended-properties"), "docProps/app.xml"),
        ])
    }

    /// The document's relationships, relative to `word/`.
    static func documentRelationships() -> [UInt8] {
        relationships([
            ("rIdStyles", DOCXNamespaces.relationship("styles"), "styles.xml"),
            ("rIdNumbering", DOCXNamespaces.relationship("numbering"), "numbering.xml"),
            ("rIdSettings", DOCXNamespaces.relationship("settings"), "settings.xml"),
            (DOCXDocument.headerRelationship, DOCXNamespaces.relationship("header"), "header1.xml"),
            (DOCXDocument.footerRelationship, DOCXNamespaces.relationship("footer"), "footer1.xml"),
        ])
    }

    private static func relationships(_ entries: [(id: String, type: String, target: String)]) -> [UInt8] {
        var xml = XMLWriter()
        xml.start("Relationships", [("xmlns", DOCXNamespaces.relationships)])
        for entry in entries {
            xml.newline()
            xml.empty("Relationship", [("Id", entry.id), ("Type", entry.type), ("Target", entry.target)])
        }
        xml.newline()
        xml.end()
        return xml.finish()
    }
}
