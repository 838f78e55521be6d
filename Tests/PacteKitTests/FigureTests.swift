import Foundation
import Testing
@testable import PacteCore
@testable import PacteSyntax
@testable import PacteSchema
@testable import PacteSemantics
@testable import PacteDriver
@testable import PacteDocument
@testable import PacteJSON
@testable import PacteHTML
@testable import PacteMarkdown
@testable import PactePDF
@testable import PacteFormat
@testable import PacteDiff
@testable import PacteKit
@testable import PacteFigures
@testable import PacteOffice

/// The charts (issue 20): what the document says they show, how they are
/// laid out (bars at their dates, titles wrapped and never cut, long
/// timelines cut into pages with the axis on each), the palette's
/// contrast, the SVG's bytes (golden files), and each writer's rendering.
@Suite struct FigureTests {
    // MARK: - Golden SVG

    static let pactes = ["Examples/lannevez.pacte", "Examples/penn-ar-ster.pacte", "Tests/PacteKitTests/Fixtures/figures/outside-period.pacte"]

    @Test("the charts' SVG is the golden file's, byte for byte", arguments: pactes)
    func goldenSVG(_ path: String) throws {
        let document = try Self.document(path)
        let name = String(path.split(separator: "/").last!.dropLast(".pacte".count))
        let output = MarkdownBackend.renderWithPictures(document, options: .init(pictureName: name))
        #expect(output.pictures.count == 2)
        for picture in output.pictures {
            try Golden.check(picture.svg, against: "Tests/PacteKitTests/Fixtures/figures/\(picture.name)")
        }
        let again = MarkdownBackend.renderWithPictures(try Self.document(path), options: .init(pictureName: name))
        #expect(again.pictures.map(\.svg) == output.pictures.map(\.svg), "the same pacte gives the same bytes")
    }

    // MARK: - The document

    @Test("the timeline and the budget chart follow their tables, and --no-figures leaves them out")
    func documentHoldsFigures() throws {
        let compilation = Compilation(source: try Golden.source("Examples/penn-ar-ster.pacte"))
        let figures = Self.figures(DocumentBuilder.build(compilation.pacte))
        #expect(figures.count == 2)
        let ids = figures.map(\.id.rawValue)
        #expect(ids == ["calendrier.figure1", "budget.figure1"])
        let bare = DocumentBuilder.build(compilation.pacte, options: .init(figures: false))
        #expect(Self.figures(bare).isEmpty)
        let tables = bare.allBlocks.filter { if case .table = $0 { true } else { false } }.count
        let tablesWithFigures = DocumentBuilder.build(compilation.pacte).allBlocks.filter { if case .table = $0 { true } else { false } }.count
        #expect(tables == tablesWithFigures, "the tables stay either way")
    }

    @Test("the alt text says how many actions, over which years, and which overstep the period")
    func altText() throws {
        let figures = Self.figures(try Self.document("Tests/PacteKitTests/Fixtures/figures/outside-period.pacte"))
        let timeline = figures[0].altText
        #expect(timeline.hasPrefix("Calendrier des quatre actions du plan, de 2026 à 2031"))
        #expect(timeline.contains("deux actions dépassent la période du pacte"))
        #expect(timeline.contains("une action n’a pas encore de calendrier"))
        let budget = figures[1].altText
        #expect(budget.contains("Replanter 12 km de haies bocagères, 36\u{00A0}500\u{00A0}€, soit 75\u{00A0}%"))
        #expect(budget.contains("Fonds pour les initiatives, 15\u{00A0}000\u{00A0}€"))
    }

    @Test("an English pacte's charts are worded in English")
    func english() throws {
        let figures = Self.figures(try Self.document("Examples/kerhuel-en.pacte"))
        #expect(!figures.isEmpty)
        #expect(figures.allSatisfy { !$0.altText.contains("Calendrier") && !$0.altText.contains("Budget du plan") })
    }

    // MARK: - Layout

    static func timeline(_ rows: [Timeline.Row], period: ClosedRange<Int>? = 2026...2031) -> Timeline {
        Timeline(period: period, groups: [Timeline.Group(title: "Objectif", rows: rows)], wording: Timeline.Wording(
            outsidePeriod: "Hors de la période du pacte", noCalendar: "calendrier non fixé",
            monthInitials: ["J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"],
            levels: [:], unspecifiedLevel: "Non précisée", legendTitle: "Participation :"))
    }

    static func row(_ label: String, _ start: CalendarDate, _ end: CalendarDate, level: ParticipationLevel? = .concertation) -> Timeline.Row {
        Timeline.Row(label: label, dates: DateRange(start, end), level: level, isOutsidePeriod: false)
    }

