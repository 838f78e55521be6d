import PacteCore
import PacteDocument

/// `pacte build --to md`: the printed pacte (DESIGN §6) as CommonMark with
/// GitHub tables, to read on a forge next to the `.pacte` file or to paste
/// into a wiki.
///
/// The backend walks ``Document`` only, and sets each part as the document
/// says it is (the columns of figures aligned right from their kind, the
/// signatories one level under the signature page). User text is escaped so that it
/// never turns into markup: a `*`, `_`, `[`, `<`, `|` or a `#` at the start
/// of a line written in the pacte is printed as written; only the pacte's
/// own `*emphasis*` and `**strong**` (already runs in the document) become
/// Markdown emphasis. The same document gives the same bytes.
public enum MarkdownBackend {
    /// How to lay out the parts that Markdown has no direct form for.
    public struct Options: Sendable {
        /// How label–value facts (the title block) are written.
        public enum FactsStyle: Sendable, Hashable {
            /// `- **Territoire** : …`, one fact per line.
            case list
            /// A two-column table with an empty header row.
            case table
        }

        /// How facts are written.
        public var facts: FactsStyle
        /// How many empty lines each signatory gets to sign in (at least 1).
        public var signatureLines: Int

        /// The name the charts' pictures are given beside the Markdown
        /// file, `NAME.figure-1.svg`…, from `NAME` (the file's name without
        /// its extension); none where there is no file beside which to
        /// write them (standard output), and the charts become text tables.
        public var pictureName: String?

        /// Facts as a list and two lines to sign.
        public init(facts: FactsStyle = .list, signatureLines: Int = 2, pictureName: String? = nil) {
            self.facts = facts
            self.signatureLines = signatureLines
            self.pictureName = pictureName
        }
    }

    /// The Markdown, and the pictures it links to, which the caller writes beside it.
    public struct Output: Sendable {
        /// The Markdown text.
        public var markdown: String
        /// The SVG files, by the name the Markdown links them with.
        public var pictures: [(name: String, svg: String)]
    }

    /// The document as Markdown, ending with a line end.
    public static func render(_ document: Document, options: Options = Options()) -> String {
        renderWithPictures(document, options: options).markdown
    }

    /// The document as Markdown, and the SVG pictures of its charts when
    /// `options` names them.
    public static func renderWithPictures(_ document: Document, options: Options = Options()) -> Output {
        var renderer = Renderer(language: document.language, options: options)
        if let titleBlock = document.titleBlock { renderer.render(titleBlock) }
        for block in document.preamble { renderer.render(block) }
        for section in document.sections { renderer.render(section) }
        if let page = document.signaturePage { renderer.render(page) }
        renderer.output += "\n"
        return Output(markdown: renderer.output, pictures: renderer.pictures)
    }

    struct Renderer {
        let language: Language
        let options: Options
        /// The blocks written so far, separated by blank lines: each goes
        /// out as soon as it is rendered, rather than kept for one join at
        /// the end that would read them all back from memory.
        var output = ""
        /// How many blocks were written.
        var chunkCount = 0
        /// The marker of the list written just before, if the previous
        /// block was a list: two lists in a row with the same marker would
        /// merge into one, so the next one takes the other marker.
        var previousListMarker: String?
        /// The charts' pictures so far, to write beside the file.
        var pictures: [(name: String, svg: String)] = []

        init(language: Language, options: Options) {
            self.language = language
            self.options = options
        }

        mutating func render(_ titleBlock: TitleBlock) {
            emit(heading(1, titleBlock.title))
            if let subtitle = titleBlock.subtitle { emit(MarkdownBackend.blockStart(MarkdownBackend.escape(subtitle))) }
            render(titleBlock.facts)
        }

        /// A section's heading, its blocks, then its subsections.
        mutating func render(_ section: Section) {
            emit(heading(section.heading.level, section.heading.text))
            for block in section.blocks { render(block) }
            for subsection in section.subsections { render(subsection) }
        }

        /// The page's heading, then each signatory under a heading one level down.
        mutating func render(_ page: SignaturePage) {
            emit(heading(page.heading.level, page.heading.text))
            emit(MarkdownBackend.blockStart(MarkdownBackend.escape(page.statement)))
            for block in page.signatures { signature(block, level: page.heading.level + 1) }
        }

        mutating func render(_ block: Block) {
            switch block {
            case .paragraph(let paragraph):
                emit(MarkdownBackend.blockStart(MarkdownBackend.inlines(paragraph.runs)))
            case .list(let list):
                guard !list.items.isEmpty else { break }
                let marker = list.isOrdered ? (previousListMarker == "." ? ")" : ".") : bulletMarker
                emit(list.items.enumerated().map { index, item in
                    (list.isOrdered ? "\(index + 1)\(marker) " : "\(marker) ") + MarkdownBackend.blockStart(MarkdownBackend.inlines(item))
                }.joined(separator: "\n"), listMarker: marker)
            case .facts(let facts):
                render(facts.items)
            case .table(let table):
                if let caption = table.caption, !caption.isEmpty {
                    emit(MarkdownBackend.blockStart(MarkdownBackend.inlines([.strong(caption)])))
                }
                emit(MarkdownBackend.table(table))
            case .figure(let figure):
                self.figure(figure)
            }
        }

