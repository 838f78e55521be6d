import PacteCore
import PacteSchema
import PacteSemantics

/// The words of the printed document in its two languages, and the
/// spelling of enum values for readers (not the file's keywords).
struct Labels {
    let language: Language

    func callAsFunction(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    func level(_ level: Level) -> String {
        switch level {
        case .commune: self("Commune", "Municipality")
        case .intercommunalité: self("Intercommunalité", "Intermunicipal authority")
        case .pays: self("Pays", "Pays (territorial grouping)")
        case .département: self("Département", "Department")
        case .région: self("Région", "Region")
        }
    }

    func form(_ form: LegalForm) -> String {
        switch form {
        case .commissionExtraMunicipale: self("Commission extra-municipale", "Extra-municipal commission")
        case .commissionExtraIntercommunale: self("Commission extra-intercommunale", "Extra-intermunicipal commission")
        case .conseilAlimentaire: self("Conseil alimentaire", "Food council")
        case .conseilÉnergie: self("Conseil de l’énergie", "Energy council")
        case .conseilBiodiversité: self("Conseil de la biodiversité", "Biodiversity council")
        case .conseilDeDéveloppement: self("Conseil de développement", "Development council")
        case .autre: self("Autre forme", "Other form")
        }
    }

    func college(_ college: College) -> String {
        switch college {
        case .collectivité: self("Collectivité", "Local government")
        case .association: self("Association", "Association")
        case .économique: self("Acteur économique", "Economic actor")
        case .social: self("Acteur social", "Social actor")
        case .culturel: self("Acteur culturel", "Cultural actor")
        case .habitant: self("Habitants", "Inhabitants")
        }
    }

    /// A role in agreement with the person's gender: `élue` for a woman,
    /// `élu` for a man, the inclusive `élu·e` only when the gender is not
    /// known (or is neither).
    func role(_ role: Role, gender: Gender?) -> String {
        let (masculine, feminine, inclusive, english): (String, String, String, String) = switch role {
        case .élu: ("élu", "élue", "élu·e", "elected official")
        case .agent: ("agent", "agente", "agent·e", "officer")
        case .acteur: ("acteur", "actrice", "acteur·rice", "stakeholder")
        case .habitant: ("habitant", "habitante", "habitant·e", "inhabitant")
        }
        switch gender {
        case .homme: return self(masculine, english)
        case .femme: return self(feminine, english)
        case .autre, .nonPrécisé, nil: return self(inclusive, english)
        }
    }

    /// A count as a careful writer puts it in a sentence: in words up to
    /// sixteen (`deux femmes`, `une personne`), in figures beyond; the noun
    /// in the plural from two on, as French and English both have it.
    func count(_ number: Int, _ singular: (fr: String, en: String), _ plural: (fr: String, en: String), feminine: Bool) -> String {
        let frenchWords = ["zéro", feminine ? "une" : "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
                           "onze", "douze", "treize", "quatorze", "quinze", "seize"]
        let englishWords = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen"]
        let fr = (number < frenchWords.count ? frenchWords[number] : String(number)) + " " + (number > 1 ? plural.fr : singular.fr)
        let en = (number < englishWords.count ? englishWords[number] : String(number)) + " " + (number == 1 ? singular.en : plural.en)
        return self(fr, en)
    }

    /// The parity of a space in one sentence, without figures in
    /// parentheses: who sits, and whether the gap is within the tolerance.
    /// Parity is never said to be reached while a member's gender is not
    /// known: it cannot be measured.
    func parity(_ parity: ParityCount) -> String {
        let women = count(parity.women, ("femme", "woman"), ("femmes", "women"), feminine: true)
        let men = count(parity.men, ("homme", "man"), ("hommes", "men"), feminine: false)
        var members = parity.women + parity.men > 0 ? self("\(women) et \(men)", "\(women) and \(men)") : ""
        if parity.other > 0 {
            let others = count(parity.other, ("personne d’un autre genre", "person of another gender"), ("personnes d’un autre genre", "people of another gender"), feminine: true)
            members += members.isEmpty ? others : self(", ", ", ") + others
        }
        let tolerance = count(parity.tolerance, ("personne", "person"), ("personnes", "people"), feminine: true)
        if parity.unspecified > 0 {
            let unknown = count(parity.unspecified, ("membre dont le genre n’est pas précisé", "member whose gender is not given"),
                                ("membres dont le genre n’est pas précisé", "members whose gender is not given"), feminine: false)
            let listed = members.isEmpty ? unknown : members + self(", et ", ", and ") + unknown
            return self("Parité : \(listed) ; elle ne pourra être vérifiée qu’une fois le genre de chaque membre précisé.",
                        "Parity: \(listed); it can only be checked once every member’s gender is given.")
        }
        if parity.gap == 0 {
            return self("Parité : \(members) ; la parité est respectée.", "Parity: \(members); parity is respected.")
        }
        let gap = count(parity.gap, ("personne", "person"), ("personnes", "people"), feminine: true)
        if parity.isReached {
            return self("Parité : \(members) ; l’écart d’\(gap) reste dans la tolérance fixée à \(tolerance).",
                        "Parity: \(members); the gap of \(gap) is within the tolerance of \(tolerance).")
        }
        return self("Parité : \(members) ; l’écart de \(gap) dépasse la tolérance fixée à \(tolerance) : la parité n’est pas atteinte.",
                    "Parity: \(members); the gap of \(gap) exceeds the tolerance of \(tolerance): parity is not reached.")
    }

    func participation(_ level: ParticipationLevel) -> String {
        switch level {
        case .information: self("Information", "Information")
        case .consultation: self("Consultation", "Consultation")
        case .concertation: self("Concertation", "Concertation")
        case .coConstruction: self("Co-construction", "Co-design")
        case .coopération: self("Coopération", "Cooperation")
        case .négociation: self("Négociation", "Negotiation")
        }
    }

    func decision(_ rule: DecisionRule) -> String {
        switch rule {
        case .consensus: self("au consensus", "by consensus")
        case .consentement: self("au consentement (sans objection majeure)", "by consent (no major objection)")
        case .vote: self("par un vote", "by a vote")
        }
    }

    func frequency(_ frequency: MeetingFrequency) -> String {
        switch frequency {
        case .mensuelle: self("chaque mois", "every month")
        case .trimestrielle: self("chaque trimestre", "every quarter")
        case .semestrielle: self("chaque semestre", "every six months")
        case .annuelle: self("chaque année", "every year")
        }
    }

    func agreements(_ term: AgreementTerm) -> String {
        switch term {
        case .annuelles: self("annuelles", "annual")
        case .pluriannuelles: self("pluriannuelles", "multi-year")
        }
    }

    func party(_ party: CommittingParty) -> String {
        switch party {
        case .collectivité: self("La collectivité s’engage à", "The local government commits to")
        case .associations: self("Les associations s’engagent à", "The associations commit to")
        }
    }

    func ratio(_ ratio: Ratio) -> String {
        switch ratio {
        case .fraction(let numerator, let denominator):
            switch (numerator, denominator) {
            case (1, 2): self("la moitié des voix", "half of the votes")
            case (2, 3): self("les deux tiers des voix", "two thirds of the votes")
            case (3, 4): self("les trois quarts des voix", "three quarters of the votes")
            default: self("\(numerator)/\(denominator) des voix", "\(numerator)/\(denominator) of the votes")
            }
        case .percent(let share): self("\(share.description.replacingDot(","))\u{00A0}% des voix", "\(share.description)% of the votes")
        }
    }
}

extension String {
    func replacingDot(_ replacement: String) -> String {
        split(separator: ".", omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
