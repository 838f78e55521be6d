import PacteCore
import PacteSyntax
import PacteSchema
import PacteDriver

/// `textDocument/completion`, from the schema table: the kinds that may
/// stand at the cursor, the properties of the enclosing block not yet
/// given, the values of an enumeration after `prop:`, and the ids of the
/// right kind after a reference property or inside its list (with
/// `membres` where a governance accepts it).
///
/// Items carry the French spelling; an English alias or an unaccented
/// spelling typed so far matches too (`per` finds `période`), as the
/// server filters by what is typed and says which spelling matched in
/// `filterText`.
extension LanguageServer {
    /// Where the cursor stands, for completion.
    enum CompletionContext {
        /// Where a property or a declaration may start.
        case name(PlacedDeclaration?)
        /// The value of a property, alone or in its list.
        case value(PropertySchema, owner: PlacedDeclaration, present: Set<String>)
        /// The code of a `dérogation`: the rules that may be waived.
        case waiverCode
        /// Nothing to complete (an id being declared, a title…).
        case none
    }

    /// One candidate: its canonical spelling, the other spellings that find it, and how it shows.
    struct Candidate {
        var label: String
        var aliases: [String] = []
        var kind: Int
        var detail: String?
        var documentation: String?
        var insertText: String?
    }

    func completion(_ params: JSONValue?) throws(ResponseError) -> JSONValue {
        guard let document = try document(params) else { return .null }
        let analysis = document.analysis
        let converter = analysis.converter(unit)
        let offset = try converter.offset(of: params?["position"])
        let bytes = analysis.source.bytes
        var wordStart = offset
        while wordStart > 0, LanguageServer.isNameByte(bytes[wordStart - 1]) { wordStart -= 1 }
        let typed = String(decoding: bytes[wordStart..<offset], as: UTF8.self)
        let candidates = self.candidates(for: context(at: offset, wordStart: wordStart, in: analysis), in: analysis)
        let folded = SchemaName.fold(typed).lowercased()
        let replaced = converter.range(Span(from: wordStart, to: offset))
        var items: [JSONValue] = []
        for (order, candidate) in candidates.enumerated() {
            guard let matched = ([candidate.label] + candidate.aliases).first(where: { SchemaName.fold($0).lowercased().hasPrefix(folded) }) else { continue }
            var members: [(String, JSONValue)] = [("label", .string(candidate.label)), ("kind", .int(candidate.kind))]
            if let detail = candidate.detail { members.append(("detail", .string(detail))) }
            if let documentation = candidate.documentation {
                members.append(("documentation", .object([("kind", .string("markdown")), ("value", .string(documentation))])))
            }
            // The schema's order, not the alphabet: `territoire` before `langue`.
            members.append(("sortText", .string(String(1000 + order))))
            members.append(("filterText", .string(matched)))
            members.append(("textEdit", .object([("range", replaced), ("newText", .string(candidate.insertText ?? candidate.label))])))
            items.append(.object(members))
        }
        return .object([("isIncomplete", .bool(false)), ("items", .array(items))])
    }

