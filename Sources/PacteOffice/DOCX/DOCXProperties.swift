import PacteCore
import PacteDocument

/// `docProps/core.xml` and `docProps/app.xml`: title, subject, keywords,
/// language, the date the caller gives (never the clock's), and `pacte`
/// as the application that wrote the file.
enum DOCXProperties {
    static func core(_ document: Document, date: CalendarDate?) -> [UInt8] {
        let metadata = document.metadata
        var xml = XMLWriter()
        xml.start("cp:coreProperties", [
            ("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"),
            ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
            ("xmlns:dcterms", "http://purl.org/dc/terms/"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
        ])
        func element(_ name: String, _ text: String, _ attributes: [(String, String)] = []) {
            xml.newline()
            xml.element(name, attributes, text: OfficeText.clean(text))
        }
        element("dc:title", metadata.title)
        element("dc:subject", metadata.subject)
        if !metadata.keywords.isEmpty { element("cp:keywords", metadata.keywords.joined(separator: ", ")) }
        let tag = OfficeText.languageTag(document.language)
        element("dc:language", tag.language + "-" + tag.country)
        if let date = date.flatMap(OfficeText.dateTime) {
            // W3CDTF wants the time zone: midnight UTC, as the PDF's date.
            element("dcterms:created", date + "Z", [("xsi:type", "dcterms:W3CDTF")])
            element("dcterms:modified", date + "Z", [("xsi:type", "dcterms:W3CDTF")])
        }
        xml.newline()
        xml.end()
        return xml.finish()
    }

    static func app() -> [UInt8] {
        var xml = XMLWriter()
        xml.start("Properties", [
            ("xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"),
        ])
        xml.newline()
        xml.element("Application", text: "pacte")
        xml.newline()
        xml.end()
        return xml.finish()
    }
}