    /// The filled, outlined rectangles of a band: its bars.
    static func bars(_ band: Band) -> [(x: Double, width: Double)] {
        band.shapes.compactMap { shape in
            if case let .rect(x, _, width, _, _, stroke?, _) = shape, stroke == FigurePalette.ink { return (x, width) }
            return nil
        }
    }

    @Test("a bar starts and ends where its dates are on the axis")
    func barPositions() {
        let rows = [Self.row("Toute l’année 2027", CalendarDate(year: 2027, month: 1, day: 1), CalendarDate(year: 2027, month: 12, day: 31)),
                    Self.row("Juillet 2029", CalendarDate(year: 2029, month: 7, day: 1), CalendarDate(year: 2029, month: 7, day: 31)),
                    Self.row("Mi-mars 2026", CalendarDate(year: 2026, month: 3, day: 16), CalendarDate(year: 2026, month: 3, day: 31))]
        let layout = TimelineLayout.layout(Self.timeline(rows), width: 480)
        let scale = TimelineLayout.Scale(Self.timeline(rows), width: 480)
        let month = scale.monthWidth
        #expect(abs(month * 72 - (scale.right - scale.left)) < 0.001, "six years of twelve months across the chart")
        let bars = layout.body.filter { $0.role == .row }.map { Self.bars($0)[0] }
        #expect(abs(bars[0].x - (scale.left + 12 * month)) < 0.001)
        #expect(abs(bars[0].width - 12 * month) < 0.001)
        #expect(abs(bars[1].x - (scale.left + 42 * month)) < 0.001)
        #expect(abs(bars[1].width - month) < 0.001)
        #expect(abs(bars[2].x - (scale.left + (2 + 15.0 / 31) * month)) < 0.001, "a day is a fraction of its month")
    }

    @Test("an action past the period widens the axis, behind a dashed boundary")
    func outsidePeriod() {
        var late = Self.row("Au-delà", CalendarDate(year: 2030, month: 1, day: 1), CalendarDate(year: 2033, month: 6, day: 30))
        late.isOutsidePeriod = true
        let timeline = Self.timeline([late])
        let scale = TimelineLayout.Scale(timeline, width: 480)
        #expect(scale.firstYear == 2026 && scale.lastYear == 2033)
        #expect(scale.boundaries.count == 1)
        let boundary = scale.boundaries[0]
        #expect(abs(boundary - scale.x(month: 6 * 12)) < 0.001, "the period ends with 2031")
        let band = TimelineLayout.layout(timeline, width: 480).body[1]
        let bar = Self.bars(band)[0]
        #expect(bar.x < boundary && bar.x + bar.width > boundary, "the bar is drawn past the boundary")
        let dashed = band.shapes.contains { if case .line(_, _, _, _, _, _, true) = $0 { true } else { false } }
        #expect(dashed)
        let legend = TimelineLayout.layout(timeline, width: 480).lead.flatMap(\.shapes)
        #expect(legend.contains { if case .text("Hors de la période du pacte", _, _, _, _, _, _) = $0 { true } else { false } })
    }

    @Test("a long title wraps within its column, every word kept")
    func longTitlesWrap() {
        let title = "Verger conservatoire de variétés anciennes de pommiers et de poiriers, avec un programme pluriannuel de greffage "
            + "ouvert aux écoles, aux habitants et aux associations du territoire, et Anticonstitutionnellementanticonstitutionnellement"
        let timeline = Self.timeline([Self.row(title, CalendarDate(year: 2027, month: 1, day: 1), CalendarDate(year: 2028, month: 1, day: 31))])
        let band = TimelineLayout.layout(timeline, width: 300).body[1]
        let scale = TimelineLayout.Scale(timeline, width: 300)
        var lines: [String] = []
        for shape in band.shapes {
            guard case let .text(text, x, baseline, size, bold, _, _) = shape, text != timeline.wording.noCalendar else { continue }
            #expect(x + TextMetrics.width(text, size: size, bold: bold) <= scale.labelWidth, "« \(text) » fits its column")
            #expect(baseline < band.height, "the band is as tall as its lines")
            lines.append(text)
        }
        #expect(lines.count > 3)
        let words = { (text: String) in text.filter { !$0.isWhitespace } }
        #expect(words(lines.joined()) == words(title), "nothing is cut")
    }