        mutating func render(_ facts: [Fact]) {
            guard !facts.isEmpty else { return }
            let marker = bulletMarker
            emit(self.facts(facts, marker: marker), listMarker: options.facts == .list ? marker : nil)
        }

        /// A block, unless it is empty: an empty one would leave a run of
        /// blank lines. `listMarker` is the marker of the list the chunk
        /// is, if it is one; a block that writes nothing does not separate
        /// two lists.
        mutating func emit(_ chunk: String, listMarker: String? = nil) {
            guard !chunk.isEmpty else { return }
            if chunkCount > 0 { output += "\n\n" }
            output += chunk
            chunkCount += 1
            previousListMarker = listMarker
        }

        /// The bullet for a list here: `-`, or `*` right after a `-` list.
        var bulletMarker: String { previousListMarker == "-" ? "*" : "-" }

        func heading(_ level: Int, _ text: String) -> String {
            // Every `#` is escaped: a trailing ` #` would close the heading.
            let content = MarkdownBackend.escape(text).replacingHash
            return String(repeating: "#", count: min(max(level, 1), 6)) + (content.isEmpty ? "" : " " + content)
        }

        func colon() -> String { language == .fr ? "\u{00A0}:" : ":" }

        func facts(_ facts: [Fact], marker: String) -> String {
            switch options.facts {
            case .list:
                return facts.map { fact in
                    marker + " " + MarkdownBackend.inlines([.strong(fact.label), .text(colon() + " " + fact.value)])
                }.joined(separator: "\n")
            case .table:
                var lines = ["|  |  |", "| --- | --- |"]
                for fact in facts {
                    lines.append("| " + MarkdownBackend.inlines([.strong(fact.label)]) + " | " + MarkdownBackend.escape(fact.value) + " |")
                }
                return lines.joined(separator: "\n")
            }
        }

        mutating func signature(_ block: SignatureBlock, level: Int) {
            emit(heading(level, block.organisation))
            var lines = [block.onBehalf] + [block.capacity].compactMap { $0 }
            lines.append(block.representative ?? block.nameLine + " " + String(repeating: "\u{2026}", count: 14))
            // One paragraph, its lines kept apart by hard breaks.
            emit(lines.map { MarkdownBackend.blockStart(MarkdownBackend.escape($0)) }.joined(separator: "  \n"))
            // A quoted box: the label, then empty lines that a forge keeps
            // (`&nbsp;`), so that the rendered page leaves room to sign.
            var box = ["> " + MarkdownBackend.blockStart(MarkdownBackend.escape(block.signatureLabel)) + colon()]
            for _ in 0..<max(options.signatureLines, 1) { box += [">", "> &nbsp;"] }
            emit(box.joined(separator: "\n"))
        }
    }

    // MARK: - Tables

    private static func table(_ table: Table) -> String {
        let columns = max(table.columns.count, (table.rows + table.totals).map(\.count).max() ?? 0, 1)
        // Figures align right, their heading with them.
        let numeric = (0..<columns).map { table.kind(ofColumn: $0).isFigure }
        func line(_ cells: [String]) -> String {
            let padded = cells + Array(repeating: "", count: max(0, columns - cells.count))
            return "| " + padded.map { $0.isEmpty ? " " : $0 }.joined(separator: " | ") + " |"
        }
        var lines = [line(table.columns.map { escape($0.heading) })]
        lines.append("| " + numeric.map { $0 ? "---:" : "---" }.joined(separator: " | ") + " |")
        for row in table.rows { lines.append(line(row.map { cell($0, bold: false) })) }
        for row in table.totals { lines.append(line(row.map { cell($0, bold: true) })) }
        return lines.joined(separator: "\n")
    }

    /// A cell on one line: paragraphs joined by `<br>`; total cells in bold.
    private static func cell(_ cell: TableCell, bold: Bool) -> String {
        cell.paragraphs.map { runs in
            guard bold else { return inlines(runs) }
            // A run that is already strong stays so; the others become strong.
            return inlines(runs.map { run -> Inline in
                switch run {
                case .text(let text), .emphasis(let text), .strong(let text): .strong(text)
                }
            })
        }.joined(separator: "<br>")
    }

    // MARK: - Text

