import PacteCore
import PacteDriver
import PacteSchema
import PacteSemantics
import PacteDocument
import PacteJSON

/// The changes between two versions as an *avenant* (amendment) to the
/// pacte, laid out as an act to deliberate and sign (DESIGN §6.2): its
/// number, « Vu le pacte signé le … » and the deliberations that authorise
/// it, then one article per article of the pact it amends, each change a
/// sentence, the budget's change in a table, and the signature page of the
/// new version's signatories only (a structure that leaves signs nothing;
/// its departure is an article).
public enum AmendmentBuilder {
    /// The amendment turning `old` into `new`, in the new version's
    /// language; `number` is the avenant's own number (`--numéro`).
    public static func build(_ diff: PacteDiff, old: Pacte, new: Pacte, number: String? = nil) -> Document {
        Builder(diff: diff, old: old, new: new, number: number).build()
    }

    private struct Builder {
        let diff: PacteDiff
        let old: Pacte
        let new: Pacte
        let number: String?
        let language: Language
        let wording: ActWording
        /// The pact's articles as its own document numbers them, by anchor.
        let articles: [String: (number: Int, title: String)]

        init(diff: PacteDiff, old: Pacte, new: Pacte, number: String?) {
            self.diff = diff
            self.old = old
            self.new = new
            self.number = number?.trimmingBlanks.isEmpty == false ? number : nil
            language = new.documentLanguage
            wording = ActWording(pacte: new, language: language)
            var articles: [String: (Int, String)] = [:]
            let pacteDocument = DocumentBuilder.build(old, ruleTitle: { CodeCatalogue.explanation(for: $0)?.title })
            var count = 0
            for section in pacteDocument.sections where section.role == .provision {
                count += 1
                // « Article 4 – Plan d’actions » → « Plan d’actions ».
                let text = section.heading.text
                let title = text.firstIndex(of: "–").map { String(text[text.index(after: $0)...]).trimmingBlanks } ?? text
                articles[section.heading.anchor] = (count, title)
            }
            self.articles = articles
        }

        func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }
        func typeset(_ text: String) -> String { Typography.apply(text, language) }
        func quoted(_ text: String) -> String { typeset("\"\(text)\"") }

        func build() -> Document {
            let pacteTitle = typeset(new.title ?? old.title ?? t("Pacte de coopération pour les transitions", "Cooperation pact for the transitions"))
            let numbered = number.map { t("Avenant n°\u{00A0}\(typeset($0))", "Amendment no.\u{00A0}\(typeset($0))") } ?? t("Avenant", "Amendment")
            var facts: [Fact] = []
            if let territory = new.territory.value { facts.append(Fact(t("Territoire", "Territory"), typeset(territory))) }
            if let signed = old.act?.date.value { facts.append(Fact(t("Pacte signé le", "Pact signed on"), Typography.date(signed, language))) }
            else if let adoption = old.adoption.value { facts.append(Fact(t("Pacte adopté le", "Pact adopted on"), Typography.date(adoption, language))) }
            if let period = new.period.value { facts.append(Fact(t("Période", "Period"), "\(period.lowerBound) – \(period.upperBound)")) }
            // « Avenant n° 1 au pacte de coopération pour les transitions de … »
            // when the title names the pacte, else « … au pacte « titre » ».
            let lowered = pacteTitle.prefix(1).lowercased() + pacteTitle.dropFirst()
            let toThePacte = lowered.hasPrefix(t("pacte ", "cooperation pact")) ? t(" au ", " to the ") + lowered : t(" au pacte ", " to the pact ") + quoted(pacteTitle)
            let titleBlock = TitleBlock(numbered + toThePacte, facts: facts, anchor: "avenant")
            var sections = amendedArticles()
            if diff.changes.isEmpty && diff.budget.old == diff.budget.new {
                sections.append(Section(Heading(level: 2, t("Objet", "Purpose"), anchor: "avenant-objet"),
                                        blocks: [.paragraph(Paragraph(.note, [.emphasis(t("Le présent avenant ne modifie aucune disposition de fond du pacte.",
                                                                                           "This amendment changes no provision of substance of the pact."))]))]))
            }
            sections.append(Section(Heading(level: 2, t("Autres stipulations", "Other provisions"), anchor: "avenant-autres"), blocks: [
                .paragraph(Paragraph(.body, [.text(t("Les autres stipulations du pacte demeurent inchangées.", "The other provisions of the pact remain unchanged."))])),
            ]))
            sections.append(Section(Heading(level: 2, t("Entrée en vigueur", "Entry into force"), anchor: "avenant-entree-en-vigueur"), blocks: [
                .paragraph(Paragraph(.body, [.text(new.signatories.count > 1
                    ? t("Le présent avenant entre en vigueur à la date de sa signature par le dernier des signataires.",
                        "This amendment comes into force on the date it is signed by the last of the signatories.")
                    : t("Le présent avenant entre en vigueur à la date de sa signature.", "This amendment comes into force on the date it is signed."))])),
            ]))
            for index in sections.indices {
                sections[index].heading.text = "Article \(index + 1) – " + sections[index].heading.text
            }
            let subject = t("Avenant au pacte de coopération pour les transitions", "Amendment to the cooperation pact for the transitions")
                + (new.territory.value.map { " — " + typeset($0) } ?? "")
            return Document(
                language: language,
                metadata: Document.Metadata(title: numbered + " — " + pacteTitle, subject: subject,
                                            keywords: [t("avenant", "amendment"), t("pacte de coopération", "cooperation pact")], date: new.act?.date.value),
                titleBlock: titleBlock, preamble: preamble(), sections: sections, signaturePage: wording.signaturePage(),
                initialsLabel: t("Paraphes\u{00A0}:", "Initials:"))
        }

