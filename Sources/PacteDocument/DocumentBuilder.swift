import PacteCore
import PacteSchema
import PacteSemantics

/// Builds the printed pacte (DESIGN §6) from the resolved model: title
/// block, vision, charter, action plan with its table and totals, the
/// cooperation spaces with their composition and decision path, funding,
/// the waivers annex and the signature blocks.
public enum DocumentBuilder {
    /// The document of a pacte, in its `langue`; `ruleTitle` names the
    /// rule of each waiver in the annex (the driver's code catalogue knows
    /// them, the document model does not).
    public static func build(_ pacte: Pacte, ruleTitle: @escaping (DiagnosticCode) -> LocalizedText?) -> Document {
        var builder = Builder(pacte: pacte, language: pacte.documentLanguage, ruleTitle: ruleTitle)
        return builder.build()
    }

    private struct Builder {
        let pacte: Pacte
        let language: Language
        let ruleTitle: (DiagnosticCode) -> LocalizedText?
        var blocks: [Block] = []
        var label: Labels { Labels(language: language) }

        init(pacte: Pacte, language: Language, ruleTitle: @escaping (DiagnosticCode) -> LocalizedText?) {
            self.pacte = pacte
            self.language = language
            self.ruleTitle = ruleTitle
        }

        func typeset(_ text: String) -> String { Typography.apply(text, language) }

        func name(ofSignatory id: String) -> String { typeset(pacte.signatory(id)?.name ?? id) }

        func name(ofPerson id: String) -> String { typeset(pacte.person(id)?.name ?? id) }

        /// A signatory or a person, whichever the id names.
        func name(of id: String) -> String {
            pacte.signatory(id) != nil ? name(ofSignatory: id) : name(ofPerson: id)
        }

        func list(_ names: [String]) -> String {
            guard names.count > 1 else { return names.first ?? "" }
            return names.dropLast().joined(separator: ", ") + label(" et ", " and ") + names.last!
        }

        mutating func heading(_ level: Int, _ text: String, _ anchor: String) {
            blocks.append(.heading(level: level, text: text, anchor: anchor))
        }

        mutating func text(_ text: String) {
            blocks += RichText.blocks(text, language)
        }

        mutating func build() -> Document {
            titleBlock()
            vision()
            charter()
            actionPlan()
            spaces()
            funding()
            waivers()
            signatures()
            let title = typeset(pacte.title ?? pacte.territory.value ?? label("Pacte de coopération", "Cooperation pact"))
            let subject = label("Pacte de coopération pour les transitions", "Cooperation pact for the transitions")
                + (pacte.territory.value.map { " — " + typeset($0) } ?? "")
            var keywords = [label("pacte de coopération", "cooperation pact"), label("transitions", "transitions")]
            if let territory = pacte.territory.value { keywords.append(territory) }
            return Document(
                language: language,
                metadata: Document.Metadata(title: title, subject: subject, keywords: keywords, date: pacte.adoption.value),
                blocks: blocks)
        }

        // MARK: - Sections

        mutating func titleBlock() {
            heading(1, typeset(pacte.title ?? label("Pacte de coopération pour les transitions", "Cooperation pact for the transitions")), "pacte")
            var facts: [(label: String, value: String)] = []
            if let territory = pacte.territory.value { facts.append((label("Territoire", "Territory"), typeset(territory))) }
            if let level = pacte.level.value { facts.append((label("Échelon", "Level"), label.level(level))) }
            if let form = pacte.form.value { facts.append((label("Espace de coopération", "Cooperation space"), label.form(form))) }
            if let basis = pacte.legalBasis, pacte.level.value == basis.requiredLevel {
                facts.append((label("Base légale", "Legal basis"), label(
                    "article \(basis.article) du Code général des collectivités territoriales",
                    "article \(basis.article) of the French local government code (CGCT)")))
            }
            if let period = pacte.period.value {
                facts.append((label("Période", "Period"), "\(period.lowerBound) – \(period.upperBound)"))
            }
            if let adoption = pacte.adoption.value {
                facts.append((label("Adopté le", "Adopted on"), Typography.date(adoption, language)))
            }
            if !facts.isEmpty { blocks.append(.facts(facts)) }
        }

