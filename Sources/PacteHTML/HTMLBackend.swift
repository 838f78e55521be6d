import PacteCore
import PacteDocument

/// `pacte build --to html`: the printed pacte (DESIGN §6) as one
/// self-contained HTML5 file — an inline stylesheet for the screen and for
/// A4 paper, no script, no external resource — so that a town hall can open
/// it offline, archive it and print it as it is.
///
/// The backend walks ``Document`` only, and sets each part as the document
/// says it is — the title block, a section, a paragraph's role, a column's
/// kind — never from the content's shape. Every piece of text that comes from
/// the pacte is escaped, so that a pacte can never inject markup into the
/// page. The output depends on the document alone: the same document gives
/// the same bytes.
public enum HTMLBackend {
    /// What to write besides the content.
    public struct Options: Sendable {
        /// Whether to write the inline stylesheet. Without it the page is
        /// bare HTML, for callers that bring their own style.
        public var includeStyle: Bool
        /// Whether printed pages carry « n / total » at the bottom (where the
        /// browser supports `@page` margin boxes).
        public var pageNumbers: Bool

        /// Options for a page ready to print: stylesheet and page numbers.
        public init(includeStyle: Bool = true, pageNumbers: Bool = true) {
            self.includeStyle = includeStyle
            self.pageNumbers = pageNumbers
        }
    }

    /// The document as an HTML5 file, indented by two spaces, ending with a
    /// line end.
    public static func render(_ document: Document, options: Options = Options()) -> String {
        var writer = Writer()
        writer.line("<!DOCTYPE html>")
        writer.line("<html lang=\"\(escape(document.language.rawValue))\">")
        writer.indent {
            head(document, options: options, into: &$0)
            body(document, into: &$0)
        }
        writer.line("</html>")
        return writer.output
    }

    // MARK: - Head

    private static func head(_ document: Document, options: Options, into writer: inout Writer) {
        let metadata = document.metadata
        writer.line("<head>")
        writer.indent { writer in
            writer.line("<meta charset=\"utf-8\">")
            writer.line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            writer.line("<title>\(escape(metadata.title))</title>")
            writer.line("<meta name=\"description\" content=\"\(escape(metadata.subject))\">")
            if !metadata.keywords.isEmpty {
                writer.line("<meta name=\"keywords\" content=\"\(escape(metadata.keywords.joined(separator: ", ")))\">")
            }
            if let date = metadata.date {
                writer.line("<meta name=\"dcterms.date\" content=\"\(escape(date.description))\">")
            }
            writer.line("<meta name=\"generator\" content=\"pacte\">")
            if options.includeStyle {
                writer.line("<style>")
                writer.indent { writer in
                    let css = options.pageNumbers
                        ? (document.initialsLabel.map { HTMLStylesheet.css(pageNumbers: true, initials: $0) } ?? HTMLStylesheet.withPageNumbers)
                        : HTMLStylesheet.withoutPageNumbers
                    for line in css.split(separator: "\n", omittingEmptySubsequences: false) { writer.line(String(line)) }
                }
                writer.line("</style>")
            }
        }
        writer.line("</head>")
    }

    // MARK: - Body

    /// The document's parts as the elements a reader (and a screen reader)
    /// expects: the title block in a `header`, each section in a
    /// `section`, its subsections inside it under their `h3`, the
    /// signature page as the last `section`.
    private static func body(_ document: Document, into writer: inout Writer) {
        writer.line("<body>")
        writer.indent { writer in
            writer.line("<main>")
            writer.indent { writer in
                if let titleBlock = document.titleBlock { self.titleBlock(titleBlock, into: &writer) }
                blocks(document.preamble, into: &writer)
                for section in document.sections {
                    writer.line("<section>")
                    writer.indent { self.section(section, into: &$0) }
                    writer.line("</section>")
                }
                if let page = document.signaturePage {
                    writer.line("<section>")
                    writer.indent { writer in
                        heading(page.heading, into: &writer)
                        writer.line("<p class=\"statement\">\(escape(page.statement))</p>")
                        signatures(page.signatures, into: &writer)
                    }
                    writer.line("</section>")
                }
            }
            writer.line("</main>")
        }
        writer.line("</body>")
    }

    private static func titleBlock(_ titleBlock: TitleBlock, into writer: inout Writer) {
        writer.line("<header class=\"title-block\">")
        writer.indent { writer in
            writer.line("<h1 id=\"\(escape(titleBlock.anchor))\">\(escape(titleBlock.title))</h1>")
            if let subtitle = titleBlock.subtitle { writer.line("<p class=\"subtitle\">\(escape(subtitle))</p>") }
            if !titleBlock.facts.isEmpty { facts(titleBlock.facts, into: &writer) }
        }
        writer.line("</header>")
    }