        /// « Vu le code … », « Vu le pacte … signé le … », the deliberations
        /// the new version adds (those that authorise the avenant), the parties.
        func preamble() -> [Block] {
            var citations = [wording.lawCitation()].compactMap { $0 }
            let title = typeset(old.title ?? new.title ?? t("Pacte de coopération pour les transitions", "Cooperation pact for the transitions"))
            // « Vu le pacte de coopération … » when the title names the pacte.
            let lowered = title.prefix(1).lowercased() + title.dropFirst()
            let named = lowered.hasPrefix(t("pacte ", "cooperation pact")) ? lowered : t("pacte ", "pact ") + quoted(title)
            if let signed = old.act?.date.value {
                citations.append(t("Vu le \(named) signé le \(Typography.date(signed, .fr))", "Having regard to the \(named) signed on \(Typography.date(signed, .en))"))
            } else if let adoption = old.adoption.value {
                citations.append(t("Vu le \(named) adopté le \(Typography.date(adoption, .fr))", "Having regard to the \(named) adopted on \(Typography.date(adoption, .en))"))
            } else {
                citations.append(t("Vu le \(named)", "Having regard to the \(named)"))
            }
            // A structure that leaves has written so (article « Retrait » of the pacte).
            for signatory in old.signatories where new.signatory(signatory.id) == nil {
                let name = wording.organisation(typeset(signatory.name ?? signatory.id))
                citations.append(t("Vu la lettre par laquelle \(name) a notifié son retrait du pacte", "Having regard to the letter by which \(name) gave notice of its withdrawal from the pact"))
            }
            for signatory in new.signatories {
                let before = Set((old.signatory(signatory.id)?.deliberations ?? []).map { "\($0.number ?? "")|\($0.date.value?.description ?? "")" })
                for deliberation in signatory.deliberations where !before.contains("\(deliberation.number ?? "")|\(deliberation.date.value?.description ?? "")") {
                    citations.append(wording.citation(of: deliberation, by: signatory, signing: .amendment))
                }
            }
            return wording.opening(citations: citations)
        }

        // MARK: - Articles

