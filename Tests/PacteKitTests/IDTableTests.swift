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
        var table = IDTable<DeclaredID>()
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

    /// Equal strings hash alike however they are made (a literal, bytes
    /// decoded, a long string and a short one, `é` composed or not), of
    /// every length up to past two words, and different ones apart.
    @Test func equalIDsHashAlike() {
        let hash = IDHash()
        let base = "abcdefghijklmnopqrstuvwxyz-0123456789-abcdefghij"
        var seen: [Int: String] = [:]
        for length in 0...base.count {
            let id = String(base.prefix(length))
            let decoded = String(decoding: Array(id.utf8), as: UTF8.self)
            let grown = String(id.unicodeScalars.map(Character.init))
            #expect(hash(id) == hash(decoded) && hash(id) == hash(grown), "\(length)")
            #expect(seen.updateValue(id, forKey: hash(id)) == nil, "\(id) collides")
        }
        for (composed, decomposed) in [("é", "e\u{301}"), ("école-k2", "e\u{301}cole-k2"), ("personne-très-longue-é", "personne-très-longue-e\u{301}")] {
            #expect(composed == decomposed)
            #expect(hash(composed) == hash(decomposed), "\(composed)")
        }
        // One byte apart, at each place of a short and of a long id.
        for id in ["ab", "abcdefg", "abcdefghijklmnopq", base] {
            var bytes = Array(id.utf8)
            for index in bytes.indices {
                bytes[index] ^= 1
                #expect(hash(String(decoding: bytes, as: UTF8.self)) != hash(id), "\(id) at \(index)")
                bytes[index] ^= 1
            }
        }
    }

    /// A table whose ids were hashed again under a new secret, as after a
    /// search that ran long, finds each as before; values change in place.
    @Test func aNewSecretLosesNothing() {
        var table = IDTable<Int>(capacity: 3)
        let names = (0..<2_000).map { $0 % 3 == 0 ? "é-\($0)" : "id-\($0)" }
        for (index, name) in names.enumerated() { table.insertIfAbsent(index, for: name) }
        table.rehash(with: .withNewSecret())
        for (index, name) in names.enumerated() {
            #expect(table[name] == index)
            table.update(name, initial: -1) { $0 += 1 }
        }
        table.update("nouveau", initial: 41) { $0 += 1 }
        #expect(names.enumerated().allSatisfy { table[$0.element] == $0.offset + 1 })
        #expect(table["nouveau"] == 42 && table["id-2000"] == nil)
        #expect(table.entries.map(\.name) == names + ["nouveau"])
    }

    /// An id named twice in a list is reported at its second mention,
    /// in a short list (searched in place) as in a long one (indexed).
    @Test func anIDNamedTwiceInAListIsReportedAtItsSecondMention() {
        var text = "personne p0 \"P 0\" { genre: femme; rôle: habitant }\n"
        for index in 1..<30 { text += "personne p\(index) \"P \(index)\" { genre: homme; rôle: habitant }\n" }
        let long = (0..<25).map { "p\($0)" } + ["p7"] + (25..<30).map { "p\($0)" }
        text += "espace grand \"Grand\" { membres: [\(long.joined(separator: ", "))] }\n"
        text += "espace petit \"Petit\" { membres: [p1, p2, p1] }\n"
        let source = SourceFile(path: "twice.pacte", text: text)
        let twice = Compilation(source: source).diagnostics.filter { $0.code == .duplicateID }
        #expect(twice.count == 2)
        let offsets = twice.map(\.span.start).sorted()
        let longLine = text.utf8.firstRange(of: "espace grand".utf8)!.lowerBound
        let shortLine = text.utf8.firstRange(of: "espace petit".utf8)!.lowerBound
        #expect(offsets.count == 2 && offsets[0] > text.utf8.distance(from: text.utf8.startIndex, to: longLine)
            && offsets[1] > text.utf8.distance(from: text.utf8.startIndex, to: shortLine))
        #expect(source.text(of: twice[0].span) == "p7" || source.text(of: twice[0].span) == "p1")
        #expect(twice.allSatisfy { $0.message.fr.contains("figure deux fois dans `membres`") })
    }
}
