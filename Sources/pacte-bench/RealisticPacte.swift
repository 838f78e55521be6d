import Foundation

/// Pactes written the way people write them, for the front end's
/// throughput: long French prose with accents, typographic apostrophes
/// and « » with their no-break spaces, œ, amounts written the French way
/// (`12 000 €`, `1 250,50 €`), text blocks with paragraphs and lists,
/// comments, references up and down the file, waivers and several spaces.
/// The benchmark's first generator (``PacteGenerator``) writes short
/// ASCII-heavy pactes, on which the lexer runs twice as fast as on these.
///
/// Every pacte it writes checks clean; the same seed gives the same bytes.
enum RealisticPacte {
    /// A pacte of about `bytes` bytes (at least a typical one, a dozen actions).
    static func pacte(bytes: Int, seed: UInt64 = 1) -> String {
        // About 1.1 KB an action, with its share of objectives and persons.
        pacte(actions: max(12, bytes / 1_115), seed: seed)
    }

    static func pacte(actions: Int, seed: UInt64 = 1) -> String {
        var writer = Writer(seed: seed)
        writer.write(actions: actions)
        return writer.text
    }

    // MARK: - Words

    static let places = ["Kerlouan-sur-Odet", "Saint-Élouan", "Pleumeur-Aber", "Lanvéoc-Ster", "Trégunc-la-Forêt", "Bréhec"]
    static let firstNames = [
        ("Maïwenn", "femme"), ("Gaël", "homme"), ("Élodie", "femme"), ("Loïc", "homme"), ("Anaïs", "femme"),
        ("Hervé", "homme"), ("Solène", "femme"), ("Jérôme", "homme"), ("Noémie", "femme"), ("Benoît", "homme"),
        ("Clémence", "femme"), ("Tanguy", "homme"), ("Zoé", "femme"), ("Gwénolé", "homme"), ("Léa", "femme"), ("Aurélien", "homme"),
    ]
    static let lastNames = ["Le Gall", "Quéméner", "Kerhervé", "Guéguen", "Prigent", "Le Bihan", "Caradec", "Morvan", "Riou", "Le Meur", "Cœuret", "Daoulas"]
    static let subjects = [
        "Les habitants du quartier", "L’association", "La commune", "Les agriculteurs volontaires", "Le centre social",
        "Les jeunes du conseil municipal des enfants", "Chaque foyer engagé", "Les services techniques",
        "Les bénévoles formés", "Les écoles et le collège", "Le comité de pilotage", "Les commerçants du bourg",
    ]
    static let verbs = [
        "repèrent", "organisent", "suivent", "accompagnent", "réhabilitent", "évaluent", "cartographient",
        "partagent", "coordonnent", "préparent", "animent", "documentent",
    ]
    static let objects = [
        "les haies bocagères et les talus du bassin versant", "un atelier de réparation de vélos ouvert le samedi",
        "les zones humides oubliées des cartes", "un jardin partagé derrière la salle polyvalente",
        "la rénovation énergétique des logements les plus anciens", "les circuits courts vers la cantine scolaire",
        "un réseau d’entraide entre voisins âgés", "les mesures de qualité de l’eau, chaque mois",
        "le covoiturage vers la gare et les zones d’activité", "une œuvre collective sur la mémoire du littoral",
        "des permanences « énergie » pour les foyers modestes", "l’inventaire des arbres remarquables",
    ]
    static let tails = [
        "avec l’appui des services de la communauté de communes", "en lien étroit avec les associations du territoire",
        "sans laisser personne de côté", "à raison d’une séance par mois, hors vacances scolaires",
        "pour un coût estimé à %AMOUNT", "dès l’automne %YEAR", "et publient leurs résultats en ligne",
        "selon la méthode décidée ensemble en réunion publique", "avec un budget de %AMOUNT sur trois ans",
        "au plus près des hameaux éloignés du bourg",
    ]
    static let asides = [
        "Rien n’est figé : le calendrier s’ajuste aux saisons et aux disponibilités de chacun.",
        "Les volontaires reçoivent une formation courte — deux demi-journées — avant de commencer.",
        "Un bilan est présenté chaque année en commission ; il dit aussi ce qui n’a pas marché.",
        "Les données recueillies restent ouvertes : chacun peut les consulter et les réutiliser.",
        "L’écologie n’est pas un luxe ; c’est une affaire de santé, de factures et de voisinage !",
        "Qui décide ? La commission propose, le conseil municipal délibère, les habitants sont tenus informés.",
        "On compte environ %COUNT participants par séance, dont une bonne moitié de nouveaux venus.",
    ]
    static let commentLines = [
        "# Rédaction : version relue en commission le 12 février, à reprendre après l’été",
        "# Le budget tient compte de la subvention régionale (dossier déposé en mars)",
        "# Voir aussi l’objectif sur l’eau, plus haut dans le fichier",
        "# NB : le pilote pourra changer après les élections de 2026",
        "# Action héritée du précédent plan climat (2019–2025), reformulée",
    ]
    static let titles = [
        "Chantiers participatifs de plantation", "Atelier vélo itinérant", "Permanences énergie dans les bourgs",
        "Cantine : du champ à l’assiette", "Réseau des sentinelles de la rivière", "Fête des initiatives locales",
        "Inventaire participatif des zones humides", "Covoiturage solidaire vers la gare",
        "Maison de la transition : un lieu ouvert à tous", "Parcours « nature » pour les écoles",
    ]
    static let objectiveTitles = [
        "Reconquérir la qualité de l’eau", "Nourrir le territoire avec ses fermes", "Diviser par deux la facture d’énergie des foyers",
        "Des bourgs vivants à tout âge", "Préserver la biodiversité ordinaire", "Se déplacer sans voiture individuelle",
    ]
    static let participations = ["information", "consultation", "concertation", "co-construction", "coopération", "négociation"]
}

