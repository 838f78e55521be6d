import PacteCore
import PacteSyntax
import PacteSchema

/// P0304 — the decision path has no decision rule, or a vote without its
/// voters or its majority. A vote whose electorate or threshold is unknown
/// cannot be held, or can be contested afterwards.
struct P0304DecisionRule: ValidationRule {
    static let explanation = Explanation(
        code: .decisionRule,
        title: text("règle de décision incomplète", "incomplete decision rule"),
        checks: text(
            "Signale une `gouvernance` sans `décision` ; et, quand la décision est un `vote`, l’absence de `votants` (ou une liste vide) ou de `majorité`.",
            "Reports a `gouvernance` without `décision`; and, when the decision is a `vote`, missing `votants` (or an empty list) or a missing `majorité`."),
        rationale: text(
            "Consensus, consentement ou vote : chacun doit savoir comment une proposition devient une décision. Pour un vote, il faut savoir qui vote et à quelle majorité, sinon le résultat pourra être contesté.",
            "Consensus, consent or vote: everyone must know how a proposal becomes a decision. For a vote, one must know who votes and by what majority, or the result can be contested."),
        failing: """
            personne lea "Léa Kervella" { genre: femme; rôle: élu }
            espace conseil "Conseil des transitions" {
              membres: [lea]
              gouvernance {
                ordre-du-jour: [lea]
                décision: vote
                retour: systématique
                pilotes: [lea]
              }
            }
            """,
        fixed: """
            personne lea "Léa Kervella" { genre: femme; rôle: élu }
            espace conseil "Conseil des transitions" {
              membres: [lea]
              gouvernance {
                ordre-du-jour: [lea]
                décision: vote
                votants: membres
                majorité: 2/3
                retour: systématique
                pilotes: [lea]
              }
            }
            """)

    func check(_ context: ValidationContext) -> [Diagnostic] {
        context.pacte.spaces.flatMap { space -> [Diagnostic] in
            guard let governance = space.governance else { return [] }
            if governance.decision.isAbsent {
                return [diagnostic(
                    at: governance.site.head,
                    text("le chemin de décision de `\(space.id)` n’a pas de règle de décision", "the decision path of `\(space.id)` has no decision rule"),
                    label: text("il manque `décision`", "`décision` is missing"),
                    help: text("ajoutez `décision: consensus`, `décision: consentement` ou `décision: vote` (avec `votants` et `majorité`)",
                               "add `décision: consensus`, `décision: consentement` or `décision: vote` (with `votants` and `majorité`)"),
                    // Consensus, consent or vote is the space's choice: P0207 lists them until it is made.
                    fixes: context.fix(adding: ["décision: " + PropertyTemplate.placeholderID], to: governance.site))]
            }
            guard governance.decision.value == .vote, let decisionSpan = governance.decision.span else { return [] }
            var missing: [String] = []
            if governance.voters.isAbsent || governance.voters.value?.ids.isEmpty == true { missing.append("votants") }
            if governance.majority.isAbsent { missing.append("majorité") }
            guard !missing.isEmpty else { return [] }
            // What the help says, as edits: an empty `votants` is written anew, the rest added.
            var fix = context.fix(adding: (governance.voters.isAbsent ? ["votants: membres"] : []) + (governance.majority.isAbsent ? ["majorité: " + PropertyTemplate.placeholderID] : []),
                                  to: governance.site)
            if governance.voters.value?.ids.isEmpty == true, let span = governance.voters.span {
                let rewrite = context.fix(replacing: span, with: "votants: membres")
                if fix.isEmpty { fix = rewrite } else if let edit = rewrite.first?.edits.first {
                    fix[0].edits.append(edit)
                    fix[0].message = text("écrivez `votants: membres` et ajoutez `majorité: \(PropertyTemplate.placeholderID)`", "write `votants: membres` and add `majorité: \(PropertyTemplate.placeholderID)`")
                }
            }
            let listed = missing.map { "`\($0)`" }.joined(separator: missing.count > 1 ? " et " : "")
            let listedEn = missing.map { "`\($0)`" }.joined(separator: " and ")
            return [diagnostic(
                at: decisionSpan,
                text("`\(space.id)` décide par vote, mais sans \(listed)", "`\(space.id)` decides by vote, but without \(listedEn)"),
                label: text("un vote sans \(listed)", "a vote without \(listedEn)"),
                help: text("précisez qui vote et à quelle majorité : `votants: membres` et `majorité: 2/3`",
                           "say who votes and by what majority: `votants: membres` and `majorité: 2/3`"),
                fixes: fix)]
        }
    }
}
