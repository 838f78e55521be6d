/// The stylesheet written inline in every HTML page: a readable page on
/// screen, and an A4 document on paper whose headings stay with their
/// text, whose table rows are never cut and whose signature boxes are never
/// split. System fonts only: the file must not reach the network.
///
/// It lives apart from the writer so that the page's markup and its look
/// are read (and their golden files reviewed) separately; the page a user
/// gets still holds it, and is one self-contained file. The classes it
/// styles are the document's roles: `title-block`, `lead-in`, `intro`,
/// `num` for the columns of figures, `signatures`.
public enum HTMLStylesheet {
    /// The stylesheet with « n / total » at the foot of printed pages.
    public static let withPageNumbers = css(pageNumbers: true)
    /// The stylesheet without page numbers.
    public static let withoutPageNumbers = css(pageNumbers: false)

    /// The stylesheet, lines ending in a line end but for the last,
    /// unindented; with `pageNumbers`, printed pages carry « n / total »
    /// where the browser supports `@page` margin boxes.
    /// With `initials`, the foot of printed pages also has room for the
    /// signatories' initials (« Paraphes : … »), as an act signed on paper.
    public static func css(pageNumbers: Bool, initials: String? = nil) -> String {
        page(pageNumbers: pageNumbers, initials: initials) + "\n" + screen
    }

    private static func page(pageNumbers: Bool, initials: String?) -> String {
        var lines = ["@page {", "  size: A4;", "  margin: 18mm 17mm 20mm;"]
        if pageNumbers, let initials {
            let escaped = initials.unicodeScalars.map { $0 == "\"" || $0 == "\\" ? "\\" + String($0) : ($0 == "\u{00A0}" ? "\\a0 " : String($0)) }.joined()
            lines += [
                "  @bottom-left {",
                "    content: \"\(escaped) \\2026\\2026\\2026\\2026\\2026\\2026\\2026\\2026\";",
                "    font-family: system-ui, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, \"Liberation Sans\", \"DejaVu Sans\", sans-serif;",
                "    font-size: 8pt;",
                "    color: #5b6470;",
                "  }",
            ]
        }
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
        return lines.joined(separator: "\n")
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
        figure.chart {
          margin: 1rem 0;
        }
        figure.chart figcaption {
          padding: 0 0 0.5rem;
          color: var(--accent);
          font-size: 1.0625rem;
          font-weight: 700;
          line-height: 1.3;
        }
        figure.chart svg {
          display: block;
          width: 100%;
          max-width: 100%;
          height: auto;
        }
        figure.chart svg + svg {
          margin-top: 0.75rem;
        }
        figure.chart .chart-narrow {
          display: none;
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
        .statement {
          break-after: avoid;
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
        tr, li, dt, dd, .signature, .lead-in + ol, table.short, figure.chart svg {
          break-inside: avoid;
        }
        figure.chart figcaption {
          break-after: avoid;
        }
        thead {
          display: table-header-group;
        }
        tfoot {
          display: table-row-group;
        }
        @media screen and (max-width: 480px) {
          main {
            padding: 1.5rem 1rem 3rem;
          }
          figure.chart .chart-page {
            display: none;
          }
          figure.chart .chart-narrow {
            display: block;
          }
          .facts {
            grid-template-columns: minmax(0, 1fr);
          }
          table, tbody, tfoot, tr, td, caption {
            display: block;
          }
          colgroup {
            display: none;
          }
          thead {
            position: absolute;
            width: 1px;
            height: 1px;
            overflow: hidden;
            clip-path: inset(50%);
            white-space: nowrap;
          }
          tr {
            padding: 0.5rem 0;
            border-bottom: 1px solid var(--rule);
          }
          td {
            padding: 0.15rem 0;
            border: 0;
          }
          td[data-label]::before {
            content: attr(data-label);
            display: block;
            color: var(--muted);
            font-family: var(--sans);
            font-size: 0.72rem;
            font-weight: 600;
          }
          td:empty {
            display: none;
          }
          .num {
            text-align: left;
            white-space: normal;
          }
          tfoot td {
            border-top: 0;
          }
          tfoot tr {
            background: var(--fill);
          }
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
            height: 32mm;
          }
        }
        """
}
