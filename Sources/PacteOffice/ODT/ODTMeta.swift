import PacteCore
import PacteDocument

/// `meta.xml` of the ODT package: title, subject, keywords, language,
/// generator, and the date the caller gives (the adoption date, or
/// `SOURCE_DATE_EPOCH`), never the clock's.
enum ODTMeta {
    static func write(_ document: Document, date: CalendarDate?) -> [UInt8] {
        let metadata = document.metadata
        var xml = XMLWriter()
        xml.start("office:document-meta", [ODTNamespaces.office, ODTNamespaces.meta, ODTNamespaces.dc, ODTNamespaces.version])
        xml.newline()
        xml.start("office:meta")
        func element(_ name: String, _ text: String) {
            xml.newline()
            xml.element(name, text: OfficeText.clean(text))
        }
        element("meta:generator", "pacte")
        element("dc:title", metadata.title)
        element("dc:subject", metadata.subject)
        for keyword in metadata.keywords { element("meta:keyword", keyword) }
        let tag = OfficeText.languageTag(document.language)
        element("dc:language", tag.language + "-" + tag.country)
        if let date = date.flatMap(OfficeText.dateTime) {
            element("meta:creation-date", date)
            element("dc:date", date)
        }
        xml.newline()
        xml.end()
        xml.newline()
        xml.end()
        return xml.finish()
    }
}
