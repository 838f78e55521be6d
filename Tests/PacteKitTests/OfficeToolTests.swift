import Foundation
import Testing
@testable import PacteCore
@testable import PacteDriver
@testable import PacteDocument
@testable import PacteOffice
@testable import PacteFigures
@testable import PacteDiff
@testable import PacteKit

/// The ODT and DOCX files as others read them: every example and the
/// hostile pactes, built to both formats, are validated by jing against
/// the ODF 1.3 schemas and the OOXML transitional ones, opened and
/// converted to PDF by LibreOffice (whose text must hold every heading),
/// and the DOCX read back by python-docx (headings in Word's heading
/// styles, tables found, the header rows marked to repeat).
///
/// The tools come from Debian's `jing`, `libreoffice-writer-nogui` and
/// `poppler-utils`, and PyPI's `python-docx` (`.ci/run` installs them);
/// without them these tests fail, they never skip. LibreOffice is slow to
/// start, so every file is converted in one call, once, and each test
/// reads what that run found. A LibreOffice that hangs fails the tests
/// after a while rather than holding CI.
@Suite(.timeLimit(.minutes(10))) struct OfficeToolTests {
    // MARK: - What the run found

    @Test("the ODT parts are valid ODF 1.3 (jing)")
    func odfSchemas() throws {
        let run = try OfficeRun.shared.get()
        #expect(run.odfContent.status == 0, "jing, schema-1.3.rng:\n\(run.odfContent.output)")
        #expect(run.odfManifest.status == 0, "jing, manifest-schema-1.3.rng:\n\(run.odfManifest.output)")
    }

    @Test("the DOCX parts are valid OOXML transitional (jing)")
    func ooxmlSchemas() throws {
        let run = try OfficeRun.shared.get()
        for (schema, result) in run.ooxml {
            #expect(result.status == 0, "jing, \(schema):\n\(result.output)")
        }
        #expect(run.ooxml.count == OfficeRun.ooxmlSchemas.count)
    }

    @Test("the packages are sound ZIP files (Python's zipfile)")
    func packages() throws {
        let run = try OfficeRun.shared.get()
        #expect(run.zipReport == "ok", "\(run.zipReport)")
    }

    @Test("LibreOffice opens and converts every file; its text holds every heading")
    func libreOffice() throws {
        let run = try OfficeRun.shared.get()
        for input in run.inputs {
            for format in ["odt", "docx"] {
                let name = "\(input.name).\(format)"
                let text = try #require(run.pdfText[name], "LibreOffice converted \(name)")
                #expect(!text.isEmpty, "\(name)")
                // A word too long for its line is broken anywhere, and the break reads back as a space.
                let compact = text.filter { $0 != " " }
                for title in input.headings + input.otherTitles {
                    for part in Self.comparableParts(title) {
                        let found = text.contains(part) || compact.contains(part.filter { $0 != " " })
                        #expect(found, "\(name): « \(part) » is in the converted text")
                    }
                }
                if format == "docx" {
                    // The charts' labels are text LibreOffice drew: the drawing was imported, not dropped.
                    for label in input.chartLabels {
                        for part in Self.comparableParts(label) {
                            #expect(text.contains(part) || compact.contains(part.filter { $0 != " " }), "\(name): the chart's « \(part) »")
                        }
                    }
                    #expect(input.pictures.isEmpty || !input.chartOnlyLabels.isEmpty, "\(name): a label the document writes only in its charts")
                }
                let pages = run.pdfPages[name] ?? 0
                #expect(pages > 0)
                #expect(text.contains("1 / \(pages)") && text.contains("\(pages) / \(pages)"), "\(name): pages numbered « n / \(pages) »")
            }
        }
    }

    @Test("python-docx reads the headings in Word's heading styles, and the tables")
    func pythonDocx() throws {
        let run = try OfficeRun.shared.get()
        for input in run.inputs {
            let read = try #require(run.docx[input.name], "python-docx read \(input.name).docx")
            let headings = read.paragraphs.filter { $0.style.hasPrefix("Heading ") }
            #expect(headings.map(\.style) == input.headingLevels.map { "Heading \(min($0, 3))" }, "\(input.name)")
            #expect(headings.map(\.text) == input.headings.map(OfficeText.clean), "\(input.name)")
            #expect(read.tables == input.tables, "\(input.name): every table is found")
            #expect(read.headerRows == input.tablesWithHeader, "\(input.name): header rows marked to repeat")
            #expect(read.language == input.language && read.title == OfficeText.clean(input.title), "\(input.name)")
            #expect(read.pageWidth == 210 && read.pageHeight == 297, "\(input.name): A4")
            #expect(read.header == OfficeText.clean(input.title), "\(input.name): the title in the header")
            #expect(read.styles.isSuperset(of: ["Body Text", "List Number", "List Bullet", "Signature", "Emphasis", "Strong"]))
            // Each picture of a chart is an inline shape, a DrawingML group at its size, its alt text in `descr`.
            #expect(read.inlineShapes.map(\.uri) == input.pictures.map { _ in DOCXDrawing.groupURI }, "\(input.name)")
            for (shape, picture) in zip(read.inlineShapes, input.pictures) {
                #expect(shape.width == picture.width && shape.height == picture.height, "\(input.name): \(shape.title)")
                #expect(shape.descr == picture.descr && shape.title == picture.title, "\(input.name)")
            }
        }
    }

    @Test("the command line writes the same files, and refuses a mismatched extension")
    func commandLine() throws {
        let run = try OfficeRun.shared.get()
        #expect(run.commandLineMatches, "pacte build --to odt|docx writes what the library renders")
        let lannevez = Golden.root.appendingPathComponent("Examples/lannevez.pacte").path
        let result = try CommandRunner.run(["build", lannevez, "--to", "odt", "-o", "x.docx"])
        #expect(result.status == 2 && result.stderr.contains("`--to odt` et `-o x.docx`"))
        // An avenant too, its format from the output's extension.
        let directory = try CommandRunner.temporaryDirectory()
        defer { CommandRunner.remove(directory) }
        let newer = directory.appendingPathComponent("v2.pacte")
        try OfficeTests.exampleText("lannevez.pacte").replacingOccurrences(of: "24_000 €", with: "30_000 €").write(to: newer, atomically: true, encoding: .utf8)
        for (format, first) in [("odt", "mimetype"), ("docx", "[Content_Types].xml")] {
            let output = directory.appendingPathComponent("avenant.\(format)")
            #expect(try CommandRunner.run(["diff", lannevez, newer.path, "-o", output.path]).status == 0)
            #expect(ZIPListing(Array(try Data(contentsOf: output)))?.names.first == first, "the avenant as \(format)")
        }
    }

    // MARK: - Helpers

    /// The parts of a title that `pdftotext` gives back as written: cleaned
    /// as the writers do, no-break spaces as spaces, white space as one
    /// space. A text with bidirectional controls is read only up to the
    /// first, since the application shows the rest in another order; and
    /// the characters no installed font has (ideographs, emoji) are left
    /// out, since LibreOffice draws a fallback glyph that maps to nothing.
    static func comparableParts(_ text: String) -> [String] {
        var cleaned = OfficeText.clean(text)
        if let bidi = cleaned.unicodeScalars.firstIndex(where: { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }) {
            cleaned = String(cleaned.unicodeScalars[..<bidi])
        }
        return cleaned.split(whereSeparator: { $0.unicodeScalars.contains { $0.value >= 0x2E80 } })
            .map { PDFTests.normalised(String($0)) }
            .filter { !$0.isEmpty }
    }
}

