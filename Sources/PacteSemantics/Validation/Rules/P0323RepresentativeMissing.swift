import PacteCore
import PacteSyntax
import PacteSchema

/// P0323 — in a pacte laid out as an act (`acte`), a signatory names no
/// `représentant`: its box on the signature page has only a line to write
/// a name by hand. A warning: the person may not be known yet.
struct P0323RepresentativeMissing: ValidationRule {
    static let explanation = Explanation(
        code: .representativeMissing,
        title: text("signataire sans représentant", "signatory without a representative"),
        checks: text(
            "Quand le pacte déclare un `acte`, signale chaque `signataire` sans `représentant`. Sans `acte`, rien n’est vérifié. C’est un avertissement.",
            "When the pacte declares an `acte`, reports each `signataire` without a `représentant`. Without an `acte`, nothing is checked. It is a warning."),
        rationale: text(
            "Un acte dit qui signe, et à quel titre : « Pour l’association …, le président, … ». Sans représentant, la page des signatures laisse une ligne à remplir à la main, ce qui se fait, mais se relit mal et s’oublie.",
            "An act says who signs, and in what capacity: “For the association …, the president, …”. Without a representative, the signature page leaves a line to fill in by hand, which is done, but reads badly and is forgotten."),
        failing: """
            acte { lieu: "Kerlann" }
            signataire bocage "Association Bocage Vivant" { collège: association }
            """,
        fixed: """
            acte { lieu: "Kerlann" }
            signataire bocage "Association Bocage Vivant" { collège: association; représentant: loic; qualité: "Président" }
            personne loic "Loïc Cadiou" { genre: homme; rôle: acteur; structure: bocage }
            """)

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let pacte = context.pacte
        guard let act = pacte.act else { return [] }
        let unrepresented = pacte.signatories.filter(\.representative.isAbsent)
        guard !unrepresented.isEmpty else { return [] }
        // The persons of each organisation, counted in one pass: searching
        // them for each signatory took quadratic time on a pacte of
        // thousands of both.
        var personsOf: [String: (first: String, count: Int)] = [:]
        for person in pacte.persons {
            guard let organization = person.organization.value else { continue }
            personsOf[organization, default: (person.id, 0)].count += 1
        }
        return unrepresented.map { signatory in
            let name = signatory.name.map { "« \($0) »" } ?? "`\(signatory.id)`"
            let nameEn = signatory.name.map { "“\($0)”" } ?? "`\(signatory.id)`"
            let person = personsOf[signatory.id].flatMap { $0.count == 1 ? $0.first : nil }
            let example = person ?? "<identifiant>"
            let exampleEn = person ?? "<id>"
            return diagnostic(
                at: signatory.site.head,
                text("le signataire \(name) n’a pas de représentant", "the signatory \(nameEn) has no representative"),
                label: text("personne n’est nommé pour signer", "nobody is named to sign"),
                notes: [DiagnosticNote(text("le pacte est un acte à signer ici", "the pacte is an act to sign here"), at: act.site.head)],
                help: text("nommez la personne qui signe : `représentant: \(example)`, et sa `qualité` si elle n’est pas celle d’usage ; sinon, le document laisse une ligne pour écrire son nom",
                           "name the person who signs: `représentant: \(exampleEn)`, and their `qualité` if it is not the usual one; otherwise, the document leaves a line to write a name"))
        }
    }
}
