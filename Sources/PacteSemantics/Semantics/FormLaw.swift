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
                report: LocalizedText(fr: "un rapport annuel communiqué au conseil municipal", en: "an annual report sent to the municipal council"),
                excludesCouncillors: false, parityBound: nil, isUnpaid: false)
        case .commissionExtraIntercommunale:
            FormLaw(
                form: form,
                articles: [Article(number: "L5211-49-1", code: "CGCT", version: LocalizedText(fr: "créé par la loi n° 2002-276 du 27 février 2002", en: "created by Act no. 2002-276 of 27 February 2002"))],
                levels: [.intercommunalité],
                deliberatingBody: LocalizedText(fr: "l’organe délibérant de l’établissement public de coopération intercommunale", en: "the council of the intermunicipal body"),
                presidency: .unspecified, term: .oneYear,
                report: nil, excludesCouncillors: false, parityBound: nil, isUnpaid: false)
        case .conseilDeDéveloppement:
            FormLaw(
                form: form,
                articles: [Article(number: "L5211-10-1", code: "CGCT", version: LocalizedText(fr: "version du 29 décembre 2023", en: "version of 29 December 2023"))],
                levels: [.intercommunalité, .pays],
                deliberatingBody: LocalizedText(fr: "l’organe délibérant de l’établissement public de coopération intercommunale", en: "the council of the intermunicipal body"),
                presidency: .unspecified, term: .unspecified,
                report: LocalizedText(fr: "un rapport d’activité, examiné et débattu par l’organe délibérant", en: "an activity report, examined and debated by the council"),
                excludesCouncillors: true, parityBound: 1, isUnpaid: true)
        case .conseilAlimentaire, .conseilÉnergie, .conseilBiodiversité, .autre:
            // No article: a body for concertation that the pacte itself creates.
            FormLaw(form: form, articles: [], levels: Level.allCases, deliberatingBody: nil,
                    presidency: .unspecified, term: .unspecified, report: nil,
                    excludesCouncillors: false, parityBound: nil, isUnpaid: false)
        }
    }

    /// The legal basis printed at the head of the pacte: the row's article,
    /// where it names one level.
    var legalBasis: LegalBasis? {
        guard let article = articles.first, levels.count == 1 else { return nil }
        return LegalBasis(article: article.number, code: article.code, requiredLevel: levels[0])
    }

    /// « art. L2143-2 du CGCT » for every article, or nil.
    public func citation(_ language: Language) -> String? {
        articles.isEmpty ? nil : articles.map { $0.citation(language) }.joinedAsList(language)
    }
}

/// The general municipal elections, which end the mandate in course: a
/// commission under L2143-2 is composed for that mandate at most.
public enum MunicipalElections {
    /// The years of the general elections, each in March: 2020, 2026, then
    /// every six years (art. L227 du code électoral: councillors are elected
    /// for six years; the 2026 elections were held in March 2026).
    public static func nextAfter(_ date: CalendarDate) -> CalendarDate {
        var year = 2026
        // The mandate in course on `date` ends at the next March election.
        while CalendarDate(year: year, month: 3, day: 15) <= date { year += 6 }
        return CalendarDate(year: year, month: 3, day: 15)
    }

    /// The source of the dates, cited in `explain`.
    public static let source = LocalizedText(
        fr: "art. L227 du code électoral : les conseillers municipaux sont élus pour six ans ; renouvellement général en mars 2026, puis en mars 2032",
        en: "art. L227 of the electoral code: municipal councillors are elected for six years; general elections in March 2026, then March 2032")
}
