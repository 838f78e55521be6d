import Foundation
import Testing
@testable import PacteCore
@testable import PacteDriver
@testable import PacteFormat
@testable import PacteLSP

/// `pacte lsp` driven over pipes, as an editor drives it: transcripts of
/// whole sessions (messages in, messages out) in `Fixtures/lsp/`, and
/// checks of the positions, lifecycle, errors and features that matter.
@Suite struct LanguageServerTests {
    static let uri = "file:///tmp/lannevez.pacte"

    /// The reference example, with an emoji and accents before a reference
    /// and before a misspelt value, on the lines of two persons.
    static let text: String = {
        let example = (try? String(contentsOf: Golden.root.appendingPathComponent("Examples/lannevez.pacte"), encoding: .utf8)) ?? ""
        return example
            .replacingOccurrences(of: "\"Loïc Cadiou\"", with: "\"Loïc 🌳 Cadiou\"")
            .replacingOccurrences(of: "\"Nolwenn Bihan\" { genre: femme; rôle: habitant", with: "\"Nolwenn 🦋 Bihän\" { genre: femme; rôle: habitnt")
    }()

    static var lines: [String] { text.components(separatedBy: "\n") }

    /// Line index and the prefix of that line before `needle`'s occurrence after `after`.
    static func locate(_ needle: String, onLineContaining marker: String) -> (line: Int, prefix: String) {
        let index = lines.firstIndex { $0.contains(marker) } ?? 0
        let line = lines[index]
        let range = line.range(of: needle, range: (line.range(of: marker)?.lowerBound ?? line.startIndex)..<line.endIndex)!
        return (index, String(line[..<range.lowerBound]))
    }

    // MARK: - Positions

    @Test(arguments: [("utf-16", false), ("utf-8", true)])
    func positionsAfterAccentsAndEmoji(encoding: String, offersUTF8: Bool) throws {
        var session = LSPTranscript()
        session.initialize(encodings: offersUTF8 ? ["utf-8", "utf-16"] : ["utf-16"])
        session.open(Self.uri, Self.text)
        func column(_ prefix: String) -> Int { offersUTF8 ? prefix.utf8.count : prefix.utf16.count }
        let reference = Self.locate("bocage", onLineContaining: "Loïc 🌳")
        let definition = session.request("textDocument/definition", LSPTranscript.at(Self.uri, reference.line, column(reference.prefix) + 2))
        session.shutdownAndExit()
        let result = try session.run()
        #expect(result.status == 0)
        let initialize = try #require(result.response(1))
        #expect(initialize["result"]?["capabilities"]?["positionEncoding"]?.string == encoding)

        // The definition: `bocage` on the line of its signatory.
        let declared = Self.locate("bocage", onLineContaining: "signataire bocage")
        let location = try #require(result.response(definition)?["result"])
        #expect(location["range"] == LSPTranscript.range(declared.line, column(declared.prefix), declared.line, column(declared.prefix) + 6))

        // The misspelt role, after an emoji and an ä: its range counts in the negotiated unit.
        let published = try #require(result.notifications("textDocument/publishDiagnostics").first)
        let diagnostics = try #require(published["params"]?["diagnostics"]?.array)
        let misspelt = try #require(diagnostics.first { $0["code"]?.string == "P0207" })
        let value = Self.locate("habitnt", onLineContaining: "Nolwenn 🦋")
        #expect(misspelt["range"] == LSPTranscript.range(value.line, column(value.prefix), value.line, column(value.prefix) + 7))
    }

