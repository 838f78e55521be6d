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
        for start in -1...bytes.count + 1 {
            for end in -1...bytes.count + 1 {
                let clamp = { (offset: Int) in min(max(0, offset), bytes.count) }
                #expect(source.onSameLine(start, end) == (source.lineIndex(of: clamp(start)) == source.lineIndex(of: clamp(end))), "\(start)..\(end)")
            }
        }
    }
}

@Suite struct PlaceholderTests {
    // The scan that rules texts out looks only around a few bytes: each
    // kind of placeholder, in any case and at either end, must still be found.
    @Test func everyKindOfPlaceholderIsFound() {
        let found: [(String, String)] = [
            ("Replanter .... km", "...."), ("....", "...."), ("  …  ", "…"), ("...", "..."),
            ("TODO", "TODO"), ("à faire : todo", "todo"), ("ToDo plus tard", "ToDo"),
            ("À COMPLÉTER", "À COMPLÉTER"), ("a completer", "a completer"), ("texte A_COMPLETER", "A_COMPLETER"),
        ]
        for (text, placeholder) in found {
            #expect(P0311Placeholder.placeholder(in: text) == placeholder, "\(text)")
        }
    }

    @Test func proseIsNotAPlaceholder() {
        for text in ["Des ateliers… puis une fête.", "todos les jours", "compléter la haie", "Accomplir, développer", "3.5 km", "..a", ""] {
            #expect(P0311Placeholder.placeholder(in: text) == nil, "\(text)")
        }
    }
}

@Suite struct LiteralTests {
    @Test func decimalSpelling() {
        #expect(DecimalNumber(significand: 2400000, scale: 2).description == "24000")
        #expect(DecimalNumber(significand: 999950, scale: 2).description == "9999.5")
        #expect(DecimalNumber(significand: 5, scale: 2).description == "0.05")
        #expect(DecimalNumber(significand: 0, scale: 2).description == "0")
        #expect(DecimalNumber(significand: 35, scale: 1).rescaled(to: 2) == 350)
        #expect(DecimalNumber(significand: 12555, scale: 3).rescaled(to: 2) == nil)
    }

    @Test func datesAreValidated() {
        #expect(CalendarDate(year: 2028, month: 2, day: 29).isValid)
        #expect(!CalendarDate(year: 2026, month: 2, day: 29).isValid)
        #expect(!CalendarDate(year: 2026, month: 13).isValid)
        #expect(CalendarDate(year: 2000, month: 2, day: 29).isValid)
        #expect(!CalendarDate(year: 1900, month: 2, day: 29).isValid)
        #expect(CalendarDate(year: 2026, month: 2).lastDay == CalendarDate(year: 2026, month: 2, day: 28))
        #expect(CalendarDate(year: 2026).lastDay == CalendarDate(year: 2026, month: 12, day: 31))
        #expect(CalendarDate(year: 2026, month: 9).description == "2026-09")
    }
}

@Suite struct SchemaTests {
    @Test func namesMatchWithoutAccentsAndInEnglish() throws {
        let action = try #require(Schema.kind(named: "action", among: Schema.pacte.topLevel))
        #expect(action.property(named: "calendrier")?.name == "calendrier")
        #expect(action.property(named: "calendar")?.name == "calendrier")
        let space = try #require(Schema.kind(named: "space", among: Schema.pacte.topLevel))
        #expect(space.property(named: "siege-jeunesse")?.name == "siège-jeunesse")
        #expect(space.property(named: "youth-seat")?.name == "siège-jeunesse")
        #expect(Schema.kind(named: "periode", among: Schema.pacte.topLevel) == nil)
        #expect(SchemaName.fold("Pénélope-Œuvre") == "Penelope-OEuvre")
        #expect(SchemaName.fold("e\u{0301}te\u{0301}") == "ete", "decomposed accents fold too")
    }

    @Test func didYouMean() {
        #expect(Suggestions.closest(to: "partenaire", among: ["partenaires", "pilote", "budget"]) == ["partenaires"])
        #expect(Suggestions.closest(to: "co-constrution", among: ParticipationLevel.allCases.map(\.rawValue)) == ["co-construction"])
        #expect(Suggestions.closest(to: "acton", among: ["action", "personne", "espace"]) == ["action"])
        #expect(Suggestions.closest(to: "zzzz", among: ["action", "personne"]).isEmpty)
        #expect(Suggestions.closest(to: "a", among: ["b", "c", "d", "e", "f"]).count <= 4)
    }

