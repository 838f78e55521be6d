import PacteCore

// The language of DESIGN §2.3 as one table. Resolution, did-you-mean, the
// JSON keys, the JSON Schema and the docs are all read from it.

private let committingParty = PropertySchema(
    "par", "by", .enumeration(EnumSchema(CommittingParty.self, name: "par")), .optional,
    text("qui prend l’engagement : la collectivité ou les associations", "who makes the commitment: the local government or the associations"))

/// A commitment of the charter: a sentence, optionally named.
private let charterCommitment = KindSchema(
    .engagement, english: "commitment", idPresence: .optional, titlePresence: .required, cardinality: .many,
    summary: text("un engagement de posture ou de méthode", "a commitment of posture or method"))

/// A commitment of one side, inside a space or the funding.
private let sideCommitment = KindSchema(
    .engagement, english: "commitment", idPresence: .optional, titlePresence: .required, cardinality: .many,
    properties: [committingParty],
    summary: text("un engagement pris par la collectivité ou par les associations", "a commitment made by the local government or by the associations"))

private let personList: [KindID] = [.personne]
private let actorList: [KindID] = [.signataire, .personne]

extension Schema {
    /// The schema of the pacte language.
    public static let pacte = Schema(topLevel: [
        KindSchema(
            .pacte, english: "pact", idPresence: .forbidden, titlePresence: .optional, cardinality: .exactlyOne,
            properties: [
                PropertySchema("territoire", "territory", .string, .required,
                               text("le territoire couvert par le pacte", "the territory the pacte covers")),
                PropertySchema("échelon", "level", .enumeration(EnumSchema(Level.self, name: "échelon")), .required,
                               text("l’échelon de la collectivité", "the level of the local government")),
                PropertySchema("forme", "form", .enumeration(EnumSchema(LegalForm.self, name: "forme")), .required,
                               text("la forme juridique de l’espace de coopération", "the legal form of the cooperation space")),
                PropertySchema("période", "period", .yearRange, .required,
                               text("les années couvertes par le plan d’actions", "the years the action plan covers")),
                PropertySchema("langue", "language", .enumeration(EnumSchema(Language.self, name: "langue")), .optional,
                               text("la langue du document imprimé (fr par défaut)", "the language of the printed document (fr by default)")),
                PropertySchema("adoption", "adoption", .date, .optional,
                               text("la date d’adoption par l’assemblée", "the date the council adopted it")),
            ],
            summary: text("le pacte lui-même : territoire, forme juridique, période", "the pacte itself: territory, legal form, period")),
        KindSchema(
            .vision, english: "vision", idPresence: .forbidden, titlePresence: .forbidden, cardinality: .atMostOne,
            properties: [
                PropertySchema("horizon", "horizon", .year, .optional, text("l’année visée", "the year aimed at")),
                PropertySchema("texte", "text", .text, .optional, text("la vision partagée", "the shared vision")),
            ],
            children: [
                KindSchema(
                    .priorité, english: "priority", idPresence: .required, titlePresence: .required, cardinality: .many,
                    properties: [PropertySchema("texte", "text", .text, .optional, text("ce que recouvre la priorité", "what the priority covers"))],
                    summary: text("une priorité de la vision", "a priority of the vision")),
            ],
            summary: text("la vision partagée et ses priorités", "the shared vision and its priorities")),
        KindSchema(
            .charte, english: "charter", idPresence: .forbidden, titlePresence: .forbidden, cardinality: .atMostOne,
            children: [charterCommitment],
            summary: text("la charte de coopération", "the cooperation charter")),
        KindSchema(
            .signataire, english: "signatory", idPresence: .required, titlePresence: .optional, cardinality: .many,
            properties: [
                PropertySchema("collège", "college", .enumeration(EnumSchema(College.self, name: "collège")), .required,
                               text("le collège du signataire", "the signatory’s college")),
                PropertySchema("représentant", "representative", .reference([.personne]), .optional,
                               text("la personne qui signe en son nom", "the person who signs on its behalf")),
                PropertySchema("qualité", "capacity", .string, .optional,
                               text("la qualité en laquelle le représentant signe : « Maire », « Présidente »",
                                    "the capacity in which the representative signs: “Mayor”, “Chair”")),
            ],
            children: [
                KindSchema(
                    .délibération, english: "deliberation", idPresence: .forbidden, titlePresence: .optional, cardinality: .many,
                    properties: [
                        PropertySchema("date", "date", .date, .optional, text("la date de la séance", "the date of the sitting")),
                        PropertySchema("organe", "body", .string, .optional,
                                       text("l’assemblée qui a délibéré (par défaut, celle de l’échelon)",
                                            "the body that deliberated (by default, the level’s council)")),
                    ],
                    summary: text("la délibération qui autorise le représentant à signer, avec son numéro",
                                  "the deliberation that authorises the representative to sign, with its number")),
            ],
            summary: text("une structure qui signe le pacte", "an organisation that signs the pacte")),
        KindSchema(
            .acte, english: "act", idPresence: .forbidden, titlePresence: .forbidden, cardinality: .atMostOne,
            properties: [
                PropertySchema("lieu", "place", .string, .optional, text("le lieu de la signature", "where the pacte is signed")),
                PropertySchema("date", "date", .date, .optional,
                               text("la date de la signature (sinon, une ligne à remplir à la main)", "the date of signing (else, a line to fill in by hand)")),
                PropertySchema("exemplaires", "copies", .count, .optional,
                               text("le nombre d’exemplaires originaux (par défaut, un par signataire)",
                                    "how many original copies (by default, one per signatory)")),
                PropertySchema("visas", "citations", .strings, .optional,
                               text("d’autres textes visés, une ligne « Vu … » chacun", "other texts cited, one “Having regard to …” line each")),
                PropertySchema("révision", "amendment", .text, .optional,
                               text("comment le pacte est modifié (par défaut, par avenant adopté et signé dans les mêmes formes)",
                                    "how the pacte is amended (by default, by an amendment adopted and signed in the same forms)")),
            ],
            summary: text("le pacte comme acte à signer : lieu, date, exemplaires, visas", "the pacte as an act to sign: place, date, copies, citations")),
        KindSchema(
            .personne, english: "person", idPresence: .required, titlePresence: .optional, cardinality: .many,
            properties: [
                PropertySchema("genre", "gender", .enumeration(EnumSchema(Gender.self, name: "genre")), .optional,
                               text("pour le calcul de la parité", "for the parity count")),
                PropertySchema("rôle", "role", .enumeration(EnumSchema(Role.self, name: "rôle")), .optional,
                               text("à quel titre la personne siège", "in what capacity the person sits")),
                PropertySchema("structure", "organization", .reference([.signataire]), .optional,
                               text("le signataire auquel la personne appartient", "the signatory the person belongs to")),
                PropertySchema("jeune", "young", .boolean, .optional,
                               text("la personne peut occuper le siège jeunesse", "the person may hold the youth seat")),
            ],
            summary: text("une personne nommée dans le pacte", "a person named in the pacte")),
        KindSchema(
            .objectif, english: "objective", idPresence: .required, titlePresence: .optional, cardinality: .many,
            properties: [
                PropertySchema("priorité", "priority", .reference([.priorité]), .optional,
                               text("la priorité de la vision que l’objectif sert", "the priority of the vision the objective serves")),
                PropertySchema("indicateur", "indicator", .string, .optional, text("ce que l’on mesure", "what is measured")),
                PropertySchema("cible", "target", .string, .optional, text("la valeur visée", "the value aimed at")),
            ],
            summary: text("un objectif du plan d’actions", "an objective of the action plan")),
        KindSchema(
            .action, english: "action", idPresence: .required, titlePresence: .optional, cardinality: .many,
            properties: [
                PropertySchema("objectif", "objective", .reference([.objectif]), .required,
                               text("l’objectif que l’action sert", "the objective the action serves")),
                PropertySchema("description", "description", .text, .optional, text("ce que l’on fera", "what will be done")),
                PropertySchema("pilote", "lead", .reference([.signataire]), .checkedBy(.actionLead),
                               text("le signataire qui pilote l’action", "the signatory who leads the action")),
                PropertySchema("partenaires", "partners", .references([.signataire], allowsMembers: false), .optional,
                               text("les signataires associés", "the signatories involved")),
                PropertySchema("budget", "budget", .money, .checkedBy(.actionBudget), text("le budget de l’action", "the action’s budget")),
                PropertySchema("participation", "participation",
                               .enumeration(EnumSchema(ParticipationLevel.self, name: "participation")), .checkedBy(.participationLevel),
                               text("le niveau de participation de la société civile", "the level of civil society’s participation")),
                PropertySchema("calendrier", "calendar", .dateRange, .checkedBy(.actionCalendar),
                               text("du début à la fin de l’action", "from the start to the end of the action")),
            ],
            summary: text("une action du plan", "an action of the plan")),
        KindSchema(
            .espace, english: "space", idPresence: .required, titlePresence: .optional, cardinality: .many,
            properties: [
                PropertySchema("type", "type", .enumeration(EnumSchema(SpaceType.self, name: "type")), .optional,
                               text("transitions (par défaut) ou jeunesse", "transitions (the default) or youth")),
                PropertySchema("missions", "missions", .text, .optional, text("ce que fait l’espace", "what the space does")),
                PropertySchema("membres", "members", .references(personList, allowsMembers: false), .required,
                               text("les personnes qui y siègent", "the persons who sit in it")),
                PropertySchema("siège-jeunesse", "youth-seat", .reference(personList), .checkedBy(.youthSeat),
                               text("la personne qui occupe le siège jeunesse", "the person holding the youth seat")),
                PropertySchema("présidence", "presidency", .reference(personList), .optional,
                               text("la personne qui préside l’espace", "the person who presides over the space")),
                PropertySchema("parité", "parity", .count, .optional,
                               text("l’écart toléré entre femmes et hommes (1 par défaut)", "the gap allowed between women and men (1 by default)")),
                PropertySchema("appui", "support", .string, .optional, text("qui anime ou soutient l’espace", "who runs or supports the space")),
            ],
            children: [
                KindSchema(
                    .gouvernance, english: "governance", idPresence: .forbidden, titlePresence: .forbidden, cardinality: .exactlyOne,
                    properties: [
                        PropertySchema("ordre-du-jour", "agenda", .references(actorList, allowsMembers: true), .checkedBy(.agendaSetter),
                                       text("qui fixe l’ordre du jour", "who sets the agenda")),
                        PropertySchema("participants", "participants", .references(actorList, allowsMembers: true), .optional,
                                       text("qui prend part à la décision", "who takes part in the decision")),
                        PropertySchema("décision", "decision", .enumeration(EnumSchema(DecisionRule.self, name: "décision")), .checkedBy(.decisionRule),
                                       text("la règle de décision", "the decision rule")),
                        PropertySchema("votants", "voters", .references(personList, allowsMembers: true), .checkedBy(.decisionRule),
                                       text("qui vote", "who votes")),
                        PropertySchema("majorité", "majority", .ratio, .checkedBy(.decisionRule),
                                       text("la majorité requise", "the majority required")),
                        PropertySchema("quorum", "quorum", .percent, .optional, text("la part des votants requise", "the share of voters required")),
                        PropertySchema("retour", "feedback", .enumeration(EnumSchema(FeedbackPolicy.self, name: "retour")), .checkedBy(.feedback),
                                       text("le retour fait après chaque consultation", "the feedback given after each consultation")),
                        PropertySchema("pilotes", "leads", .references(personList, allowsMembers: true), .checkedBy(.transversalLeads),
                                       text("les pilotes transversaux", "the transversal leads")),
                        PropertySchema("fréquence", "frequency", .enumeration(EnumSchema(MeetingFrequency.self, name: "fréquence")), .optional,
                                       text("la fréquence des réunions", "how often it meets")),
                    ],
                    summary: text("le chemin de décision de l’espace", "the space’s decision path")),
                sideCommitment,
            ],
            summary: text("un espace de coopération", "a cooperation space")),
        KindSchema(
            .financement, english: "funding", idPresence: .forbidden, titlePresence: .forbidden, cardinality: .atMostOne,
            properties: [
                PropertySchema("fonds-initiatives", "initiative-fund", .money, .optional,
                               text("le fonds pour les initiatives locales", "the fund for local initiatives")),
                PropertySchema("conventions", "agreements", .enumeration(EnumSchema(AgreementTerm.self, name: "conventions")), .optional,
                               text("la durée des conventions avec les associations", "how long agreements with associations run")),
            ],
            children: [sideCommitment],
            summary: text("les engagements de financement", "the funding commitments")),
        KindSchema(
            .dérogation, english: "waiver", idPresence: .required, titlePresence: .required, cardinality: .many,
            summary: text("une exception déclarée et justifiée à une règle", "a declared, justified exception to a rule")),
    ])
}