    /// Letters, digits, `-`, `_` and any byte of a multi-byte character:
    /// what a name is made of, seen from its bytes.
    static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"), 0x80...: true
        default: false
        }
    }

    func context(at offset: Int, wordStart: Int, in analysis: Analysis) -> CompletionContext {
        let bytes = analysis.source.bytes
        let index = analysis.index
        func skipBlanks(_ position: Int) -> Int {
            var position = position
            while position > 0, bytes[position - 1] == UInt8(ascii: " ") || bytes[position - 1] == UInt8(ascii: "\t") { position -= 1 }
            return position
        }
        /// The name that ends just before `end`, blanks skipped.
        func name(endingAt end: Int) -> String {
            let end = skipBlanks(end)
            var start = end
            while start > 0, LanguageServer.isNameByte(bytes[start - 1]) { start -= 1 }
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }
        let before = skipBlanks(wordStart)
        let previous: UInt8? = before > 0 ? bytes[before - 1] : nil
        let enclosing = index.enclosingBlock(at: offset)
        // Inside a string, a text block or a title, words are the author's.
        if LanguageServer.isInsideText(offset, of: enclosing) { return .none }
        if previous == UInt8(ascii: ":") {
            guard let enclosing, let property = enclosing.kind?.property(named: name(endingAt: before - 1)) else { return .none }
            return .value(property, owner: enclosing, present: [])
        }
        // Inside a list: the tree knows which, even over several lines.
        if let enclosing, let block = enclosing.syntax.block {
            for property in block.properties.reversed() {
                guard case .list(let list) = property.value, list.span.start < offset,
                      list.isClosed ? offset < list.span.end : true else { continue }
                guard list.isClosed || previous == UInt8(ascii: ",") || previous == UInt8(ascii: "[") else { break }
                guard let schema = enclosing.kind?.property(named: property.name.text) else { return .none }
                let present = Set(list.items.compactMap { item -> String? in
                    guard case .literal(let token) = item.value, !(token.span.start <= offset && offset <= token.span.end) else { return nil }
                    return analysis.source.text(of: token.span)
                })
                return .value(schema, owner: enclosing, present: present)
            }
        }
        if previous == UInt8(ascii: "["), let enclosing {
            // A list just opened, which the parser may not have kept.
            let colon = skipBlanks(before - 1)
            guard colon > 0, bytes[colon - 1] == UInt8(ascii: ":"),
                  let property = enclosing.kind?.property(named: name(endingAt: colon - 1)) else { return .none }
            return .value(property, owner: enclosing, present: [])
        }
        // `dérogation P03…`: the head's kind, then the code being typed.
        if let previous, LanguageServer.isNameByte(previous),
           Schema.kind(named: name(endingAt: before), among: Schema.pacte.topLevel)?.id == .dérogation {
            return .waiverCode
        }
        switch previous {
        case nil, UInt8(ascii: "\n")?, UInt8(ascii: "\r")?, UInt8(ascii: "{")?, UInt8(ascii: ";")?:
            return .name(enclosing)
        default:
            return .none
        }
    }

    /// Whether the offset lies strictly inside a string or text block of
    /// the block: a property's value, or a nested declaration's title.
    static func isInsideText(_ offset: Int, of placed: PlacedDeclaration?) -> Bool {
        func inside(_ token: Token?) -> Bool {
            guard let token, token.kind == .string || token.kind == .textBlock else { return false }
            return token.span.start < offset && offset < token.span.end
        }
        guard let placed else { return false }
        if inside(placed.syntax.title) { return true }
        for item in placed.syntax.block?.items ?? [] {
            switch item {
            case .property(let property):
                if case .literal(let token) = property.value, inside(token) { return true }
            case .declaration(let declaration):
                if inside(declaration.title) { return true }
            }
        }
        return false
    }

    func candidates(for context: CompletionContext, in analysis: Analysis) -> [Candidate] {
        switch context {
        case .none:
            return []
        case .waiverCode:
            return CodeCatalogue.explanations.filter { $0.code.isWaivable }.map { explanation in
                Candidate(label: explanation.code.rawValue, kind: 21, detail: explanation.title.text(in: language),
                          documentation: explanation.checks.text(in: language), insertText: explanation.code.rawValue + " \"")
            }
        case .name(nil):
            let present = analysis.declarations.compactMap { Schema.kind(named: $0.kind.text, among: Schema.pacte.topLevel)?.id }
            return kindCandidates(Schema.pacte.topLevel, present: present)
        case .name(let placed?):
            guard let kind = placed.kind, let block = placed.syntax.block else { return [] }
            let given = block.properties.compactMap { kind.property(named: $0.name.text) }
            let properties = kind.properties.filter { property in !given.contains { $0 === property } }.map { property in
                Candidate(label: property.name, aliases: [property.english], kind: 10,
                          detail: SchemaDescriptions.type(property.type, in: language),
                          documentation: property.summary.text(in: language), insertText: property.name + ": ")
            }
            let present = block.declarations.compactMap { kind.child(named: $0.kind.text)?.id }
            return properties + kindCandidates(kind.children, present: present)
        case .value(let property, _, let present):
            return valueCandidates(property.type, present: present, in: analysis)
        }
    }

    private func kindCandidates(_ kinds: [KindSchema], present: [KindID]) -> [Candidate] {
        kinds.filter { $0.cardinality == .many || !present.contains($0.id) }.map { kind in
            Candidate(label: kind.name, aliases: [kind.english], kind: 14, detail: kind.summary.text(in: language), insertText: kind.name + " ")
        }
    }

    private func valueCandidates(_ type: ValueType, present: Set<String>, in analysis: Analysis) -> [Candidate] {
        switch type {
        case .enumeration(let values):
            let aliases = values.aliases
            return values.values.map { value in
                Candidate(label: value, aliases: aliases.filter { values.canonical($0) == value } + values.feminineForms.filter { values.canonical($0) == value },
                          kind: 20, detail: values.name)
            }
        case .boolean:
            return [Candidate(label: "oui", aliases: ["yes", "true"], kind: 12), Candidate(label: "non", aliases: ["no", "false"], kind: 12)]
        case .reference(let kinds):
            return idCandidates(kinds, present: present, in: analysis)
        case .references(let kinds, let allowsMembers):
            var candidates = idCandidates(kinds, present: present, in: analysis)
            if allowsMembers, !present.contains("membres") {
                candidates.append(Candidate(label: "membres", aliases: ["members"], kind: 14,
                                            detail: language == .fr ? "tous les membres de l’espace" : "every member of the space"))
            }
            return candidates
        default:
            return []
        }
    }

    private func idCandidates(_ kinds: [KindID], present: Set<String>, in analysis: Analysis) -> [Candidate] {
        var seen = present
        return analysis.index.orderedDefinitions.filter { kinds.contains($0.kind.id) && seen.insert($0.id).inserted }.map { definition in
            Candidate(label: definition.id, kind: 18,
                      detail: definition.kind.name + (definition.title.map { " — " + LanguageServer.oneLine($0) } ?? ""))
        }
    }
}
