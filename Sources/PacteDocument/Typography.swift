import PacteCore
import PacteSchema
import PacteSemantics

/// French typography for printed text: a no-break space before `: ; ! ?`
/// and inside « », typographic apostrophes and quotes, thousands grouped
/// with a no-break space (`24 000 €`). English text gets curly quotes only.
public enum Typography {
    /// The no-break space, in WinAnsi too, so that every backend can print it.
    public static let noBreakSpace: Character = "\u{00A0}"

    /// `text` typeset for `language`.
    ///
    /// Read scalar by scalar rather than character by character: every
    /// mark it looks at is one scalar, and breaking the whole printed text
    /// into grapheme clusters was a tenth of the time a small PDF takes.
    public static func apply(_ text: String, _ language: Language) -> String {
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        let french = language == .fr
        var quoteOpen = false
        for (index, scalar) in scalars.enumerated() {
            let previous = index > 0 ? scalars[index - 1] : nil
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            switch scalar {
            case "'":
                output.append("’")
            case "\"":
                let opening = !quoteOpen && (previous == nil || isSpace(previous!) || previous == "(" || previous == "[")
                quoteOpen = opening
                switch (language, opening) {
                case (.fr, true): output.append(contentsOf: ["«", noBreak])
                case (.fr, false):
                    trimTrailingSpaces(&output)
                    output.append(contentsOf: [noBreak, "»"])
                case (.en, true): output.append("“")
                case (.en, false): output.append("”")
                }
            case "«" where french:
                output.append(contentsOf: ["«", noBreak])
            case " " where french && isThousandsGap(scalars, at: index):
                // `31 000 habitants`: the groups of a number stay on one line.
                output.append(noBreak)
            case _ where french && (scalar == " " || scalar == noBreak) && (previous == "«" || next == "»"):
                // The no-break space is written with the guillemet itself.
                continue
            case "»" where french:
                trimTrailingSpaces(&output)
                output.append(contentsOf: [noBreak, "»"])
            case _ where french && (scalar == ":" || scalar == ";" || scalar == "!" || scalar == "?"):
                // Glued on both sides (`10:30`, `https://`) it is not punctuation.
                let gluedBefore = previous.map { !isSpace($0) } ?? false
                let gluedAfter = next.map { !isSpace($0) } ?? false
                if previous == nil || (gluedBefore && gluedAfter && next != "!" && next != "?") {
                    output.append(scalar)
                } else {
                    trimTrailingSpaces(&output)
                    output.append(contentsOf: [noBreak, scalar])
                }
            default:
                output.append(scalar)
            }
        }
        return String(output)
    }

    private static let noBreak: Unicode.Scalar = "\u{00A0}"

    /// What `Character.isWhitespace` says of a one-scalar character.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D) || (scalar.value >= 0x80 && scalar.properties.isWhitespace)
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar >= "0" && scalar <= "9" }

    /// A space between digits and a group of exactly three digits.
    private static func isThousandsGap(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index > 0, isDigit(scalars[index - 1]), index + 3 < scalars.count + 1 else { return false }
        for offset in 1...3 {
            guard index + offset < scalars.count, isDigit(scalars[index + offset]) else { return false }
        }
        let after = index + 4
        return after >= scalars.count || !isDigit(scalars[after])
    }

    private static func trimTrailingSpaces(_ text: inout String.UnicodeScalarView) {
        while let last = text.last, last == " " || last == noBreak { text.removeLast() }
    }

    /// An amount in euros the French or English way: `24 000 €`, `1 234,50 €`; `€24,000`, `€1,234.50`.
    public static func money(_ cents: Cents, _ language: Language) -> String {
        let euros = cents / 100, rest = cents % 100
        let separator = language == .fr ? String(noBreakSpace) : ","
        let digits = String(euros.magnitude)
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { grouped += separator }
            grouped.append(digit)
        }
        let decimals = rest == 0 ? "" : (language == .fr ? "," : ".") + (rest < 10 ? "0" : "") + String(rest.magnitude)
        let sign = cents < 0 ? "−" : ""
        return language == .fr ? sign + grouped + decimals + String(noBreakSpace) + "€" : sign + "€" + grouped + decimals
    }

    /// A date in words: « 14 mars 2026 », « mars 2026 », « 2026 »; “14 March 2026”.
    public static func date(_ date: CalendarDate, _ language: Language) -> String {
        // « mars 2026 » keeps its plain space, as before; a full date is
        // held together by no-break spaces.
        date.day == nil ? date.spelled(language) : date.spelled(language, space: String(noBreakSpace))
    }

    /// A range of dates: « de septembre 2026 à juin 2029 »; “September 2026 to June 2029”.
    public static func range(_ range: DateRange, _ language: Language) -> String {
        let start = date(range.lowerBound, language), end = date(range.upperBound, language)
        return language == .fr ? "\(start) – \(end)" : "\(start) – \(end)"
    }
}
