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

@Suite struct IDTableTests {
    /// Grown from its smallest size, the table finds every id it recorded
    /// and none it did not, keeps them in the order recorded, and gives
    /// back the first of an id recorded twice.
    @Test func findsWhatItRecordedAndNothingElse() {
        var table = IDTable()
        var dictionary: [String: DeclaredID] = [:]
        let names = (0..<5_000).map { $0 % 7 == 0 ? "personne-\($0)-avec-un-identifiant-long" : "a\($0)" } + ["é", "e\u{301}", ""]
        for (index, name) in names.enumerated() {
            let declared = DeclaredID(kind: index % 2 == 0 ? .action : .personne, span: Span(start: index, length: 1), titleSpan: nil)
            let first = table.insertIfAbsent(declared, for: name)
            #expect(first?.span == dictionary[name]?.span)
            if first == nil { dictionary[name] = declared }
        }
        #expect(table.insertIfAbsent(DeclaredID(kind: .action, span: Span(start: 0, length: 9), titleSpan: nil), for: "a1")?.span
            == dictionary["a1"]?.span)
        // "e\u{301}" and "é" are one Swift string, as in a Dictionary: recorded once.
        #expect(table.count == dictionary.count && table.count == names.count - 1)
        var recorded = names
        recorded.remove(at: names.count - 2)
        #expect(table.entries.map(\.name).elementsEqual(recorded) { $0.utf8.elementsEqual($1.utf8) })
        for name in names {
            #expect(table[name]?.span == dictionary[name]?.span)
        }
        for absent in ["a5000", "A1", "personne-7", "personne-7-avec-un-identifiant-lon", " "] {
            #expect(table[absent] == nil, "\(absent)")
        }
        #expect(table.dictionary.mapValues(\.span) == dictionary.mapValues(\.span))
    }
}