/// One run of the tools over every input, shared by the tests above.
struct OfficeRun: Sendable {
    /// A pacte built to both formats and what its files must hold.
    struct Input: Sendable {
        let name: String
        let title: String
        let language: String
        let headings: [String]
        let headingLevels: [Int]
        /// Action titles and signatories, which must come out too.
        let otherTitles: [String]
        let tables: Int
        let tablesWithHeader: Int
        /// Each picture of the charts: its size in EMU, its title and alt text as the DOCX writes them.
        let pictures: [InlineShape]
        /// The text of the charts' labels, every one.
        let chartLabels: [String]
        /// Those the document writes nowhere else (the legend's title, years of the axis, the total line).
        let chartOnlyLabels: [String]
    }

    /// An inline drawing as python-docx reads it.
    struct InlineShape: Sendable, Decodable {
        let width: Int
        let height: Int
        let descr: String
        let title: String
        let uri: String
    }

    /// What python-docx read in one file.
    struct DocxReading: Sendable, Decodable {
        struct Paragraph: Sendable, Decodable {
            let style: String
            let text: String
        }
        let paragraphs: [Paragraph]
        let tables: Int
        let headerRows: Int
        let language: String
        let title: String
        let pageWidth: Int
        let pageHeight: Int
        let header: String
        let styles: Set<String>
        let inlineShapes: [InlineShape]
    }

