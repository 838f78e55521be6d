import PacteCore
import PacteSyntax
import PacteSchema

/// P0321 — in a pacte laid out as an act (`acte`), a collectivité signs
/// without a `délibération`: the act's preamble cannot cite what
/// authorises its representative to sign. A warning: the deliberation may
/// not be numbered yet while the pacte is being written.
struct P0321DeliberationMissing: ValidationRule {
    static let explanation = Explanation(
        code: .deliberationMissing,
        title: text("collectivité signataire sans délibération", "local government signatory without a deliberation"),
        checks: text(
            "Quand le pacte déclare un `acte`, signale chaque `signataire` de `collège: collectivité` qui n’a pas de `délibération`. Sans `acte`, rien n’est vérifié. C’est un avertissement.",
            "When the pacte declares an `acte`, reports each `signataire` of `collège: collectivité` that has no `délibération`. Without an `acte`, nothing is checked. It is a warning."),
        rationale: text(
            "Une collectivité ne signe qu’après que son assemblée l’a décidé : le maire ou le président signe en vertu d’une délibération, que le préambule de l’acte vise (« Vu la délibération n° … »). Le contrôle de légalité la demandera ; mieux vaut l’écrire dans le pacte dès qu’elle est votée.",
            "A local government signs only once its council has decided so: the mayor or the president signs under a deliberation, which the act’s preamble cites (“Having regard to deliberation no. …”). The prefecture’s review of legality will ask for it; better to write it in the pacte as soon as it is adopted."),
        failing: """
            acte { lieu: "Kerlann" }
            signataire mairie "Commune de Kerlann" { collège: collectivité }
            """,
        fixed: """
            acte { lieu: "Kerlann" }
            signataire mairie "Commune de Kerlann" {
              collège: collectivité
              délibération "2026-014" { date: 2026-05-28 }
            }
            """)

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let pacte = context.pacte
        guard let act = pacte.act else { return [] }
                return pacte.signatories.filter { $0.college.value == .collectivité && $0.deliberations.isEmpty }.map { signatory in
            let body = DeliberatingBody.name(of: signatory, level: pacte.level.value)
            let name = signatory.name.map { "« \($0) »" } ?? "`\(signatory.id)`"
            let nameEn = signatory.name.map { "“\($0)”" } ?? "`\(signatory.id)`"
            return diagnostic(
                at: signatory.site.head,
                text("la collectivité \(name) signe sans délibération", "the local government \(nameEn) signs without a deliberation"),
                label: text("aucune `délibération` ne l’autorise à signer", "no `délibération` authorises it to sign"),
                notes: [DiagnosticNote(text("le pacte est un acte à signer ici", "the pacte is an act to sign here"), at: act.site.head)],
                help: text("ajoutez dans ce signataire la délibération \(FrenchArticles.of(body.fr)) qui autorise la signature, avec son numéro et sa date : `délibération \"2026-014\" { date: 2026-05-28 }`",
                           "add to this signatory the deliberation of the \(body.en) that authorises the signature, with its number and date: `délibération \"2026-014\" { date: 2026-05-28 }`"))
        }
    }
}
