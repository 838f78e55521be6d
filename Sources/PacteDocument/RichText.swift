import PacteCore
import PacteSchema
import PacteSemantics

/// The light markup of text blocks (DESIGN §2.1): blank lines separate
/// paragraphs, lines starting with `- ` are list items, `*emphasis*` and
/// `**strong**`. Everything else is text, printed as written.
///
/// The markup has no headings, so the roles of a text's paragraphs are
/// read from what its author wrote, here and nowhere else: a paragraph
/// wholly in bold heads what follows (a lead-in), and one that ends in a
/// colon right before list items introduces them (an intro).
public enum RichText {
    /// The blocks a text stands for, typeset for `language`.
    public static func blocks(_ text: String, _ language: Language) -> [Block] {
        var blocks: [Block] = []
        var paragraph: [String] = []
        var items: [String] = []
        func flush() {
            if !paragraph.isEmpty {
                blocks.append(.paragraph(Paragraph(.body, inlines(paragraph.joined(separator: " "), language))))
                paragraph = []
            }
            if !items.isEmpty {
                blocks.append(.list(List(.bulleted, items.map { inlines($0, language) })))
                items = []
            }
        }
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(rawLine).trimmingBlanks
            if line.isEmpty {
                flush()
            } else if line.hasPrefix("- ") {
                if !paragraph.isEmpty { flush() }
                items.append(String(line.dropFirst(2)).trimmingBlanks)
            } else if !items.isEmpty && rawLine.hasPrefix("  ") {
                // An indented line continues the list item above.
                items[items.count - 1] += " " + line
            } else {
                if !items.isEmpty { flush() }
                paragraph.append(line)
            }
        }
        flush()
        for index in blocks.indices {
            guard case .paragraph(var paragraph) = blocks[index] else { continue }
            if paragraph.runs.count == 1, case .strong = paragraph.runs[0] {
                paragraph.role = .leadIn
            } else if index + 1 < blocks.count, case .list = blocks[index + 1], paragraph.runs.plainText.last == ":" {
                paragraph.role = .intro
            } else {
                continue
            }
            blocks[index] = .paragraph(paragraph)
        }
        return blocks
    }

    /// The runs of one paragraph: `**strong**`, `*emphasis*`, text.
    public static func inlines(_ text: String, _ language: Language) -> [Inline] {
        var runs: [Inline] = []
        var current = ""
        let characters = Array(text)
        var index = 0
        // For `*` and `**`, where a search for a closer last came back
        // empty: whether a star closes does not depend on where the search
        // starts, so no search that starts there or later can find one.
        // Without this, a text of unclosed stars was searched to its end
        // once for each of them, in quadratic time.
        var noCloserFrom = [Int.max, Int.max]
        func flushText() {
            if !current.isEmpty { runs.append(.text(Typography.apply(current, language))) }
            current = ""
        }
        while index < characters.count {
            let strong = index + 1 < characters.count && characters[index] == "*" && characters[index + 1] == "*"
            let marker = strong ? 2 : 1
            let start = index + marker
            // Not right after the opening, not before a space.
            if characters[index] == "*", start < characters.count, !characters[start].isWhitespace, start + 1 < noCloserFrom[marker - 1] {
                if let close = closing(characters, after: start, strong: strong) {
                    flushText()
                    let inner = Typography.apply(String(characters[start..<close]), language)
                    runs.append(strong ? .strong(inner) : .emphasis(inner))
                    index = close + marker
                    continue
                }
                noCloserFrom[marker - 1] = start + 1
            }
            current.append(characters[index])
            index += 1
        }
        flushText()
        return runs
    }

    /// The first star after `start` that closes an emphasis (`**` if
    /// `strong`): not after a space.
    private static func closing(_ characters: [Character], after start: Int, strong: Bool) -> Int? {
        var index = start + 1
        while index < characters.count {
            if characters[index] == "*", !characters[index - 1].isWhitespace {
                if strong {
                    if index + 1 < characters.count, characters[index + 1] == "*" { return index }
                } else if index + 1 >= characters.count || characters[index + 1] != "*" {
                    return index
                }
            }
            index += 1
        }
        return nil
    }
}
