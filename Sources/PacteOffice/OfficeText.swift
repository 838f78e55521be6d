import PacteCore

/// User text made fit for an office document, before the XML writer
/// escapes it: the same words the PDF and the HTML print, nothing that an
/// application would render as something else.
public enum OfficeText {
    /// `text` with line ends and tabs as spaces (a title or a cell is one
    /// run of text, as in the HTML), the control characters dropped (XML
    /// 1.0 forbids C0 controls, and C1 controls and non-characters print
    /// as boxes), and every bidirectional embedding, override or isolate
    /// the text opens closed at its end: a title's stray U+202E cannot turn
    /// the words after it around, in the same paragraph or line.
    public static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsCleaning) else { return text }
        var output = String.UnicodeScalarView()
        // What the text left open, innermost last: true for an isolate.
        var open: [Bool] = []
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D:
                output.append(" ")
            case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF:
                continue
            case 0x202C:
                if open.last == false { open.removeLast() }
                output.append(scalar)
            case 0x202A...0x202E:
                open.append(false)
                output.append(scalar)
            case 0x2066...0x2068:
                open.append(true)
                output.append(scalar)
            case 0x2069:
                // A PDI closes its isolate and whatever was opened inside it.
                if let isolate = open.lastIndex(of: true) { open.removeSubrange(isolate...) }
                output.append(scalar)
            default:
                output.append(scalar)
            }
        }
        for isolate in open.reversed() { output.append(isolate ? "\u{2069}" : "\u{202C}") }
        return String(output)
    }

    private static func needsCleaning(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// The language as the documents' metadata names it, with a country:
    /// `fr-FR`, `en-GB` (a pacte is a French document; its English
    /// version is for European partners).
    public static func languageTag(_ language: Language) -> (language: String, country: String) {
        switch language {
        case .fr: ("fr", "FR")
        case .en: ("en", "GB")
        }
    }

    /// A date as `xsd:dateTime` at midnight, `2026-03-14T00:00:00`; a year
    /// or a month alone as their first day. None for a date no metadata
    /// field can hold (a year outside 1…9999).
    public static func dateTime(_ date: CalendarDate) -> String? {
        guard date.isValid, (1...9999).contains(date.year) else { return nil }
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let year = String(repeating: "0", count: 4 - String(date.year).count) + String(date.year)
        return "\(year)-\(two(date.month ?? 1))-\(two(date.day ?? 1))T00:00:00"
    }
}
