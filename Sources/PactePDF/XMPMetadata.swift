import PacteCore
import PacteDocument

/// The document's XMP metadata packet, in step with the Info dictionary
/// (PDF/A asks both to say the same): title, subject, keywords, the
/// creating tool and producer, the creation date when there is one, the
/// language, and the PDF/A-2u identification.
enum XMPMetadata {
    static func packet(_ info: PDFWriter.Info, language: String) -> String {
        var xml = "<?xpacket begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        xml += "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        xml += "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        xml += "<rdf:Description rdf:about=\"\"\n"
        xml += "  xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
        xml += "  xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
        xml += "  xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
        xml += "  xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
        xml += "<dc:format>application/pdf</dc:format>\n"
        xml += "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">\(escape(info.title))</rdf:li></rdf:Alt></dc:title>\n"
        xml += "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">\(escape(info.subject))</rdf:li></rdf:Alt></dc:description>\n"
        xml += "<dc:language><rdf:Bag><rdf:li>\(escape(language))</rdf:li></rdf:Bag></dc:language>\n"
        xml += "<pdf:Keywords>\(escape(info.keywords.joined(separator: ", ")))</pdf:Keywords>\n"
        xml += "<pdf:Producer>pacte</pdf:Producer>\n"
        xml += "<xmp:CreatorTool>pacte</xmp:CreatorTool>\n"
        if let date = info.creationDate { xml += "<xmp:CreateDate>\(isoDate(date))</xmp:CreateDate>\n" }
        xml += "<pdfaid:part>2</pdfaid:part>\n"
        xml += "<pdfaid:conformance>U</pdfaid:conformance>\n"
        xml += "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n"
        // Room to edit the packet in place, as the XMP specification suggests.
        for _ in 0..<8 { xml += String(repeating: " ", count: 99) + "\n" }
        xml += "<?xpacket end=\"w\"?>"
        return xml
    }

    /// `2026`, `2026-03`, `2026-03-14`: as precise as the Info dictionary's date.
    static func isoDate(_ date: CalendarDate) -> String {
        func padded(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        var text = padded(min(max(date.year, 0), 9999), 4)
        if let month = date.month {
            text += "-" + padded(month, 2)
            if let day = date.day { text += "-" + padded(day, 2) }
        }
        return text
    }

    /// Text for XML character data: markup escaped, and the characters XML 1.0 forbids left out.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "\t", "\n", "\r": escaped += " "
            default:
                let value = scalar.value
                if value < 0x20 || (0xFFFE...0xFFFF).contains(value) || (0xD800...0xDFFF).contains(value) { continue }
                escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
