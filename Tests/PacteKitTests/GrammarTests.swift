import Foundation
import Testing
@testable import PacteCore
@testable import PacteSchema
@testable import PacteLSP

/// `Grammar/pacte.tmLanguage.json`: written from the schema, so that no
/// kind or property goes uncoloured, and run on the examples with a small
/// TextMate tokenizer (NSRegularExpression reads the grammar's regexes as
/// Oniguruma would for the constructs it uses).
@Suite struct GrammarTests {
    static let path = "Grammar/pacte.tmLanguage.json"

    @Test func theGrammarIsTheSchemas() throws {
        try Golden.check(TextMateGrammar.json, against: Self.path)
    }

    /// Every kind and property of the schema, in French and English, is a
    /// keyword of the checked-in grammar.
    @Test func everyKindAndPropertyIsAKeyword() throws {
        let grammar = try Tokenizer(file: Self.path)
        for kind in Schema.pacte.allKinds {
            for spelling in [kind.name, kind.english] {
                #expect(grammar.scopes(of: "\(spelling) x {", at: spelling).contains("storage.type.declaration.pacte"), "kind \(spelling)")
            }
            for property in kind.properties {
                for spelling in [property.name, property.english, SchemaName.fold(property.name)] {
                    #expect(grammar.scopes(of: "  \(spelling): x", at: spelling).contains("support.type.property-name.pacte"), "property \(spelling)")
                }
                if case .enumeration(let values) = property.type {
                    for value in values.values {
                        #expect(grammar.scopes(of: "  \(property.name): \(value)", at: value).contains("support.constant.enum.pacte"), "value \(value)")
                    }
                }
            }
        }
    }

    /// The examples, tokenized: key scopes where they belong, and no
    /// character left without a scope outside white space.
    @Test(arguments: Golden.examples())
    func examplesAreColoured(_ name: String) throws {
        let grammar = try Tokenizer(file: Self.path)
        let text = try String(contentsOf: Golden.root.appendingPathComponent("Examples/\(name)"), encoding: .utf8)
        let tokens = grammar.tokenize(text)
        for token in tokens where token.scopes.isEmpty {
            let blank = token.text.allSatisfy { $0.isWhitespace }
            #expect(blank, "\(name): unscoped `\(token.text)`")
        }
        func scopes(_ text: String) -> Set<String> {
            Set(tokens.filter { $0.text == text }.flatMap(\.scopes))
        }
        #expect(scopes("action").contains("storage.type.declaration.pacte"))
        #expect(scopes("pilote").union(scopes("lead")).contains("support.type.property-name.pacte"))
        #expect(scopes("co-construction").contains("support.constant.enum.pacte") || !text.contains("co-construction"))
        #expect(tokens.contains { $0.scopes.contains("comment.line.number-sign.pacte") })
        #expect(tokens.contains { $0.scopes.contains("string.quoted.triple.pacte") })
        #expect(tokens.contains { $0.scopes.contains("constant.numeric.money.pacte") })
        #expect(tokens.contains { $0.scopes.contains("constant.numeric.date.pacte") })
        #expect(tokens.contains { $0.scopes.contains("entity.name.declaration.pacte") })
        #expect(tokens.contains { $0.scopes.contains("variable.other.reference.pacte") })
        #expect(!tokens.contains { $0.scopes.contains("invalid.illegal.property-name.pacte") })
    }

    @Test func scopesOfALine() throws {
        let grammar = try Tokenizer(file: Self.path)
        let line = #"  budget: 12 000 € # « sans TVA »"#
        #expect(grammar.scopes(of: line, at: "12 000 €") == ["constant.numeric.money.pacte"])
        #expect(grammar.scopes(of: line, at: "# « sans TVA »") == ["comment.line.number-sign.pacte"])
        // French amounts, as the lexer reads them.
        for amount in ["45 000 euros", "1 250,50\u{00A0}€", "12\u{202F}000 Euros", "12,5 %"] {
            let scope = amount.hasSuffix("%") ? "constant.numeric.percent.pacte" : "constant.numeric.money.pacte"
            #expect(grammar.scopes(of: "  budget: \(amount)", at: amount) == [scope], "\(amount)")
        }
        #expect(grammar.scopes(of: "  participants: membres", at: "membres") == ["constant.language.pacte"])
        #expect(grammar.scopes(of: "  calendrier: 2026-11..2030-03", at: "..") == ["keyword.operator.range.pacte"])
        #expect(grammar.scopes(of: "  majorité: 2/3", at: "2/3") == ["constant.numeric.fraction.pacte"])
        #expect(grammar.scopes(of: #"dérogation P0310 "pas de budget""#, at: "P0310") == ["entity.name.declaration.pacte"])
        #expect(grammar.scopes(of: "  objectf: haies", at: "objectf") == ["invalid.illegal.property-name.pacte"])
        #expect(grammar.scopes(of: #"  priorité nature "Des haies""#, at: "priorité") == ["storage.type.declaration.pacte"])
        #expect(grammar.scopes(of: "  priorité: nature", at: "priorité") == ["support.type.property-name.pacte"])
    }
}

/// Just enough of a TextMate engine for this grammar: `match` rules with
/// captures, `begin`/`end` rules with inner patterns, `include`s of the
/// repository, applied line by line, earliest match first.
struct Tokenizer {
    struct Token { let text: String; let scopes: [String] }

    indirect enum Rule {
        case match(NSRegularExpression, name: String?, captures: [Int: String])
        case region(begin: NSRegularExpression, end: NSRegularExpression, name: String, inner: [Rule])
    }

