import PacteCore
import PacteSchema
import PacteSemantics

/// Builds the printed pacte (DESIGN §6) from the resolved model: the title
/// block, then a section each for the vision, the charter, the action plan
/// (a subsection per objective, its table and totals), the cooperation
/// spaces (a subsection per space, its composition and decision path), the
/// funding and the waivers annex, then the signature page. The builder says
/// what each block is — a paragraph's role, a column's kind — so that the
/// writers only set it.
public enum DocumentBuilder {
    /// The document of a pacte, in its `langue`; `ruleTitle` names the
    /// rule of each waiver in the annex (the driver's code catalogue knows
    /// them, the document model does not).
    public static func build(_ pacte: Pacte, options: Options = Options(), ruleTitle: @escaping (DiagnosticCode) -> LocalizedText?) -> Document {
        Builder(pacte: pacte, language: pacte.documentLanguage, options: options, ruleTitle: ruleTitle).build()
    }

    /// What the document holds besides the text and its tables.
    public struct Options: Sendable {
        /// Whether the action plan gets its charts (the timeline, the
        /// budget by objective) beside its tables; `pacte build
        /// --no-figures` leaves them out, and the tables stay either way.
        public var figures: Bool

        /// A document with its charts.
        public init(figures: Bool = true) {
            self.figures = figures
        }
    }

    private struct Builder {
        let pacte: Pacte
        let language: Language
        let options: Options
        let ruleTitle: (DiagnosticCode) -> LocalizedText?
        var label: Labels { Labels(language: language) }

        init(pacte: Pacte, language: Language, options: Options, ruleTitle: @escaping (DiagnosticCode) -> LocalizedText?) {
            self.pacte = pacte
            self.language = language
            self.options = options
            self.ruleTitle = ruleTitle
        }

        var figures: FigureBuilder? { options.figures ? FigureBuilder(pacte: pacte, language: language) : nil }

        func typeset(_ text: String) -> String { Typography.apply(text, language) }

        func name(ofSignatory id: String) -> String { typeset(pacte.signatory(id)?.name ?? id) }

        func name(ofPerson id: String) -> String { typeset(pacte.person(id)?.name ?? id) }

        /// A signatory or a person, whichever the id names.
        func name(of id: String) -> String {
            pacte.signatory(id) != nil ? name(ofSignatory: id) : name(ofPerson: id)
        }

        func list(_ names: [String]) -> String { names.joinedAsList(language) }

        /// A section, level 2, or a subsection, level 3.
        func makeSection(_ level: Int, _ text: String, _ anchor: String, role: Section.Role = .provision) -> Section {
            Section(Heading(level: level, text, anchor: anchor), role: role)
        }

        func paragraph(_ role: Paragraph.Role, _ runs: [Inline]) -> Block { .paragraph(Paragraph(role, runs)) }

        func list(_ kind: List.Kind, _ items: [[Inline]]) -> Block { .list(List(kind, items)) }

        var wording: ActWording { ActWording(pacte: pacte, language: language) }

        /// A signatory's name with its article, for sentences: « la Commune de … ».
        func organisation(_ id: String) -> String { wording.organisation(name(ofSignatory: id)) }

        /// A signatory with its article or a person by name, whichever the id names.
        func actor(_ id: String) -> String {
            pacte.signatory(id) != nil ? organisation(id) : name(ofPerson: id)
        }

