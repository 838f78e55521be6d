import PacteCore
import PacteSyntax
import PacteSchema

/// P0319 — a waiver matches no diagnostic: the rule it silences is met, so
/// the waiver, printed in the annex, claims an exception that no longer
/// exists. Computed by ``Validator`` once the other rules have spoken.
package struct P0319UnusedWaiver: DocumentedCode {
    package static let explanation = Explanation(
        code: .unusedWaiver,
        title: text("dérogation inutile", "unused waiver"),
        checks: text(
            "Signale une `dérogation` dont le code ne correspond à aucun diagnostic du fichier. C’est un avertissement.",
            "Reports a `dérogation` whose code matches no diagnostic in the file. It is a warning."),
        rationale: text(
            "Les dérogations sont imprimées en annexe du pacte signé. Une dérogation devenue inutile affiche une exception qui n’existe plus : mieux vaut la retirer.",
            "Waivers are printed in the annex of the signed pacte. A waiver that is no longer needed shows an exception that no longer exists: better remove it."),
        failing: """
            dérogation P0310 "Les budgets seront votés en juin"
            action jardins "Jardins partagés" { objectif: nature; budget: 6_000 € }
            """,
        fixed: """
            action jardins "Jardins partagés" { objectif: nature; budget: 6_000 € }
            """)

    /// A warning for each waiver that silenced nothing.
    static func diagnostics(for unused: [Waiver]) -> [Diagnostic] {
        unused.compactMap { waiver in
            guard let code = waiver.code else { return nil }
            return Diagnostic(
                .unusedWaiver, at: waiver.site.head,
                text("la dérogation `\(code.rawValue)` ne correspond à aucun problème", "the waiver `\(code.rawValue)` matches no problem"),
                label: text("rien à déroger", "nothing to waive"),
                help: text("la règle \(code.rawValue) est respectée : retirez cette dérogation", "rule \(code.rawValue) is met: remove this waiver"))
        }
    }
}