    let rules: [Rule]

    init(file: String) throws {
        let data = try Data(contentsOf: Golden.root.appendingPathComponent(file))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let repository = try #require(json["repository"] as? [String: Any])
        func rules(_ patterns: [[String: Any]]) throws -> [Rule] {
            try patterns.flatMap { pattern -> [Rule] in
                if let include = pattern["include"] as? String {
                    let entry = try #require(repository[String(include.dropFirst())] as? [String: Any])
                    return try rules([entry])
                }
                if let inner = pattern["patterns"] as? [[String: Any]], pattern["begin"] == nil { return try rules(inner) }
                if let begin = pattern["begin"] as? String, let end = pattern["end"] as? String {
                    return [.region(begin: try NSRegularExpression(pattern: begin, options: [.anchorsMatchLines]),
                                    end: try NSRegularExpression(pattern: end, options: [.anchorsMatchLines]),
                                    name: pattern["name"] as? String ?? "",
                                    inner: try rules(pattern["patterns"] as? [[String: Any]] ?? []))]
                }
                let match = try #require(pattern["match"] as? String)
                var captures: [Int: String] = [:]
                for (key, value) in pattern["captures"] as? [String: [String: String]] ?? [:] { captures[Int(key) ?? 0] = value["name"] }
                return [.match(try NSRegularExpression(pattern: match, options: [.anchorsMatchLines]), name: pattern["name"] as? String, captures: captures)]
            }
        }
        self.rules = try rules(json["patterns"] as? [[String: Any]] ?? [])
    }

    /// The scopes of the token holding the first occurrence of `needle` in a one-line text.
    func scopes(of text: String, at needle: String) -> [String] {
        let tokens = tokenize(text)
        var offset = 0
        let target = text.utf16.count - (text.range(of: needle).map { text[$0.lowerBound...].utf16.count } ?? 0)
        for token in tokens {
            if offset == target { return token.scopes }
            offset += token.text.utf16.count
        }
        return ["(no token starts at `\(needle)`)"]
    }

    func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var open: (end: NSRegularExpression, name: String, inner: [Rule])?
        for line in text.components(separatedBy: "\n") {
            let ns = line as NSString
            var position = 0
            func emit(_ length: Int, _ scopes: [String]) {
                guard length > 0 else { return }
                tokens.append(Token(text: ns.substring(with: NSRange(location: position, length: length)), scopes: scopes))
                position += length
            }
            while position <= ns.length {
                let rest = NSRange(location: position, length: ns.length - position)
                if let region = open {
                    // Inside a region: its end, or an inner rule, whichever comes first.
                    let end = region.end.firstMatch(in: line, range: rest)
                    let inner = earliest(region.inner, line, rest)
                    if let inner, inner.range.location < (end?.range.location ?? Int.max) {
                        emit(inner.range.location - position, [region.name])
                        emit(inner.range.length, [region.name] + inner.scopes)
                        continue
                    }
                    if let end {
                        emit(end.range.location + end.range.length - position, [region.name])
                        open = nil
                        continue
                    }
                    emit(ns.length - position, [region.name])
                    break
                }
                guard let found = earliest(rules, line, rest) else {
                    emit(ns.length - position, [])
                    break
                }
                emit(found.range.location - position, [])
                if let region = found.region {
                    emit(found.range.length, [region.name])
                    open = region
                    continue
                }
                // Captures split the match; text between them keeps the rule's own name.
                var cursor = found.range.location
                for (range, name) in found.captures.sorted(by: { $0.0.location < $1.0.location }) where range.location >= cursor {
                    emit(range.location - cursor, found.scopes)
                    emit(range.length, found.scopes + [name])
                    cursor = range.location + range.length
                }
                emit(found.range.location + found.range.length - cursor, found.scopes)
                if found.range.length == 0 { position += 1 }
                if position >= ns.length { break }
            }
        }
        return tokens
    }

    private struct Found {
        var range: NSRange
        var scopes: [String]
        var captures: [(NSRange, String)]
        var region: (end: NSRegularExpression, name: String, inner: [Rule])?
    }

    private func earliest(_ rules: [Rule], _ line: String, _ range: NSRange) -> Found? {
        var best: Found?
        for rule in rules {
            switch rule {
            case .match(let regex, let name, let captures):
                guard let match = regex.firstMatch(in: line, range: range), best.map({ match.range.location < $0.range.location }) ?? true else { continue }
                let spans = captures.compactMap { index, scope -> (NSRange, String)? in
                    guard index < match.numberOfRanges, match.range(at: index).location != NSNotFound else { return nil }
                    return (match.range(at: index), scope)
                }
                best = Found(range: match.range, scopes: name.map { [$0] } ?? [], captures: spans)
            case .region(let begin, let end, let name, let inner):
                guard let match = begin.firstMatch(in: line, range: range), best.map({ match.range.location < $0.range.location }) ?? true else { continue }
                best = Found(range: match.range, scopes: [name], captures: [], region: (end, name, inner))
            }
        }
        return best
    }
}

extension GrammarTests {
    @Test func declarationsAfterABraceOnOneLine() throws {
        let grammar = try Tokenizer(file: Self.path)
        let line = #"espace e { engagement "Aider" { par: collectivité } }"#
        #expect(grammar.scopes(of: line, at: "engagement") == ["storage.type.declaration.pacte"])
        #expect(grammar.scopes(of: line, at: "collectivité") == ["support.constant.enum.pacte"])
    }
}
