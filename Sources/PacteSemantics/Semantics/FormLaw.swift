import PacteCore
import PacteSchema

/// The law of each legal form (DESIGN §2.4, v1): one row per `forme`,
/// from which the checks (P0312, P0313, P0325–P0328) and their `explain`
/// pages are derived. Adding a form is adding a row.
///
/// Each row says only what its article says, as read in the version cited.
public struct FormLaw: Hashable, Sendable {
    /// An article of a code, with the version read.
    public struct Article: Hashable, Sendable {
        /// The article, such as `L2143-2`.
        public var number: String
        /// The code: `CGCT`, the Code général des collectivités territoriales.
        public var code: String
        /// The version read, as Légifrance dates it.
        public var version: LocalizedText

        /// « art. L2143-2 du CGCT ».
        public func citation(_ language: Language) -> String {
            language == .fr ? "art. \(number) du \(code)" : "art. \(number) \(code)"
        }
    }

    /// Who presides over the space, as the law says.
    public enum Presidency: Hashable, Sendable {
        /// A member of the municipal council, designated by the mayor (L2143-2).
        case councilMemberDesignatedByMayor
        /// The law says nothing: the space or the pacte decides.
        case unspecified

        /// Who the law says presides, for a sentence: « un membre du conseil municipal désigné par le maire ».
        public var rule: LocalizedText? {
            switch self {
            case .councilMemberDesignatedByMayor:
                LocalizedText(fr: "un membre du conseil municipal désigné par le maire", en: "a member of the municipal council designated by the mayor")
            case .unspecified: nil
            }
        }
    }

    /// How long members sit, as the law says.
    public enum Term: Hashable, Sendable {
        /// No longer than the municipal mandate in course (L2143-2).
        case currentMunicipalMandate
        /// One year (L5211-49-1).
        case oneYear
        /// The law says nothing.
        case unspecified
    }

    /// The form this row is about.
    public var form: LegalForm
    /// The articles it rests on; none for a form the pacte itself creates.
    public var articles: [Article]
    /// The levels of local government that may create it.
    public var levels: [Level]
    /// The body that creates it and fixes its composition.
    public var deliberatingBody: LocalizedText?
    public var presidency: Presidency
    public var term: Term
    /// How its composition is fixed, as a sentence of the act.
    public var composition: LocalizedText?
    /// What its opinions and proposals weigh, as a sentence of the act.
    public var opinions: LocalizedText?
    /// The report the law asks of the space, if any.
    public var report: LocalizedText?
    /// Whether the councillors of the creating body may not be members
    /// (L5211-10-1: community councillors).
    public var excludesCouncillors: Bool
    /// The largest gap between women and men the law allows, if it sets one.
    public var parityBound: Int?
    /// Whether the law makes membership unpaid.
    public var isUnpaid: Bool

    /// The row of `form`.
    public static func of(_ form: LegalForm) -> FormLaw {
        table.first { $0.form == form }!
    }

    /// The table, one row per form, in the order of ``LegalForm``.
    public static let table: [FormLaw] = LegalForm.allCases.map(row)

