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


/// The HTML printed on A4 by real headless Chromium, as a secretary would
/// print it from a browser: every chart lies within the page's margins,
/// and its words come back from the printed file.
@Suite struct HTMLPrintTests {
    @Test("printed on A4, the charts fit their pages and their words print",
          arguments: ["penn-ar-ster.pacte", "long-plan"])
    func chartsFitAnA4Page(_ name: String) throws {
        let source = name == "long-plan"
            ? SourceFile(path: "long.pacte", bytes: Array(PDFArchiveTests.longSource(actions: 60).utf8))
            : try Golden.source("Examples/\(name)")
        let compilation = Compilation(source: source)
        #expect(!compilation.hasErrors)
        let document = DocumentBuilder.build(compilation.pacte)
        let html = HTMLBackend.render(document)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pacte-print-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = directory.appendingPathComponent("pacte.html"), printed = directory.appendingPathComponent("pacte.pdf")
        try Data(html.utf8).write(to: page)
        let result = try Tool.run("chromium", [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            "--user-data-dir=" + directory.appendingPathComponent("profile").path,
            "--print-to-pdf=" + printed.path, page.absoluteString,
        ])
        guard FileManager.default.fileExists(atPath: printed.path) else {
            Issue.record("\(name): Chromium printed nothing: \(result.error.suffix(500))")
            return
        }
        let info = try Tool.run("pdfinfo", [printed.path])
        #expect(info.output.contains("(A4)"), "\(name): \(info.output)")

        // Every word with its box, page by page (`pdftotext -bbox`).
        let boxes = try Tool.run("pdftotext", ["-bbox", "-enc", "UTF-8", printed.path, "-"]).output
        var pageWidth = 0.0, pageHeight = 0.0, words: [String] = [], outside: [String] = []
        for line in boxes.split(separator: "\n") {
            let numbers = Self.attributes(line)
            if line.contains("<page ") {
                pageWidth = numbers["width"] ?? 0
                pageHeight = numbers["height"] ?? 0
            } else if line.contains("<word "), let xMin = numbers["xMin"], let xMax = numbers["xMax"],
                      let yMin = numbers["yMin"], let yMax = numbers["yMax"],
                      let start = line.firstIndex(of: ">"), let end = line.lastIndex(of: "<") {
                let word = String(line[line.index(after: start)..<end])
                words.append(word)
                // The print stylesheet's margins are 18 mm and more: nothing may reach the paper's edge.
                if xMin < 20 || xMax > pageWidth - 20 || yMin < 10 || yMax > pageHeight - 10 { outside.append(word) }
            }
        }
        #expect(outside.isEmpty, "\(name): words at the paper's edge: \(outside.prefix(10))")
        let printedText = words.joined(separator: " ")
        let figures = document.allBlocks.compactMap { block -> Figure? in
            if case let .figure(figure) = block { return figure }
            return nil
        }
        #expect(figures.count == 2)
        for figure in figures {
            #expect(printedText.contains(figure.title.split(separator: " ").prefix(3).joined(separator: " ")), "\(name): « \(figure.title) »")
        }
        // Each action's title is a label of the timeline and a row of its table: it prints at least twice.
        for action in compilation.pacte.actions {
            guard let word = (action.title ?? "").split(separator: " ").first(where: { $0.count > 5 }) else { continue }
            let count = words.filter { $0.contains(word) }.count
            #expect(count >= 2, "\(name): « \(word) » of « \(action.title ?? "") » printed \(count) times")
        }
    }

    /// The numeric attributes of one line of `pdftotext -bbox`'s XHTML.
    static func attributes(_ line: Substring) -> [String: Double] {
        var values: [String: Double] = [:]
        for name in ["width", "height", "xMin", "xMax", "yMin", "yMax"] {
            guard let range = line.range(of: " \(name)=\"") else { continue }
            let rest = line[range.upperBound...]
            if let end = rest.firstIndex(of: "\"") { values[name] = Double(rest[..<end]) }
        }
        return values
    }
}
