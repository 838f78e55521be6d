/// The light markup of text blocks (DESIGN §2.1): blank lines separate
/// paragraphs, lines starting with `- ` are list items, `*emphasis*` and
/// `**strong**`. Everything else is text, printed as written.
public enum RichText {
    /// The blocks a text stands for, typeset for `language`.
    public static func blocks(_ text: String, _ language: Language) -> [Block] {
        var blocks: [Block] = []
        var paragraph: [String] = []
        var items: [String] = []
        func flush() {
            if !paragraph.isEmpty {
                blocks.append(.paragraph(inlines(paragraph.joined(separator: " "), language)))
                paragraph = []
            }
            if !items.isEmpty {
                blocks.append(.list(ordered: false, items: items.map { inlines($0, language) }))
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
        return blocks
    }

    /// The runs of one paragraph: `**strong**`, `*emphasis*`, text.
    public static func inlines(_ text: String, _ language: Language) -> [Inline] {
        var runs: [Inline] = []
        var current = ""
        let characters = Array(text)
        var index = 0
        var closers = [Closer(), Closer()]
        func flushText() {
            if !current.isEmpty { runs.append(.text(Typography.apply(current, language))) }
            current = ""
        }
        while index < characters.count {
            let strong = index + 1 < characters.count && characters[index] == "*" && characters[index + 1] == "*"
            let marker = strong ? 2 : 1
            if characters[index] == "*",
               let close = closing(characters, from: index + marker, strong: strong, closer: &closers[marker - 1]) {
                flushText()
                let inner = Typography.apply(String(characters[(index + marker)..<close]), language)
                runs.append(strong ? .strong(inner) : .emphasis(inner))
                index = close + marker
                continue
            }
            current.append(characters[index])
            index += 1
        }
        flushText()
        return runs
    }

    /// The last search for a closing `*`: where it started and what it
    /// found. Whether a `*` closes does not depend on where the search
    /// starts, so a later search that starts within the range already
    /// searched has its answer; without this, a text of `* ` repeated
    /// searched to its end once for each of them, in quadratic time.
    private struct Closer {
        var searchedFrom = Int.max
        var found: Int?
    }

    /// Where the emphasis opened at `start` closes, if it does: not right
    /// after the opening, not after a space.
    private static func closing(_ characters: [Character], from start: Int, strong: Bool, closer: inout Closer) -> Int? {
        guard start < characters.count, !characters[start].isWhitespace else { return nil }
        let first = start + 1
        if closer.searchedFrom <= first, (closer.found ?? Int.max) >= first { return closer.found }
        var index = first
        var found: Int?
        while index < characters.count {
            if characters[index] == "*", !characters[index - 1].isWhitespace {
                if strong {
                    if index + 1 < characters.count, characters[index + 1] == "*" { found = index; break }
                } else if index + 1 >= characters.count || characters[index + 1] != "*" {
                    found = index
                    break
                }
            }
            index += 1
        }
        closer = Closer(searchedFrom: first, found: found)
        return found
    }
}
