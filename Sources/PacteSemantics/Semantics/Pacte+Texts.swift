import PacteCore
import PacteSyntax
import PacteSchema

/// A piece of text the file gives, with where it is written.
public struct WrittenText: Sendable {
    /// The text, decoded.
    public var text: String
    /// The span of the title or property that holds it.
    public var span: Span
    /// The kind of the declaration that holds it: `action`.
    public var ownerKind: String
    /// The id of that declaration, if it has one: `chantiers`.
    public var ownerID: String?
    /// The property that holds it, if not the title: `description`.
    public var property: String?

    /// What holds it, for messages: `action chantiers`. Built on demand:
    /// a pacte has thousands of texts and few of them are ever named.
    public var owner: String {
        ownerID.map { ownerKind + " " + $0 } ?? ownerKind
    }

    /// « `action chantiers` » or « `action chantiers` (`description`) ».
    public var place: String {
        "`\(owner)`" + (property.map { " (`\($0)`)" } ?? "")
    }
}

extension Pacte {
    /// Every title, string and text of the pacte, in file order, with
    /// where it is written and what holds it.
    public var writtenTexts: [WrittenText] {
        var texts: [WrittenText] = []
        texts.reserveCapacity(2 * (actions.count + objectives.count) + persons.count + signatories.count + 16)
        forEachWrittenText { texts.append($0) }
        return texts.sorted { $0.span.start < $1.span.start }
    }

    /// Hands each text to `body`, grouped by kind of declaration, without
    /// gathering or sorting them: a rule that reads each text once then
    /// touches each string once, where an array of them held each one and
    /// let it go again long after, when it had left the cache.
    func forEachWrittenText(_ body: (WrittenText) -> Void) {
        func add(_ text: String?, _ span: Span?, _ kind: String, _ id: String? = nil, _ property: String? = nil) {
            if let text, let span { body(WrittenText(text: text, span: span, ownerKind: kind, ownerID: id, property: property)) }
        }
        func add(_ field: Field<String>, _ kind: String, _ id: String?, _ property: String) {
            add(field.value, field.span, kind, id, property)
        }
        func add(_ commitments: [Commitment], _ kind: String, _ id: String? = nil) {
            for commitment in commitments { add(commitment.text, commitment.site.title, kind, id) }
        }
        add(title, site?.title, "pacte")
        add(territory, "pacte", nil, "territoire")
        if let vision {
            add(vision.text, "vision", nil, "texte")
            for priority in vision.priorities {
                add(priority.title, priority.site.title, "priorité", priority.id)
                add(priority.text, "priorité", priority.id, "texte")
            }
        }
        if let charter { add(charter.commitments, "charte") }
        for signatory in signatories {
            add(signatory.name, signatory.site.title, "signataire", signatory.id)
            add(signatory.capacity, "signataire", signatory.id, "qualité")
            for deliberation in signatory.deliberations {
                add(deliberation.number, deliberation.site.title, "délibération", signatory.id)
                add(deliberation.body, "délibération", signatory.id, "organe")
            }
        }
        if let act {
            add(act.place, "acte", nil, "lieu")
            for citation in act.citations.value ?? [] { add(citation, act.citations.span, "acte", nil, "visas") }
            add(act.amendment, "acte", nil, "révision")
        }
        for person in persons { add(person.name, person.site.title, "personne", person.id) }
        for objective in objectives {
            add(objective.title, objective.site.title, "objectif", objective.id)
            add(objective.indicator, "objectif", objective.id, "indicateur")
            add(objective.target, "objectif", objective.id, "cible")
        }
        for action in actions {
            add(action.title, action.site.title, "action", action.id)
            add(action.description, "action", action.id, "description")
        }
        for space in spaces {
            add(space.name, space.site.title, "espace", space.id)
            add(space.missions, "espace", space.id, "missions")
            add(space.support, "espace", space.id, "appui")
            add(space.commitments, "espace", space.id)
        }
        if let funding { add(funding.commitments, "financement") }
        for waiver in waivers { add(waiver.reason, waiver.site.title, "dérogation", waiver.code?.rawValue ?? "") }
    }
}

