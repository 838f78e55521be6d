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

    func role(_ role: Role) -> String {
        switch role {
        case .élu: self("élu·e", "elected official")
        case .agent: self("agent", "officer")
        case .acteur: self("acteur·rice", "stakeholder")
        case .habitant: self("habitant·e", "inhabitant")
        }
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

private extension String {
    func replacingDot(_ replacement: String) -> String {
        split(separator: ".", omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
