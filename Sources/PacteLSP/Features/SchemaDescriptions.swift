import PacteCore
import PacteSchema

/// How the schema is told to a person in a hover or a completion: a kind
/// with its English alias and summary, a property with its type.
enum SchemaDescriptions {
    static func kind(_ kind: KindSchema, in language: Language) -> String {
        let alias = kind.english == kind.name ? "" : language == .fr ? " (en anglais : `\(kind.english)`)" : " (in English: `\(kind.english)`)"
        return "**\(kind.name)**\(alias) — \(kind.summary.text(in: language))"
    }

    static func property(_ property: PropertySchema, of kind: KindSchema?, in language: Language) -> String {
        let alias = property.english == property.name ? "" : language == .fr ? " (en anglais : `\(property.english)`)" : " (in English: `\(property.english)`)"
        var lines = ["**\(property.name)**\(alias) — \(property.summary.text(in: language))"]
        let typeLabel = language == .fr ? "Valeur" : "Value"
        lines.append("\(typeLabel) : \(type(property.type, in: language))".replacingOccurrences(language))
        switch property.requirement {
        case .required: lines.append(language == .fr ? "Obligatoire." : "Required.")
        case .checkedBy(let code):
            lines.append(language == .fr ? "Attendue : son absence est signalée par \(code.rawValue)." : "Expected: its absence is reported as \(code.rawValue).")
        case .optional: lines.append(language == .fr ? "Facultative." : "Optional.")
        }
        if let kind { lines.append(language == .fr ? "Dans : `\(kind.name)`." : "In: `\(kind.name)`.") }
        return lines.joined(separator: "\n\n")
    }

    static func type(_ type: ValueType, in language: Language) -> String {
        let fr = language == .fr
        switch type {
        case .string: return fr ? "une chaîne sur une ligne (`\"…\"`)" : "a one-line string (`\"…\"`)"
        case .text: return fr ? "un texte (`\"\"\"` sur plusieurs lignes, ou une chaîne)" : "a text (`\"\"\"` over several lines, or a string)"
        case .year: return fr ? "une année (`2040`)" : "a year (`2040`)"
        case .date: return fr ? "une date (`2026`, `2026-03` ou `2026-03-14`)" : "a date (`2026`, `2026-03` or `2026-03-14`)"
        case .yearRange: return fr ? "des années (`2026..2031`)" : "a range of years (`2026..2031`)"
        case .dateRange: return fr ? "des dates (`2026-11..2030-03`)" : "a range of dates (`2026-11..2030-03`)"
        case .money: return fr ? "un montant en euros (`24_000 €`)" : "an amount in euros (`24_000 €`)"
        case .percent: return fr ? "un pourcentage (`50 %`)" : "a percentage (`50 %`)"
        case .ratio: return fr ? "une fraction ou un pourcentage (`2/3`, `66 %`)" : "a fraction or a percentage (`2/3`, `66 %`)"
        case .count: return fr ? "un nombre entier" : "a whole number"
        case .strings: return fr ? "une liste de chaînes (`[\"…\", \"…\"]`)" : "a list of strings (`[\"…\", \"…\"]`)"
        case .boolean: return fr ? "`oui` ou `non`" : "`oui` or `non` (`yes`, `no`)"
        case .enumeration(let values):
            return (fr ? "une valeur parmi " : "one of ") + values.values.map { "`\($0)`" }.joined(separator: ", ")
        case .reference(let kinds):
            return (fr ? "l’id d’une déclaration " : "the id of a declaration ") + kindList(kinds, language)
        case .references(let kinds, let members):
            let list = (fr ? "une liste d’ids de déclarations " : "a list of ids of declarations ") + kindList(kinds, language)
            return members ? list + (fr ? ", ou `membres` (les membres de l’espace)" : ", or `membres` (the members of the space)") : list
        }
    }

    private static func kindList(_ kinds: [KindID], _ language: Language) -> String {
        kinds.map { "`\($0.rawValue)`" }.joined(separator: language == .fr ? " ou " : " or ")
    }
}

private extension String {
    /// English puts no space before a colon.
    func replacingOccurrences(_ language: Language) -> String {
        language == .en ? replacing(" : ", with: ": ") : self
    }
}
