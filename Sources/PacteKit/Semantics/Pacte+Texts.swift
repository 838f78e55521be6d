/// A piece of text the file gives, with where it is written.
public struct WrittenText: Sendable {
    /// The text, decoded.
    public var text: String
    /// The span of the title or property that holds it.
    public var span: Span
    /// What holds it, for messages: `action chantiers`.
    public var owner: String
    /// The property that holds it, if not the title: `description`.
    public var property: String?

    /// « `action chantiers` » or « `action chantiers` (`description`) ».
    public var place: String {
        "`\(owner)`" + (property.map { " (`\($0)`)" } ?? "")
    }
}

extension Pacte {
    /// Every title, string and text of the pacte, in file order: what
    /// checks about wording (placeholders) read.
    public var writtenTexts: [WrittenText] {
        var texts: [WrittenText] = []
        func add(_ text: String?, _ span: Span?, _ owner: String, _ property: String? = nil) {
            if let text, let span { texts.append(WrittenText(text: text, span: span, owner: owner, property: property)) }
        }
        func add(_ field: Field<String>, _ owner: String, _ property: String) { add(field.value, field.span, owner, property) }
        func add(_ commitments: [Commitment], _ owner: String) {
            for commitment in commitments { add(commitment.text, commitment.site.title, owner) }
        }
        add(title, site?.title, "pacte")
        add(territory, "pacte", "territoire")
        if let vision {
            add(vision.text, "vision", "texte")
            for priority in vision.priorities {
                add(priority.title, priority.site.title, "priorité \(priority.id)")
                add(priority.text, "priorité \(priority.id)", "texte")
            }
        }
        if let charter { add(charter.commitments, "charte") }
        for signatory in signatories { add(signatory.name, signatory.site.title, "signataire \(signatory.id)") }
        for person in persons { add(person.name, person.site.title, "personne \(person.id)") }
        for objective in objectives {
            let owner = "objectif \(objective.id)"
            add(objective.title, objective.site.title, owner)
            add(objective.indicator, owner, "indicateur")
            add(objective.target, owner, "cible")
        }
        for action in actions {
            add(action.title, action.site.title, "action \(action.id)")
            add(action.description, "action \(action.id)", "description")
        }
        for space in spaces {
            let owner = "espace \(space.id)"
            add(space.name, space.site.title, owner)
            add(space.missions, owner, "missions")
            add(space.support, owner, "appui")
            add(space.commitments, owner)
        }
        if let funding { add(funding.commitments, "financement") }
        for waiver in waivers { add(waiver.reason, waiver.site.title, "dérogation \(waiver.code?.rawValue ?? "")") }
        return texts.sorted { $0.span.start < $1.span.start }
    }
}