    struct ToolResult: Sendable {
        let status: Int32
        let output: String
    }

    /// Why the run could not go through, as a test failure.
    struct Failure: Error, Sendable, CustomStringConvertible {
        let description: String
    }

    var inputs: [Input] = []
    var odfContent = ToolResult(status: -1, output: "")
    var odfManifest = ToolResult(status: -1, output: "")
    var ooxml: [(String, ToolResult)] = []
    var zipReport = ""
    var pdfText: [String: String] = [:]
    var pdfPages: [String: Int] = [:]
    var docx: [String: DocxReading] = [:]
    var commandLineMatches = false

    /// Computed once, by whichever test asks first.
    static let shared: Result<OfficeRun, Failure> = {
        do {
            return .success(try OfficeRun.make())
        } catch let failure as Failure {
            return .failure(failure)
        } catch {
            return .failure(Failure(description: "\(error)"))
        }
    }()

    /// The OOXML schema of each DOCX part.
    static let ooxmlSchemas = [
        ("word/document.xml", "WordprocessingML_Main_Document.rnc"),
        ("word/styles.xml", "WordprocessingML_Style_Definitions.rnc"),
        ("word/numbering.xml", "WordprocessingML_Numbering_Definitions.rnc"),
        ("word/settings.xml", "WordprocessingML_Document_Settings.rnc"),
        ("word/header1.xml", "WordprocessingML_Header.rnc"),
        ("word/footer1.xml", "WordprocessingML_Footer.rnc"),
    ]

    /// The documents: the examples, the hostile ones, an English one, a
    /// big one whose tables run over many pages, an empty one, and an
    /// avenant; each with the date the command line would give it.
    static func documents() throws -> [(name: String, document: Document, date: CalendarDate?)] {
        var sources = try Golden.examples().map { name in
            (String(name.dropLast(".pacte".count)), try OfficeTests.exampleText(name))
        }
        sources.append(("hostile", try String(contentsOf: Golden.fixtures.appendingPathComponent("office/hostile.pacte"), encoding: .utf8)))
        sources.append(("markup", DocumentBackendTests.hostileSource))
        sources.append(("english", try OfficeTests.exampleText("lannevez.pacte").replacingOccurrences(of: "langue: fr", with: "langue: en")))
        sources.append(("long", PDFTests.hostileSource(actions: 120)))
        sources.append(("empty", ""))
        var documents = sources.map { name, source in
            let compilation = Compilation(source: SourceFile(path: "\(name).pacte", bytes: Array(source.utf8)))
            return (name, DocumentBuilder.build(compilation.pacte), compilation.pacte.adoption.value)
        }
        let old = Compilation(source: try Golden.source("Examples/lannevez.pacte"))
        let new = Compilation(source: SourceFile(path: "v2.pacte", text: try OfficeTests.exampleText("lannevez.pacte")
            .replacingOccurrences(of: "24_000 €", with: "30_000 €").replacingOccurrences(of: "Chantiers participatifs de plantation", with: "Chantiers de plantation")))
        documents.append(("avenant", AmendmentBuilder.build(PacteDiff(old: old, new: new), old: old.pacte, new: new.pacte), nil))
        return documents
    }