    /// Exactly what `pacte check --format json` reports, code for code, message for message.
    @Test(arguments: ["fr", "en"])
    func diagnosticsAreThoseOfCheck(locale: String) throws {
        var session = LSPTranscript()
        session.initialize(locale: locale)
        session.open(Self.uri, Self.text)
        session.shutdownAndExit()
        let result = try session.run()
        let published = try #require(result.notifications("textDocument/publishDiagnostics").first)
        let lsp = try #require(published["params"]?["diagnostics"]?.array).map { ($0["code"]?.string ?? "", $0["message"]?.string ?? "") }
        let compilation = Compilation(source: SourceFile(path: "x", text: Self.text))
        let language: Language = locale == "en" ? .en : .fr
        let check = compilation.diagnostics.map { ($0.code.rawValue, $0.message.text(in: language)) }
        #expect(lsp.map(\.0) == check.map(\.0))
        #expect(lsp.map(\.1) == check.map(\.1))
        #expect(!check.isEmpty)
    }

    // MARK: - Lifecycle and robustness

    @Test func exitWithoutShutdownIsOne() throws {
        var session = LSPTranscript()
        session.initialize()
        session.notify("exit", .null)
        #expect(try session.run().status == 1)
    }

    @Test func endOfInputWithoutExitIsOne() throws {
        var session = LSPTranscript()
        session.initialize()
        #expect(try session.run().status == 1)
    }