    /// A section's heading and blocks, then its subsections' in the same
    /// element: the page's outline is its headings', and a nested element
    /// would change nothing a reader sees.
    private static func section(_ section: Section, into writer: inout Writer) {
        heading(section.heading, into: &writer)
        blocks(section.blocks, into: &writer)
        for subsection in section.subsections { self.section(subsection, into: &writer) }
    }

    private static func heading(_ heading: Heading, into writer: inout Writer) {
        let tag = "h\(min(max(heading.level, 1), 6))"
        writer.line("<\(tag) id=\"\(escape(heading.anchor))\">\(escape(heading.text))</\(tag)>")
    }

    private static func blocks(_ blocks: [Block], into writer: inout Writer) {
        for block in blocks {
            switch block {
            case .paragraph(let paragraph):
                writer.line(open(paragraph.role) + inlines(paragraph.runs) + "</p>")
            case .list(let list):
                let tag = list.isOrdered ? "ol" : "ul"
                writer.line("<\(tag)>")
                writer.indent { writer in
                    for item in list.items { writer.line("<li>\(inlines(item))</li>") }
                }
                writer.line("</\(tag)>")
            case .facts(let facts):
                self.facts(facts.items, into: &writer)
            case .table(let table):
                self.table(table, into: &writer)
            case .figure(let figure):
                self.figure(figure, into: &writer)
            }
        }
    }

    /// A paragraph's opening tag: lead-ins and intros get the class that
    /// keeps them with what follows on paper (a class rather than
    /// `:has()`, which older print engines do not know).
    private static func open(_ role: Paragraph.Role) -> String {
        switch role {
        case .leadIn: "<p class=\"lead-in\">"
        case .intro: "<p class=\"intro\">"
        case .body, .note: "<p>"
        }
    }

    private static func facts(_ facts: [Fact], into writer: inout Writer) {
        writer.line("<dl class=\"facts\">")
        writer.indent { writer in
            for fact in facts {
                // HTML5 lets a `div` group each term with its description,
                // which keeps a pair together in the grid and on paper.
                writer.line("<div>")
                writer.indent { writer in
                    writer.line("<dt>\(escape(fact.label))</dt>")
                    writer.line("<dd>\(escape(fact.value))</dd>")
                }
                writer.line("</div>")
            }
        }
        writer.line("</dl>")
    }

    private static func table(_ table: Table, into writer: inout Writer) {
        let columns = max(table.columns.count, (table.rows + table.totals).map(\.count).max() ?? 0)
        // Figures align right, their heading with them.
        let numeric = (0..<columns).map { table.kind(ofColumn: $0).isFigure }
        // A short table of one-line cells (a composition, the budget
        // totals) is kept on one page: cut, it would leave its heading row
        // alone at the foot of a page. Longer tables break between rows and
        // repeat their heading row.
        let isShort = table.rows.count + table.totals.count <= 15
            && (table.rows + table.totals).allSatisfy { row in row.allSatisfy { $0.paragraphs.count <= 1 } }
        writer.line(isShort ? "<table class=\"short\">" : "<table>")
        writer.indent { writer in
            if let caption = table.caption, !caption.isEmpty {
                writer.line("<caption>\(escape(caption))</caption>")
            }
            if table.columns.count == columns, columns > 0 {
                writer.line("<colgroup>")
                writer.indent { writer in
                    for column in table.columns { writer.line("<col style=\"width: \(percent(column.width))\">") }
                }
                writer.line("</colgroup>")
            }
            if !table.columns.isEmpty {
                writer.line("<thead>")
                writer.indent { writer in
                    writer.line("<tr>")
                    writer.indent { writer in
                        for (index, column) in table.columns.enumerated() {
                            let numClass = numeric[index] ? " class=\"num\"" : ""
                            writer.line("<th scope=\"col\"\(numClass)>\(escape(column.heading))</th>")
                        }
                    }
                    writer.line("</tr>")
                }
                writer.line("</thead>")
            }
            let labels = table.columns.map(\.heading)
            rows(table.rows, numeric: numeric, labels: labels, group: "tbody", into: &writer)
            rows(table.totals, numeric: numeric, labels: labels, group: "tfoot", into: &writer)
        }
        writer.line("</table>")
    }