extension RealisticPacte {
    /// Writes one pacte, a declaration after another, into `text`.
    struct Writer {
        var text = ""
        private var random: SplitMix

        init(seed: UInt64) {
            random = SplitMix(seed: seed)
        }

        mutating func pick<T>(_ values: [T]) -> T { values[random.next(values.count)] }

        /// `12 000 €` with a no-break space, a narrow one or a plain space; sometimes cents.
        mutating func amount() -> String {
            let thousands = 1 + random.next(180)
            let hundreds = random.next(10) * 100
            let separator = pick(["\u{00A0}", "\u{202F}", " "])
            let cents = random.next(4) == 0 ? ",50" : ""
            return "\(thousands)\(separator)\(String(hundreds).leftPadded(to: 3))\(cents)\u{00A0}€"
        }

        mutating func sentence() -> String {
            var sentence = "\(pick(RealisticPacte.subjects)) \(pick(RealisticPacte.verbs)) \(pick(RealisticPacte.objects)), \(pick(RealisticPacte.tails))."
            if sentence.contains("%AMOUNT") { sentence = sentence.replacingFirst("%AMOUNT", with: amount()) }
            if sentence.contains("%YEAR") { sentence = sentence.replacingFirst("%YEAR", with: String(2026 + random.next(5))) }
            return sentence
        }

        mutating func aside() -> String {
            pick(RealisticPacte.asides).replacingFirst("%COUNT", with: String(8 + random.next(40)))
        }

        /// A text block of paragraphs, wrapped at about 76 columns, indented under its property.
        mutating func textBlock(indent: String, paragraphs: Int) -> String {
            var lines: [String] = []
            for paragraph in 0..<paragraphs {
                if paragraph > 0 { lines.append("") }
                if paragraph > 0, random.next(3) == 0 {
                    // A list, as the text blocks allow.
                    for _ in 0..<(2 + random.next(3)) { lines.append("- " + pick(RealisticPacte.objects).capitalizedFirst + " ;") }
                    continue
                }
                var words: [Substring] = []
                for index in 0..<(2 + random.next(3)) {
                    let part = index == 1 && random.next(2) == 0 ? aside() : sentence()
                    words += part.split(separator: " ")
                }
                if random.next(4) == 0, words.count > 3 { words[2] = "*" + words[2] + "*" }
                var line = ""
                for word in words {
                    if !line.isEmpty, line.unicodeScalars.count + word.unicodeScalars.count > 74 {
                        lines.append(line)
                        line = ""
                    }
                    line += line.isEmpty ? String(word) : " " + word
                }
                lines.append(line)
            }
            let body = lines.map { $0.isEmpty ? "" : indent + "  " + $0 }.joined(separator: "\n")
            return "\"\"\"\n" + body + "\n" + indent + "  \"\"\""
        }