        mutating func vision() {
            guard let vision = pacte.vision else { return }
            let horizon = vision.horizon.value.map { label(" à l’horizon \($0)", " for \($0)") } ?? ""
            heading(2, label("Notre vision", "Our vision") + horizon, "vision")
            if let text = vision.text.value { self.text(text) }
            guard !vision.priorities.isEmpty else { return }
            heading(3, label("Nos priorités", "Our priorities"), "priorites")
            blocks.append(.list(ordered: true, items: vision.priorities.map { priority in
                var runs: [Inline] = [.strong(typeset(priority.title ?? priority.id))]
                if let text = priority.text.value { runs += [.text(" — ")] + RichText.inlines(text, language) }
                return runs
            }))
        }

        mutating func charter() {
            guard let charter = pacte.charter, !charter.commitments.isEmpty else { return }
            heading(2, label("Charte de coopération", "Cooperation charter"), "charte")
            blocks.append(.paragraph([.text(label("Les signataires s’engagent à :", "The signatories commit to:").typesetColon(language))]))
            blocks.append(.list(ordered: false, items: charter.commitments.compactMap { $0.text.map { RichText.inlines($0, language) } }))
        }

        mutating func actionPlan() {
            guard !pacte.objectives.isEmpty || !pacte.actions.isEmpty else { return }
            heading(2, label("Plan d’actions", "Action plan"), "plan")
            for objective in pacte.objectives {
                let actions = pacte.actions(of: objective)
                heading(3, typeset(objective.title ?? objective.id), "objectif-\(objective.id)")
                var facts: [(label: String, value: String)] = []
                if let priority = objective.priority.value, let title = pacte.vision?.priorities.first(where: { $0.id == priority })?.title {
                    facts.append((label("Priorité", "Priority"), typeset(title)))
                }
                if let indicator = objective.indicator.value { facts.append((label("Indicateur", "Indicator"), typeset(indicator))) }
                if let target = objective.target.value { facts.append((label("Cible", "Target"), typeset(target))) }
                if !facts.isEmpty { blocks.append(.facts(facts)) }
                if actions.isEmpty {
                    blocks.append(.paragraph([.emphasis(label("Aucune action n’est encore prévue pour cet objectif.", "No action is planned for this objective yet."))]))
                } else {
                    blocks.append(.table(actionTable(actions, total: label("Total de l’objectif", "Objective total"))))
                }
            }
            let objectiveIDs = Set(pacte.objectives.map(\.id))
            let orphans = pacte.actions.filter { action in !objectiveIDs.contains(action.objective.value ?? "") }
            if !orphans.isEmpty {
                heading(3, label("Autres actions", "Other actions"), "autres-actions")
                blocks.append(.table(actionTable(orphans, total: label("Total", "Total"))))
            }
            heading(3, label("Budget total", "Total budget"), "budget")
            var rows = pacte.objectives.map { objective in
                [TableCell.text(typeset(objective.title ?? objective.id)), .text(Typography.money(pacte.budget(of: objective), language), numeric: true)]
            }
            if !orphans.isEmpty {
                rows.append([.text(label("Autres actions", "Other actions")), .text(Typography.money(Pacte.total(of: orphans), language), numeric: true)])
            }
            blocks.append(.table(Table(
                header: [label("Objectif", "Objective"), label("Budget", "Budget")], widths: [0.75, 0.25], rows: rows,
                footer: [[.text(label("Total du pacte", "Pacte total")), .text(Typography.money(pacte.totalBudget, language), numeric: true)]],
                caption: nil)))
        }

        func actionTable(_ actions: [Action], total: String) -> Table {
            let rows: [[TableCell]] = actions.map { action in
                var description = TableCell(paragraphs: [[.strong(typeset(action.title ?? action.id))]], isNumeric: false)
                if let text = action.description.value {
                    for block in RichText.blocks(text, language) {
                        switch block {
                        case .paragraph(let runs): description.paragraphs.append(runs)
                        case .list(_, let items): description.paragraphs += items.map { [.text("– ")] + $0 }
                        default: break
                        }
                    }
                }
                return [
                    description,
                    .text(action.lead.value.map(name(ofSignatory:)) ?? "—"),
                    .text((action.partners.value ?? []).map(name(ofSignatory:)).joined(separator: ", ")),
                    .text(action.budget.value.map { Typography.money($0, language) } ?? "—", numeric: true),
                    .text(action.participation.value.map(label.participation) ?? "—"),
                    .text(action.calendar.value.map { Typography.range($0, language) } ?? "—"),
                ]
            }
            return Table(
                header: [label("Action", "Action"), label("Pilote", "Lead"), label("Partenaires", "Partners"),
                         label("Budget", "Budget"), label("Participation", "Participation"), label("Calendrier", "Calendar")],
                // Wide enough for « Co-construction » and « Participation » at print sizes.
                widths: [0.33, 0.14, 0.16, 0.11, 0.13, 0.13],
                rows: rows,
                footer: [[.text(total), .text(""), .text(""), .text(Typography.money(Pacte.total(of: actions), language), numeric: true), .text(""), .text("")]],
                caption: nil)
        }