        /// Where a change belongs in the pact: the anchor of the article it amends.
        func anchor(of change: PacteDiff.Change) -> String {
            switch change.section {
            case .pacte: change.field == "période" ? "duree" : "objet"
            case .vision, .priorité: "vision"
            case .charte, .engagement: "charte"
            case .objectif, .action: "plan"
            case .espace, .gouvernance: "espaces"
            // A person is in the pacte as a member of a space or as a representative.
            case .personne: (old.spaces + new.spaces).contains { $0.members.value?.contains(change.id ?? "") ?? false } ? "espaces" : "signataires"
            case .financement: "financement"
            case .signataire, .délibération, .acte: "signataires"
            case .dérogation: "derogations"
            }
        }

        /// One article of the avenant per article of the pact it amends, in
        /// the pact's order; the signatories who join or leave, and the
        /// annex of waivers, in articles of their own.
        func amendedArticles() -> [Section] {
            var sentencesByAnchor: [String: [String]] = [:]
            var order: [String] = []
            // Parity is said in a sentence of its own below, from the figures.
            for change in diff.changes where change.field != "parité" {
                let anchor = anchor(of: change)
                if sentencesByAnchor[anchor] == nil { order.append(anchor) }
                sentencesByAnchor[anchor, default: []].append(sentence(change))
            }
            for space in new.spaces {
                guard let previous = old.spaces.first(where: { $0.id == space.id }) else { continue }
                let before = old.parity(of: previous), after = new.parity(of: space)
                guard before != after else { continue }
                if sentencesByAnchor["espaces"] == nil { order.append("espaces") }
                // « Parité : deux femmes et trois hommes ; … », told of the space.
                let parity = DocumentBuilder.parity(after, language)
                let figures = parity.firstIndex(of: ":").map { String(parity[parity.index(after: $0)...]).trimmingBlanks } ?? parity
                let space = quoted(typeset(space.name ?? space.id))
                sentencesByAnchor["espaces", default: []].append(typeset(t("Après ces changements, l’espace \(space) compte ", "After these changes, the space \(space) has ")) + figures)
            }
            if diff.budget.old != diff.budget.new, sentencesByAnchor["plan"] == nil { order.append("plan") }
            // The pact's order: its articles by number, then the parties, then the annex.
            let rank: (String) -> Int = { anchor in
                if let article = articles[anchor] { return article.number }
                return anchor == "signataires" ? 1_000 : 2_000
            }
            order.sort { rank($0) < rank($1) }
            return order.map { anchor in
                var blocks: [Block] = []
                let heading: String
                if anchor == "signataires" {
                    heading = t("Signataires", "Signatories")
                    blocks.append(.paragraph(Paragraph(.intro, [.text(typeset(t("Les signataires du pacte changent :", "The signatories of the pact change:")))])))
                } else if anchor == "derogations" {
                    heading = t("Annexe des dérogations", "Annex of waivers")
                    blocks.append(.paragraph(Paragraph(.intro, [.text(typeset(t("L’annexe des dérogations est ainsi modifiée :", "The annex of waivers is amended as follows:")))])))
                } else if let article = articles[anchor] {
                    heading = t("Modification de l’article \(article.number)", "Amendment of article \(article.number)")
                    blocks.append(.paragraph(Paragraph(.intro, [.text(typeset(t("L’article \(article.number) du pacte, « \(article.title) », est ainsi modifié :",
                                                                                  "Article \(article.number) of the pact, “\(article.title)”, is amended as follows:")))])))
                } else {
                    heading = t("Dispositions ajoutées", "Provisions added")
                    blocks.append(.paragraph(Paragraph(.intro, [.text(typeset(t("Le pacte est complété comme suit :", "The pact is supplemented as follows:")))])))
                }
                if let sentences = sentencesByAnchor[anchor] { blocks.append(.list(List(.numbered, sentences.map { [.text($0)] }))) }
                if anchor == "plan", diff.budget.old != diff.budget.new { blocks += budget() }
                return Section(Heading(level: 2, heading, anchor: "avenant-\(anchor)"), blocks: blocks)
            }
        }

