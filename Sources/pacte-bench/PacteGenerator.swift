/// Pactes of any size, valid and typical: a commune, its signatories and
/// persons, objectives each served by a few actions, one space.
enum PacteGenerator {
    /// A month as the language writes it: `03`.
    static func twoDigits(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }

    static func pacte(actions: Int, seed: Int = 0) -> String {
        let objectives = max(1, actions / 4)
        let signatories = max(3, min(40, actions / 5))
        // Adopted after the municipal elections of March 2026: the mandate
        // then runs to 2032, and the période to 2031 stays inside it (P0328).
        var text = """
        # Pacte généré pour le banc d’essai (territoire fictif n° \(seed))
        pacte "Pacte de coopération de Ker-\(seed)" {
          territoire: "Commune de Ker-\(seed)"
          échelon: commune
          forme: commission-extra-municipale
          période: 2026..2031
          adoption: 2026-04-10
        }

        vision {
          horizon: 2040
          texte: \"\"\"
            Une commune sobre, solidaire et vivante : moins d’énergie fossile,
            plus de liens entre voisins, une nature qui respire.
            \"\"\"
          priorité sobriete "Sobriété" { texte: "Moins consommer, mieux partager." }
        }

        charte {
          engagement "Écouter chaque partie et expliquer nos contraintes"
          engagement "Reconnaître le droit à l’erreur"
        }

        signataire mairie "Mairie de Ker-\(seed)" { collège: collectivité; représentant: p0 }

        """
        for index in 1..<signatories {
            text += "signataire s\(index) \"Association numéro \(index)\" { collège: association }\n"
        }
        let roles = ["élu", "agent", "acteur", "habitant"]
        for index in 0..<8 {
            text += "personne p\(index) \"Personne \(index)\" { genre: \(index % 2 == 0 ? "femme" : "homme"); rôle: \(roles[index % 4]); jeune: \(index == 3 ? "oui" : "non") }\n"
        }
        for index in 0..<objectives {
            text += "\nobjectif o\(index) \"Objectif \(index) du plan\" {\n  priorité: sobriete\n  indicateur: \"part des foyers concernés\"\n}\n"
        }
        for index in 0..<actions {
            text += """

            action a\(index) "Action \(index) : ateliers et chantiers participatifs" {
              objectif: o\(index % objectives)
              description: \"\"\"
                Des ateliers ouverts à tous, un samedi par mois, encadrés par
                l’association pilote avec l’appui des services municipaux.
                \"\"\"
              pilote: s\(1 + index % (signatories - 1))
              partenaires: [mairie]
              budget: \(1 + index % 40)_500 €
              participation: \(["information", "consultation", "concertation", "co-construction", "coopération", "négociation"][index % 6])
              calendrier: \(2026 + index % 4)-\(twoDigits(1 + index % 12))..\(2028 + index % 4)-\(twoDigits(1 + (index * 5) % 12))
            }

            """
        }
        text += """

        espace commission "Commission extra-municipale" {
          membres: [p0, p1, p2, p3, p4, p5, p6, p7]
          siège-jeunesse: p3
          gouvernance {
            ordre-du-jour: [mairie, s1]
            décision: vote
            votants: membres
            majorité: 2/3
            retour: systématique
            pilotes: [p0, p1]
          }
        }

        """
        return text
    }
}