        mutating func spaces() {
            guard !pacte.spaces.isEmpty else { return }
            heading(2, label(pacte.spaces.count > 1 ? "Les espaces de coopération" : "L’espace de coopération",
                             pacte.spaces.count > 1 ? "The cooperation spaces" : "The cooperation space"), "espaces")
            for space in pacte.spaces { self.space(space) }
        }

        mutating func space(_ space: Space) {
            heading(3, typeset(space.name ?? space.id), "espace-\(space.id)")
            if space.effectiveType == .jeunesse {
                blocks.append(.paragraph([.emphasis(label("Espace dédié à la jeunesse du territoire.", "A space for the territory’s young people."))]))
            }
            if let missions = space.missions.value { text(missions) }
            // Composition
            let members = space.members.value ?? []
            if !members.isEmpty {
                blocks.append(.table(Table(
                    header: [label("Membre", "Member"), label("Qualité", "Capacity"), label("Structure", "Organisation")],
                    widths: [0.4, 0.25, 0.35],
                    rows: members.map { id in
                        let person = pacte.person(id)
                        var capacity = person?.role.value.map(label.role) ?? ""
                        if id == space.youthSeat.value { capacity += (capacity.isEmpty ? "" : ", ") + label("siège jeunesse", "youth seat") }
                        return [.text(name(ofPerson: id)), .text(capacity), .text(person?.organization.value.map(name(ofSignatory:)) ?? "")]
                    },
                    footer: [],
                    caption: label("Composition", "Composition"))))
                let parity = pacte.parity(of: space)
                var parityText = label(
                    "Parité : \(parity.women) femme\(parity.women > 1 ? "s" : "") et \(parity.men) homme\(parity.men > 1 ? "s" : "") (écart \(parity.gap), tolérance \(parity.tolerance))",
                    "Parity: \(parity.women) wom\(parity.women == 1 ? "a" : "e")n and \(parity.men) m\(parity.men == 1 ? "a" : "e")n (gap \(parity.gap), tolerance \(parity.tolerance))")
                if parity.other + parity.unspecified > 0 {
                    parityText += label(", \(parity.other + parity.unspecified) autre\(parity.other + parity.unspecified > 1 ? "s" : "") ou non précisé",
                                        ", \(parity.other + parity.unspecified) other or unspecified")
                }
                parityText += parity.isReached ? label(" : atteinte.", ": reached.") : label(" : non atteinte.", ": not reached.")
                var composition = [parityText.typesetColon(language)]
                if let seat = space.youthSeat.value {
                    composition.append(label("Siège jeunesse : \(name(ofPerson: seat)).", "Youth seat: \(name(ofPerson: seat)).").typesetColon(language))
                }
                if let support = space.support.value { composition.append(label("Appui : ", "Support: ").typesetColon(language) + typeset(support) + ".") }
                blocks.append(.list(ordered: false, items: composition.map { [.text($0)] }))
            }
            if let governance = space.governance { decisionPath(governance, space: space) }
            let commitments = space.commitments.filter { $0.text != nil }
            if !commitments.isEmpty {
                blocks.append(.paragraph([.strong(label("Engagements dans l’espace", "Commitments within the space"))]))
                sideCommitments(commitments)
            }
        }