        /// The budget's change in a sentence, then per objective in a table.
        func budget() -> [Block] {
            let objectiveIDs = new.objectives.map(\.id) + old.objectives.map(\.id).filter { id in !new.objectives.contains { $0.id == id } }
            let rows: [[TableCell]] = objectiveIDs.compactMap { id in
                let before = old.objectives.first { $0.id == id }.map { old.budget(of: $0) } ?? 0
                let after = new.objectives.first { $0.id == id }.map { new.budget(of: $0) } ?? 0
                guard before != after else { return nil }
                let title = (new.objectives.first { $0.id == id } ?? old.objectives.first { $0.id == id })?.title ?? id
                return [.text(typeset(title)), .text(Typography.money(before, language)),
                        .text(Typography.money(after, language)), .text(signed(after - before))]
            }
            let before = Typography.money(diff.budget.old, language), after = Typography.money(diff.budget.new, language)
            let difference = diff.budget.new - diff.budget.old
            let amount = Typography.money(difference < 0 ? (difference == .min ? .max : -difference) : difference, language)
            let sentence = difference >= 0
                ? t("Le budget total du pacte est porté de \(before) à \(after), soit une augmentation de \(amount). Par objectif :",
                    "The pact’s total budget is raised from \(before) to \(after), an increase of \(amount). By objective:")
                : t("Le budget total du pacte est ramené de \(before) à \(after), soit une diminution de \(amount). Par objectif :",
                    "The pact’s total budget is reduced from \(before) to \(after), a decrease of \(amount). By objective:")
            let table = Table(
                columns: [Table.Column(t("Objectif", "Objective"), width: 0.46), Table.Column(t("Avant", "Before"), .money, width: 0.18),
                          Table.Column(t("Après", "After"), .money, width: 0.18), Table.Column(t("Écart", "Difference"), .money, width: 0.18)],
                rows: rows,
                totals: [[.text(t("Total du pacte", "Pact total")), .text(before), .text(after), .text(signed(diff.budget.new - diff.budget.old))]])
            return [.paragraph(Paragraph(.intro, [.text(typeset(sentence))])), .table(table)]
        }

        // MARK: - Sentences

        /// One change as a whole sentence: « Le budget de l’action
        /// « Chantiers » passe de 24 000 € à 18 000 € (−6 000 €). ».
        func sentence(_ change: PacteDiff.Change) -> String {
            let title = change.title.map(typeset) ?? change.id ?? ""
            guard let field = change.field, field != "engagement" else {
                if change.field == "engagement" { return commitment(change) }
                return typeset(entity(change, title: title))
            }
            let owner = owner(change.section, title: title)
            if AmendmentBuilder.listFields.contains(field), change.kind != .changed {
                let who = actor(change.kind == .added ? change.new ?? "" : change.old ?? "")
                let list = listName(field)
                return typeset(change.kind == .added
                    ? t("\(capitalized(who)) rejoint \(list.fr) \(owner.fr).", "\(capitalized(who)) joins \(list.en) \(owner.en).")
                    : t("\(capitalized(who)) ne fait plus partie \(FrenchArticles.of(list.fr)) \(owner.fr).", "\(capitalized(who)) is no longer among \(list.en) \(owner.en)."))
            }
            if AmendmentBuilder.listFields.contains(field) {
                // `membres` for a list of names, or the other way round.
                let list = listName(field)
                func names(_ raw: String?) -> String {
                    guard let raw else { return t("personne", "nobody") }
                    if raw == PacteDiff.allMembers { return t("les membres de l’espace", "the members of the space") }
                    return raw.split(separator: ",").map { actor(String($0).trimmingBlanks) }.joinedAsList(language)
                }
                return typeset(t("\(capitalized(list.fr)) \(owner.fr) sont désormais \(names(change.new)) (au lieu \(from(names(change.old)))).",
                                 "\(capitalized(list.en)) \(owner.en) are now \(names(change.new)) (instead of \(names(change.old)))."))
            }
            let name = fieldName(field)
            let plural = name.fr.hasPrefix("les ")
            let before = change.old.map { display(field, $0, change, old: true) }
            let after = change.new.map { display(field, $0, change, old: false) }
            var text: String
            switch (before, after) {
            case let (before?, after?) where change.delta != nil:
                // Amounts: « porté de … à … », « ramené de … à … ».
                let up = (change.delta ?? 0) >= 0
                text = t("\(capitalized(name.fr)) \(owner.fr) est \(up ? "porté" : "ramené") \(from(before)) à \(after)",
                         "\(capitalized(name.en)) \(owner.en) is \(up ? "raised" : "reduced") from \(before) to \(after)")
            case let (before?, after?):
                text = t("\(capitalized(name.fr)) \(owner.fr) \(plural ? "passent" : "passe") \(from(before)) à \(after)", "\(capitalized(name.en)) \(owner.en) goes from \(before) to \(after)")
            case let (nil, after?):
                text = t("\(capitalized(name.fr)) \(owner.fr) \(plural ? "sont" : "est") désormais \(after)", "\(capitalized(name.en)) \(owner.en) is now \(after)")
            case let (before?, nil):
                text = t("Le pacte ne précise plus \(name.fr) \(owner.fr), qui était \(before)", "The pact no longer gives \(name.en) \(owner.en), which was \(before)")
            case (nil, nil):
                text = t("Le pacte modifie \(name.fr) \(owner.fr)", "The pact changes \(name.en) \(owner.en)")
            }
            if let delta = change.delta { text += " (\(signed(delta)))" }
            return typeset(text + ".")
        }

