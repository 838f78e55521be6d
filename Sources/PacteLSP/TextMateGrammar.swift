import PacteCore
import PacteSchema

/// `Grammar/pacte.tmLanguage.json`, the TextMate grammar VS Code, Sublime
/// Text and GitHub colour pactes with, written from the schema table so
/// that it never lags behind the language: every kind and property in
/// French, English and without accents, every enumeration value.
///
/// A test compares the checked-in file with ``json``; `PACTE_UPDATE=1
/// swift test` rewrites it after a change to the schema.
package enum TextMateGrammar {
    /// What may stand around a name without being part of it.
    private static let nameCharacter = #"[\p{L}\p{M}\p{N}_-]"#
    private static let before = "(?<!\(nameCharacter))"
    private static let after = "(?!\(nameCharacter))"

    /// The grammar, as its JSON text (pretty, ending with a line end).
    package static var json: String {
        grammar.rendered(pretty: true) + "\n"
    }

    /// Every spelling of the kinds: French, English, unaccented.
    package static var kindNames: [String] {
        spellings(Schema.pacte.allKinds.flatMap { [$0.name, $0.english] })
    }

    /// Every spelling of the properties.
    package static var propertyNames: [String] {
        spellings(Schema.pacte.allKinds.flatMap { $0.properties.flatMap { [$0.name, $0.english] } })
    }

    /// Every spelling of the enumeration values.
    package static var enumValues: [String] {
        var values: [String] = []
        for kind in Schema.pacte.allKinds {
            for property in kind.properties {
                if case .enumeration(let schema) = property.type { values += schema.values + schema.aliases + schema.feminineForms }
            }
        }
        return spellings(values)
    }

    /// The words that are values of the language itself.
    package static let constants = ["oui", "non", "yes", "no", "true", "false", "membres", "members"]

    /// Each spelling once, with its unaccented form, longest first so that
    /// no alternative stops short of a longer one.
    private static func spellings(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        let all = names.flatMap { [$0, SchemaName.fold($0)] }.filter { seen.insert($0).inserted }
        return all.sorted { ($0.count, $1) > ($1.count, $0) }
    }

    private static func words(_ names: [String]) -> String {
        before + "(?:" + names.joined(separator: "|") + ")" + after
    }

    private static func pattern(_ name: String, _ match: String) -> JSONValue {
        .object([("name", .string(name)), ("match", .string(match))])
    }

    private static var grammar: JSONValue {
        let name = #"\p{L}[\p{L}\p{M}\p{N}_-]*"#
        let number = #"[0-9](?:[0-9_]*|[0-9]{0,2}(?:[ \u00A0\u202F][0-9]{3})+)(?:[.,][0-9]+)?"#
        let repository: [(String, JSONValue)] = [
            ("comment", pattern("comment.line.number-sign.pacte", "#.*$")),
            ("text-block", .object([
                ("name", .string("string.quoted.triple.pacte")),
                ("begin", .string(#"""""#)),
                ("end", .string(#"^\s*"""#)),
                ("patterns", .array([
                    pattern("markup.bold.pacte", #"\*\*[^*]+\*\*"#),
                    pattern("markup.italic.pacte", #"\*[^*\s][^*]*\*"#),
                    pattern("punctuation.definition.list.begin.pacte", #"^\s*- "#),
                ])),
            ])),
            ("string", .object([
                ("name", .string("string.quoted.double.pacte")),
                ("begin", .string("\"")),
                ("end", .string(#""|$"#)),
                ("patterns", .array([pattern("constant.character.escape.pacte", #"\\(?:["\\nt]|u\{[0-9A-Fa-f]{1,6}\})"#)])),
            ])),
            ("declaration", .object([
                ("match", .string("^\\s*(" + words(kindNames) + ")(?:\\s+(" + name + "))?(?=\\s*(?:\"|\\{|#|$))")),
                ("captures", .object([
                    ("1", .object([("name", .string("storage.type.declaration.pacte"))])),
                    ("2", .object([("name", .string("entity.name.declaration.pacte"))])),
                ])),
            ])),
            // After `{` or `;` on the same line; no variable-length
            // look-behind, which Oniguruma refuses.
            ("nested-declaration", .object([
                ("match", .string("([{;])\\s*(" + words(kindNames) + ")(?:\\s+(" + name + "))?(?=\\s*(?:\"|\\{))")),
                ("captures", .object([
                    ("1", .object([("name", .string("punctuation.separator.pacte"))])),
                    ("2", .object([("name", .string("storage.type.declaration.pacte"))])),
                    ("3", .object([("name", .string("entity.name.declaration.pacte"))])),
                ])),
            ])),
            ("property", pattern("support.type.property-name.pacte", words(propertyNames) + #"(?=\s*:)"#)),
            ("unknown-property", pattern("invalid.illegal.property-name.pacte", name + #"(?=\s*:)"#)),
            ("money", pattern("constant.numeric.money.pacte", before + number + #"[\s\u00A0\u202F]*(?:€|EUR\b|(?i:euros?)\b)"#)),
            ("percent", pattern("constant.numeric.percent.pacte", before + number + #"[\s\u00A0\u202F]*%"#)),
            ("fraction", pattern("constant.numeric.fraction.pacte", before + #"[0-9]+/[0-9]+"# + after)),
            ("date", pattern("constant.numeric.date.pacte", before + #"[0-9]{4}-[0-9]{2}(?:-[0-9]{2})?"# + after)),
            ("number", pattern("constant.numeric.pacte", before + #"[0-9][0-9_]*(?:\.[0-9]+)?"# + after)),
            ("range", pattern("keyword.operator.range.pacte", #"\.\."#)),
            ("code", pattern("constant.other.rule-code.pacte", before + #"P[0-9]{4}"# + after)),
            ("constant", pattern("constant.language.pacte", words(constants))),
            ("enum-value", pattern("support.constant.enum.pacte", words(enumValues))),
            ("reference", pattern("variable.other.reference.pacte", name)),
            ("punctuation", .object([
                ("patterns", .array([
                    pattern("punctuation.section.block.pacte", "[{}]"),
                    pattern("punctuation.section.list.pacte", #"[\[\]]"#),
                    pattern("punctuation.separator.key-value.pacte", ":"),
                    pattern("punctuation.separator.pacte", "[,;]"),
                ])),
            ])),
        ]
        let order = ["comment", "text-block", "string", "declaration", "nested-declaration", "property", "unknown-property",
                     "money", "percent", "fraction", "date", "number", "range", "code", "constant", "enum-value", "reference", "punctuation"]
        return .object([
            ("$schema", .string("https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json")),
            ("name", .string("Pacte")),
            ("scopeName", .string("source.pacte")),
            ("fileTypes", .array([.string("pacte")])),
            ("comment", .string("Written by `PACTE_UPDATE=1 swift test` from the schema table (Sources/PacteLSP/TextMateGrammar.swift); do not edit by hand.")),
            ("patterns", .array(order.map { .object([("include", .string("#" + $0))]) })),
            ("repository", .object(repository)),
        ])
    }
}
