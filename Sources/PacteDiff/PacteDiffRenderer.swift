import PacteCore
import PacteDriver
import PacteSchema
import PacteSemantics
import PacteDocument
import PacteJSON

/// `pacte diff` as text for people and as JSON for tools.
public enum PacteDiffRenderer {
    /// The changes, grouped by section, French or English.
    public static func human(_ diff: PacteDiff, oldPath: String, newPath: String, language: Language) -> String {
        func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }
        let oldPath = oldPath.escapingControlCharacters, newPath = newPath.escapingControlCharacters
        guard !diff.isEmpty else {
            return t("Aucun changement de sens entre `\(oldPath)` et `\(newPath)`.\n", "No change in meaning between `\(oldPath)` and `\(newPath)`.\n")
        }
        var output = t("Changements de sens entre `\(oldPath)` et `\(newPath)` :\n", "Changes in meaning between `\(oldPath)` and `\(newPath)`:\n")
        var section: KindID?
        for change in diff.changes {
            if change.section != section {
                section = change.section
                output += "\n" + sectionTitle(change.section, language) + "\n"
            }
            output += "  " + line(change, language) + "\n"
        }
        if diff.budget.old != diff.budget.new {
            output += "\n" + t("Budget total : ", "Total budget: ") + amount(diff.budget.old, language) + " → " + amount(diff.budget.new, language)
                + " (" + signed(diff.budget.new - diff.budget.old, language) + ")\n"
        }
        if !diff.appeared.isEmpty || !diff.disappeared.isEmpty {
            output += "\n" + t("Diagnostics", "Diagnostics") + "\n"
            for item in diff.appeared { output += "  + \(item.severity.rawValue)[\(item.code.rawValue)] \(item.message.text(in: language).escapingControlCharacters)\n" }
            for item in diff.disappeared { output += "  - \(item.severity.rawValue)[\(item.code.rawValue)] \(item.message.text(in: language).escapingControlCharacters)\n" }
        }
        return output
    }

    static func line(_ change: PacteDiff.Change, _ language: Language) -> String {
        func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }
        let subject = [change.id.map { "`\($0)`" }, change.title.map { t("« \($0) »", "“\($0)”") }]
            .compactMap { $0 }.joined(separator: " ").escapingControlCharacters
        let colon = t(" : ", ": ")
        guard let field = change.field else {
            switch change.kind {
            case .added: return "+ " + t("ajouté", "added") + colon + subject
            case .removed: return "- " + t("retiré", "removed") + colon + subject
            case .changed: return "~ " + subject
            }
        }
        let prefix = subject.isEmpty ? "" : subject + " — "
        switch change.kind {
        case .added: return "+ " + prefix + field + colon + t("ajout de ", "added ") + quoted(change.new ?? "", language)
        case .removed: return "- " + prefix + field + colon + t("retrait de ", "removed ") + quoted(change.old ?? "", language)
        case .changed:
            var text = "~ " + prefix + field + colon + quoted(change.old ?? t("(absent)", "(absent)"), language)
                + " → " + quoted(change.new ?? t("(absent)", "(absent)"), language)
            if let delta = change.delta { text += " (" + signed(delta, language) + ")" }
            return text
        }
    }

    /// A value as a reader sees it: quoted, on one line, cut past 80
    /// characters, what could drive a terminal escaped; a governance list
    /// of every member said in words.
    private static func quoted(_ value: String, _ language: Language) -> String {
        if value == PacteDiff.allMembers { return language == .fr ? "les membres de l’espace" : "the space’s members" }
        let flat = value.split(separator: "\n").joined(separator: " ")
        let short = (flat.count > 80 ? String(flat.prefix(77)) + "…" : flat).escapingControlCharacters
        return language == .fr ? "« \(short) »" : "“\(short)”"
    }

    private static func amount(_ cents: Cents, _ language: Language) -> String {
        String(Typography.money(cents, language).map { $0 == "\u{00A0}" ? " " : $0 })
    }

    private static func signed(_ cents: Cents, _ language: Language) -> String {
        (cents >= 0 ? "+" : "−") + amount(cents.magnitude > Int64.max.magnitude ? 0 : abs(cents), language)
    }

    static func sectionTitle(_ section: KindID, _ language: Language) -> String {
        switch (section, language) {
        case (.pacte, .fr): "Pacte"
        case (.vision, .fr): "Vision"
        case (.priorité, .fr): "Priorités"
        case (.charte, .fr): "Charte"
        case (.engagement, .fr): "Engagements"
        case (.signataire, .fr): "Signataires"
        case (.délibération, .fr): "Délibérations"
        case (.acte, .fr): "Acte"
        case (.personne, .fr): "Personnes"
        case (.objectif, .fr): "Objectifs"
        case (.action, .fr): "Actions"
        case (.espace, .fr): "Espaces de coopération"
        case (.gouvernance, .fr): "Gouvernance"
        case (.financement, .fr): "Financement"
        case (.dérogation, .fr): "Dérogations"
        case (.pacte, .en): "Pacte"
        case (.vision, .en): "Vision"
        case (.priorité, .en): "Priorities"
        case (.charte, .en): "Charter"
        case (.engagement, .en): "Commitments"
        case (.signataire, .en): "Signatories"
        case (.délibération, .en): "Deliberations"
        case (.acte, .en): "Act"
        case (.personne, .en): "Persons"
        case (.objectif, .en): "Objectives"
        case (.action, .en): "Actions"
        case (.espace, .en): "Cooperation spaces"
        case (.gouvernance, .en): "Governance"
        case (.financement, .en): "Funding"
        case (.dérogation, .en): "Waivers"
        }
    }

    /// The diff as one JSON object.
    public static func json(_ diff: PacteDiff, oldPath: String, newPath: String, language: Language) -> String {
        let changes: [JSONValue] = diff.changes.map { change in
            .object([
                ("change", .string(change.kind.rawValue)),
                ("section", .string(change.section.rawValue)),
                ("id", .optional(change.id)),
                ("title", .optional(change.title)),
                ("field", .optional(change.field)),
                ("old", .optional(change.old)),
                ("new", .optional(change.new)),
                ("delta", change.delta.map(JSONBackend.money) ?? .null),
            ])
        }
        func summaries(_ items: [PacteDiff.DiagnosticSummary]) -> JSONValue {
            .array(items.map {
                .object([("code", .string($0.code.rawValue)), ("severity", .string($0.severity.rawValue)), ("message", .string($0.message.text(in: language)))])
            })
        }
        return JSONValue.object([
            ("old", .string(oldPath)),
            ("new", .string(newPath)),
            ("changes", .array(changes)),
            ("budget", .object([
                ("old", JSONBackend.money(diff.budget.old)),
                ("new", JSONBackend.money(diff.budget.new)),
                ("delta", JSONBackend.money(diff.budget.new - diff.budget.old)),
            ])),
            ("diagnostics", .object([("appeared", summaries(diff.appeared)), ("disappeared", summaries(diff.disappeared))])),
        ]).rendered(pretty: true) + "\n"
    }
}
