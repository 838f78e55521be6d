extension String {
    /// The text with what could drive a terminal shown as `\u{…}` escapes:
    /// C0 controls but the tab, DEL, C1 controls, and the bidirectional
    /// embeddings, overrides and isolates that can make a line read other
    /// than it is (CVE-2021-42574). For human output that repeats a user's
    /// text: a pacte is data, and data must not reach the terminal as
    /// commands.
    package var escapingControlCharacters: String {
        // Most lines hold none: no copy for them.
        guard unicodeScalars.contains(where: \.drivesATerminal) else { return self }
        var result = ""
        result.reserveCapacity(utf8.count + 8)
        for scalar in unicodeScalars {
            if scalar.drivesATerminal {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

extension Unicode.Scalar {
    /// Whether a terminal would take this scalar as a command or as a
    /// change of direction rather than print it.
    package var drivesATerminal: Bool {
        switch value {
        case 0x09: false
        case 0x00...0x1F, 0x7F...0x9F: true
        default: isBidiControl
        }
    }

    /// The marks, embeddings, overrides and isolates that change the
    /// direction text is shown in (CVE-2021-42574 abuses them).
    package var isBidiControl: Bool {
        switch value {
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: true
        default: false
        }
    }
}