        mutating func decisionPath(_ governance: Governance, space: Space) {
            blocks.append(.paragraph([.strong(label("Chemin de décision", "Decision path"))]))
            var steps: [String] = []
            func names(_ field: Field<Participants>) -> String? {
                guard let participants = field.value else { return nil }
                if participants.isAllMembers { return label("tous les membres", "all the members") }
                return list(participants.ids.map(name(of:)))
            }
            if let agenda = names(governance.agenda) {
                steps.append(label("L’ordre du jour est fixé par \(agenda).", "The agenda is set by \(agenda)."))
            }
            if let participants = names(governance.participants) {
                steps.append(label("Prennent part à la décision : \(participants).", "Taking part in the decision: \(participants).").typesetColon(language))
            }
            if let decision = governance.decision.value {
                steps.append(label("La décision est prise \(label.decision(decision)).", "The decision is taken \(label.decision(decision))."))
                if decision == .vote {
                    var vote = names(governance.voters).map { label("Votent : \($0)", "Voting: \($0)").typesetColon(language) } ?? ""
                    if let majority = governance.majority.value {
                        vote += (vote.isEmpty ? "" : label(" ; ", "; ").typesetColon(language)) + label("majorité requise : \(label.ratio(majority))", "majority required: \(label.ratio(majority))").typesetColon(language)
                    }
                    if let quorum = governance.quorum.value {
                        vote += label(" ; quorum : \(quorum.description)\u{00A0}%", "; quorum: \(quorum.description)%").typesetColon(language)
                    }
                    if !vote.isEmpty { steps.append(vote.prefix(1).uppercased() + vote.dropFirst() + ".") }
                }
            }
            if let feedback = governance.feedback.value {
                steps.append(feedback == .systématique
                    ? label("Après chaque consultation, un retour dit ce qui a été retenu et pourquoi.", "After each consultation, feedback says what was kept and why.")
                    : label("Un retour est fait ponctuellement après les consultations.", "Feedback is given from time to time after consultations."))
            }
            blocks.append(.list(ordered: true, items: steps.map { [.text($0)] }))
            var more: [String] = []
            if let leads = names(governance.leads) { more.append(label("Pilotes transversaux : \(leads).", "Transversal leads: \(leads).").typesetColon(language)) }
            if let frequency = governance.frequency.value { more.append(label("L’espace se réunit \(label.frequency(frequency)).", "The space meets \(label.frequency(frequency)).")) }
            if !more.isEmpty { blocks.append(.list(ordered: false, items: more.map { [.text($0)] })) }
        }

        mutating func sideCommitments(_ commitments: [Commitment]) {
            for party in CommittingParty.allCases {
                let mine = commitments.filter { $0.party.value == party }
                guard !mine.isEmpty else { continue }
                blocks.append(.paragraph([.text((label.party(party) + label(" :", ":")).typesetColon(language))]))
                blocks.append(.list(ordered: false, items: mine.compactMap { $0.text.map { RichText.inlines($0, language) } }))
            }
            let unassigned = commitments.filter { $0.party.value == nil }
            if !unassigned.isEmpty {
                blocks.append(.list(ordered: false, items: unassigned.compactMap { $0.text.map { RichText.inlines($0, language) } }))
            }
        }

        mutating func funding() {
            guard let funding = pacte.funding else { return }
            heading(2, label("Financement", "Funding"), "financement")
            var facts: [(label: String, value: String)] = []
            if let fund = funding.initiativeFund.value { facts.append((label("Fonds pour les initiatives", "Initiative fund"), Typography.money(fund, language))) }
            if let term = funding.agreements.value { facts.append((label("Conventions avec les associations", "Agreements with associations"), label.agreements(term))) }
            if !facts.isEmpty { blocks.append(.facts(facts)) }
            sideCommitments(funding.commitments.filter { $0.text != nil })
        }

        mutating func waivers() {
            let waivers = pacte.waivers.filter { $0.code != nil }
            guard !waivers.isEmpty else { return }
            heading(2, label("Annexe : dérogations", "Annex: waivers").typesetColon(language), "derogations")
            blocks.append(.paragraph([.text(label(
                "Les signataires ont choisi, en connaissance de cause, de ne pas appliquer les règles suivantes.",
                "The signatories knowingly chose not to apply the following rules."))]))
            blocks.append(.table(Table(
                header: [label("Règle", "Rule"), label("Raison", "Reason")], widths: [0.4, 0.6],
                rows: waivers.map { waiver in
                    let code = waiver.code!
                    let title = ruleTitle(code)?.text(in: language) ?? ""
                    return [.text("\(code.rawValue) — \(title)"), .text(typeset(waiver.reason ?? ""))]
                },
                footer: [], caption: nil)))
        }

        mutating func signatures() {
            guard !pacte.signatories.isEmpty else { return }
            heading(2, label("Signatures", "Signatures"), "signatures")
            let place = "\u{2026}\u{2026}\u{2026}\u{2026}"
            blocks.append(.signatures(pacte.signatories.map { signatory in
                SignatureBlock(
                    organisation: typeset(signatory.name ?? signatory.id),
                    representative: signatory.representative.value.map(name(ofPerson:)),
                    placeAndDate: label("Fait à \(place), le \(place)", "Signed at \(place), on \(place)"),
                    signatureLabel: label("Signature", "Signature"))
            }))
        }
    }
}

private extension String {
    /// Labels written with a plain space before `:` get the no-break space.
    func typesetColon(_ language: Language) -> String {
        Typography.apply(self, language)
    }
}