    @Test("a timeline of 300 actions is cut into pages, the axis at the top of each")
    func longTimelineSplits() {
        let rows = (0..<300).map { index in
            Self.row("Action \(index) : ateliers et chantiers participatifs", CalendarDate(year: 2026 + index % 5, month: 1 + index % 12, day: 1),
                     CalendarDate(year: 2031, month: 6, day: 30), level: ParticipationLevel.allCases[index % 6])
        }
        let layout = TimelineLayout.layout(Self.timeline(rows), width: 480)
        let pages = layout.pages(maxHeight: 600)
        #expect(pages.count > 5)
        for (index, page) in pages.enumerated() {
            let firstBody = index == 0 ? page.bands.dropFirst(layout.lead.count).first : page.bands.first
            #expect(firstBody?.role == .axis, "page \(index + 1) opens on the axis")
            #expect(page.height <= 600)
            #expect(page.bands.last?.role != .group, "an objective's title never ends a page")
        }
        let drawn = pages.flatMap { $0.bands.filter { $0.role == .row } }.count
        #expect(drawn == 300, "every action is on a page")
    }

    @Test("the budget's bars are as long as their amounts, the amount and share after each")
    func budgetBars() throws {
        let figures = Self.figures(try Self.document("Examples/penn-ar-ster.pacte"))
        guard case .budget(let chart) = figures[1].content else { Issue.record("no budget chart"); return }
        let layout = BudgetLayout.layout(chart, width: 480)
        let rows = layout.body.filter { $0.role == .row }
        let bars = rows.map { Self.bars($0)[0] }
        let amounts = chart.groups.flatMap(\.bars)
        #expect(bars.count == amounts.count)
        let largest = Double(amounts.map(\.amount).max()!)
        for (bar, amount) in zip(bars, amounts) {
            #expect(abs(bar.width / bars.map(\.width).max()! - Double(amount.amount) / largest) < 0.001)
        }
        let texts = rows.flatMap(\.shapes).compactMap { if case let .text(text, _, _, _, _, _, _) = $0 { text } else { nil } }
        #expect(texts.contains("338\u{00A0}500\u{00A0}€ · 37\u{00A0}%"))
    }

    // MARK: - Palette