    static func make() throws -> OfficeRun {
        var run = OfficeRun()
        let directory = try CommandRunner.temporaryDirectory()
        defer { CommandRunner.remove(directory) }
        let packages = directory.appendingPathComponent("packages"), parts = directory.appendingPathComponent("parts")
        try FileManager.default.createDirectory(at: packages, withIntermediateDirectories: true)
        var odts: [String] = [], docxs: [String] = []
        for (name, document, date) in try documents() {
            try Data(try ODTBackend.render(document, options: .init(creationDate: date))).write(to: packages.appendingPathComponent("\(name).odt"))
            // Another name than the ODT's, so that both convert to PDF in one call without overwriting each other.
            try Data(try DOCXBackend.render(document, options: .init(creationDate: date))).write(to: packages.appendingPathComponent("\(name)-docx.docx"))
            odts.append(name)
            docxs.append(name)
            run.inputs.append(input(name, document))
            if Golden.examples().contains(name + ".pacte") {
                run.commandLineMatches = try commandLineMatches(name, packages: packages, in: directory)
            }
        }

        // Unpack every package with Python's zipfile, checking the archives on the way.
        let unpacked = try Tool.run("python3", ["-c", unpackScript, packages.path, parts.path])
        run.zipReport = unpacked.status == 0 ? unpacked.output.trimmingCharacters(in: .whitespacesAndNewlines) : unpacked.output + unpacked.error

        let odf = Golden.fixtures.appendingPathComponent("odf")
        let odfParts = odts.flatMap { name in ["content.xml", "styles.xml", "meta.xml"].map { parts.appendingPathComponent("\(name).odt/\($0)").path } }
        run.odfContent = try jing(["-i", odf.appendingPathComponent("schema-1.3.rng").path] + odfParts)
        run.odfManifest = try jing(["-i", odf.appendingPathComponent("manifest-schema-1.3.rng").path]
            + odts.map { parts.appendingPathComponent("\($0).odt/META-INF/manifest.xml").path })
        let ooxml = Golden.fixtures.appendingPathComponent("ooxml")
        for (part, schema) in ooxmlSchemas {
            run.ooxml.append((schema, try jing(["-c", ooxml.appendingPathComponent(schema).path]
                + docxs.map { parts.appendingPathComponent("\($0)-docx.docx/\(part)").path })))
        }

        // One LibreOffice for every file, in a profile of its own so that runs never collide.
        let pdfs = directory.appendingPathComponent("pdf")
        let profile = directory.appendingPathComponent("soffice-profile")
        let files = odts.map { packages.appendingPathComponent("\($0).odt").path } + docxs.map { packages.appendingPathComponent("\($0)-docx.docx").path }
        let converted = try Tool.run("soffice", ["-env:UserInstallation=" + profile.absoluteURL.absoluteString, "--headless", "--norestore",
                                                 "--convert-to", "pdf", "--outdir", pdfs.path] + files)
        for name in odts {
            for (format, file) in [("odt", name), ("docx", name + "-docx")] {
                let pdf = pdfs.appendingPathComponent("\(file).pdf").path
                guard FileManager.default.fileExists(atPath: pdf) else {
                    throw Failure(description: "LibreOffice did not convert \(file).\(format): \(converted.output)\(converted.error)")
                }
                let text = try Tool.run("pdftotext", ["-raw", "-enc", "UTF-8", pdf, "-"])
                run.pdfText["\(name).\(format)"] = PDFTests.normalised(text.output.replacingOccurrences(of: "-\n", with: "-"))
                run.pdfPages["\(name).\(format)"] = Int(try Tool.run("pdfinfo", [pdf]).output
                    .split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "") ?? 0
            }
        }

        let read = try Tool.run("python3", ["-c", docxScript] + docxs.map { packages.appendingPathComponent("\($0)-docx.docx").path })
        guard read.status == 0 else { throw Failure(description: "python-docx: \(read.error)") }
        let readings = try JSONDecoder().decode([DocxReading].self, from: Data(read.output.utf8))
        for (name, reading) in zip(docxs, readings) { run.docx[name] = reading }
        return run
    }

    /// What the files of `document` must hold.
    static func input(_ name: String, _ document: Document) -> Input {
        let tables = document.allBlocks.compactMap { if case .table(let table) = $0 { OfficeTable(table, width: OfficeLook.textWidth) } else { nil } }
            .filter { !$0.isEmpty }
        let facts = document.allBlocks.filter { if case .facts(let facts) = $0 { !facts.items.isEmpty } else { false } }.count
            + (document.titleBlock?.facts.isEmpty == false ? 1 : 0)
        let signatures = document.signaturePage?.signatures ?? []
        var others = signatures.map(\.organisation)
        for case .table(let table) in document.allBlocks {
            for row in table.rows { if let first = row.first?.paragraphs.first { others.append(first.plainText) } }
        }
        let tag = OfficeText.languageTag(document.language)
        let figures = document.allBlocks.compactMap { if case .figure(let figure) = $0 { figure } else { nil } }
        var pictures: [InlineShape] = [], labels: [String] = []
        for figure in figures {
            let drawings = FigureLayouts.pictures(figure)
            for (index, drawing) in drawings.enumerated() {
                let title = drawings.count == 1 ? figure.title : figure.title + " (\(index + 1)/\(drawings.count))"
                pictures.append(InlineShape(width: Int((drawing.width * 12_700).rounded()), height: Int((drawing.height * 12_700).rounded()),
                                            descr: OfficeText.clean(figure.altText), title: OfficeText.clean(title), uri: DOCXDrawing.groupURI))
                for case .text(let label, _, _, _, _, _, _) in drawing.shapes { labels.append(label) }
            }
        }
        // Everything else the document says, as Swift describes it: enough to tell a label found only in a chart.
        let elsewhere = PDFTests.normalised(document.allBlocks.filter { if case .figure = $0 { false } else { true } }
            .map { String(describing: $0) }.joined(separator: "\n") + String(describing: document.titleBlock) + String(describing: document.signaturePage))
        return Input(name: name, title: document.metadata.title, language: tag.language + "-" + tag.country,
                     headings: document.headings.map(\.text), headingLevels: document.headings.map(\.level),
                     // A cell's text may break anywhere in a word too long for its column: only short ones are looked for.
                     otherTitles: others.filter { $0.count < 60 },
                     tables: tables.count + facts + (signatures.isEmpty ? 0 : 1),
                     tablesWithHeader: tables.filter { !$0.header.isEmpty }.count,
                     pictures: pictures, chartLabels: labels,
                     chartOnlyLabels: labels.filter { label in
                         let parts = OfficeToolTests.comparableParts(label)
                         return !parts.isEmpty && parts.allSatisfy { $0.count > 1 && !elsewhere.contains($0) }
                     })
    }