    /// Malformed messages each get their JSON-RPC error, and the server
    /// goes on to answer what follows.
    @Test func malformedMessagesGetErrorsAndTheServerLivesOn() throws {
        var session = LSPTranscript()
        session.request("textDocument/hover", LSPTranscript.at(Self.uri, 0, 0))  // before initialize: -32002
        session.initialize()
        session.open(Self.uri, Self.text)
        session.sendRaw(MessageReader.frame(Array("{\"jsonrpc\":\"2.0\",\"id\":".utf8)))                     // -32700
        session.sendRaw(MessageReader.frame(Array("[1,2,3]".utf8)))                                            // -32600
        session.sendRaw(MessageReader.frame(Array("{\"id\":77,\"method\":\"textDocument/hover\"}".utf8)))      // -32600, no jsonrpc
        session.sendRaw(MessageReader.frame(Array(String(repeating: "[", count: 100_000).utf8)))              // -32700, too deep
        session.sendRaw(Array("X-Nothing: 1\r\n\r\n".utf8))                                                    // -32700, no length
        session.sendRaw(MessageReader.frame([0x7B, 0xFF, 0xFE, 0x7D]))                                        // -32700, not UTF-8 JSON
        let unknown = session.request("pacte/nothing", .object([]))                                            // -32601
        let noPosition = session.request("textDocument/hover", LSPTranscript.document(Self.uri))               // -32602
        let pastTheEnd = session.request("textDocument/hover", LSPTranscript.at(Self.uri, 100_000, 100_000))   // answered
        let hugeColumn = session.request("textDocument/completion", .object([
            ("textDocument", .object([("uri", .string(Self.uri))])),
            ("position", .object([("line", .number("1e999")), ("character", .number("-5"))])),
        ]))
        // Invalid UTF-8 inside a document's text reaches the compiler as U+FFFD.
        session.sendRaw(MessageReader.frame(Array(#"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///b.pacte","version":1,"text":"pacte \"\ud800"#.utf8)
            + [0xC3, 0x28] + Array(#"\"{"}}}"#.utf8)))
        let stillAlive = session.request("textDocument/documentSymbol", LSPTranscript.document(Self.uri))
        session.shutdownAndExit()
        let result = try session.run()
        #expect(result.status == 0)
        let errors = result.messages.compactMap { $0["error"]?["code"]?.int }
        #expect(errors.prefix(7) == [-32002, -32700, -32600, -32600, -32700, -32700, -32700])
        #expect(result.response(unknown)?["error"]?["code"]?.int == -32601)
        #expect(result.response(noPosition)?["error"]?["code"]?.int == -32602)
        #expect(result.response(pastTheEnd)?["result"] != nil)
        #expect(result.response(pastTheEnd)?["error"] == nil)
        #expect(result.response(hugeColumn)?["error"] == nil)
        #expect(result.response(stillAlive)?["result"]?.array?.isEmpty == false)
        #expect(result.notifications("textDocument/publishDiagnostics").contains { $0["params"]?["uri"]?.string == "file:///b.pacte" })
        #expect(result.stderr.isEmpty)
    }

    /// A request cancelled before it is read is answered RequestCancelled, unrun.
    @Test func cancelledRequestsAreAnsweredCancelled() throws {
        var session = LSPTranscript()
        session.initialize()
        session.open(Self.uri, Self.text)
        let cancelled = session.request("textDocument/formatting", LSPTranscript.document(Self.uri))
        session.notify("$/cancelRequest", .object([("id", .int(cancelled))]))
        let kept = session.request("textDocument/documentSymbol", LSPTranscript.document(Self.uri))
        session.notify("$/cancelRequest", .object([("id", .int(999))]))  // unknown: ignored
        session.shutdownAndExit()
        let result = try session.run()
        #expect(result.response(cancelled)?["error"]?["code"]?.int == -32800)
        #expect(result.response(kept)?["result"]?.array != nil)
    }

    // MARK: - Sync

    /// Incremental changes land where their ranges say, several in one
    /// notification each against the text the previous one left; a change
    /// without range replaces the whole text; a closed document is cleared
    /// and no longer worked on.
    @Test func incrementalAndFullChanges() throws {
        let valueAt = Self.locate("habitnt", onLineContaining: "Nolwenn 🦋")
        let column = valueAt.prefix.utf16.count
        var session = LSPTranscript()
        session.initialize()
        session.open(Self.uri, Self.text)
        // `habitnt` → `habitant`: insert the missing `a` (one change), then
        // replace the emoji by a plain word and back (two changes in one).
        session.notify("textDocument/didChange", .object([
            ("textDocument", .object([("uri", .string(Self.uri)), ("version", .int(2))])),
            ("contentChanges", .array([.object([("range", LSPTranscript.range(valueAt.line, column + 5, valueAt.line, column + 5)), ("text", .string("a"))])])),
        ]))
        let symbols = session.request("textDocument/documentSymbol", LSPTranscript.document(Self.uri))
        let emoji = Self.locate("🦋", onLineContaining: "Nolwenn 🦋").prefix.utf16.count
        session.notify("textDocument/didChange", .object([
            ("textDocument", .object([("uri", .string(Self.uri)), ("version", .int(3))])),
            ("contentChanges", .array([
                .object([("range", LSPTranscript.range(valueAt.line, emoji, valueAt.line, emoji + 2)), ("text", .string("papillon"))]),
                .object([("range", LSPTranscript.range(valueAt.line, emoji, valueAt.line, emoji + 8)), ("text", .string("🦋"))]),
                .object([("range", LSPTranscript.range(valueAt.line, column + 8, valueAt.line, column + 8)), ("text", .string("x"))]),
            ])),
        ]))
        let hover = session.request("textDocument/hover", LSPTranscript.at(Self.uri, 0, 0))
        session.notify("textDocument/didChange", .object([
            ("textDocument", .object([("uri", .string(Self.uri)), ("version", .int(4))])),
            ("contentChanges", .array([.object([("text", .string("pacte \"x\" {\n"))])])),
        ]))
        session.notify("textDocument/didClose", LSPTranscript.document(Self.uri))
        let afterClose = session.request("textDocument/hover", LSPTranscript.at(Self.uri, 0, 0))
        session.notify("textDocument/didChange", .object([
            ("textDocument", .object([("uri", .string(Self.uri)), ("version", .int(5))])),
            ("contentChanges", .array([.object([("text", .string("garbage"))])])),
        ]))
        session.shutdownAndExit()
        let result = try session.run()
        _ = (symbols, hover)
        let published = result.notifications("textDocument/publishDiagnostics").map(\.["params"])
        #expect(published.map { $0?["version"]?.int } == [1, 2, 3, 4, nil])
        func codes(_ index: Int) -> [String] { published[index]?["diagnostics"]?.array?.compactMap { $0["code"]?.string } ?? [] }
        #expect(codes(0).contains("P0207"))
        #expect(!codes(1).contains("P0207"))
        #expect(codes(2).contains("P0207"))   // `habitantx`
        #expect(codes(3).contains("P0104"))   // the unclosed block of the full text
        #expect(codes(4).isEmpty)             // cleared at close
        #expect(result.response(afterClose)?["result"] == .null)
    }

    // MARK: - Features, as golden transcripts

    /// Completion, hover, definition, references, rename, formatting,
    /// symbols, folding and code actions on a small pacte with mistakes
    /// (it has all four parts of a pacte, so that P0324 leaves it alone).
    @Test func featuresTranscript() throws {
        let uri = "file:///tmp/kerbihan.pacte"
        let text = """
        pacte "Pacte de Kerbihan" {
          territoire: "Commune de Kerbihan"
          échelon: commune
          forme: commission-extra-municipale
          période: 2026..2031
        }
        vision { horizon: 2040 }
        charte { engagement "Se dire ce que chacun peut faire" }
        signataire mairie "Commune de Kerbihan" { collège: collectivité; représentant: soazig }
        signataire vélo "Atelier vélo 🚲 Kerbihan" { collège: association }
        personne soazig "Soazig Le Gall" { genre: femme; rôle: élu; structure: mairie }
        objectif mobilite "Se déplacer sans voiture" { indicateur: "km de pistes" }
        action atelier "Un atelier de réparation" {
          objectif: mobilite
          pilote: vélo
          partenaires: [mairie, ]
          participation: co-constrution
          calendrier: 2026-09..2027-06

        }
        espace commission "Commission" {
          membres: [soazig]
          gouvernance {
            décision: consensus
          }
        }

        """
        let lines = text.components(separatedBy: "\n")
        func line(_ marker: String) -> Int { lines.firstIndex { $0.contains(marker) } ?? 0 }
        func utf16(_ marker: String, _ needle: String) -> Int {
            let text = lines[line(marker)]
            return text[..<text.range(of: needle)!.lowerBound].utf16.count
        }
        var session = LSPTranscript()
        session.initialize()
        session.open(uri, text)
        let blank = line("calendrier") + 1
        session.request("textDocument/completion", LSPTranscript.at(uri, blank, 2))                                 // properties not yet given
        session.request("textDocument/completion", LSPTranscript.at(uri, line("participation"), utf16("participation", "co-")))  // enum values
        session.request("textDocument/completion", LSPTranscript.at(uri, line("partenaires"), utf16("partenaires", "]")))       // signatories not listed
        session.request("textDocument/completion", LSPTranscript.at(uri, lines.count - 1, 0))                        // top-level kinds
        session.request("textDocument/completion", LSPTranscript.at(uri, line("décision"), 4))                       // governance properties
        session.request("textDocument/hover", LSPTranscript.at(uri, line("pilote: vélo"), utf16("pilote: vélo", "vélo") + 1))   // what a reference names
        session.request("textDocument/hover", LSPTranscript.at(uri, line("participation"), 3))                       // a property
        session.request("textDocument/hover", LSPTranscript.at(uri, line("espace"), 2))                              // a kind
        session.request("textDocument/definition", LSPTranscript.at(uri, line("pilote: vélo"), utf16("pilote: vélo", "vélo")))
        session.request("textDocument/references", LSPTranscript.at(uri, line("personne soazig"), 10, [("context", .object([("includeDeclaration", .bool(true))]))]))
        session.request("textDocument/prepareRename", LSPTranscript.at(uri, line("structure: mairie"), utf16("structure: mairie", "mairie }")))
        session.request("textDocument/rename", LSPTranscript.at(uri, line("personne soazig"), 10, [("newName", .string("soazig-le-gall"))]))
        session.request("textDocument/rename", LSPTranscript.at(uri, line("personne soazig"), 10, [("newName", .string("mairie"))]))
        session.request("textDocument/rename", LSPTranscript.at(uri, line("personne soazig"), 10, [("newName", .string("2x"))]))
        session.request("textDocument/documentSymbol", LSPTranscript.document(uri))
        session.request("textDocument/foldingRange", LSPTranscript.document(uri))
        session.request("textDocument/semanticTokens/full", LSPTranscript.document(uri))
        session.request("textDocument/codeAction", LSPTranscript.document(uri, [
            ("range", LSPTranscript.range(line("atelier"), 0, line("participation"), 40)),
            ("context", .object([("diagnostics", .array([]))])),
        ]))
        session.request("textDocument/formatting", LSPTranscript.document(uri, [("options", .object([("tabSize", .int(2)), ("insertSpaces", .bool(true))]))]))
        session.shutdownAndExit()
        let result = try session.run()
        #expect(result.status == 0)
        try Golden.check(session.transcript(of: result), against: "Tests/PacteKitTests/Fixtures/lsp/features.transcript")
    }

    /// Semantic tokens, decoded: the kind, the id and a reference after an emoji, in UTF-16.
    @Test func semanticTokensCountInTheNegotiatedUnit() throws {
        let uri = "file:///tmp/a.pacte"
        var session = LSPTranscript()
        session.initialize()
        session.open(uri, "personne p \"🌳\" { structure: s; genre: femme }\nsignataire s { collège: association }\n")
        let id = session.request("textDocument/semanticTokens/full", LSPTranscript.document(uri))
        session.shutdownAndExit()
        let data = try #require(try session.run().response(id)?["result"]?["data"]?.array?.compactMap(\.int))
        var tokens: [[Int]] = []
        var line = 0, column = 0
        for index in stride(from: 0, to: data.count - 4, by: 5) {
            line += data[index]
            column = data[index] == 0 ? column + data[index + 1] : data[index + 1]
            tokens.append([line, column, data[index + 2], data[index + 3], data[index + 4]])
        }
        #expect(tokens == [
            [0, 0, 8, 0, 0], [0, 9, 1, 1, 1], [0, 18, 9, 2, 0], [0, 29, 1, 1, 0], [0, 32, 5, 2, 0], [0, 39, 5, 3, 0],
            [1, 0, 10, 0, 0], [1, 11, 1, 1, 1], [1, 15, 7, 2, 0], [1, 24, 11, 3, 0],
        ])
    }

    /// Formatting is exactly `pacte fmt`, on every example; and refused on a syntax error.
    @Test func formattingIsFmt() throws {
        for name in Golden.examples() {
            let source = try Golden.source("Examples/\(name)")
            let messy = String(decoding: source.bytes, as: UTF8.self).replacingOccurrences(of: "\n  ", with: "\n     ")
            var session = LSPTranscript()
            session.initialize()
            session.open(Self.uri, messy)
            let id = session.request("textDocument/formatting", LSPTranscript.document(Self.uri))
            session.shutdownAndExit()
            let result = try session.run()
            let edits = try #require(result.response(id)?["result"]?.array)
            guard case .formatted(let expected) = Formatter.format(SourceFile(path: "x", text: messy)) else {
                Issue.record("\(name) does not format"); continue
            }
            #expect(edits.count == 1)
            #expect(edits.first?["newText"]?.string == expected, "\(name)")
        }
        var broken = LSPTranscript()
        broken.initialize()
        broken.open(Self.uri, "pacte \"x\" {\n  territoire: \"y\n")
        let id = broken.request("textDocument/formatting", LSPTranscript.document(Self.uri))
        broken.shutdownAndExit()
        #expect(try broken.run().response(id)?["error"]?["code"]?.int == -32803)
    }

    /// A body over the limit is refused and skipped, byte for byte: the
    /// stream after it is the body's, so nothing more can be read.
    @Test func oversizedBodiesAreRefused() throws {
        var session = LSPTranscript()
        session.sendRaw(Array("Content-Length: 99999999999\r\n\r\n{}".utf8))
        session.initialize()
        let result = try session.run()
        #expect(result.messages.count == 1)
        #expect(result.messages.first?["error"]?["code"]?.int == -32700)
        #expect(result.status == 1)
    }

    /// Nothing but frames on standard output, even for hostile input.
    @Test func standardOutputHoldsOnlyFrames() throws {
        var session = LSPTranscript()
        session.sendRaw(Array("Content-Length: 12abc\r\n\r\n".utf8))
        session.initialize()
        session.open(Self.uri, String(repeating: "pacte { ", count: 2_000))
        session.shutdownAndExit()
        let result = try session.run()
        var reader = MessageReader()
        reader.append(result.stdout)
        let frames = reader.takeFrames()
        #expect(frames.allSatisfy { if case .body = $0 { true } else { false } })
        #expect(result.status == 0)
    }
}

/// The JSON reader and the framing, in-process.
@Suite struct LanguageServerProtocolTests {
    @Test func jsonRoundTrips() throws {
        let text = #"{"a":[1,-2.5e3,true,false,null],"b":"é\n\u00e9\ud83c\udf33\"","c":{}}"#
        let value = try JSONParser.parse(Array(text.utf8))
        #expect(value["b"]?.string == "é\né🌳\"")
        #expect(value["a"]?.array?.count == 5)
        #expect(try JSONParser.parse(Array(value.rendered(pretty: false).utf8)) == value)
    }

    @Test(arguments: ["", "{", "[1,]", "{\"a\" 1}", "01", "1.", "\"\\x\"", "tru", "{} {}", "\"\u{01}\"", "-", "[1e]"])
    func malformedJSONIsRefused(_ text: String) {
        #expect(throws: JSONParseError.self) { try JSONParser.parse(Array(text.utf8)) }
    }

    @Test func framesArriveInAnyPieces() {
        let bodies = ["{\"a\":1}", "{\"é\":\"🌳\"}"]
        let stream = bodies.flatMap { MessageReader.frame(Array($0.utf8)) }
        var reader = MessageReader()
        var frames: [Frame] = []
        for byte in stream {
            reader.append([byte])
            frames += reader.takeFrames()
        }
        #expect(frames == bodies.map { .body(Array($0.utf8)) })
    }

    /// A body shorter than its header said spoils that message, not the next one.
    @Test func theReaderFindsTheNextHeaderAgain() {
        var reader = MessageReader()
        reader.append(Array("Content-Length: 5\r\n\r\n{\"a\":1}".utf8) + MessageReader.frame(Array("{}".utf8)))
        let frames = reader.takeFrames()
        #expect(frames.count == 2)
        #expect(frames.last == .body(Array("{}".utf8)))
    }

    @Test func idsAreValidatedLikeTheLexer() {
        #expect(LanguageServer.isValidID("siège-jeunesse"))
        #expect(LanguageServer.isValidID("a_1"))
        #expect(!LanguageServer.isValidID("1a"))
        #expect(!LanguageServer.isValidID("a b"))
        #expect(!LanguageServer.isValidID(""))
    }
}

/// What the README promises of the editors' set-ups and of completion.
@Suite struct LanguageServerReadmeTests {
    /// Each set-up of « Dans votre éditeur » is at most ten lines.
    @Test func setUpsAreShort() throws {
        let readme = try String(contentsOf: Golden.root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## Dans votre éditeur").dropFirst().first?
            .components(separatedBy: "\n## ").first)
        let blocks = section.components(separatedBy: "```").enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        #expect(blocks.count >= 6)
        for block in blocks {
            let lines = block.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().dropLast()
            #expect(lines.count <= 10, "\(block)")
        }
        for editor in ["Neovim", "VS Code", "Helix", "eglot"] { #expect(section.contains(editor)) }
    }

    /// Inside a text block or a string, nothing is proposed: the words are the author's.
    @Test func noCompletionInsideText() throws {
        let uri = "file:///tmp/a.pacte"
        var session = LSPTranscript()
        session.initialize()
        session.open(uri, "vision {\n  texte: \"\"\"\n    Une vision\n    \n    \"\"\"\n  priorité p \"Une priorité \"\n}\n")
        let inBlock = session.request("textDocument/completion", LSPTranscript.at(uri, 3, 4))
        let inTitle = session.request("textDocument/completion", LSPTranscript.at(uri, 5, 27))
        let after = session.request("textDocument/completion", LSPTranscript.at(uri, 6, 0))
        session.shutdownAndExit()
        let result = try session.run()
        #expect(result.response(inBlock)?["result"]?["items"]?.array?.isEmpty == true)
        #expect(result.response(inTitle)?["result"]?["items"]?.array?.isEmpty == true)
        #expect(result.response(after)?["result"]?["items"]?.array?.isEmpty == false)
    }

    /// A waiver: its code completes among the rules that may be waived, and
    /// hovering it shows the rule's `explain` page.
    @Test func waiverCodesCompleteAndExplain() throws {
        let uri = "file:///tmp/a.pacte"
        var session = LSPTranscript()
        session.initialize(locale: "en-GB")
        session.open(uri, "dérogation P031\ndérogation P0310 \"Votés en juin\"\n")
        let completion = session.request("textDocument/completion", LSPTranscript.at(uri, 0, 15))
        let hover = session.request("textDocument/hover", LSPTranscript.at(uri, 1, 13))
        session.shutdownAndExit()
        let result = try session.run()
        let labels = result.response(completion)?["result"]?["items"]?.array?.compactMap { $0["label"]?.string } ?? []
        #expect(labels.contains("P0310") && labels.allSatisfy { $0.hasPrefix("P031") })
        let page = result.response(hover)?["result"]?["contents"]?["value"]?.string ?? ""
        #expect(page.contains("P0310 (warning)"), "\(page)")
    }

    /// `per` finds `période`, `terr` finds `territoire`, the English `terri` too.
    @Test func completionMatchesUnaccentedAndEnglishSpellings() throws {
        let uri = "file:///tmp/a.pacte"
        var session = LSPTranscript()
        session.initialize()
        session.open(uri, "pacte \"x\" {\n  per\n  terri\n}\n")
        let period = session.request("textDocument/completion", LSPTranscript.at(uri, 1, 5))
        let territory = session.request("textDocument/completion", LSPTranscript.at(uri, 2, 7))
        session.shutdownAndExit()
        let result = try session.run()
        let labels = result.response(period)?["result"]?["items"]?.array?.compactMap { $0["label"]?.string }
        #expect(labels == ["période"])
        let items = try #require(result.response(territory)?["result"]?["items"]?.array)
        #expect(items.compactMap { $0["label"]?.string } == ["territoire"])
        #expect(items.first?["filterText"]?.string == "territoire")
    }
}

/// Hostile input, in-process: whatever the bytes, the server answers and
/// does not trap.
@Suite struct LanguageServerRobustnessTests {
    static let text = (try? String(contentsOf: Golden.root.appendingPathComponent("Examples/penn-ar-ster.pacte"), encoding: .utf8)) ?? ""

    static func message(_ id: Int?, _ method: String, _ params: JSONValue) -> Frame {
        var members: [(String, JSONValue)] = [("jsonrpc", .string("2.0"))]
        if let id { members.append(("id", .int(id))) }
        members += [("method", .string(method)), ("params", params)]
        return .body(Array(JSONValue.object(members).rendered(pretty: false).utf8))
    }

    /// Every request at every kind of position, including inside strings,
    /// text blocks, past the ends and between the halves of an emoji.
    @Test func everyRequestAtManyPositions() throws {
        let server = LanguageServer(version: "test")
        let uri = "file:///p.pacte"
        let text = Self.text + "\npersonne x \"🌳\" { genre: "
        _ = server.handle([
            Self.message(1, "initialize", .object([("capabilities", .object([]))])),
            Self.message(nil, "textDocument/didOpen", .object([("textDocument", .object([
                ("uri", .string(uri)), ("version", .int(1)), ("text", .string(text)),
            ]))])),
        ])
        let methods = ["textDocument/completion", "textDocument/hover", "textDocument/definition", "textDocument/references",
                       "textDocument/prepareRename", "textDocument/rename", "textDocument/codeAction"]
        let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
        var id = 10
        var answered = 0
        for line in stride(from: -1, through: lineCount + 1, by: 3) {
            for character in [-1, 0, 1, 2, 5, 11, 17, 40, 100, 100_000] {
                let position = LSPTranscript.position(line, character)
                let params = JSONValue.object([
                    ("textDocument", .object([("uri", .string(uri))])), ("position", position),
                    ("newName", .string("nouveau")), ("range", .object([("start", position), ("end", LSPTranscript.position(line + 2, 0))])),
                    ("context", .object([("diagnostics", .array([]))])),
                ])
                let frames = methods.map { method -> Frame in
                    id += 1
                    return Self.message(id, method, params)
                }
                let replies = server.handle(frames)
                answered += replies.count
            }
        }
        #expect(answered >= methods.count * 10 * (lineCount / 3))
    }

    /// Random bytes, framed and not, and random edits: no trap, and a
    /// request after them is still answered.
    @Test func randomBytesAndEdits() throws {
        var generator = SplitMix(seed: 16)
        let server = LanguageServer(version: "test")
        let uri = "file:///p.pacte"
        _ = server.handle([
            Self.message(1, "initialize", .object([("capabilities", .object([("general", .object([("positionEncodings", .array([.string("utf-8")]))]))]))])),
            Self.message(nil, "textDocument/didOpen", .object([("textDocument", .object([
                ("uri", .string(uri)), ("version", .int(1)), ("text", .string(Self.text)),
            ]))])),
        ])
        let pieces = ["{", "}", "[", "]", "\"", ":", ",", "\\u", "é", "🌳", "\u{0}", "null", "1e5", "-", "\"jsonrpc\":\"2.0\"", "\"id\":", "\"method\":"]
        for round in 0..<300 {
            var reader = MessageReader()
            var body = ""
            for _ in 0..<generator.next(upTo: 30) { body += pieces[generator.next(upTo: pieces.count)] }
            reader.append(MessageReader.frame(Array(body.utf8)))
            reader.append((0..<generator.next(upTo: 8)).map { _ in UInt8(generator.next(upTo: 256)) })
            var frames = reader.takeFrames()
            // An edit at a random range, with random text.
            let start = LSPTranscript.position(generator.next(upTo: 420) - 10, generator.next(upTo: 120) - 10)
            let end = LSPTranscript.position(generator.next(upTo: 420) - 10, generator.next(upTo: 120) - 10)
            frames.append(Self.message(nil, "textDocument/didChange", .object([
                ("textDocument", .object([("uri", .string(uri)), ("version", .int(round + 2))])),
                ("contentChanges", .array([.object([("range", .object([("start", start), ("end", end)])),
                                                    ("text", .string(pieces[generator.next(upTo: pieces.count)]))])])),
            ])))
            frames.append(Self.message(round + 100, "textDocument/foldingRange", LSPTranscript.document(uri)))
            let replies = server.handle(frames)
            #expect(replies.contains { String(decoding: $0, as: UTF8.self).contains("\"id\":\(round + 100)") })
        }
    }
}