    /// Runs as Markdown. Emphasis uses `*` and `**` where CommonMark's
    /// flanking rules make them work at that spot; elsewhere (next to
    /// punctuation inside a word, around spaces, next to another emphasis)
    /// it falls back to `<em>` and `<strong>`, which forges render too.
    static func inlines(_ runs: [Inline]) -> String {
        // Neighbouring runs with the same emphasis read as one.
        var merged: [Inline] = []
        for run in runs where !run.plainText.isEmpty {
            switch (merged.last, run) {
            case let (.text(a)?, .text(b)): merged[merged.count - 1] = .text(a + b)
            case let (.emphasis(a)?, .emphasis(b)): merged[merged.count - 1] = .emphasis(a + b)
            case let (.strong(a)?, .strong(b)): merged[merged.count - 1] = .strong(a + b)
            default: merged.append(run)
            }
        }
        let escaped = merged.map { escape($0.plainText) }
        var output = ""
        var lastWasDelimiter = false
        for (index, run) in merged.enumerated() {
            let inner = escaped[index]
            let marker: String
            let tag: String
            switch run {
            case .text:
                output += inner
                lastWasDelimiter = false
                continue
            case .emphasis: (marker, tag) = ("*", "em")
            case .strong: (marker, tag) = ("**", "strong")
            }
            let before = output.unicodeScalars.last
            let after: Unicode.Scalar?
            if index + 1 < merged.count {
                if case .text = merged[index + 1] { after = escaped[index + 1].unicodeScalars.first } else { after = "<" }
            } else {
                after = nil
            }
            if !lastWasDelimiter, canOpen(before: before, first: inner.unicodeScalars.first),
               canClose(last: inner.unicodeScalars.last, after: after) {
                output += marker + inner + marker
                lastWasDelimiter = true
            } else {
                output += "<\(tag)>" + inner + "</\(tag)>"
                lastWasDelimiter = false
            }
        }
        return output
    }

    /// Whether a `*` run between `before` and `first` is left-flanking.
    private static func canOpen(before: Unicode.Scalar?, first: Unicode.Scalar?) -> Bool {
        guard let first, !isWhitespace(first) else { return false }
        return !isPunctuation(first) || before.map { isWhitespace($0) || isPunctuation($0) } ?? true
    }

    /// Whether a `*` run between `last` and `after` is right-flanking.
    private static func canClose(last: Unicode.Scalar?, after: Unicode.Scalar?) -> Bool {
        guard let last, !isWhitespace(last) else { return false }
        return !isPunctuation(last) || after.map { isWhitespace($0) || isPunctuation($0) } ?? true
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .spaceSeparator || "\t\n\u{0C}\r ".unicodeScalars.contains(scalar)
    }

    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars.contains(scalar) }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    /// User text with every character that could start markup escaped.
    /// A `#`, `>`, `-`, `+` or a number matter only at the start of a
    /// block: ``blockStart(_:)`` escapes those.
    /// Line ends become spaces (a paragraph or a cell is one line), and
    /// control characters are dropped.
    static func escape(_ text: String) -> String {
        var output = ""
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", "|", "~", "$":
                // `~` is strikethrough and `$` math on GitHub.
                output += "\\"
                output.unicodeScalars.append(scalar)
            case "&":
                // Only `&name;` or `&#…;` would be read as an entity.
                let next = index + 1 < scalars.count ? scalars[index + 1] : nil
                if let next, next == "#" || next.properties.isAlphabetic || ("0"..."9").contains(next) { output += "\\" }
                output += "&"
            case ":" where index + 2 < scalars.count && scalars[index + 1] == "/" && scalars[index + 2] == "/",
                 "." where index >= 3 && String(String.UnicodeScalarView(scalars[(index - 3)..<index])).lowercased() == "www":
                // Forges turn a bare `https://…` or `www.…` into a link; the
                // escape keeps it text, as in the other documents. (An email
                // address is linked whatever the escapes: harmless.)
                output += "\\"
                output.unicodeScalars.append(scalar)
            case "\n", "\r", "\t":
                output += " "
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// Inline Markdown that makes a whole block (a paragraph, a list item):
    /// without the leading spaces that would make it code, and with what
    /// would start a heading, a quote or a list escaped.
    static func blockStart(_ markdown: String) -> String {
        var text = Substring(markdown)
        while let first = text.first, first == " " { text = text.dropFirst() }
        // Trailing spaces are invisible and, before a line end, a hard break.
        while let last = text.last, last == " " { text = text.dropLast() }
        guard let first = text.first else { return "" }
        if "#>-+=".contains(first) { return "\\" + text }
        // `2026. ` or `3) ` would start an ordered list.
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 9, let next = text.dropFirst(digits.count).first, next == "." || next == ")" {
            return String(digits) + "\\" + text.dropFirst(digits.count)
        }
        return String(text)
    }
}

private extension String {
    /// `#` escaped everywhere, for headings.
    var replacingHash: String {
        var output = ""
        for character in self {
            if character == "#" { output += "\\#" } else { output.append(character) }
        }
        return output
    }
}