        mutating func write(actions: Int) {
            let place = pick(RealisticPacte.places)
            let objectives = max(2, actions / 5)
            let signatories = max(4, min(400, actions / 6))
            let persons = max(12, min(800, actions / 3))
            let spaces = max(2, min(40, actions / 150))
            text.reserveCapacity(actions * 1_400 + 20_000)
            text += """
            # Pacte de coopération pour les transitions — \(place) (territoire fictif)
            #
            # Ce fichier est la source du pacte : on le relit en revue comme du code,
            # on le vérifie avec `pacte check` et on l’imprime avec `pacte build`.

            pacte "Pacte de coopération pour les transitions de \(place)" {
              territoire: "Commune de \(place) (3 400 habitants)"
              échelon: commune
              forme: commission-extra-municipale # art. L2143-2 CGCT
              période: 2026..2031
              langue: fr
              adoption: 2026-04-10
            }

            # Ce qui nous réunit : la vision, puis la charte
            vision {
              horizon: 2040
              texte: \(textBlock(indent: "  ", paragraphs: 3))
              priorité eau "Des rivières et un littoral en bonne santé" {
                texte: "Les cours d’eau retrouvent leur continuité ; la qualité de l’eau progresse chaque année."
              }
              priorité assiette "Une alimentation locale, du champ à la cantine"
              priorité energie "Un territoire sobre qui produit son énergie" {
                texte: \(textBlock(indent: "    ", paragraphs: 1))
              }
            }

            charte {
              engagement franchise "Se parler franchement, dire ce que chacun peut faire et ce qu’il ne peut pas faire"
              engagement "Laisser à chaque partenaire le temps de consulter ses instances avant de s’engager"
              engagement "Aller chercher celles et ceux qu’on n’entend jamais : les jeunes, les foyers modestes, les hameaux"
            }

            # Les signataires : la collectivité d’abord, puis la société civile.
            # Leurs représentants sont déclarés plus bas, avec les personnes.
            signataire mairie "Commune de \(place)" {
              collège: collectivité
              représentant: personne-0 # le maire ou son adjointe
            }

            """
            let colleges = ["association", "économique", "social", "culturel", "habitant"]
            let kindsOfBody = ["Association", "Collectif", "SCIC", "Centre social", "Compagnie", "Café associatif"]
            for index in 1..<signatories {
                let name = "\(pick(kindsOfBody)) \(pick(RealisticPacte.lastNames)) n° \(index)"
                let college = colleges[index % colleges.count]
                if index % 3 == 0 {
                    text += "signataire structure-\(index) \"\(name)\" { collège: \(college); représentant: personne-\(index % persons) }\n"
                } else {
                    text += "signataire structure-\(index) \"\(name)\" { collège: \(college) }\n"
                }
            }
            text += "\n# Les personnes : membres des espaces de coopération et représentants\n"
            let roles = ["élu", "agent", "acteur", "habitant"]
            for index in 0..<persons {
                let (first, gender) = RealisticPacte.firstNames[index % RealisticPacte.firstNames.count]
                let last = pick(RealisticPacte.lastNames)
                let structure = index % 4 == 0 ? "mairie" : "structure-\(1 + index % (signatories - 1))"
                let young = index % 7 == 3 ? "; jeune: oui" : ""
                text += "personne personne-\(index) \"\(first) \(last)\" { genre: \(gender); rôle: \(roles[index % 4]); structure: \(structure)\(young) }\n"
            }
            // Objectives, each followed by its actions; some actions point at
            // an objective declared further down.
            let priorities = ["eau", "assiette", "energie"]
            var action = 0
            for objective in 0..<objectives {
                text += """

                # ---------------------------------------------------------------------------
                # Objectif \(objective + 1)
                # ---------------------------------------------------------------------------
                objectif objectif-\(objective) "\(pick(RealisticPacte.objectiveTitles)) (\(objective + 1))" {
                  priorité: \(priorities[objective % priorities.count])
                  indicateur: "part des foyers concernés, mesurée chaque année en décembre"
                  cible: "\(30 + objective % 50) % en 2031"
                }

                """
                let last = objective == objectives - 1 ? actions : min(actions, (objective + 1) * actions / objectives)
                while action < last {
                    writeAction(action, objective: action % 9 == 4 && objective + 1 < objectives ? objective + 1 : objective,
                                signatories: signatories)
                    action += 1
                }
            }
            // An objective that no action serves yet, waived below.
            text += """

            objectif objectif-en-attente "Un objectif que le prochain plan déclinera en actions" {
              indicateur: "à définir avec la commission"
            }

            """
            writeSpaces(spaces, persons: persons, signatories: signatories)
            text += """

            financement {
              fonds-initiatives: 15\u{00A0}000 €
              conventions: pluriannuelles
              engagement "Financer l’animation de la commission et les frais de déplacement des bénévoles" { par: collectivité }
              engagement "Chercher des cofinancements auprès des fondations, de la Région et de l’Europe" { par: associations }
            }

            # Les exceptions assumées, imprimées en annexe du pacte
            dérogation P0310 "Certaines actions sont financées sur le budget ordinaire des services : pas de ligne propre"
            dérogation P0316 "L’objectif en attente sera décliné en actions lors de la révision à mi-parcours"

            """
        }

