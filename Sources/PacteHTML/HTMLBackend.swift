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
                    for line in Stylesheet.lines(pageNumbers: options.pageNumbers) { writer.line(line) }
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
            rows(table.rows, numeric: numeric, group: "tbody", into: &writer)
            rows(table.totals, numeric: numeric, group: "tfoot", into: &writer)
        }
        writer.line("</table>")
    }

    private static func rows(_ rows: [[TableCell]], numeric: [Bool], group: String, into writer: inout Writer) {
        guard !rows.isEmpty else { return }
        writer.line("<\(group)>")
        writer.indent { writer in
            for row in rows {
                writer.line("<tr>")
                writer.indent { writer in
                    for (column, cell) in row.enumerated() { writer.line(self.cell(cell, numeric: numeric[column])) }
                }
                writer.line("</tr>")
            }
        }
        writer.line("</\(group)>")
    }

    private static func cell(_ cell: TableCell, numeric: Bool) -> String {
        let open = numeric ? "<td class=\"num\">" : "<td>"
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
                    writer.line("<p class=\"organisation\">\(escape(block.organisation))</p>")
                    if let representative = block.representative, !representative.isEmpty {
                        writer.line("<p class=\"representative\">\(escape(representative))</p>")
                    } else {
                        // Nobody named: a ruled line to write the name by hand.
                        writer.line("<p class=\"representative blank\"></p>")
                    }
                    writer.line("<p class=\"place-date\">\(escape(block.placeAndDate))</p>")
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

    /// `text` safe in element content and in a double- or single-quoted
    /// attribute. Line ends become spaces (the page is one line per
    /// element); other control characters, which HTML forbids, are dropped.
    static func escape(_ text: String) -> String {
        var output = ""
        output.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            case "\n", "\r", "\t": output += " "
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

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

/// The inline stylesheet: a readable page on screen, and an A4 document on
/// paper whose headings stay with their text, whose table rows are never
/// cut and whose signature boxes are never split. System fonts only: the
/// file must not reach the network.
private enum Stylesheet {
    static func lines(pageNumbers: Bool) -> [String] {
        var lines = page(pageNumbers: pageNumbers)
        lines += screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return lines
    }

    private static func page(pageNumbers: Bool) -> [String] {
        var lines = ["@page {", "  size: A4;", "  margin: 18mm 17mm 20mm;"]
        if pageNumbers {
            // Margin boxes: printed by Chromium and by PDF engines, ignored elsewhere.
            lines += [
                "  @bottom-center {",
                "    content: counter(page) \" / \" counter(pages);",
                "    font-family: system-ui, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, \"Liberation Sans\", \"DejaVu Sans\", sans-serif;",
                "    font-size: 8pt;",
                "    color: #5b6470;",
                "  }",
            ]
        }
        lines.append("}")
        return lines
    }

    private static let screen = """
        :root {
          --ink: #1d232a;
          --muted: #5b6470;
          --rule: #cfd6de;
          --accent: #22496b;
          --fill: #eef2f6;
          --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif;
          --serif: Charter, "Bitstream Charter", "Iowan Old Style", "Palatino Linotype", Georgia, "DejaVu Serif", serif;
        }
        *, *::before, *::after {
          box-sizing: border-box;
        }
        html {
          -webkit-text-size-adjust: 100%;
          text-size-adjust: 100%;
        }
        body {
          margin: 0;
          background: #fff;
          color: var(--ink);
          font-family: var(--serif);
          font-size: 1.0625rem;
          line-height: 1.55;
          font-kerning: normal;
          overflow-wrap: break-word;
          hyphens: auto;
        }
        main {
          max-width: 54rem;
          margin: 0 auto;
          padding: 2.5rem 1.5rem 4rem;
        }
        h1, h2, h3, caption, th, dt, tfoot, .lead-in, .organisation, .signature-label {
          font-family: var(--sans);
        }
        h1 {
          margin: 0 0 1.25rem;
          font-size: 2rem;
          line-height: 1.2;
          letter-spacing: -0.01em;
        }
        h2 {
          margin: 2.75rem 0 1rem;
          padding-bottom: 0.3rem;
          border-bottom: 2px solid var(--accent);
          color: var(--accent);
          font-size: 1.45rem;
          line-height: 1.25;
        }
        h3 {
          margin: 2rem 0 0.75rem;
          font-size: 1.15rem;
          line-height: 1.3;
        }
        p, ul, ol, dl, table {
          margin: 0 0 1rem;
        }
        p {
          orphans: 3;
          widows: 3;
        }
        ul {
          padding-left: 1.4rem;
        }
        li {
          margin: 0.3rem 0;
        }
        li::marker {
          color: var(--accent);
        }
        ol {
          padding-left: 0;
          list-style: none;
          counter-reset: step;
        }
        ol > li {
          position: relative;
          min-height: 1.6rem;
          margin: 0.5rem 0;
          padding-left: 2.3rem;
          counter-increment: step;
        }
        ol > li::before {
          content: counter(step);
          position: absolute;
          top: 0.05rem;
          left: 0;
          width: 1.5rem;
          height: 1.5rem;
          border: 1.5px solid var(--accent);
          border-radius: 50%;
          background: #fff;
          color: var(--accent);
          font: 700 0.75rem/calc(1.5rem - 3px) var(--sans);
          text-align: center;
        }
        .lead-in + ol > li {
          margin: 0;
          padding-bottom: 0.8rem;
        }
        .lead-in + ol > li:not(:last-child)::after {
          content: "";
          position: absolute;
          top: 1.6rem;
          bottom: 0.1rem;
          left: calc(0.75rem - 1px);
          border-left: 2px solid var(--rule);
        }
        .title-block {
          margin: 0 0 2.5rem;
          padding: 1.5rem 0 1.25rem;
          border-top: 6px solid var(--accent);
          border-bottom: 1px solid var(--rule);
        }
        .facts {
          display: grid;
          grid-template-columns: minmax(8rem, max-content) minmax(0, 1fr);
          gap: 0.35rem 1.5rem;
          align-items: baseline;
        }
        .facts > div {
          display: contents;
        }
        dt {
          color: var(--muted);
          font-size: 0.85rem;
          font-weight: 600;
        }
        dd {
          margin: 0;
        }
        .lead-in {
          margin: 1.5rem 0 0.5rem;
          color: var(--accent);
        }
        table {
          width: 100%;
          border-collapse: collapse;
          font-size: 0.875rem;
          line-height: 1.4;
        }
        caption {
          padding: 0 0 0.5rem;
          color: var(--accent);
          font-size: 1.0625rem;
          font-weight: 700;
          text-align: left;
        }
        th, td {
          padding: 0.45rem 0.5rem;
          border-bottom: 1px solid var(--rule);
          text-align: left;
          vertical-align: top;
          overflow-wrap: break-word;
          hyphens: manual;
        }
        .long {
          overflow-wrap: anywhere;
          word-break: break-all;
        }
        th {
          border-bottom: 2px solid var(--ink);
          font-size: 0.8rem;
          font-weight: 600;
          vertical-align: bottom;
        }
        td p {
          margin: 0 0 0.35rem;
        }
        td p:last-child {
          margin-bottom: 0;
        }
        .num {
          text-align: right;
          white-space: nowrap;
          overflow-wrap: normal;
          font-variant-numeric: tabular-nums lining-nums;
        }
        tfoot td {
          border-top: 2px solid var(--ink);
          border-bottom: 0;
          background: var(--fill);
          font-weight: 700;
        }
        .signatures {
          display: grid;
          grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
          gap: 1.25rem;
          margin: 1.5rem 0 0;
        }
        .signature {
          display: flex;
          flex-direction: column;
          padding: 1rem;
          border: 1px solid var(--rule);
          border-radius: 4px;
        }
        .signature p {
          margin: 0 0 0.5rem;
        }
        .organisation {
          font-weight: 700;
          line-height: 1.3;
        }
        .representative.blank {
          height: 1.6rem;
          border-bottom: 1px dotted var(--muted);
        }
        .place-date {
          color: var(--muted);
        }
        .signature .signature-label {
          margin: auto 0 0.25rem;
          padding-top: 0.5rem;
          color: var(--muted);
          font-size: 0.75rem;
          letter-spacing: 0.06em;
          text-transform: uppercase;
        }
        .signature-box {
          height: 32mm;
          border: 1px solid var(--ink);
          border-radius: 2px;
        }
        h1, h2, h3, .lead-in, h3 + .facts, .intro {
          break-after: avoid;
          break-inside: avoid;
        }
        tr, li, dt, dd, .signature, .lead-in + ol, table.short {
          break-inside: avoid;
        }
        thead {
          display: table-header-group;
        }
        tfoot {
          display: table-row-group;
        }
        @media print {
          html {
            -webkit-print-color-adjust: exact;
          }
          body {
            font-size: 10.5pt;
            line-height: 1.45;
          }
          main {
            max-width: none;
            margin: 0;
            padding: 0;
          }
          h1 {
            font-size: 20pt;
          }
          h2 {
            margin-top: 1.5rem;
            font-size: 14pt;
          }
          h3 {
            margin-top: 1.2rem;
            font-size: 11.5pt;
          }
          table {
            font-size: 8.5pt;
          }
          caption {
            font-size: 10.5pt;
          }
          th, td {
            padding: 1.4mm 1.6mm;
          }
          .title-block {
            margin-bottom: 1.5rem;
          }
          .signatures {
            grid-template-columns: repeat(3, minmax(0, 1fr));
            gap: 4mm;
          }
          .signature {
            padding: 3mm;
          }
          .signature-box {
            height: 28mm;
          }
        }
        """
}