    @Test("bars stand 3:1 against white, text 4.5:1, and the bars' greys differ")
    func palette() {
        for colour in FigurePalette.bars { #expect(colour.contrast(with: FigurePalette.white) >= 3, "\(colour.hex)") }
        for colour in FigurePalette.text { #expect(colour.contrast(with: FigurePalette.white) >= 4.5, "\(colour.hex)") }
        let greys = FigurePalette.bars.map(\.luminance)
        #expect(greys[0] > greys[1] * 2 && greys[1] > greys[2] * 2, "three greys a printer keeps apart: \(greys)")
        // The luminance series agrees with WCAG's known values.
        #expect(abs(FigurePalette.white.luminance - 1) < 1e-9)
        #expect(abs(FigureColour(0x77, 0x77, 0x77).contrast(with: FigurePalette.white) - 4.48) < 0.01)
        let styles = Set(ParticipationLevel.allCases.map(FigurePalette.style(of:)))
        #expect(styles.count == ParticipationLevel.allCases.count, "each level its own bar")
    }

    // MARK: - SVG

    @Test("SVG numbers have two decimals at most, and text is escaped")
    func svgText() {
        #expect(SVGWriter.number(12.345) == "12.35")
        #expect(SVGWriter.number(-0.001) == "0")
        #expect(SVGWriter.number(3.10) == "3.1")
        #expect(SVGWriter.number(7.05) == "7.05")
        let drawing = Drawing(width: 100, bands: [Band(role: .row, height: 10, shapes: [
            .text("<script>&\"'\u{07}", x: 0, baseline: 8, size: 8, bold: false, anchor: .start, colour: FigurePalette.ink),
        ])])
        let svg = SVGWriter.svg(drawing, id: "f", title: "T <b>", description: "D & d")
        #expect(svg.contains(">&lt;script&gt;&amp;&quot;&#39;</text>"))
        #expect(svg.contains("<title id=\"f-title\">T &lt;b&gt;</title>"))
        #expect(svg.contains("<desc id=\"f-desc\">D &amp; d</desc>"))
    }

    // MARK: - Writers

    @Test("the HTML inlines each chart as an image with its title and description")
    func html() throws {
        let html = HTMLBackend.render(try Self.document("Examples/lannevez.pacte"))
        #expect(html.contains("<figure class=\"chart\" id=\"calendrier-figure1\">"))
        #expect(html.contains("role=\"img\" aria-labelledby=\"calendrier-figure1-1-title calendrier-figure1-1-desc\""))
        #expect(html.contains("<title id=\"calendrier-figure1-1-title\">Déroulement des actions, 2026–2031</title>"))
        #expect(html.contains("<desc id=\"calendrier-figure1-1-desc\">Calendrier de l’action du plan"))
        #expect(html.contains("viewBox=\"0 0 480 "))
        #expect(html.contains("width=\"100%\""))
        #expect(html.contains("figure.chart svg {"), "the stylesheet sizes the charts")
    }

    @Test("Markdown links the pictures it returns, and falls back to text tables without a file")
    func markdown() throws {
        let document = try Self.document("Tests/PacteKitTests/Fixtures/figures/outside-period.pacte")
        let withFiles = MarkdownBackend.renderWithPictures(document, options: .init(pictureName: "mon pacte"))
        #expect(withFiles.pictures.map(\.name) == ["mon pacte.figure-1.svg", "mon pacte.figure-2.svg"])
        #expect(withFiles.markdown.contains("](<mon pacte.figure-1.svg>)"))
        #expect(withFiles.pictures[0].svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        let text = MarkdownBackend.render(document)
        #expect(!text.contains(".svg"))
        #expect(text.contains("| Diagnostic énergétique des bâtiments | ··■■ | ■■·· |"))
        #expect(text.contains("*2025*, *2032*, *2033*\u{00A0}: hors de la période du pacte"))
        #expect(text.contains("| Fonds pour les initiatives | ▒▒▒▒▒▒▒▒ | 15\u{00A0}000\u{00A0}€ |"))
    }

    @Test("the PDF draws the charts with rectangles and lines, tags each as a figure, and their text extracts")
    func pdf() throws {
        let document = try Self.document("Tests/PacteKitTests/Fixtures/figures/outside-period.pacte")
        let bytes = PDFBackend.render(document).bytes
        let bare = PDFBackend.render(try Self.document("Tests/PacteKitTests/Fixtures/figures/outside-period.pacte", figures: false)).bytes
        let raw = String(decoding: bytes, as: UTF8.self), bareRaw = String(decoding: bare, as: UTF8.self)
        func count(_ operator: String, _ text: String) -> Int { text.components(separatedBy: `operator`).count - 1 }
        #expect(count(" re f\n", raw) > count(" re f\n", bareRaw) + 5, "bars and tints are filled rectangles")
        #expect(count(" re S\n", raw) > count(" re S\n", bareRaw) + 5, "bars are outlined")
        #expect(count(" l S\n", raw) > count(" l S\n", bareRaw) + 50, "the axis's ticks and the grid are lines")
        // Tagged: each chart one Figure with its caption and its alternative text, the drawing its content.
        #expect(count("/S /Figure /P", raw) == 2 && count("/S /Figure /P", bareRaw) == 0)
        #expect(count("/S /Caption /P", raw) == count("/S /Caption /P", bareRaw) + 2)
        #expect(count("/Figure << /MCID", raw) >= 2, "the drawing is marked as the figure's content, not an artifact")
        #expect(raw.contains("/Alt (") || raw.contains("/Alt <"))
        try PDFFile.withTemporary(bytes) { file in
            try file.check()
            let text = try file.text(layout: false)
            for expected in ["Déroulement des actions, 2026–2031", "Hors de la période du pacte", "2033", "calendrier non fixé",
                             "Répartition du budget", "36 500 € · 75 %", "Participation :", "Consultation"] {
                #expect(text.contains(expected), "« \(expected) » extracts")
            }
        }
    }

    @Test("the ODT embeds each chart as an SVG picture listed in the manifest")
    func office() throws {
        let document = try Self.document("Examples/lannevez.pacte")
        let (content, pictures) = ODTContent.writeWithPictures(document)
        let xml = String(decoding: content, as: UTF8.self)
        #expect(pictures.map(\.path) == ["Pictures/figure-1.svg", "Pictures/figure-2.svg"])
        #expect(xml.contains("<draw:image xlink:href=\"Pictures/figure-1.svg\""))
        #expect(xml.contains("<svg:desc>Calendrier de l’action du plan"))
        let manifest = String(decoding: ODTManifest.write(parts: ["content.xml"], pictures: pictures.map(\.path)), as: UTF8.self)
        #expect(manifest.contains("manifest:full-path=\"Pictures/figure-2.svg\" manifest:media-type=\"image/svg+xml\""))
    }

    @Test("the DOCX draws each picture of a chart as one inline DrawingML group: bars, lines and every label as text", arguments: pactes)
    func docxDrawing(_ path: String) throws {
        let document = try Self.document(path)
        let docx = String(decoding: DOCXDocument.write(document).bytes, as: UTF8.self)
        #expect(docx.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<w:document xmlns:w="))
        for namespace in ["xmlns:wp=", "xmlns:a=", "xmlns:wpg=", "xmlns:wps="] { #expect(docx.contains(namespace)) }
        let figures = Self.figures(document)
        let pictures = figures.map(FigureLayouts.pictures)
        let drawings: [String] = Array(docx.components(separatedBy: "<w:drawing>").dropFirst())
        #expect(drawings.count == pictures.joined().count, "one drawing per picture")
        #expect(count("<wp:inline ", docx) == drawings.count && count("<wp:anchor", docx) == 0, "inline, never floating")
        #expect(count("uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingGroup\"", docx) == drawings.count)
        var index = 0
        for (figure, pictures) in zip(figures, pictures) {
            // The caption, kept with the drawing; the alt text is the drawing's, not printed again.
            #expect(docx.contains("<w:pStyle w:val=\"Caption\"/></w:pPr><w:r><w:t>\(OfficeText.clean(figure.title))</w:t>"))
            #expect(!docx.contains("<w:t>\(OfficeText.clean(figure.altText))</w:t>"))
            for picture in pictures {
                let drawing = drawings[index].components(separatedBy: "</w:drawing>")[0]
                index += 1
                #expect(drawing.contains("descr=\"\(XMLWriter.escaped(OfficeText.clean(figure.altText), inAttribute: true))\""))
                #expect(drawing.contains("<wp:extent cx=\"\(Int((picture.width * 12_700).rounded()))\" cy=\"\(Int((picture.height * 12_700).rounded()))\"/>"))
                #expect(count("<wps:wsp>", drawing) == picture.shapes.count, "a shape per shape")
                var rects = 0, lines = 0, texts: [String] = []
                for shape in picture.shapes {
                    switch shape {
                    case .rect: rects += 1
                    case .line: lines += 1
                    case .text(let text, _, _, _, _, _, _): texts.append(text)
                    }
                }
                #expect(count("prst=\"rect\"", drawing) == rects + texts.count, "rectangles, and the text boxes")
                #expect(count("prst=\"line\"", drawing) == lines)
                #expect(count("<w:txbxContent>", drawing) == texts.count)
                #expect(count("lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\"", drawing) == texts.count)
                for text in texts {
                    let escaped = XMLWriter.escaped(OfficeText.clean(text), inAttribute: false)
                    #expect(drawing.contains(">\(escaped)</w:t>"), "« \(text) » is text in the drawing")
                }
                if case .timeline(let timeline) = figure.content {
                    let bars = timeline.rows.filter { $0.dates != nil }.count
                    #expect(pictures.count > 1 || rects >= bars, "a rectangle per action's bar at least")
                }
            }
        }
        // docPr and shape ids are unique through the document.
        let ids: [String] = docx.components(separatedBy: "Pr id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(Set(ids).count == ids.count && !ids.isEmpty)
        #expect(DOCXDocument.write(try Self.document(path)).bytes == DOCXDocument.write(document).bytes, "the same bytes")
        let bare = String(decoding: DOCXDocument.write(try Self.document(path, figures: false)).bytes, as: UTF8.self)
        #expect(!bare.contains("<w:drawing>"))
    }

    private func count(_ needle: String, _ text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test("pacte build writes the Markdown's pictures beside it, and none with --no-figures")
    func commandLine() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { CommandRunner.remove(directory) }
        let input = Golden.root.appendingPathComponent("Examples/lannevez.pacte").path
        let output = directory.appendingPathComponent("pacte.md").path
        let result = try CommandRunner.run(["build", input, "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        let svg = directory.appendingPathComponent("pacte.figure-1.svg").path
        #expect(FileManager.default.fileExists(atPath: svg))
        try FileManager.default.removeItem(atPath: svg)
        let bare = try CommandRunner.run(["build", input, "-o", output, "--no-figures"])
        #expect(bare.status == 0)
        #expect(!FileManager.default.fileExists(atPath: svg))
        let markdown = try String(contentsOfFile: output, encoding: .utf8)
        #expect(!markdown.contains("Déroulement des actions"))
    }

    // MARK: - Helpers

    static func document(_ path: String, figures: Bool = true) throws -> Document {
        DocumentBuilder.build(Compilation(source: try Golden.source(path)).pacte, options: .init(figures: figures))
    }

    static func figures(_ document: Document) -> [Figure] {
        document.allBlocks.compactMap { if case .figure(let figure) = $0 { figure } else { nil } }
    }
}
