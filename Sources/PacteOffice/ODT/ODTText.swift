import PacteDocument

/// Text inside an ODF paragraph. ODF collapses white space as HTML does
/// (a run of spaces is one space, and a space that starts a paragraph is
/// none), so every space that would be lost is written as `<text:s/>`:
/// the text reads in LibreOffice as it was written. Runs with emphasis
/// become spans of the named character styles.
struct ODTText {
    /// Whether the last character written was a space, or nothing was
    /// written yet: a space there would be collapsed.
    private var afterSpace = true

    /// One string, cleaned, at the start of its paragraph.
    static func write(_ text: String, into xml: inout XMLWriter) {
        var writer = ODTText()
        writer.append(text, into: &xml)
    }

    /// Runs of a paragraph, at its start.
    static func write(_ runs: [Inline], into xml: inout XMLWriter) {
        var writer = ODTText()
        for run in runs {
            switch run {
            case .text(let text):
                writer.append(text, into: &xml)
            case .emphasis(let text), .strong(let text):
                let style = if case .emphasis = run { OfficeStyle.emphasis } else { OfficeStyle.strong }
                xml.start("text:span", [("text:style-name", style.odfName)])
                writer.append(text, into: &xml)
                xml.end()
            }
        }
    }

    /// Appends `text`, cleaned, its collapsible spaces as `<text:s/>`.
    mutating func append(_ text: String, into xml: inout XMLWriter) {
        let text = OfficeText.clean(text)
        // Most text has no space ODF would drop: written whole.
        if !(afterSpace && text.utf8.first == 0x20), !hasDoubleSpace(text) {
            xml.text(text)
            if let last = text.utf8.last { afterSpace = last == 0x20 }
            return
        }
        var pending = String.UnicodeScalarView()
        var spaces = 0
        func flushSpaces(_ xml: inout XMLWriter) {
            guard spaces > 0 else { return }
            if spaces == 1 { xml.empty("text:s") } else { xml.empty("text:s", [("text:c", String(spaces))]) }
            spaces = 0
        }
        for scalar in text.unicodeScalars {
            if scalar == " " {
                if afterSpace {
                    if !pending.isEmpty {
                        xml.text(String(pending))
                        pending = String.UnicodeScalarView()
                    }
                    spaces += 1
                } else {
                    pending.append(scalar)
                    afterSpace = true
                }
            } else {
                flushSpaces(&xml)
                pending.append(scalar)
                afterSpace = false
            }
        }
        if !pending.isEmpty { xml.text(String(pending)) }
        flushSpaces(&xml)
    }

    /// Whether `text` holds two spaces in a row: after a character that is
    /// not a space, the only spaces ODF would collapse.
    private func hasDoubleSpace(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == 0x20 && previous == 0x20 { return true }
            previous = byte
        }
        return false
    }
}
