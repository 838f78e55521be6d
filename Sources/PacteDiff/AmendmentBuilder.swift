import PacteCore
import PacteDriver
import PacteSchema
import PacteSemantics
import PacteDocument
import PacteJSON

/// The changes between two versions as an *avenant* (amendment) to the
/// pacte, ready to be voted and signed: the same document structure as the
/// pacte itself (a title block, the opening sentence as its preamble, a
/// section per kind of declaration changed, the budget, the signature
/// page), so every backend prints it.
public enum AmendmentBuilder {
    /// The amendment turning `old` into `new`, in the new version's language.
    public static func build(_ diff: PacteDiff, old: Pacte, new: Pacte) -> Document {
        let language = new.documentLanguage
        func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }
        func typeset(_ text: String) -> String { Typography.apply(text, language) }
        let pacteTitle = typeset(new.title ?? old.title ?? t("Pacte de coopération pour les transitions", "Cooperation pact for the transitions"))
        var facts: [Fact] = []
        if let territory = new.territory.value { facts.append(Fact(t("Territoire", "Territory"), typeset(territory))) }
        if let adoption = old.adoption.value { facts.append(Fact(t("Pacte adopté le", "Pacte adopted on"), Typography.date(adoption, language))) }
        if let period = new.period.value { facts.append(Fact(t("Période", "Period"), "\(period.lowerBound) – \(period.upperBound)")) }
        let titleBlock = TitleBlock(t("Avenant au pacte", "Amendment to the pacte") + " — " + pacteTitle, facts: facts, anchor: "avenant")
        // What the signatories agree to, before the articles that say it.
        var preamble: [Block] = [.paragraph(Paragraph(.body, [.text(typeset(t(
            "Les signataires conviennent de modifier le pacte comme suit. Les autres dispositions du pacte demeurent inchangées.",
            "The signatories agree to amend the pacte as follows. The other provisions of the pacte remain unchanged.")))]))]
        if diff.changes.isEmpty {
            preamble.append(.paragraph(Paragraph(.note, [.emphasis(t("Aucune modification de fond.", "No change of substance."))])))
        }
        // One section per run of changes to one kind of declaration, its changes numbered.
        var groups: [(kind: KindID, items: [[Inline]])] = []
        for change in diff.changes {
            if groups.last?.kind != change.section { groups.append((change.section, [])) }
            groups[groups.count - 1].items.append(item(change, language) { id in
                // Lists hold ids: print the names people know.
                new.person(id)?.name ?? old.person(id)?.name ?? new.signatory(id)?.name ?? old.signatory(id)?.name ?? id
            })
        }
        var sections = groups.map { group in
            Section(Heading(level: 2, PacteDiffRenderer.sectionTitle(group.kind, language), anchor: "avenant-\(group.kind.rawValue)"),
                    blocks: [.list(List(.numbered, group.items))])
        }
        if diff.budget.old != diff.budget.new {
            let objectiveIDs = new.objectives.map(\.id) + old.objectives.map(\.id).filter { id in !new.objectives.contains { $0.id == id } }
            let rows: [[TableCell]] = objectiveIDs.compactMap { id in
                let before = old.objectives.first { $0.id == id }.map { Pacte.total(of: old.actions(of: $0)) } ?? 0
                let after = new.objectives.first { $0.id == id }.map { Pacte.total(of: new.actions(of: $0)) } ?? 0
                guard before != after else { return nil }
                let title = (new.objectives.first { $0.id == id } ?? old.objectives.first { $0.id == id })?.title ?? id
                return [.text(typeset(title)), .text(Typography.money(before, language)),
                        .text(Typography.money(after, language)), .text(signed(after - before, language))]
            }
            let table = Table(
                columns: [Table.Column(t("Objectif", "Objective"), width: 0.46), Table.Column(t("Avant", "Before"), .money, width: 0.18),
                          Table.Column(t("Après", "After"), .money, width: 0.18), Table.Column(t("Écart", "Difference"), .money, width: 0.18)],
                rows: rows,
                totals: [[.text(t("Total du pacte", "Pacte total")), .text(Typography.money(diff.budget.old, language)),
                          .text(Typography.money(diff.budget.new, language)), .text(signed(diff.budget.new - diff.budget.old, language))]])
            sections.append(Section(Heading(level: 2, t("Budget", "Budget"), anchor: "avenant-budget"), blocks: [.table(table)]))
        }
        var signaturePage: SignaturePage?
        if !new.signatories.isEmpty {
            let place = "\u{2026}\u{2026}\u{2026}\u{2026}"
            signaturePage = SignaturePage(
                Heading(level: 2, t("Signatures", "Signatures"), anchor: "signatures"),
                signatures: new.signatories.map { signatory in
                    SignatureBlock(
                        signatory: signatory.id,
                        organisation: typeset(signatory.name ?? signatory.id),
                        representative: signatory.representative.value.flatMap { new.person($0)?.name }.map(typeset),
                        placeAndDate: t("Fait à \(place), le \(place)", "Signed at \(place), on \(place)"),
                        signatureLabel: t("Signature", "Signature"))
                })
        }
        let subject = t("Avenant au pacte de coopération pour les transitions", "Amendment to the cooperation pact for the transitions")
            + (new.territory.value.map { " — " + typeset($0) } ?? "")
        return Document(
            language: language,
            metadata: Document.Metadata(title: t("Avenant", "Amendment") + " — " + pacteTitle, subject: subject,
                                        keywords: [t("avenant", "amendment"), t("pacte de coopération", "cooperation pact")], date: nil),
            titleBlock: titleBlock, preamble: preamble, sections: sections, signaturePage: signaturePage)
    }

    /// One change as a sentence for the amendment.
    /// Fields whose values are lists of ids, printed as names.
    private static let listFields: Set<String> = ["partenaires", "membres", "votants", "pilotes", "ordre-du-jour", "participants"]

    static func item(_ change: PacteDiff.Change, _ language: Language, name: (String) -> String) -> [Inline] {
        func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }
        func quoted(_ text: String) -> String { Typography.apply("\"\(text)\"", language) }
        let subject = change.title.map(quoted) ?? change.id.map { "`\($0)`" } ?? ""
        let colon = Typography.apply(" : ", language)
        guard let field = change.field else {
            switch change.kind {
            case .added: return [.strong(t("Ajout", "Addition")), .text(colon + subject)]
            case .removed: return [.strong(t("Retrait", "Removal")), .text(colon + subject)]
            case .changed: return [.text(subject)]
            }
        }
        let owner = subject.isEmpty ? "" : t(" de ", " of ") + subject
        func value(_ raw: String) -> String {
            if raw == PacteDiff.allMembers && field != "membres" { return t("les membres de l’espace", "the space’s members") }
            return quoted(listFields.contains(field) ? name(raw) : raw)
        }
        switch change.kind {
        case .added:
            return [.strong(t("Ajout", "Addition")), .text(colon + field + owner + colon + value(change.new ?? ""))]
        case .removed:
            return [.strong(t("Retrait", "Removal")), .text(colon + field + owner + colon + value(change.old ?? ""))]
        case .changed:
            // Words rather than an arrow: the PDF's standard fonts have no `→`.
            var text = colon + field + owner + colon + (change.old.map(value) ?? t("(non précisé)", "(not set)"))
                + t(" devient ", " becomes ") + (change.new.map(value) ?? t("(non précisé)", "(not set)"))
            if let delta = change.delta { text += " (" + signed(delta, language) + ")" }
            return [.strong(t("Modification", "Change")), .text(text)]
        }
    }

    private static func signed(_ cents: Cents, _ language: Language) -> String {
        (cents >= 0 ? "+" : "−") + Typography.money(cents < 0 ? -cents : cents, language)
    }
}