    /// `pacte build --to odt` and `--to docx` write what the library renders.
    static func commandLineMatches(_ name: String, packages: URL, in directory: URL) throws -> Bool {
        var matches = true
        for (format, file) in [("odt", "\(name).odt"), ("docx", "\(name)-docx.docx")] {
            let output = directory.appendingPathComponent("cli-\(name).\(format)")
            let result = try CommandRunner.run(["build", Golden.root.appendingPathComponent("Examples/\(name).pacte").path, "--to", format, "-o", output.path])
            matches = matches && result.status == 0
                && (try? Data(contentsOf: output)) == (try? Data(contentsOf: packages.appendingPathComponent(file)))
        }
        return matches
    }

    static func jing(_ arguments: [String]) throws -> ToolResult {
        let result = try Tool.run("jing", arguments)
        // The Debian launcher warns about optional jars on standard error; the findings are on standard output.
        return ToolResult(status: result.status, output: result.output)
    }

    /// Unpacks each package into `parts/NAME/`, checking what a reader relies on.
    static let unpackScript = """
        import os, sys, zipfile
        source, target = sys.argv[1], sys.argv[2]
        for name in sorted(os.listdir(source)):
            archive = zipfile.ZipFile(os.path.join(source, name))
            assert archive.testzip() is None, name
            infos = archive.infolist()
            if name.endswith('.odt'):
                assert infos[0].filename == 'mimetype' and infos[0].compress_type == zipfile.ZIP_STORED, name
                assert archive.read('mimetype') == b'application/vnd.oasis.opendocument.text', name
            else:
                assert infos[0].filename == '[Content_Types].xml', name
            assert len(set(info.filename for info in infos)) == len(infos), name + ': a name twice'
            for info in infos:
                assert info.date_time == (1980, 1, 1, 0, 0, 0), name + ': ' + info.filename
                assert not info.flag_bits & 8, name + ': a data descriptor'
            archive.extractall(os.path.join(target, name))
        print('ok')
        """

    /// Reads each DOCX with python-docx and prints what it found, as JSON.
    static let docxScript = """
        import json, sys
        import docx
        from docx.oxml.ns import qn
        out = []
        for path in sys.argv[1:]:
            document = docx.Document(path)
            section = document.sections[0]
            header_rows = 0
            for table in document.tables:
                first = table.rows[0]._tr if len(table.rows) else None
                properties = first.trPr if first is not None else None
                if properties is not None and properties.find(qn('w:tblHeader')) is not None:
                    header_rows += 1
            out.append({
                'paragraphs': [{'style': p.style.name, 'text': p.text} for p in document.paragraphs],
                'tables': len(document.tables),
                'headerRows': header_rows,
                'language': document.core_properties.language,
                'title': document.core_properties.title,
                'pageWidth': round(section.page_width.mm),
                'pageHeight': round(section.page_height.mm),
                'header': '\\n'.join(p.text for p in section.header.paragraphs),
                'styles': sorted(style.name for style in document.styles),
                'inlineShapes': [{
                    'width': shape.width, 'height': shape.height,
                    'descr': shape._inline.docPr.get('descr'), 'title': shape._inline.docPr.get('title'),
                    'uri': shape._inline.graphic.graphicData.uri,
                } for shape in document.inline_shapes],
            })
        print(json.dumps(out))
        """
}