    private static func row(_ form: LegalForm) -> FormLaw {
        switch form {
        case .commissionExtraMunicipale:
            FormLaw(
                form: form,
                articles: [Article(number: "L2143-2", code: "CGCT", version: LocalizedText(fr: "rédaction issue de la loi n° 2002-276 du 27 février 2002", en: "as worded by Act no. 2002-276 of 27 February 2002"))],
                levels: [.commune],
                deliberatingBody: LocalizedText(fr: "le conseil municipal, sur proposition du maire", en: "the municipal council, on the mayor’s proposal"),
                presidency: .councilMemberDesignatedByMayor, term: .currentMunicipalMandate,
                composition: LocalizedText(
                    fr: "La composition de l’espace est fixée par le conseil municipal, sur proposition du maire, pour une durée qui ne peut excéder celle du mandat municipal en cours.",
                    en: "The space’s membership is fixed by the municipal council, on the mayor’s proposal, for a term that cannot exceed the current term of the municipal council."),
                opinions: LocalizedText(
                    fr: "Le maire peut consulter l’espace, qui peut lui transmettre des propositions ; ses avis ne lient pas le conseil municipal, qui seul décide.",
                    en: "The mayor may consult the space, which may send the mayor proposals; its opinions do not bind the municipal council, which alone decides."),
                // The text in force since 2002 owes no annual report (the
                // one of 1992 did): the act states none under the article.
                report: nil,
                excludesCouncillors: false, parityBound: nil, isUnpaid: false)
        case .commissionExtraIntercommunale:
            FormLaw(
                form: form,
                articles: [Article(number: "L5211-49-1", code: "CGCT", version: LocalizedText(fr: "créé par la loi n° 2002-276 du 27 février 2002", en: "created by Act no. 2002-276 of 27 February 2002"))],
                levels: [.intercommunalité],
                deliberatingBody: LocalizedText(fr: "l’organe délibérant de l’établissement public de coopération intercommunale", en: "the council of the intermunicipal body"),
                presidency: .unspecified, term: .oneYear,
                composition: LocalizedText(
                    fr: "La composition de l’espace est fixée par l’organe délibérant de l’établissement ; ses membres sont désignés pour une année, en raison de leur représentativité ou de leur compétence.",
                    en: "The space’s composition is fixed by the council of the intermunicipal body; its members are designated for one year, for their representativeness or their competence."),
                opinions: LocalizedText(
                    fr: "Le président de l’établissement peut consulter l’espace, qui peut lui transmettre des propositions ; ses avis ne lient pas l’organe délibérant, qui seul décide.",
                    en: "The president of the intermunicipal body may consult the space, which may send the president proposals; its opinions do not bind the council, which alone decides."),
                report: nil, excludesCouncillors: false, parityBound: nil, isUnpaid: false)
        case .conseilDeDéveloppement:
            FormLaw(
                form: form,
                articles: [Article(number: "L5211-10-1", code: "CGCT", version: LocalizedText(fr: "version du 29 décembre 2023", en: "version of 29 December 2023"))],
                levels: [.intercommunalité, .pays],
                deliberatingBody: LocalizedText(fr: "l’organe délibérant de l’établissement public de coopération intercommunale", en: "the council of the intermunicipal body"),
                presidency: .unspecified, term: .unspecified,
                composition: LocalizedText(
                    fr: "La composition de l’espace est fixée par délibération, de sorte que l’écart entre le nombre de femmes et le nombre d’hommes ne soit pas supérieur à un et que la population soit représentée dans ses différentes classes d’âge ; les conseillers communautaires n’en sont pas membres.",
                    en: "The space’s composition is fixed by a council decision, so that the gap between the number of women and of men is not over one and that the population is represented in its age groups; community councillors are not members."),
                opinions: LocalizedText(
                    fr: "L’espace s’organise librement ; il est consulté sur l’élaboration du projet de territoire.",
                    en: "The space organises itself freely; it is consulted on the drawing up of the territorial project."),
                report: LocalizedText(fr: "L’espace établit un rapport d’activité, examiné et débattu par l’organe délibérant.", en: "The space draws up an activity report, examined and debated by the council."),
                excludesCouncillors: true, parityBound: 1, isUnpaid: true)
        case .conseilAlimentaire, .conseilÉnergie, .conseilBiodiversité, .autre:
            // No article: a body for concertation that the pacte itself creates.
            FormLaw(form: form, articles: [], levels: Level.allCases, deliberatingBody: nil,
                    presidency: .unspecified, term: .unspecified,
                    composition: nil,
                    opinions: LocalizedText(
                        fr: "L’espace est une instance de concertation que crée le présent pacte ; elle n’a pas de base légale propre, et ses avis ne lient pas les signataires.",
                        en: "The space is a body for concertation created by this pacte; it has no legal basis of its own, and its opinions do not bind the signatories."),
                    report: nil,
                    excludesCouncillors: false, parityBound: nil, isUnpaid: false)
        }
    }

    /// The legal basis printed at the head of the pacte: the row's article,
    /// where it names one level.
    var legalBasis: LegalBasis? {
        guard let article = articles.first, levels.count == 1 else { return nil }
        return LegalBasis(article: article.number, code: article.code, requiredLevel: levels[0])
    }

    /// The clauses the act states for a space of this form, in plain
    /// sentences: who presides (`president`, if the space names one, else
    /// the legal rule), how the composition is fixed, what opinions weigh,
    /// the report owed, unpaid membership.
    public func clauses(presidedBy president: String?) -> [LocalizedText] {
        var clauses: [LocalizedText] = []
        if let president {
            clauses.append(LocalizedText(fr: "L’espace est présidé par \(president).", en: "The space is chaired by \(president)."))
        } else if let rule = presidency.rule {
            clauses.append(LocalizedText(fr: "L’espace est présidé par \(rule.fr).", en: "The space is chaired by \(rule.en)."))
        }
        clauses += [composition, opinions, report].compactMap { $0 }
        if isUnpaid {
            clauses.append(LocalizedText(fr: "Les fonctions de membre de l’espace ne sont pas rémunérées.", en: "The space’s members are not paid for their duties."))
        }
        return clauses
    }

    /// « art. L2143-2 du CGCT, rédaction issue de la loi … »: the articles
    /// of `form` with the version read, for an `explain` page.
    public static func source(of form: LegalForm, _ language: Language) -> String {
        of(form).articles.map { $0.citation(language) + ", " + $0.version.text(in: language) }.joinedAsList(language)
    }

    /// « art. L2143-2 du CGCT » for every article, or nil.
    public func citation(_ language: Language) -> String? {
        articles.isEmpty ? nil : articles.map { $0.citation(language) }.joinedAsList(language)
    }
}

/// The general municipal elections, which end the mandate in course: a
/// commission under L2143-2 is composed for that mandate at most.
public enum MunicipalElections {
    /// The month of the next general elections after `date`: March 2026,
    /// then every six years (art. L227 du code électoral: councillors are
    /// elected for six years; the 2026 elections were held in March 2026).
    ///
    /// The table knows the elections by their month, as DESIGN §2.4 and the
    /// code do; a date in the month of the elections is taken to be the new
    /// council's, whose first sittings fall in that month. A pacte adopted
    /// on 14 March 2026 is thus read as one of the council elected in
    /// March 2026, not as the last act of the one before.
    public static func nextAfter(_ date: CalendarDate) -> CalendarDate {
        var year = 2026
        while CalendarDate(year: year, month: 3) <= date.firstDay { year += 6 }
        return CalendarDate(year: year, month: 3)
    }

    /// The source of the dates, cited in `explain`.
    public static let source = LocalizedText(
        fr: "art. L227 du code électoral : les conseillers municipaux sont élus pour six ans ; renouvellement général en mars 2026, puis en mars 2032",
        en: "art. L227 of the electoral code: municipal councillors are elected for six years; general elections in March 2026, then March 2032")
}