    @Test func everyPropertyHasAnEnglishAliasAndASummary() {
        for kind in Schema.pacte.allKinds {
            #expect(!kind.english.isEmpty)
            for property in kind.properties {
                #expect(!property.english.isEmpty && !property.summary.fr.isEmpty && !property.summary.en.isEmpty)
                #expect(!property.english.unicodeScalars.contains { !$0.isASCII }, "English names are ASCII")
            }
        }
    }

    @Test func priorityIsNotAnError() {
        let text = """
        objectif o "O" { priorite: p }
        vision { priorite p "P" }
        """
        let result = Compilation(source: SourceFile(path: "x", text: text))
        #expect(!result.diagnostics.contains { $0.code == .unknownName })
    }
}

@Suite struct IDTableTests {
    /// Grown from its smallest size, the table finds every id it recorded
    /// and none it did not, and keeps them in the order recorded.
    @Test func findsWhatItRecordedAndNothingElse() {
        var table = IDTable()
        var dictionary: [String: DeclaredID] = [:]
        let names = (0..<5_000).map { $0 % 7 == 0 ? "personne-\($0)-avec-un-identifiant-long" : "a\($0)" } + ["é", "e\u{301}", ""]
        for (index, name) in names.enumerated() where table[name] == nil {
            let declared = DeclaredID(kind: index % 2 == 0 ? .action : .personne, span: Span(start: index, length: 1), titleSpan: nil)
            table.insert(declared, for: name)
            dictionary[name] = declared
        }
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

@Suite struct ModelTests {
    /// The model built as each declaration is resolved is the one built
    /// from all the resolved declarations at once, diagnostics included.
    @Test("the model built on the fly is the model built at the end",
          arguments: Golden.examples().map { "Examples/\($0)" } + Golden.inputs("diagnostics").map { "Tests/PacteKitTests/Fixtures/diagnostics/\($0)" })
    func modelBuiltOnTheFly(_ path: String) throws {
        let source = try Golden.source(path)
        let (syntax, _) = Parser.parse(source)
        let onTheFly = Resolver.model(syntax, source: source)
        let atTheEnd = Resolver.resolve(syntax, source: source)
        #expect(JSONBackend.render(onTheFly.pacte) == JSONBackend.render(ModelBuilder.build(atTheEnd.declarations)))
        #expect(onTheFly.diagnostics == atTheEnd.diagnostics)
        #expect(onTheFly.droppedDeclarations == atTheEnd.droppedDeclarations)
        // Freeing the tree as it is resolved changes nothing either.
        let freed = Compilation(source: source)
        let kept = Compilation(source: source, keepingSyntax: true)
        #expect(freed.syntax == nil && kept.syntax == syntax)
        #expect(JSONBackend.render(freed.pacte) == JSONBackend.render(kept.pacte))
        #expect(freed.diagnostics == kept.diagnostics)
    }

    private func compile(_ name: String) throws -> Pacte {
        Compilation(source: try Golden.source("Examples/\(name)")).pacte
    }

    /// The budgets summed as the model is built agree with the actions
    /// they come from, and saturate rather than overflow.
    @Test("objective budgets and action ids", arguments: Golden.examples())
    func objectiveBudgets(_ name: String) throws {
        let pacte = try compile(name)
        #expect(!pacte.objectives.isEmpty)
        for objective in pacte.objectives {
            #expect(pacte.budget(of: objective) == Pacte.total(of: pacte.actions(of: objective)))
            #expect(pacte.actionIDs(of: objective) == pacte.actions(of: objective).map(\.id))
        }
    }

    @Test func aHugeBudgetSaturates() throws {
        // Fifteen digits, the most an amount may have: a hundred of them pass Int64.max cents.
        let actions = (1...100).map { "action a\($0) \"A\($0)\" { objectif: o; budget: 999_999_999_999_999 € }" }
        let pacte = Compilation(source: SourceFile(path: "x.pacte", text: "objectif o \"O\"\n" + actions.joined(separator: "\n"))).pacte
        let objective = try #require(pacte.objectives.first)
        #expect(pacte.actions(of: objective).allSatisfy { $0.budget.value == 99_999_999_999_999_900 })
        #expect(pacte.budget(of: objective) == .max && pacte.totalBudget == .max)
    }

    @Test func lannevezModel() throws {
        let pacte = try compile("lannevez.pacte")
        #expect(pacte.territory.value == "Commune de Lannévez-sur-Aber")
        #expect(pacte.level.value == .commune)
        #expect(pacte.legalBasis?.article == "L2143-2")
        #expect(pacte.period.value == 2026...2031)
        #expect(pacte.totalBudget == 2_400_000)
        let space = try #require(pacte.spaces.first)
        let parity = pacte.parity(of: space)
        #expect((parity.women, parity.men, parity.gap, parity.isReached) == (2, 2, 0, true))
        #expect(space.governance?.voters.value?.ids == ["gwen", "herve", "loic", "nolwenn"])
        #expect(space.governance?.voters.value?.isAllMembers == true)
        #expect(space.governance?.majority.value == .fraction(numerator: 2, denominator: 3))
    }

    @Test func oneMistakeIsOneDiagnosticAndTheFieldIsInvalidNotAbsent() {
        let text = """
        action a "A" { objectif: o; participation: co-constrution; budget: "cher" }
        objectif o "O"
        """
        let result = Compilation(source: SourceFile(path: "x", text: text))
        let action = result.pacte.actions[0]
        #expect(!action.participation.isAbsent && action.participation.value == nil)
        #expect(!action.budget.isAbsent && action.budget.value == nil)
        #expect(action.calendar.isAbsent)
    }

    // A short list is searched in place for repeated ids, a long one through
    // an index: both must name the repeat and point at its first mention.
    @Test func anIdRepeatedInAListIsReportedOnce() {
        for count in [3, 40] {
            let ids = (0..<count).map { "p\($0)" }
            let persons = ids.map { "personne \($0) \"\($0)\"" }.joined(separator: "\n")
            let text = "action a \"A\" { objectif: o; partenaires: [\((ids + [ids[1]]).joined(separator: ", "))] }\nobjectif o \"O\"\n" + persons
            let source = SourceFile(path: "x", text: text)
            let repeats = Compilation(source: source).diagnostics.filter { $0.code == .duplicateID }
            #expect(repeats.count == 1, "\(count) ids")
            let first = text.utf8.firstIndex(of: UInt8(ascii: "[")).map { text.utf8.distance(from: text.utf8.startIndex, to: $0) }
            #expect(repeats.first?.notes.first?.span?.start == first.map { $0 + 1 + "p0, ".utf8.count }, "\(count) ids")
            #expect(source.text(of: repeats.first?.span ?? Span(start: 0, length: 0)) == "p1")
        }
    }
}

@Suite struct DisplayLineTests {
    @Test func aShortLineIsShownWhole() {
        let shown = DisplayLine("pilote:\tasso", from: 9, to: 13)
        #expect(shown.text == "pilote:    asso")
        #expect((shown.caretStart, shown.caretWidth) == (11, 4))
    }

    // Only a window around the span is laid out: a line of millions of
    // characters must render as fast as a short one, and the same way.
    @Test func aLongLineIsCutAroundTheSpan() {
        let line = String(repeating: "a", count: 2_000_000) + "ERREUR" + String(repeating: "b", count: 2_000_000)
        let shown = DisplayLine(line, from: 2_000_001, to: 2_000_007)
        #expect(shown.text == "…" + String(repeating: "a", count: 40) + "ERREUR" + String(repeating: "b", count: 54) + "…")
        #expect((shown.caretStart, shown.caretWidth) == (41, 6))
        let atEnd = DisplayLine(String(repeating: "é", count: 500), from: 501, to: 502)
        #expect(atEnd.text == "…" + String(repeating: "é", count: 40))
        #expect(atEnd.caretStart == 41)
    }
}

@Suite struct LongLineRenderingTests {
    // Deep in a line of megabytes, only a window is decoded: the caret must
    // still fall under the right character, accents and all.
    @Test func theCaretFallsUnderTheMistakeFarIntoALongLine() throws {
        let before = "pacte \"" + String(repeating: "é", count: 1_000_000) + "\" { "
        let text = before + "zzz: 1 }\n"
        let source = SourceFile(path: "long.pacte", text: text)
        let unknown = Compilation(source: source).diagnostics.first { $0.code == .unknownName }
        let rendered = HumanDiagnosticRenderer(options: .init(color: false, language: .fr)).render(try #require(unknown), in: source)
        let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let code = try #require(lines.first { $0.hasPrefix("1 | ") })
        let carets = try #require(lines.first { $0.contains("^") })
        #expect(lines.contains { $0.hasSuffix("long.pacte:1:\(before.unicodeScalars.count + 1)") })
        #expect(code.hasPrefix("1 | …éé") && code.contains("\" { zzz: 1 }"))
        let column = code.distance(from: code.startIndex, to: code.range(of: "zzz")!.lowerBound)
        #expect(carets.distance(from: carets.startIndex, to: carets.firstIndex(of: "^")!) == column)
    }
}

@Suite struct RendererTests {
    @Test func englishHumanRendering() {
        let source = SourceFile(path: "x.pacte", text: "acton a \"A\"\n")
        let result = Compilation(source: source)
        let renderer = HumanDiagnosticRenderer(options: .init(color: false, language: .en))
        let text = result.diagnostics.map { renderer.render($0, in: source) }.joined()
        #expect(text.contains("error[P0201]: unknown declaration `acton` at top level"))
        #expect(text.contains(" --> x.pacte:1:1"))
        #expect(text.contains("= help: did you mean `action`?"))
    }

    @Test func caretsUnderAccentedTextAndTabs() {
        let source = SourceFile(path: "x.pacte", text: "personne é \"É\" {\n\tgenre: fémmes\n}\n")
        let result = Compilation(source: source)
        let text = result.diagnostics.map { HumanDiagnosticRenderer().render($0, in: source) }.joined()
        #expect(text.contains("2 |     genre: fémmes\n  |            ^^^^^^ valeur inconnue"))
    }

    @Test func jsonEscapes() {
        #expect(JSONValue.string("a\"b\\c\n\u{1}é").rendered(pretty: false) == "\"a\\\"b\\\\c\\n\\u0001é\"")
        #expect(JSONValue.string("\t\r\u{1F}\u{2028}\u{2029}\u{2027}—").rendered(pretty: false) == #""\t\r\u001f\u2028\u2029\#u{2027}—""#)
    }

    @Test func bagKeepsAtMostItsLimit() {
        var bag = DiagnosticBag(limit: 2)
        for _ in 0..<5 { bag.report(.unexpectedCharacter, at: Span(start: 0, length: 1), LocalizedText(fr: "x", en: "x")) }
        #expect(bag.diagnostics.count == 2 && bag.droppedCount == 3 && bag.hasErrors)
    }
}

@Suite struct CoverageOfCodes {
    /// Each front-end code has a human-readable golden fixture that shows it.
    @Test func everyFrontEndCodeHasAFixture() throws {
        let directory = Golden.fixtures.appendingPathComponent("diagnostics")
        var seen = Set<String>()
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where name.hasSuffix(".diagnostics") {
            let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            for code in DiagnosticCode.allCases where text.contains("[\(code.rawValue)]") { seen.insert(code.rawValue) }
        }
        let frontEnd = DiagnosticCode.allCases.map(\.rawValue).filter { $0.hasPrefix("P01") || $0.hasPrefix("P02") }
        #expect(Set(frontEnd).subtracting(seen).isEmpty, "missing: \(Set(frontEnd).subtracting(seen).sorted())")
    }
}

@Suite struct JSONSchemaConformance {
    @Test("the JSON of every example and fixture validates against Grammar/pacte.schema.json",
          arguments: Golden.examples().map { "Examples/\($0)" } + Golden.inputs("json").map { "Tests/PacteKitTests/Fixtures/json/\($0)" })
    func validates(_ path: String) throws {
        let schema = try Data(contentsOf: Golden.root.appendingPathComponent("Grammar/pacte.schema.json"))
        let validator = try JSONSchemaValidator(schemaData: schema)
        let compilation = Compilation(source: try Golden.source(path))
        let errors = try validator.validate(Data(JSONBackend.render(compilation.pacte).utf8))
        #expect(errors.isEmpty, "\(errors)")
    }

    @Test func aBrokenDocumentIsRejected() throws {
        let schema = try Data(contentsOf: Golden.root.appendingPathComponent("Grammar/pacte.schema.json"))
        let validator = try JSONSchemaValidator(schemaData: schema)
        let compilation = Compilation(source: try Golden.source("Examples/lannevez.pacte"))
        let broken = JSONBackend.render(compilation.pacte).replacingOccurrences(of: "\"level\": \"commune\"", with: "\"level\": \"village\"")
        #expect(try !validator.validate(Data(broken.utf8)).isEmpty)
    }
}

@Suite struct ReadmeTests {
    /// The tour in README.md is a real pacte: it must check with no diagnostic.
    @Test func theLanguageTourChecksClean() throws {
        let readme = try String(contentsOf: Golden.root.appendingPathComponent("README.md"), encoding: .utf8)
        let tour = try #require(readme.components(separatedBy: "## Un pacte en quelques lignes").last)
        let block = try #require(tour.components(separatedBy: "```").dropFirst().first)
        let result = Compilation(source: SourceFile(path: "README.md", text: String(block.drop { $0 != "\n" })))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map { "\($0.code.rawValue): \($0.message.fr)" })")
        #expect(result.pacte.actions.count == 1)
    }

    /// The README's table of values says what the schema accepts, no more, no less.
    @Test func theTableOfValuesIsTheSchemas() throws {
        let readme = try String(contentsOf: Golden.root.appendingPathComponent("README.md"), encoding: .utf8)
        var documented: [String: [String]] = [:]
        for line in readme.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 2, let name = cells[0].split(separator: "`").first else { continue }
            documented[String(name)] = cells[1].replacingOccurrences(of: "(ou ", with: ", ").replacingOccurrences(of: ")", with: "")
                .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        var schema: [String: [String]] = [:]
        for kind in Schema.pacte.allKinds {
            for property in kind.properties {
                if case .enumeration(let enumeration) = property.type { schema[property.name] = enumeration.values + enumeration.feminineForms }
            }
        }
        #expect(documented == schema)
    }
}

@Suite struct RuleFixtureTests {
    /// `Pxxxx-name.pacte` must show its code, `Pxxxx-name-clean.pacte` must not.
    @Test("each rule fixture triggers its code, each clean twin does not", arguments: Golden.inputs("diagnostics").filter { $0.hasPrefix("P") })
    func fixture(_ name: String) throws {
        let code = String(name.prefix(5))
        let result = Compilation(source: try Golden.source("Tests/PacteKitTests/Fixtures/diagnostics/\(name)"))
        let codes = Set(result.diagnostics.map(\.code.rawValue))
        if name.hasSuffix("-clean.pacte") {
            #expect(!codes.contains(code))
            if code.hasPrefix("P03") { #expect(result.diagnostics.isEmpty, "a clean rule fixture has no diagnostic at all: \(codes.sorted())") }
        } else {
            #expect(codes.contains(code))
        }
    }

    @Test func everyRuleHasATriggeringAndACleanFixture() {
        let names = Set(Golden.inputs("diagnostics"))
        for code in DiagnosticCode.allCases where code.rawValue.hasPrefix("P03") {
            #expect(names.contains { $0.hasPrefix(code.rawValue) && !$0.hasSuffix("-clean.pacte") }, "\(code.rawValue) has no triggering fixture")
            #expect(names.contains { $0.hasPrefix(code.rawValue) && $0.hasSuffix("-clean.pacte") }, "\(code.rawValue) has no clean fixture")
        }
    }
}

@Suite struct ExplanationTests {
    @Test func everyCodeHasAnExplanation() {
        #expect(CodeCatalogue.explanations.map(\.code) == DiagnosticCode.allCases.sorted())
    }

    @Test("the failing snippet triggers the code and the fixed one does not", arguments: CodeCatalogue.explanations.filter { $0.code != .invalidUTF8 })
    func snippets(_ explanation: Explanation) {
        let failing = Compilation(source: SourceFile(path: "failing.pacte", text: explanation.failing))
        let fixed = Compilation(source: SourceFile(path: "fixed.pacte", text: explanation.fixed))
        #expect(failing.diagnostics.contains { $0.code == explanation.code })
        #expect(!fixed.diagnostics.contains { $0.code == explanation.code })
    }

    @Test func pagesInBothLanguages() throws {
        let explanation = try #require(CodeCatalogue.explanation(for: .youthSeat))
        let french = explanation.page(in: .fr), english = explanation.page(in: .en)
        #expect(french.hasPrefix("P0302 (erreur) — pas de siège jeunesse"))
        #expect(french.contains("Exemple corrigé :"))
        #expect(english.hasPrefix("P0302 (error) — no youth seat"))
        #expect(english.contains("Fixed example:"))
    }
}