        /// A declaration added or removed.
        func entity(_ change: PacteDiff.Change, title: String) -> String {
            let added = change.kind == .added
            let named = quoted(title)
            switch change.section {
            case .action:
                return added ? t("L’action \(named) est ajoutée au plan d’actions.", "The action \(named) is added to the action plan.")
                    : t("L’action \(named) est retirée du plan d’actions.", "The action \(named) is removed from the action plan.")
            case .objectif:
                return added ? t("L’objectif \(named) est ajouté au plan d’actions.", "The objective \(named) is added to the action plan.")
                    : t("L’objectif \(named) est retiré du plan d’actions.", "The objective \(named) is removed from the action plan.")
            case .priorité:
                return added ? t("La priorité \(named) est ajoutée à la vision.", "The priority \(named) is added to the vision.")
                    : t("La priorité \(named) est retirée de la vision.", "The priority \(named) is removed from the vision.")
            case .espace:
                return added ? t("L’espace \(named) est créé.", "The space \(named) is created.") : t("L’espace \(named) est supprimé.", "The space \(named) is removed.")
            case .signataire:
                let organisation = wording.organisation(title)
                return added ? t("\(capitalized(organisation)) devient signataire du pacte.", "\(capitalized(organisation)) becomes a signatory of the pact.")
                    : t("\(capitalized(organisation)) se retire du pacte et n’en est plus signataire.", "\(capitalized(organisation)) withdraws from the pact and no longer signs it.")
            case .personne:
                return added ? t("Le pacte nomme désormais \(title).", "The pact now names \(title).") : t("Le pacte ne nomme plus \(title).", "The pact no longer names \(title).")
            case .dérogation:
                let code = change.id ?? ""
                let rule = DiagnosticCode(rawValue: code).flatMap { CodeCatalogue.explanation(for: $0)?.title.text(in: language) }.map { " (\($0))" } ?? ""
                return added ? t("Une dérogation à la règle \(code)\(rule) est ajoutée, pour la raison suivante : \(named).", "A waiver of rule \(code)\(rule) is added, for this reason: \(named).")
                    : t("La dérogation à la règle \(code)\(rule) est levée.", "The waiver of rule \(code)\(rule) is lifted.")
            default:
                return added ? t("\(named) est ajouté.", "\(named) is added.") : t("\(named) est retiré.", "\(named) is removed.")
            }
        }

