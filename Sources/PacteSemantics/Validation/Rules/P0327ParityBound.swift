import PacteCore
import PacteSyntax
import PacteSchema

/// P0327 — a space allows a gap between women and men wider than its
/// form's law does: a conseil de développement must keep it at one at most
/// (art. L5211-10-1 du CGCT). The bound comes from ``FormLaw``.
struct P0327ParityBound: ValidationRule {
    static let explanation = Explanation(
        code: .parityBound,
        title: text("tolérance de parité au-delà de ce que permet la loi", "parity tolerance beyond what the law allows"),
        checks: text(
            "Signale, dans un espace de type `transitions`, une `parité` (l’écart toléré entre femmes et hommes) supérieure à ce que permet la loi de la `forme` du pacte : au plus 1 pour un conseil de développement (\(FormLaw.source(of: .conseilDeDéveloppement, .fr))).",
            "Reports, in a space of type `transitions`, a `parité` (the gap allowed between women and men) larger than the law of the pacte’s `forme` allows: at most 1 for a conseil de développement (\(FormLaw.source(of: .conseilDeDéveloppement, .en)))."),
        rationale: text(
            "La loi fixe elle-même l’écart maximal pour certains espaces : une délibération qui en retiendrait un plus large serait irrégulière, et la préfecture le relèverait.",
            "For some spaces the law itself sets the largest gap: a council decision allowing a wider one would be unlawful, and the prefecture would point it out."),
        failing: """
            pacte "Pacte du Pays de Kerlann" {
              territoire: "Pays de Kerlann"
              échelon: pays
              forme: conseil-de-développement
              période: 2026..2031
            }
            espace conseil "Conseil de développement" { membres: []; parité: 2 }
            """,
        fixed: """
            pacte "Pacte du Pays de Kerlann" {
              territoire: "Pays de Kerlann"
              échelon: pays
              forme: conseil-de-développement
              période: 2026..2031
            }
            espace conseil "Conseil de développement" { membres: []; parité: 1 }
            """)

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let pacte = context.pacte
        guard let form = pacte.form.value else { return [] }
        let law = FormLaw.of(form)
        guard let bound = law.parityBound, let citation = law.citation(.fr), let citationEn = law.citation(.en) else { return [] }
        return pacte.spaces.compactMap { space in
            guard space.effectiveType == .transitions, let tolerance = space.parity.value, tolerance > bound,
                  let span = space.parity.span else { return nil }
            return diagnostic(
                at: span,
                text("l’espace `\(space.id)` tolère un écart de \(tolerance) entre femmes et hommes, la loi au plus \(bound)",
                     "space `\(space.id)` allows a gap of \(tolerance) between women and men, the law at most \(bound)"),
                label: text("au plus \(bound) pour un \(String(form.rawValue.map { $0 == "-" ? " " : $0 })) (\(citation))", "at most \(bound) for a `\(form.rawValue)` (\(citationEn))"),
                notes: pacte.form.span.map { [DiagnosticNote(text("la forme est fixée ici", "the form is set here"), at: $0)] } ?? [],
                help: text("écrivez `parité: \(bound)` (ou retirez la ligne : la tolérance par défaut est 1)",
                           "write `parité: \(bound)` (or remove the line: the default tolerance is 1)"),
                fixes: context.fix(replacing: span, with: "parité: \(bound)"))
        }
    }
}