        func capitalizedFirst(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

        func build() -> Document {
            // The act's articles (DESIGN §6.2): the pact's own parts, then
            // the clauses every act has; the annexes after, unnumbered.
            let parts = [vision(), charter(), actionPlan(), spaces(), funding()].compactMap { $0 }
            let closing = [duration(), amendment(), withdrawal(), entryIntoForce()].compactMap { $0 }
            var articles = [purpose(of: parts)] + parts + closing
            for index in articles.indices {
                articles[index].heading.text = label("Article \(index + 1) – ", "Article \(index + 1) – ") + articles[index].heading.text
            }
            let sections = articles + [waivers()].compactMap { $0 }
            let title = typeset(pacte.title ?? pacte.territory.value ?? label("Pacte de coopération", "Cooperation pact"))
            let subject = label("Pacte de coopération pour les transitions", "Cooperation pact for the transitions")
                + (pacte.territory.value.map { " — " + typeset($0) } ?? "")
            var keywords = [label("pacte de coopération", "cooperation pact"), label("transitions", "transitions")]
            if let territory = pacte.territory.value { keywords.append(territory) }
            return Document(
                language: language,
                metadata: Document.Metadata(title: title, subject: subject, keywords: keywords, date: pacte.adoption.value),
                titleBlock: titleBlock(), preamble: preamble(), sections: sections, signaturePage: signaturePage(),
                initialsLabel: label("Paraphes\u{00A0}:", "Initials:"))
        }

        // MARK: - The act

        /// « Vu … » lines, the parties and « Il est convenu ce qui suit : ».
        func preamble() -> [Block] {
            // Codes and plans first, then the deliberations; a collectivity
            // without one gets a line to complete by hand, as the prefecture
            // will ask for it.
            var citations = [wording.lawCitation()].compactMap { $0 } + wording.extraCitations()
            for signatory in pacte.signatories {
                if signatory.deliberations.isEmpty, signatory.college.value == .collectivité {
                    citations.append(wording.blankCitation(by: signatory))
                }
                for deliberation in signatory.deliberations { citations.append(wording.citation(of: deliberation, by: signatory, signing: .pacte)) }
            }
            return wording.opening(citations: citations)
        }

        /// Article 1: what the pact is for and what it holds, each part
        /// named with its article's number.
        func purpose(of parts: [Section]) -> Section {
            var section = makeSection(2, label("Objet", "Purpose"), "objet")
            // The parties are named in the preamble; a list of them again here,
            // commas inside their names, would read ambiguously.
            let between = pacte.signatories.count > 1 ? label(" entre ses signataires", " between its signatories") : ""
            let opening = label("Le présent pacte organise la coopération", "This pact organises the cooperation") + between
                + label(" pour conduire ensemble les transitions du territoire.", " to lead the territory’s transitions together.")
            section.blocks.append(paragraph(.body, [.text(opening)]))
            let names: [String: (String, String)] = [
                "vision": ("la vision partagée", "the shared vision"), "charte": ("la charte de coopération", "the cooperation charter"),
                "plan": ("le plan d’actions", "the action plan"), "espaces": (pacte.spaces.count > 1 ? "les espaces de coopération" : "l’espace de coopération", pacte.spaces.count > 1 ? "the cooperation spaces" : "the cooperation space"),
                "financement": ("les engagements de financement", "the funding commitments"),
            ]
            let contents = parts.enumerated().compactMap { index, part -> String? in
                guard let name = names[part.heading.anchor] else { return nil }
                return label("\(name.0) (article \(index + 2))", "\(name.1) (Article \(index + 2))")
            }
            if !contents.isEmpty {
                section.blocks.append(paragraph(.body, [.text(label("Il fixe \(list(contents)).", "It sets out \(list(contents)).") )]))
            }
            return section
        }

        /// Duration: the pact's `période`.
        func duration() -> Section? {
            guard let period = pacte.period.value else { return nil }
            var section = makeSection(2, label("Durée", "Duration"), "duree")
            let last = CalendarDate(year: period.upperBound, month: 12, day: 31)
            section.blocks.append(paragraph(.body, [.text(label(
                "Le présent pacte est conclu pour la période \(period.lowerBound)–\(period.upperBound). Il prend fin le \(Typography.date(last, .fr)).",
                "This pact is concluded for the period \(period.lowerBound)–\(period.upperBound). It ends on \(Typography.date(last, .en)).")) ]))
            return section
        }

        /// Amendment: the act's `révision`, else by an amendment made as the pact was.
        func amendment() -> Section? {
            var section = makeSection(2, label("Modification", "Amendment"), "modification")
            if let text = pacte.act?.amendment.value {
                section.blocks += RichText.blocks(text, language)
            } else {
                section.blocks.append(paragraph(.body, [.text(label(
                    "Le présent pacte peut être modifié par avenant, adopté et signé dans les mêmes formes que lui.",
                    "This pact may be amended by an amendment adopted and signed in the same forms as the pact."))]))
            }
            return section
        }

        /// Withdrawal: how a signatory leaves, which an avenant then records.
        func withdrawal() -> Section? {
            guard pacte.signatories.count > 1 else { return nil }
            var section = makeSection(2, label("Retrait", "Withdrawal"), "retrait")
            section.blocks.append(paragraph(.body, [.text(label(
                "Tout signataire peut se retirer du pacte par lettre adressée aux autres signataires ; le retrait prend effet un mois après sa réception et fait l’objet d’un avenant.",
                "Any signatory may withdraw from the pact by a letter sent to the other signatories; the withdrawal takes effect one month after its receipt and is recorded in an amendment.").typesetColon(language))]))
            return section
        }

        /// Entry into force: on the signature of the last signatory.
        func entryIntoForce() -> Section? {
            var section = makeSection(2, label("Entrée en vigueur", "Entry into force"), "entree-en-vigueur")
            let text = pacte.signatories.count > 1
                ? label("Le présent pacte entre en vigueur à la date de sa signature par le dernier des signataires.",
                        "This pact comes into force on the date it is signed by the last of the signatories.")
                : label("Le présent pacte entre en vigueur à la date de sa signature.", "This pact comes into force on the date it is signed.")
            section.blocks.append(paragraph(.body, [.text(text)]))
            return section
        }

        // MARK: - Sections

        func titleBlock() -> TitleBlock {
            var facts: [Fact] = []
            if let territory = pacte.territory.value { facts.append(Fact(label("Territoire", "Territory"), typeset(territory))) }
            if let level = pacte.level.value { facts.append(Fact(label("Échelon", "Level"), label.level(level))) }
            if let form = pacte.form.value { facts.append(Fact(label("Espace de coopération", "Cooperation space"), label.form(form))) }
            if let basis = pacte.legalBasis, pacte.level.value == basis.requiredLevel {
                facts.append(Fact(label("Base légale", "Legal basis"), label(
                    "article \(basis.article) du code général des collectivités territoriales",
                    "article \(basis.article) of the French local government code (CGCT)")))
            }
            if let period = pacte.period.value {
                facts.append(Fact(label("Période", "Period"), "\(period.lowerBound) – \(period.upperBound)"))
            }
            if let adoption = pacte.adoption.value {
                facts.append(Fact(label("Adopté le", "Adopted on"), Typography.date(adoption, language)))
            }
            return TitleBlock(
                typeset(pacte.title ?? label("Pacte de coopération pour les transitions", "Cooperation pact for the transitions")),
                facts: facts, anchor: "pacte")
        }

        func vision() -> Section? {
            guard let vision = pacte.vision else { return nil }
            let horizon = vision.horizon.value.map { label(" à l’horizon \($0)", " for \($0)") } ?? ""
            var section = makeSection(2, label("Notre vision", "Our vision") + horizon, "vision")
            if let text = vision.text.value { section.blocks += RichText.blocks(text, language) }
            guard !vision.priorities.isEmpty else { return section }
            var priorities = makeSection(3, label("Nos priorités", "Our priorities"), "priorites")
            priorities.blocks.append(list(.numbered, vision.priorities.map { priority in
                var runs: [Inline] = [.strong(typeset(priority.title ?? priority.id))]
                if let text = priority.text.value { runs += [.text(" — ")] + RichText.inlines(text, language) }
                return runs
            }))
            section.subsections.append(priorities)
            return section
        }

        func charter() -> Section? {
            guard let charter = pacte.charter, !charter.commitments.isEmpty else { return nil }
            var section = makeSection(2, label("Charte de coopération", "Cooperation charter"), "charte")
            section.blocks.append(paragraph(.intro, [.text(label("Les signataires s’engagent à :", "The signatories commit to:").typesetColon(language))]))
            section.blocks.append(list(.bulleted, charter.commitments.compactMap { $0.text.map { RichText.inlines($0, language) } }))
            return section
        }

        func actionPlan() -> Section? {
            guard !pacte.objectives.isEmpty || !pacte.actions.isEmpty else { return nil }
            var plan = makeSection(2, label("Plan d’actions", "Action plan"), "plan")
            for objective in pacte.objectives {
                let actions = pacte.actions(of: objective)
                var section = makeSection(3, typeset(objective.title ?? objective.id), "objectif-\(objective.id)")
                var facts: [Fact] = []
                if let priority = objective.priority.value, let title = pacte.vision?.priorities.first(where: { $0.id == priority })?.title {
                    facts.append(Fact(label("Priorité", "Priority"), typeset(title)))
                }
                if let indicator = objective.indicator.value { facts.append(Fact(label("Indicateur", "Indicator"), typeset(indicator))) }
                if let target = objective.target.value { facts.append(Fact(label("Cible", "Target"), typeset(target))) }
                if !facts.isEmpty { section.blocks.append(.facts(Facts(facts))) }
                if actions.isEmpty {
                    section.blocks.append(paragraph(.note, [.emphasis(label("Aucune action n’est encore prévue pour cet objectif.", "No action is planned for this objective yet."))]))
                } else {
                    section.blocks.append(.table(actionTable(actions, total: label("Total de l’objectif", "Objective total"))))
                }
                plan.subsections.append(section)
            }
            let objectiveIDs = Set(pacte.objectives.map(\.id))
            let orphans = pacte.actions.filter { action in !objectiveIDs.contains(action.objective.value ?? "") }
            if !orphans.isEmpty {
                var section = makeSection(3, label("Autres actions", "Other actions"), "autres-actions")
                section.blocks.append(.table(actionTable(orphans, total: label("Total", "Total"))))
                plan.subsections.append(section)
            }
            // The plan over time, after the objectives' tables that give its dates.
            var groups = pacte.objectives.map { (title: typeset($0.title ?? $0.id), actions: pacte.actions(of: $0)) }
            if !orphans.isEmpty { groups.append((title: label("Autres actions", "Other actions"), actions: orphans)) }
            if let timeline = figures?.timeline(objectives: groups) {
                var section = makeSection(3, label("Calendrier", "Timeline"), "calendrier")
                section.blocks.append(.figure(timeline))
                plan.subsections.append(section)
            }
            var budget = makeSection(3, label("Budget total", "Total budget"), "budget")
            var amounts = pacte.objectives.map { (title: typeset($0.title ?? $0.id), amount: pacte.budget(of: $0)) }
            if !orphans.isEmpty { amounts.append((title: label("Autres actions", "Other actions"), amount: Pacte.total(of: orphans))) }
            budget.blocks.append(.table(Table(
                columns: [Table.Column(label("Objectif", "Objective"), width: 0.75), Table.Column(label("Budget", "Budget"), .money, width: 0.25)],
                rows: amounts.map { [TableCell.text($0.title), .text(Typography.money($0.amount, language))] },
                totals: [[.text(label("Total du pacte", "Pact total")), .text(Typography.money(pacte.totalBudget, language))]])))
            if let chart = figures?.budget(objectives: amounts) { budget.blocks.append(.figure(chart)) }
            budget.blocks.append(paragraph(.note, [.text(label(
                "Les montants du plan d’actions sont prévisionnels : ils n’engagent chaque collectivité signataire que dans la limite des crédits votés à son budget.",
                "The amounts of the action plan are estimates: they commit each local government that signs only within the appropriations voted in its budget."))]))
            plan.subsections.append(budget)
            return plan
        }

        func actionTable(_ actions: [Action], total: String) -> Table {
            let rows: [[TableCell]] = actions.map { action in
                var description = TableCell(paragraphs: [[.strong(typeset(action.title ?? action.id))]])
                if let text = action.description.value {
                    for block in RichText.blocks(text, language) {
                        switch block {
                        case .paragraph(let paragraph): description.paragraphs.append(paragraph.runs)
                        case .list(let list): description.paragraphs += list.items.map { [.text("– ")] + $0 }
                        default: break
                        }
                    }
                }
                return [
                    description,
                    .text(action.lead.value.map(name(ofSignatory:)) ?? "—"),
                    .text((action.partners.value ?? []).map(name(ofSignatory:)).joined(separator: ", ")),
                    .text(action.budget.value.map { Typography.money($0, language) } ?? "—"),
                    .text(action.participation.value.map(label.participation) ?? "—"),
                    .text(action.calendar.value.map { Typography.range($0, language) } ?? "—"),
                ]
            }
            return Table(
                // Wide enough for « Co-construction » and « Participation » at print sizes.
                columns: [
                    Table.Column(label("Action", "Action"), width: 0.33),
                    Table.Column(label("Pilote", "Lead"), width: 0.14),
                    Table.Column(label("Partenaires", "Partners"), width: 0.16),
                    Table.Column(label("Budget", "Budget"), .money, width: 0.11),
                    Table.Column(label("Participation", "Participation"), width: 0.13),
                    Table.Column(label("Calendrier", "Calendar"), width: 0.13),
                ],
                rows: rows,
                totals: [[.text(total), .text(""), .text(""), .text(Typography.money(Pacte.total(of: actions), language)), .text(""), .text("")]])
        }

        func spaces() -> Section? {
            guard !pacte.spaces.isEmpty else { return nil }
            var section = makeSection(2, label(pacte.spaces.count > 1 ? "Les espaces de coopération" : "L’espace de coopération",
                                           pacte.spaces.count > 1 ? "The cooperation spaces" : "The cooperation space"), "espaces")
            section.subsections = pacte.spaces.map(space)
            return section
        }

        func space(_ space: Space) -> Section {
            var section = makeSection(3, typeset(space.name ?? space.id), "espace-\(space.id)")
            if space.effectiveType == .jeunesse {
                section.blocks.append(paragraph(.note, [.emphasis(label("Espace dédié à la jeunesse du territoire.", "A space for the territory’s young people."))]))
                // Not the body the form's law governs: a body of the pacte's own making.
                let councils = pacte.signatories.filter { $0.college.value == .collectivité }
                let decides = councils.count == 1
                    ? label("transmis \(FrenchArticles.to(organisation(councils[0].id))), dont \(FrenchArticles.the(DeliberatingBody.name(of: councils[0], level: pacte.level.value).fr)) décide",
                            "sent to \(organisation(councils[0].id)), whose \(DeliberatingBody.name(of: councils[0], level: pacte.level.value).en) decides")
                    : label("transmis aux collectivités signataires, dont les assemblées décident", "sent to the local governments that sign, whose councils decide")
                section.blocks.append(paragraph(.body, [.text(label(
                    "Cet espace est une instance de concertation créée par le présent pacte ; ses avis et ses propositions sont \(decides).",
                    "This space is a body for concertation created by this pact; its opinions and proposals are \(decides).").typesetColon(language))]))
            }
            if let missions = space.missions.value { section.blocks += RichText.blocks(missions, language) }
            // Composition
            let members = space.members.value ?? []
            if !members.isEmpty {
                section.blocks.append(.table(Table(
                    caption: label("Composition", "Composition"),
                    columns: [
                        Table.Column(label("Membre", "Member"), width: 0.4),
                        Table.Column(label("Qualité", "Capacity"), width: 0.25),
                        Table.Column(label("Structure", "Organisation"), width: 0.35),
                    ],
                    rows: members.map { id in
                        let person = pacte.person(id)
                        var capacity = person?.role.value.map { label.role($0, gender: person?.gender.value) } ?? ""
                        if id == space.youthSeat.value { capacity += (capacity.isEmpty ? "" : ", ") + label("siège jeunesse", "youth seat") }
                        return [.text(name(ofPerson: id)), .text(capacity), .text(person?.organization.value.map(name(ofSignatory:)) ?? "")]
                    })))
                let parityText = label.parity(pacte.parity(of: space))
                var composition = [parityText.typesetColon(language)]
                if let seat = space.youthSeat.value {
                    composition.append(label("Siège jeunesse : \(name(ofPerson: seat)).", "Youth seat: \(name(ofPerson: seat)).").typesetColon(language))
                }
                if let support = space.support.value { composition.append(label("Appui : ", "Support: ").typesetColon(language) + typeset(support) + ".") }
                section.blocks.append(list(.bulleted, composition.map { [.text($0)] }))
            }
            section.blocks += legalFramework(of: space)
            if let governance = space.governance { section.blocks += decisionPath(governance, space: space) }
            let commitments = space.commitments.filter { $0.text != nil }
            if !commitments.isEmpty {
                section.blocks.append(paragraph(.leadIn, [.strong(label("Engagements dans l’espace", "Commitments within the space"))]))
                section.blocks += sideCommitments(commitments)
            }
            return section
        }

        /// What the law of the pact's form says of a space of type
        /// `transitions`, in plain sentences, under the article it comes from.
        func legalFramework(of space: Space) -> [Block] {
            guard space.effectiveType == .transitions, let form = pacte.form.value else { return [] }
            let law = FormLaw.of(form)
            let clauses = law.clauses(presidedBy: space.presidency.value.map(name(ofPerson:)))
            guard !clauses.isEmpty else { return [] }
            let heading = law.citation(language).map { label("Cadre légal (\($0))", "Legal framework (\($0))") } ?? label("Statut de l’espace", "Status of the space")
            return [paragraph(.leadIn, [.strong(heading)]), list(.bulleted, clauses.map { [.text($0.text(in: language).typesetColon(language))] })]
        }

        /// The decision path as a person would write it: who sets the
        /// agenda, who takes part, how the space adopts its opinions and
        /// proposals, the feedback owed, and that the councils' powers stay
        /// theirs (a space of concertation advises; it does not decide for
        /// an assembly, DESIGN §6.2).
        func decisionPath(_ governance: Governance, space: Space) -> [Block] {
            var blocks = [paragraph(.leadIn, [.strong(label("Chemin de décision", "Decision path"))])]
            var steps: [String] = []
            func names(_ field: Field<Participants>, signatoriesWithArticle: Bool) -> String? {
                guard let participants = field.value, !participants.isAllMembers else { return nil }
                return list(participants.ids.map { signatoriesWithArticle ? actor($0) : name(of: $0) })
            }
            if let agenda = governance.agenda.value {
                let who = agenda.isAllMembers ? label("les membres de l’espace", "the members of the space") : names(governance.agenda, signatoriesWithArticle: true) ?? ""
                steps.append(label("L’ordre du jour est fixé par \(who).", "The agenda is set by \(who)."))
            }
            if let participants = governance.participants.value {
                let everyMember = participants.isAllMembers || Set(participants.ids) == Set(space.members.value ?? [])
                steps.append(everyMember
                    ? label("Tous les membres prennent part aux travaux de l’espace.", "All the members take part in the space’s work.")
                    : label("Prennent part aux travaux de l’espace : \(names(governance.participants, signatoriesWithArticle: true) ?? "").",
                            "Taking part in the space’s work: \(names(governance.participants, signatoriesWithArticle: false) ?? "").").typesetColon(language))
            }
            let adopts = label("L’espace adopte ses avis et ses propositions", "The space adopts its opinions and proposals")
            switch governance.decision.value {
            case .vote?:
                var sentence = adopts + label(" par un vote", " by a vote")
                if let voters = governance.voters.value {
                    sentence += voters.isAllMembers ? label(" de tous ses membres", " of all its members")
                        : label(" de \(names(governance.voters, signatoriesWithArticle: true) ?? "")", " of \(names(governance.voters, signatoriesWithArticle: false) ?? "")")
                }
                if let majority = governance.majority.value { sentence += ", " + wording.majority(majority) }
                steps.append(sentence + ".")
                if let quorum = governance.quorum.value {
                    let share = language == .fr ? quorum.description.replacingDot(",") + "\u{00A0}%" : quorum.description + "%"
                    steps.append(label("L’espace ne se prononce valablement que si \(share) au moins de ceux qui y ont voix délibérative sont présents.",
                                       "The space can give an opinion only if at least \(share) of those entitled to vote are present."))
                }
            case .consensus?:
                steps.append(adopts + label(" par consensus.", " by consensus."))
            case .consentement?:
                steps.append(adopts + label(" par consentement : une proposition est retenue lorsque aucun membre n’y oppose d’objection majeure.",
                                            " by consent: a proposal is adopted when no member raises a major objection.").typesetColon(language))
            case nil:
                break
            }
            let councils = pacte.signatories.filter { $0.college.value == .collectivité }
            if let feedback = governance.feedback.value {
                let who: (fr: String, en: String, plural: Bool)
                switch councils.count {
                case 0: who = ("les signataires", "the signatories", true)
                case 1: who = (organisation(councils[0].id), organisation(councils[0].id), false)
                default: who = ("les collectivités signataires", "the local governments that sign", true)
                }
                let subject = label(who.fr.prefix(1).uppercased() + who.fr.dropFirst(), who.en.prefix(1).uppercased() + who.en.dropFirst())
                steps.append(feedback == .systématique
                    ? label("Après chaque consultation, \(who.fr) \(who.plural ? "font" : "fait") connaître ce \(who.plural ? "qu’elles ont" : "qu’elle a") retenu des avis de l’espace, et pourquoi.",
                            "After each consultation, \(who.en) \(who.plural ? "make" : "makes") known which of the space’s opinions \(who.plural ? "they" : "it") followed, and why.")
                    : label("\(subject) \(who.plural ? "rendent" : "rend") compte de temps à autre des suites données aux avis de l’espace.",
                            "\(subject) \(who.plural ? "report" : "reports") from time to time on what became of the space’s opinions."))
            }
            if !councils.isEmpty {
                let body = DeliberatingBody.name(of: councils[0], level: pacte.level.value)
                steps.append(councils.count == 1
                    ? label("Les avis de l’espace ne lient pas \(FrenchArticles.the(body.fr)) : les décisions qui relèvent de sa compétence restent prises par \(FrenchArticles.isFeminine(body.fr) ? "elle" : "lui").",
                            "The space’s opinions do not bind the \(body.en): decisions within its powers remain with it.").typesetColon(language)
                    : label("Les avis de l’espace ne lient pas les assemblées des collectivités signataires : les décisions qui relèvent de leur compétence restent prises par elles.",
                            "The space’s opinions do not bind the councils of the local governments that sign: decisions within their powers remain their own.").typesetColon(language))
            }
            blocks.append(list(.numbered, steps.map { [.text($0)] }))
            var more: [String] = []
            if let leads = governance.leads.value {
                let who = leads.isAllMembers ? label("tous les membres", "all the members") : names(governance.leads, signatoriesWithArticle: false) ?? ""
                more.append(label("Pilotes transversaux : \(who).", "Cross-cutting leads: \(who).").typesetColon(language))
            }
            if let frequency = governance.frequency.value { more.append(label("L’espace se réunit \(label.frequency(frequency)).", "The space meets \(label.frequency(frequency)).")) }
            if !more.isEmpty { blocks.append(list(.bulleted, more.map { [.text($0)] })) }
            return blocks
        }

        func sideCommitments(_ commitments: [Commitment]) -> [Block] {
            var blocks: [Block] = []
            for party in CommittingParty.allCases {
                let mine = commitments.filter { $0.party.value == party }
                guard !mine.isEmpty else { continue }
                let councils = pacte.signatories.filter { $0.college.value == .collectivité }
                let lead = party == .collectivité && councils.count == 1
                    ? label("\(capitalizedFirst(organisation(councils[0].id))) s’engage à", "\(capitalizedFirst(organisation(councils[0].id))) commits to")
                    : label.party(party)
                blocks.append(paragraph(.intro, [.text((lead + label(" :", ":")).typesetColon(language))]))
                blocks.append(list(.bulleted, mine.compactMap { $0.text.map { RichText.inlines($0, language) } }))
            }
            let unassigned = commitments.filter { $0.party.value == nil }
            if !unassigned.isEmpty {
                blocks.append(list(.bulleted, unassigned.compactMap { $0.text.map { RichText.inlines($0, language) } }))
            }
            return blocks
        }

        func funding() -> Section? {
            guard let funding = pacte.funding else { return nil }
            var section = makeSection(2, label("Financement", "Funding"), "financement")
            var facts: [Fact] = []
            if let fund = funding.initiativeFund.value { facts.append(Fact(label("Fonds pour les initiatives", "Initiative fund"), Typography.money(fund, language))) }
            if let term = funding.agreements.value { facts.append(Fact(label("Conventions avec les associations", "Agreements with associations"), label.agreements(term))) }
            if !facts.isEmpty { section.blocks.append(.facts(Facts(facts))) }
            section.blocks += sideCommitments(funding.commitments.filter { $0.text != nil })
            section.blocks.append(paragraph(.note, [.text(label(
                "Toute subvention est attribuée par délibération ; au-delà de 23 000 € par an, elle fait l’objet d’une convention (article 10 de la loi n° 2000-321 du 12 avril 2000).",
                "Every grant is awarded by a deliberation; above €23,000 a year, it is the subject of an agreement (article 10 of Act no. 2000-321 of 12 April 2000).").typesetColon(language))]))
            return section
        }

        func waivers() -> Section? {
            let waivers = pacte.waivers.filter { $0.code != nil }
            guard !waivers.isEmpty else { return nil }
            var section = makeSection(2, label("Annexe : dérogations", "Annex: waivers").typesetColon(language), "derogations", role: .annex)
            section.blocks.append(paragraph(.body, [.text(label(
                "Les signataires ont choisi, en connaissance de cause, de ne pas appliquer les règles suivantes.",
                "The signatories knowingly chose not to apply the following rules."))]))
            section.blocks.append(.table(Table(
                columns: [Table.Column(label("Règle", "Rule"), width: 0.4), Table.Column(label("Raison", "Reason"), width: 0.6)],
                rows: waivers.map { waiver in
                    let code = waiver.code!
                    let title = ruleTitle(code)?.text(in: language) ?? ""
                    return [.text("\(code.rawValue) — \(title)"), .text(typeset(waiver.reason ?? ""))]
                })))
            return section
        }

        func signaturePage() -> SignaturePage? { wording.signaturePage() }
    }
}

extension DocumentBuilder {
    /// The parity of a space in one sentence, as the document says it.
    package static func parity(_ count: ParityCount, _ language: Language) -> String {
        Typography.apply(Labels(language: language).parity(count), language)
    }

    /// A participation level as the document prints it: « Co-construction ».
    package static func label(of level: ParticipationLevel, _ language: Language) -> String { Labels(language: language).participation(level) }

    /// A legal form as the document prints it: « Commission extra-municipale ».
    package static func label(of form: LegalForm, _ language: Language) -> String { Labels(language: language).form(form) }

    /// A role as the document prints it, agreed with the gender: « élue ».
    package static func label(of role: Role, gender: Gender?, _ language: Language) -> String { Labels(language: language).role(role, gender: gender) }

    /// A level as the document prints it: « Commune ».
    package static func label(of level: Level, _ language: Language) -> String { Labels(language: language).level(level) }
}

private extension String {
    /// Labels written with a plain space before `:` get the no-break space.
    func typesetColon(_ language: Language) -> String {
        Typography.apply(self, language)
    }
}
