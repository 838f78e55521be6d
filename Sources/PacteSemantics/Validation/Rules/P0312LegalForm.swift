import PacteCore
import PacteSyntax
import PacteSchema

/// P0312 — the legal form does not fit the level of the local government:
/// a commission extra-municipale is a commune's (art. L2143-2 CGCT), a
/// commission extra-intercommunale an EPCI's (art. L5211-49-1 CGCT).
struct P0312LegalForm: ValidationRule {
    static let explanation = Explanation(
        code: .legalForm,
        title: text("forme juridique inadaptée à l’échelon", "legal form unfit for the level"),
        checks: text(
            "Vérifie que `forme: commission-extra-municipale` va avec `échelon: commune` (art. L2143-2 du CGCT), `forme: commission-extra-intercommunale` avec `échelon: intercommunalité` (art. L5211-49-1 du CGCT) et `forme: conseil-de-développement` avec `échelon: intercommunalité` ou `pays` (art. L5211-10-1 du CGCT).",
            "Checks that `forme: commission-extra-municipale` goes with `échelon: commune` (art. L2143-2 CGCT), `forme: commission-extra-intercommunale` with `échelon: intercommunalité` (art. L5211-49-1 CGCT) and `forme: conseil-de-développement` with `échelon: intercommunalité` or `pays` (art. L5211-10-1 CGCT)."),
        rationale: text(
            "La base légale est imprimée en tête du pacte et fonde la délibération qui crée l’espace. Une intercommunalité ne peut pas créer de commission extra-municipale : la délibération serait fragile.",
            "The legal basis is printed at the top of the pacte and grounds the council decision that creates the space. An intercommunality cannot create an extra-municipal commission: the decision would be open to challenge."),
        failing: """
            pacte "Pacte des Trois Rivières" {
              territoire: "Communauté de communes des Trois Rivières"
              échelon: intercommunalité
              forme: commission-extra-municipale
              période: 2026..2031
            }
            """,
        fixed: """
            pacte "Pacte des Trois Rivières" {
              territoire: "Communauté de communes des Trois Rivières"
              échelon: intercommunalité
              forme: commission-extra-intercommunale
              période: 2026..2031
            }
            """)

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let pacte = context.pacte
        guard let form = pacte.form.value, let formSpan = pacte.form.span,
              let level = pacte.level.value, let levelSpan = pacte.level.span else { return [] }
        let law = FormLaw.of(form)
        guard !law.levels.contains(level), let citation = law.citation(.fr), let citationEn = law.citation(.en) else { return [] }
        let reserved = law.levels.map { "`\($0.rawValue)`" }
        // A form whose article names this level, if one does.
        let fitting = FormLaw.table.first { !$0.articles.isEmpty && $0.levels.contains(level) }?.form
        return [diagnostic(
            at: formSpan,
            text("la forme `\(form.rawValue)` ne convient pas à l’échelon `\(level.rawValue)`",
                 "the form `\(form.rawValue)` does not fit the level `\(level.rawValue)`"),
            label: text("réservée \(reserved.count > 1 ? "aux échelons" : "à l’échelon") \(reserved.joinedAsList(.fr)) (\(citation))",
                        "reserved for the level\(reserved.count > 1 ? "s" : "") \(reserved.joinedAsList(.en)) (\(citationEn))"),
            notes: [DiagnosticNote(text("l’échelon est fixé ici", "the level is set here"), at: levelSpan)],
            help: fitting.map { text("pour l’échelon `\(level.rawValue)`, écrivez `forme: \($0.rawValue)`", "for the level `\(level.rawValue)`, write `forme: \($0.rawValue)`") }
                ?? text("choisissez une forme adaptée (`conseil-alimentaire`, `autre`…) ou corrigez l’échelon",
                        "choose a fitting form (`conseil-alimentaire`, `autre`…) or fix the level"))]
    }
}