        /// A commitment added to or removed from the charter, a space or the funding.
        func commitment(_ change: PacteDiff.Change) -> String {
            let text = quoted(change.kind == .added ? change.new ?? "" : change.old ?? "")
            let place: (fr: String, en: String)
            switch change.section {
            case .charte: place = change.kind == .added ? ("à la charte", "to the charter") : ("de la charte", "from the charter")
            case .financement: place = change.kind == .added ? ("aux engagements de financement", "to the funding commitments") : ("des engagements de financement", "from the funding commitments")
            default:
                let space = new.spaces.first { $0.id == change.id } ?? old.spaces.first { $0.id == change.id }
                let name = quoted(typeset(space?.name ?? change.id ?? ""))
                place = change.kind == .added ? ("aux engagements pris dans l’espace \(name)", "to the commitments made in the space \(name)")
                    : ("des engagements pris dans l’espace \(name)", "from the commitments made in the space \(name)")
            }
            return typeset(change.kind == .added ? t("L’engagement \(text) est ajouté \(place.fr).", "The commitment \(text) is added \(place.en).")
                : t("L’engagement \(text) est retiré \(place.fr).", "The commitment \(text) is removed \(place.en)."))
        }

        /// « de l’action « … » », “of the action “…””.
        func owner(_ section: KindID, title: String) -> (fr: String, en: String) {
            let named = quoted(title)
            switch section {
            case .pacte: return ("du pacte", "of the pact")
            case .vision: return ("de la vision", "of the vision")
            case .financement: return ("du financement", "of the funding")
            case .action: return ("de l’action \(named)", "of the action \(named)")
            case .objectif: return ("de l’objectif \(named)", "of the objective \(named)")
            case .priorité: return ("de la priorité \(named)", "of the priority \(named)")
            case .espace: return ("de l’espace \(named)", "of the space \(named)")
            case .signataire: return (FrenchArticles.of(title), "of \(title)")
            case .personne: return ("de \(title)", "of \(title)")
            case .dérogation: return ("de la dérogation à la règle \(title)", "of the waiver of rule \(title)")
            default: return ("de \(named)", "of \(named)")
            }
        }

        /// A property's name with its article, for « Le budget de … passe de … ».
        func fieldName(_ field: String) -> (fr: String, en: String) {
            AmendmentBuilder.fieldNames[field] ?? ("la valeur « \(field) »", "the value “\(field)”")
        }

        func listName(_ field: String) -> (fr: String, en: String) {
            switch field {
            case "membres": ("les membres", "the members")
            case "partenaires": ("les partenaires", "the partners")
            case "votants": ("les votants", "the voters")
            case "pilotes": ("les pilotes transversaux", "the transversal leads")
            case "ordre-du-jour": ("ceux qui fixent l’ordre du jour", "those who set the agenda")
            default: ("les participants", "the participants")
            }
        }

        /// A value as the pact prints it: an amount with its no-break
        /// space, a calendar in words, a level of participation by its label.
        func display(_ field: String, _ raw: String, _ change: PacteDiff.Change, old isOld: Bool) -> String {
            let pacte = isOld ? old : new
            switch field {
            case "budget":
                if let cents = pacte.actions.first(where: { $0.id == change.id })?.budget.value { return Typography.money(cents, language) }
            case "fonds-initiatives":
                if let cents = pacte.funding?.initiativeFund.value { return Typography.money(cents, language) }
            case "calendrier":
                if let range = pacte.actions.first(where: { $0.id == change.id })?.calendar.value { return Typography.range(range, language) }
            case "période": return raw.replacingDots(by: "–")
            case "adoption": if let date = pacte.adoption.value { return Typography.date(date, language) }
            case "participation": if let level = ParticipationLevel(rawValue: raw) { return quoted(DocumentBuilder.label(of: level, language)) }
            case "rôle":
                if let role = Role(rawValue: raw) {
                    return quoted(DocumentBuilder.label(of: role, gender: pacte.person(change.id ?? "")?.gender.value, language))
                }
            case "forme": if let form = LegalForm(rawValue: raw) { return quoted(DocumentBuilder.label(of: form, language)) }
            case "échelon": if let level = Level(rawValue: raw) { return quoted(DocumentBuilder.label(of: level, language)) }
            case "majorité":
                if raw.contains("/") { return raw }
            default: break
            }
            if raw == PacteDiff.allMembers { return t("les membres de l’espace", "the space’s members") }
            let flat = raw.split(separator: "\n").joined(separator: " ")
            return quoted(flat.count > 200 ? String(flat.prefix(197)) + "…" : flat)
        }