    /// Each cell carries its column's heading (`data-label`), which a
    /// narrow screen shows above the cell when the table is set as one block per row.
    private static func rows(_ rows: [[TableCell]], numeric: [Bool], labels: [String], group: String, into writer: inout Writer) {
        guard !rows.isEmpty else { return }
        writer.line("<\(group)>")
        writer.indent { writer in
            for row in rows {
                writer.line("<tr>")
                writer.indent { writer in
                    for (column, cell) in row.enumerated() {
                        writer.line(self.cell(cell, numeric: numeric[column], label: column < labels.count ? labels[column] : nil))
                    }
                }
                writer.line("</tr>")
            }
        }
        writer.line("</\(group)>")
    }

    private static func cell(_ cell: TableCell, numeric: Bool, label: String?) -> String {
        let labelled = label.map { $0.isEmpty ? "" : " data-label=\"\(escape($0))\"" } ?? ""
        let open = numeric ? "<td class=\"num\"\(labelled)>" : "<td\(labelled)>"
        let content: String
        switch cell.paragraphs.count {
        case 0: content = ""
        case 1: content = inlines(cell.paragraphs[0], inCell: true)
        default: content = cell.paragraphs.map { "<p>" + inlines($0, inCell: true) + "</p>" }.joined()
        }
        return open + content + "</td>"
    }

    private static func signatures(_ blocks: [SignatureBlock], into writer: inout Writer) {
        writer.line("<div class=\"signatures\">")
        writer.indent { writer in
            for block in blocks {
                writer.line("<div class=\"signature\">")
                writer.indent { writer in
                    writer.line("<p class=\"organisation\">\(escape(block.onBehalf))</p>")
                    if let capacity = block.capacity { writer.line("<p class=\"capacity\">\(escape(capacity))</p>") }
                    if let representative = block.representative, !representative.isEmpty {
                        writer.line("<p class=\"representative\">\(escape(representative))</p>")
                    } else {
                        // Nobody named: a ruled line to write the name by hand.
                        writer.line("<p class=\"name-line\">\(escape(block.nameLine))</p>")
                        writer.line("<p class=\"representative blank\"></p>")
                    }
                    writer.line("<p class=\"signature-label\">\(escape(block.signatureLabel))</p>")
                    writer.line("<div class=\"signature-box\"></div>")
                }
                writer.line("</div>")
            }
        }
        writer.line("</div>")
    }

    // MARK: - Text

    /// Runs as HTML: emphasis and strong become `em` and `strong`.
    ///
    /// In a table cell, a word too long for any column (a URL, a word
    /// typed without spaces) is wrapped in `<span class="long">`, which may
    /// break anywhere. The other words keep their full width, so that the
    /// browser sizes the columns on whole words (« Coopération » is never
    /// cut), and the rare long word cannot widen the table past the page.
    static func inlines(_ runs: [Inline], inCell: Bool = false) -> String {
        func text(_ value: String) -> String { inCell ? breakingLongWords(value) : escape(value) }
        var output = ""
        for run in runs {
            switch run {
            case .text(let value): output += text(value)
            case .emphasis(let value): output += "<em>" + text(value) + "</em>"
            case .strong(let value): output += "<strong>" + text(value) + "</strong>"
            }
        }
        return output
    }

    /// The longest word a table column is sized for, in characters.
    static let longWord = 24

    /// `text` escaped, its words longer than ``longWord`` in a breakable span.
    static func breakingLongWords(_ text: String) -> String {
        var output = ""
        var word = ""
        func flush() {
            guard !word.isEmpty else { return }
            output += word.count > longWord ? "<span class=\"long\">" + escape(word) + "</span>" : escape(word)
            word = ""
        }
        for character in text {
            if character.isWhitespace && character != Typography.noBreakSpace {
                flush()
                output += escape(String(character))
            } else {
                word.append(character)
            }
        }
        flush()
        return output
    }

    /// `text` safe in element content and attributes (``Swift/String/markupEscaped``).
    static func escape(_ text: String) -> String { text.markupEscaped }

    /// A relative width as a CSS percentage with at most one decimal,
    /// computed in integers so that the text never depends on float printing.
    static func percent(_ width: Double) -> String {
        guard width.isFinite, width > 0 else { return "auto" }
        let perMille = Int((min(width, 1) * 1000).rounded())
        return perMille % 10 == 0 ? "\(perMille / 10)%" : "\(perMille / 10).\(perMille % 10)%"
    }

    // MARK: - Writer

    /// Lines indented by two spaces per level.
    struct Writer {
        var output = ""
        var depth = 0

        mutating func line(_ text: String) {
            output += String(repeating: "  ", count: depth) + text + "\n"
        }

        mutating func indent(_ body: (inout Writer) -> Void) {
            depth += 1
            body(&self)
            depth -= 1
        }
    }
}
