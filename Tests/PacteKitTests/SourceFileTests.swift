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

@Suite struct SourceFileTests {
    @Test func columnsCountScalarsNotBytes() {
        let source = SourceFile(path: "x", text: "a\nLannévez: x\r\nfin")
        #expect(source.location(of: 0) == SourceLocation(line: 1, column: 1))
        let colon = Array(source.bytes).firstIndex(of: UInt8(ascii: ":"))!
        #expect(source.location(of: colon) == SourceLocation(line: 2, column: 9))
        #expect(source.lineText(at: 1) == "Lannévez: x")
        #expect(source.location(of: source.bytes.count) == SourceLocation(line: 3, column: 4))
    }

    /// The line table is made at the first question that needs it: a
    /// clean file is checked without it, a diagnostic's line makes it.
    @Test func theLineTableIsMadeWhenALineIsAskedFor() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Examples/lannevez.pacte")
        let clean = SourceFile(path: "lannevez.pacte", bytes: Array(try Data(contentsOf: url)))
        let compilation = Compilation(source: clean)
        #expect(compilation.diagnostics.isEmpty)
        #expect(!clean.hasLineTable)
        _ = HumanDiagnosticRenderer(options: .init(color: false, language: .fr)).render(FileReport(compilation))
        #expect(!clean.hasLineTable, "rendering a clean report asks for no line")
        let broken = SourceFile(path: "x.pacte", text: "pacte {\n  territoire: \"Lannévez\"\n  échelon: commune\n")
        let report = FileReport(Compilation(source: broken))
        #expect(!report.diagnostics.isEmpty)
        let rendered = HumanDiagnosticRenderer(options: .init(color: false, language: .fr)).render(report)
        #expect(broken.hasLineTable)
        #expect(rendered.contains("x.pacte:"))
    }

    @Test func theColumnCursorAndTheLineTestAgreeWithLocation() {
        // A byte-order mark, accents, CR LF, a lone CR, invalid UTF-8 and an empty line.
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("pacte é\r\n  Lannévez\rx".utf8) + [0xFF, 0xC3] + Array("\n\nfin é".utf8)
        let source = SourceFile(path: "x", bytes: bytes)
        var cursor = ColumnCursor()
        for offset in 0...bytes.count {
            #expect(source.column(of: offset, cursor: &cursor) == source.location(of: offset).column, "offset \(offset)")
        }
        // Asked backwards, or out of the file, it starts again from the line rather than going wrong.
        for offset in stride(from: bytes.count + 5, through: -1, by: -1) {
            #expect(source.column(of: offset, cursor: &cursor) == source.location(of: offset).column, "offset \(offset)")
        }
        for line in source.lineStarts.indices.reversed() {
            let start = source.lineStarts[line]
            #expect(source.column(of: start, cursor: &cursor) == source.location(of: start).column, "line \(line)")
            #expect(source.column(of: 5, cursor: &cursor) == source.location(of: 5).column, "after line \(line)")
        }
        // Forward by leaps over several lines, as the parser asks from one
        // declaration to the next, starting from every offset.
        for leap in [2, 3, 7, 11] {
            for first in 0..<leap {
                var cursor = ColumnCursor()
                for offset in stride(from: first, through: bytes.count, by: leap) {
                    #expect(source.column(of: offset, cursor: &cursor) == source.location(of: offset).column, "offset \(offset), leaps of \(leap)")
                }
            }
        }
        for start in -1...bytes.count + 1 {
            for end in -1...bytes.count + 1 {
                let clamp = { (offset: Int) in min(max(0, offset), bytes.count) }
                #expect(source.onSameLine(start, end) == (source.lineIndex(of: clamp(start)) == source.lineIndex(of: clamp(end))), "\(start)..\(end)")
            }
        }
    }
}