        func signed(_ cents: Cents) -> String {
            (cents >= 0 ? "+" : "−") + Typography.money(cents < 0 ? (cents == .min ? .max : -cents) : cents, language)
        }

        /// A name from a list: a signatory with its article, a person as named.
        func actor(_ name: String) -> String {
            let signatories = new.signatories + old.signatories
            return signatories.contains { typeset($0.name ?? $0.id) == typeset(name) } ? wording.organisation(typeset(name)) : typeset(name)
        }

        /// « de 24 000 € », « d’« acteur » »: French elides before a vowel, quoted or not.
        func from(_ value: String) -> String {
            if value.hasPrefix("les ") { return "des " + value.dropFirst(4) }
            if value.hasPrefix("le ") { return "du " + value.dropFirst(3) }
            let letters = value.drop { $0 == "«" || $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" }
            return (FrenchArticles.startsWithVowel(String(letters)) ? "d’" : "de ") + value
        }

        func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
    }

    /// Fields whose values are lists of ids, printed as names.
    static let listFields: Set<String> = ["partenaires", "membres", "votants", "pilotes", "ordre-du-jour", "participants"]

    /// Each property the diff compares, with its article, in both languages.
    static let fieldNames: [String: (fr: String, en: String)] = [
        "titre": ("l’intitulé", "the title"), "territoire": ("le territoire", "the territory"), "échelon": ("l’échelon", "the level"),
        "forme": ("la forme de l’espace de coopération", "the form of the cooperation space"), "période": ("la période", "the period"),
        "langue": ("la langue du document", "the document’s language"), "adoption": ("la date d’adoption", "the adoption date"),
        "horizon": ("l’horizon", "the horizon"), "texte": ("le texte", "the text"), "collège": ("le collège", "the college"),
        "représentant": ("le représentant", "the representative"), "genre": ("le genre", "the gender"), "rôle": ("le rôle", "the role"),
        "structure": ("la structure", "the organisation"), "jeune": ("la mention « jeune »", "the “young” mark"),
        "priorité": ("la priorité", "the priority"), "indicateur": ("l’indicateur", "the indicator"), "cible": ("la cible", "the target"),
        "objectif": ("l’objectif", "the objective"), "description": ("la description", "the description"), "pilote": ("le pilote", "the lead"),
        "participation": ("le niveau de participation", "the participation level"), "calendrier": ("le calendrier", "the calendar"),
        "budget": ("le budget", "the budget"), "type": ("le type", "the type"), "missions": ("les missions", "the missions"),
        "siège-jeunesse": ("le siège jeunesse", "the youth seat"), "présidence": ("la présidence", "the presidency"),
        "parité": ("la parité", "the parity"), "appui": ("l’appui", "the support"), "décision": ("le mode de décision", "the decision rule"),
        "majorité": ("la majorité requise", "the majority required"), "quorum": ("le quorum", "the quorum"), "retour": ("le retour", "the feedback"),
        "fréquence": ("la fréquence des réunions", "the meeting frequency"), "fonds-initiatives": ("le fonds pour les initiatives", "the initiative fund"),
        "conventions": ("la durée des conventions", "the term of the agreements"), "raison": ("la raison", "the reason"),
        "ordre-du-jour": ("l’ordre du jour", "the agenda"), "participants": ("les participants", "the participants"),
        "votants": ("les votants", "the voters"), "pilotes": ("les pilotes transversaux", "the transversal leads"),
        "membres": ("les membres", "the members"), "partenaires": ("les partenaires", "the partners"),
    ]
}

private extension String {
    /// `2026..2031` → `2026–2031`.
    func replacingDots(by replacement: String) -> String {
        var result = "", rest = Substring(self)
        while let dot = rest.firstIndex(of: "."), rest.index(after: dot) < rest.endIndex, rest[rest.index(after: dot)] == "." {
            result += rest[..<dot] + replacement
            rest = rest[rest.index(dot, offsetBy: 2)...]
        }
        return result + rest
    }
}
