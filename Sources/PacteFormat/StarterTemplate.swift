import PacteCore
import PacteSyntax
import PacteSchema
import PacteSemantics
import PacteDriver

/// `pacte init`: a starter pacte with every section, short guidance in
/// comments, and a placeholder wherever a person must write. It parses and
/// resolves; `pacte check` then lists what remains to be done (P0311), and
/// the missing budgets (P0310).
public enum StarterTemplate {
    /// The placeholder the template leaves, which P0311 finds.
    public static func placeholder(_ language: Language) -> String {
        language == .fr ? "À COMPLÉTER" : "TODO"
    }

    /// The legal form that fits a level: the two forms the law names, else a development council or another form.
    public static func form(for level: Level) -> LegalForm {
        switch level {
        case .commune: .commissionExtraMunicipale
        case .intercommunalité: .commissionExtraIntercommunale
        case .pays: .conseilDeDéveloppement
        case .département, .région: .autre
        }
    }

    /// The starter text.
    /// The starter text for `level`, with the legal `form` given, else the
    /// one that fits the level; a form whose law leaves the élus out of its
    /// members (a conseil de développement) gets a space without them.
    public static func render(territory: String?, level: Level, form chosen: LegalForm? = nil, language: Language, year: Int) -> String {
        let todo = placeholder(language)
        let quotedTerritory = quoted(territory ?? todo)
        let legalForm = chosen ?? form(for: level)
        let form = legalForm.rawValue
        let end = year + 5
        func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }
        let law = FormLaw.of(legalForm)
        // Where the form's law keeps councillors out, the élu is not a member (P0326).
        let excludesCouncillors = law.excludesCouncillors
        let membersLines = excludesCouncillors
            ? "  # " + t("Les élus ne siègent pas dans un conseil de développement (\(law.citation(.fr) ?? "")).",
                         "Elected officials do not sit in a development council (\(law.citation(.en) ?? "")).")
              + "\n  membres: [agent, acteur, jeune]"
            : "  membres: [elu, agent, acteur, jeune]"
        let block = "\"\"\""
        return """
        # \(t("Pacte de coopération pour les transitions", "Cooperation pact for the transitions")) — \(territory ?? todo)
        #
        # \(t("Ce fichier a été créé par `pacte init`. Remplacez chaque « \(todo) »,",
              "This file was created by `pacte init`. Replace every “\(todo)”,"))
        # \(t("puis lancez `pacte check` : il liste ce qui reste à écrire.",
              "then run `pacte check`: it lists what remains to be written."))
        # \(t("`pacte explain CODE` explique chaque message.", "`pacte explain CODE` explains each message."))

        pacte "\(t("Pacte de coopération pour les transitions", "Cooperation pact for the transitions"))" {
          territoire: \(quotedTerritory)
          échelon: \(level.rawValue)
          forme: \(form)
          période: \(year)..\(end)
          langue: \(language.rawValue)
          # adoption: \(year)-MM-JJ   # \(t("la date du vote en conseil, une fois le pacte adopté", "the date of the council vote, once adopted"))
        }

        # \(t("La vision : où le territoire veut être dans quinze ans.", "The vision: where the territory wants to be in fifteen years."))
        vision {
          horizon: \(year + 15)
          texte: \(block)
            \(todo)
            \(block)
          # \(t("Deux à quatre priorités, chacune avec un identifiant court.", "Two to four priorities, each with a short id."))
          priorité priorite-1 "\(todo)"
        }

        # \(t("La charte : comment les signataires travailleront ensemble.", "The charter: how the signatories will work together."))
        charte {
          engagement "\(todo)"
        }

        # \(t("Les signataires : la collectivité et la société civile.", "The signatories: the local government and civil society."))
        # \(t("Collèges possibles : collectivité, association, économique, social, culturel, habitant.",
              "Possible colleges: collectivité, association, économique, social, culturel, habitant."))
        signataire collectivite "\(todo)" {
          collège: collectivité
          représentant: elu
          # \(t("La délibération qui autorise la signature, visée au préambule de l’acte : son numéro et sa date.",
                "The deliberation that authorises the signature, cited in the act’s preamble: its number and date."))
          délibération "\(todo)" { date: \(PropertyTemplate.placeholderID) }
        }
        signataire association "\(todo)" { collège: association; représentant: acteur }

        # \(t("L’acte : où et quand le pacte est signé (sans date, une ligne reste à remplir à la main).",
              "The act: where and when the pacte is signed (without a date, a line is left to fill in by hand)."))
        acte {
          lieu: "\(todo)"
        }

        # \(t("Les personnes nommées. Écrivez le genre (femme, homme, autre, ou non-précisé) : la parité se vérifie ainsi,",
              "The persons named. Write the gender (femme, homme, autre, or non-précisé): that is how parity is checked,"))
        # \(t("et marquez `jeune: oui` la personne qui occupe le siège jeunesse.",
              "and mark with `jeune: oui` the person holding the youth seat."))
        personne elu "\(todo)" { genre: \(PropertyTemplate.placeholderID); rôle: élu; structure: collectivite }
        personne agent "\(todo)" { genre: \(PropertyTemplate.placeholderID); rôle: agent; structure: collectivite }
        personne acteur "\(todo)" { genre: \(PropertyTemplate.placeholderID); rôle: acteur; structure: association }
        personne jeune "\(todo)" { genre: \(PropertyTemplate.placeholderID); rôle: habitant; jeune: oui }

        # \(t("Le plan d’actions : des objectifs, puis des actions rattachées.", "The action plan: objectives, then the actions serving them."))
        objectif objectif-1 "\(todo)" {
          priorité: priorite-1
          indicateur: "\(todo)"
        }

        action action-1 "\(todo)" {
          objectif: objectif-1
          description: \(block)
            \(todo)
            \(block)
          pilote: association
          partenaires: [collectivite]
          # budget: 10_000 €   # \(t("à écrire : `pacte check` le rappelle tant qu’il manque", "to be written: `pacte check` reminds you while it is missing"))
          # \(t("information, consultation, concertation, co-construction, coopération ou négociation",
                "information, consultation, concertation, co-construction, coopération or négociation"))
          participation: concertation
          calendrier: \(year)..\(end)
        }

        # \(t("L’espace de coopération et son chemin de décision.", "The cooperation space and its decision path."))
        espace commission "\(todo)" {
          missions: \(block)
            \(todo)
            \(block)
        \(membersLines)
          siège-jeunesse: jeune
          gouvernance {
            ordre-du-jour: [collectivite, association]
            participants: membres
            # \(t("consensus, consentement ou vote (avec `votants` et `majorité`)",
                  "consensus, consentement or vote (with `votants` and `majorité`)"))
            décision: consentement
            retour: systématique
            pilotes: [\(excludesCouncillors ? "agent" : "elu"), acteur]
            fréquence: trimestrielle
          }
        }

        # \(t("Les engagements de financement de chaque côté.", "The funding commitments of each side."))
        financement {
          engagement "\(todo)" { par: collectivité }
          engagement "\(todo)" { par: associations }
        }

        """
    }

    private static func quoted(_ text: String) -> String {
        var escaped = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n", "\r", "\t": escaped += " "
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped + "\""
    }
}