        mutating func writeAction(_ index: Int, objective: Int, signatories: Int) {
            if random.next(3) == 0 { text += pick(RealisticPacte.commentLines) + "\n" }
            let partners = (0..<(1 + random.next(4))).map { _ in "structure-\(1 + random.next(signatories - 1))" }
            let pilot = index % 5 == 0 ? "mairie" : "structure-\(1 + index % (signatories - 1))"
            let start = 2026 + random.next(3)
            let month = 1 + random.next(12)
            let budget = index % 11 == 7 ? "" : "  budget: \(amount())\n"
            text += """
            action action-\(index) "\(pick(RealisticPacte.titles)) — volet \(index + 1)" {
              objectif: objectif-\(objective)
              description: \(textBlock(indent: "  ", paragraphs: 1 + random.next(3)))
              pilote: \(pilot)
              partenaires: [\(Set(partners).sorted().joined(separator: ", "))]
            \(budget)  participation: \(pick(RealisticPacte.participations))
              calendrier: \(start)-\(String(month).leftPadded(to: 2, with: "0"))..\(min(2031, start + 2 + random.next(3)))-06
            }

            """
        }

        /// Spaces of eight members each: four women and four men, an élu,
        /// an agent, actors and inhabitants, a young one on the youth seat.
        mutating func writeSpaces(_ count: Int, persons: Int, signatories: Int) {
            for space in 0..<count {
                // personne-i has the gender of firstNames[i % 16], alternating; roles cycle by 4;
                // persons 3, 10, 17… are young (index % 7 == 3).
                let base = (space * 16) % max(16, persons - 16)
                var members = (base..<(base + 8)).map { "personne-\($0)" }
                let young = (base...).first { $0 % 7 == 3 && $0 >= base + 8 }!
                // Replace a member of the young one's gender so that parity holds.
                let replaced = members.firstIndex { Int($0.dropFirst(9))! % 2 == young % 2 }!
                members[replaced] = "personne-\(young)"
                let voters = members.prefix(6).joined(separator: ", ")
                text += """

                espace espace-\(space) "Commission des transitions n° \(space + 1)" {
                  type: transitions
                  missions: \(textBlock(indent: "  ", paragraphs: 2))
                  membres: [\(members.joined(separator: ", "))]
                  siège-jeunesse: personne-\(young)
                  parité: 1
                  gouvernance {
                    ordre-du-jour: [mairie, structure-\(1 + space % (signatories - 1))]
                    participants: membres
                    décision: \(space % 2 == 0 ? "consentement" : "vote")
                \(space % 2 == 0 ? "" : "    votants: [\(voters)]\n    majorité: 2/3\n")    retour: systématique
                    pilotes: [\(members[0]), \(members[1])]
                    fréquence: trimestrielle
                  }
                  engagement "Rendre compte de chaque avis rendu, dans le mois qui suit" { par: collectivité }
                }

                """
            }
        }
    }

    /// A small, fast, seeded generator: the same seed writes the same pacte.
    struct SplitMix {
        private var state: UInt64

        init(seed: UInt64) { state = seed }

        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }

    fileprivate var capitalizedFirst: String {
        prefix(1).uppercased() + dropFirst()
    }

    fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
