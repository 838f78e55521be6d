import PacteCore
import PacteDriver
import PacteSchema
import PacteSemantics
import PacteDocument
import PacteJSON

/// The changes between two versions as an *avenant* (amendment) to the
/// pacte, ready to be voted and signed: the same document structure as the
/// pacte itself, so every backend prints it.
public enum AmendmentBuilder {
    /// The amendment turning `old` into `new`, in the new version's language.
    public static func build(_ diff: PacteDiff, old: Pacte, new: Pacte) -> Document {
        let language = new.documentLanguage
        func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }
        func typeset(_ text: String) -> String { Typography.apply(text, language) }
        let pacteTitle = typeset(new.title ?? old.title ?? t("Pacte de coopération pour les transitions", "Cooperation pact for the transitions"))
        var blocks: [Block] = [.heading(level: 1, text: t("Avenant au pacte", "Amendment to the pacte") + " — " + pacteTitle, anchor: "avenant")]
        var facts: [(label: String, value: String)] = []
        if let territory = new.territory.value { facts.append((t("Territoire", "Territory"), typeset(territory))) }
        if let adoption = old.adoption.value { facts.append((t("Pacte adopté le", "Pacte adopted on"), Typography.date(adoption, language))) }
        if let period = new.period.value { facts.append((t("Période", "Period"), "\(period.lowerBound) – \(period.upperBound)")) }
        if !facts.isEmpty { blocks.append(.facts(facts)) }
        blocks.append(.paragraph([.text(typeset(t(
            "Les signataires conviennent de modifier le pacte comme suit. Les autres dispositions du pacte demeurent inchangées.",
            "The signatories agree to amend the pacte as follows. The other provisions of the pacte remain unchanged.")))]))
        if diff.changes.isEmpty {
            blocks.append(.paragraph([.emphasis(t("Aucune modification de fond.", "No change of substance."))]))
        }
        var section: KindID?
        var items: [[Inline]] = []
        func flush() {
            if !items.isEmpty { blocks.append(.list(ordered: true, items: items)) }
            items = []
        }
        for change in diff.changes {
            if change.section != section {
                flush()
                section = change.section
                blocks.append(.heading(level: 2, text: PacteDiffRenderer.sectionTitle(change.section, language), anchor: "avenant-\(change.section.rawValue)"))
            }
            items.append(item(change, language) { id in
                // Lists hold ids: print the names people know.
                new.person(id)?.name ?? old.person(id)?.name ?? new.signatory(id)?.name ?? old.signatory(id)?.name ?? id
            })
        }
        flush()
        if diff.budget.old != diff.budget.new {
            blocks.append(.heading(level: 2, text: t("Budget", "Budget"), anchor: "avenant-budget"))
            let objectiveIDs = new.objectives.map(\.id) + old.objectives.map(\.id).filter { id in !new.objectives.contains { $0.id == id } }
            let rows: [[TableCell]] = objectiveIDs.compactMap { id in
                let before = old.objectives.first { $0.id == id }.map { Pacte.total(of: old.actions(of: $0)) } ?? 0
                let after = new.objectives.first { $0.id == id }.map { Pacte.total(of: new.actions(of: $0)) } ?? 0
                guard before != after else { return nil }
                let title = (new.objectives.first { $0.id == id } ?? old.objectives.first { $0.id == id })?.title ?? id
                return [.text(typeset(title)), .text(Typography.money(before, language), numeric: true),
                        .text(Typography.money(after, language), numeric: true), .text(signed(after - before, language), numeric: true)]
            }
            blocks.append(.table(Table(
                header: [t("Objectif", "Objective"), t("Avant", "Before"), t("Après", "After"), t("Écart", "Difference")],
                widths: [0.46, 0.18, 0.18, 0.18], rows: rows,
                footer: [[.text(t("Total du pacte", "Pacte total")), .text(Typography.money(diff.budget.old, language), numeric: true),
                          .text(Typography.money(diff.budget.new, language), numeric: true),
                          .text(signed(diff.budget.new - diff.budget.old, language), numeric: true)]],
                caption: nil)))
        }
        if !new.signatories.isEmpty {
            blocks.append(.heading(level: 2, text: t("Signatures", "Signatures"), anchor: "signatures"))
            let place = "\u{2026}\u{2026}\u{2026}\u{2026}"
            blocks.append(.signatures(new.signatories.map { signatory in
                SignatureBlock(
                    organisation: typeset(signatory.name ?? signatory.id),
                    representative: signatory.representative.value.flatMap { new.person($0)?.name }.map(typeset),
                    placeAndDate: t("Fait à \(place), le \(place)", "Signed at \(place), on \(place)"),
                    signatureLabel: t("Signature", "Signature"))
            }))
        }
        let subject = t("Avenant au pacte de coopération pour les transitions", "Amendment to the cooperation pact for the transitions")
            + (new.territory.value.map { " — " + typeset($0) } ?? "")
        return Document(
            language: language,
            metadata: Document.Metadata(title: t("Avenant", "Amendment") + " — " + pacteTitle, subject: subject,
                                        keywords: [t("avenant", "amendment"), t("pacte de coopération", "cooperation pact")], date: nil),
            blocks: blocks)
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
