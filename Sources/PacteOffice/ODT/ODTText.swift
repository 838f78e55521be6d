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
        var pending = ""
        var spaces = 0
        func flushSpaces(_ xml: inout XMLWriter) {
            guard spaces > 0 else { return }
            if spaces == 1 { xml.empty("text:s") } else { xml.empty("text:s", [("text:c", String(spaces))]) }
            spaces = 0
        }
        for character in text {
            if character == " " {
                if afterSpace {
                    if !pending.isEmpty {
                        xml.text(pending)
                        pending = ""
                    }
                    spaces += 1
                } else {
                    pending.append(" ")
                    afterSpace = true
                }
            } else {
                flushSpaces(&xml)
                pending.append(character)
                afterSpace = false
            }
        }
        if !pending.isEmpty { xml.text(pending) }
        flushSpaces(&xml)
    }
}
