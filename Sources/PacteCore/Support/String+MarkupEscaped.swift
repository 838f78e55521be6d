extension String {
    /// The string safe in HTML or SVG, in element content and in a double-
    /// or single-quoted attribute: markup characters as entities, line ends
    /// and tabs as spaces (a page writes one element a line), and the
    /// characters both forbid dropped (C0 and C1 controls, U+FFFE, U+FFFF).
    /// One escaping for the page and the charts inlined in it.
    public var markupEscaped: String {
        var output = ""
        output.unicodeScalars.reserveCapacity(unicodeScalars.count)
        for scalar in unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            case "\n", "\r", "\t": output += " "
            default:
                let value = scalar.value
                if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xFFFE || value == 0xFFFF { continue }
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
