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
    public static func apply(_ text: String, _ language: Language) -> String {
        let characters = Array(text)
        var output = ""
        var quoteOpen = false
        for (index, character) in characters.enumerated() {
            let previous = index > 0 ? characters[index - 1] : nil
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            switch character {
            case "'":
                output.append("’")
            case "\"":
                let opening = !quoteOpen && (previous == nil || previous!.isWhitespace || "([".contains(previous!))
                quoteOpen = opening
                switch (language, opening) {
                case (.fr, true): output += "«" + String(noBreakSpace)
                case (.fr, false):
                    trimTrailingSpaces(&output)
                    output += String(noBreakSpace) + "»"
                case (.en, true): output.append("“")
                case (.en, false): output.append("”")
                }
            case "«" where language == .fr:
                output += "«" + String(noBreakSpace)
            case " " where language == .fr && isThousandsGap(characters, at: index):
                // `31 000 habitants`: the groups of a number stay on one line.
                output.append(noBreakSpace)
            case _ where language == .fr && (character == " " || character == noBreakSpace) && (previous == "«" || next == "»"):
                // The no-break space is written with the guillemet itself.
                continue
            case "»" where language == .fr:
                trimTrailingSpaces(&output)
                output += String(noBreakSpace) + "»"
            case _ where language == .fr && ":;!?".contains(character):
                // Glued on both sides (`10:30`, `https://`) it is not punctuation.
                let gluedBefore = previous.map { !$0.isWhitespace } ?? false
                let gluedAfter = next.map { !$0.isWhitespace } ?? false
                if previous == nil || (gluedBefore && gluedAfter && !"!?".contains(next!)) {
                    output.append(character)
                } else {
                    trimTrailingSpaces(&output)
                    output += String(noBreakSpace) + String(character)
                }
            default:
                output.append(character)
            }
        }
        return output
    }

    /// A space between digits and a group of exactly three digits.
    private static func isThousandsGap(_ characters: [Character], at index: Int) -> Bool {
        guard index > 0, characters[index - 1].isASCII, characters[index - 1].isNumber, index + 3 < characters.count + 1 else { return false }
        for offset in 1...3 {
            guard index + offset < characters.count, characters[index + offset].isASCII, characters[index + offset].isNumber else { return false }
        }
        let after = index + 4
        return after >= characters.count || !(characters[after].isASCII && characters[after].isNumber)
    }

    private static func trimTrailingSpaces(_ text: inout String) {
        while let last = text.last, last == " " || last == noBreakSpace { text.removeLast() }
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
