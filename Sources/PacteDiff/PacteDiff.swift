import PacteCore
import PacteDriver
import PacteSchema
import PacteSemantics
import PacteDocument
import PacteJSON

/// What changed in meaning between two versions of a pacte: signatories,
/// persons, objectives, actions (with budget deltas), spaces (composition,
/// parity, decision path), vision, charter, funding, waivers, and the
/// diagnostics that appear or disappear. Formatting and comments are not
/// changes. Matching is by id.
public struct PacteDiff: Sendable {
    /// One change.
    public struct Change: Hashable, Sendable {
        /// What happened.
        public enum Kind: String, Sendable {
            /// `added` or `removed` for what appears or disappears (list members included); `changed` for a new value.
            case added, removed, changed
        }

        /// Whether it was added, removed or changed.
        public var kind: Kind
        /// The section: `signataire`, `action`, `espace`, …
        public var section: KindID
        /// The id of what changed, or nil for a singleton (`pacte`, `vision`).
        public var id: String?
        /// Its title or name, for readers.
        public var title: String?
        /// The property that changed, for `changed`.
        public var field: String?
        /// The value before, as readers see it: a reference by the name or
        /// title of what it names, a list of everyone in the space by
        /// ``PacteDiff/allMembers``.
        public var old: String?
        /// The value after.
        public var new: String?
        /// For an amount, the difference in cents.
        public var delta: Cents?
    }

    /// A diagnostic of one version, without its position (which moves).
    public struct DiagnosticSummary: Hashable, Sendable {
        /// The diagnostic's code, such as `P0301`.
        public var code: DiagnosticCode
        /// How serious it is.
        public var severity: Severity
        /// Its message, in French and English.
        public var message: LocalizedText
    }

    /// The value of a governance list that names every member of the
    /// space, as the file writes it (`votants: membres`).
    public static let allMembers = "membres"

    /// The changes, in document order.
    public let changes: [Change]
    /// The budget before and after, in cents.
    public let budget: (old: Cents, new: Cents)
    /// Diagnostics of the new version that the old one did not have.
    public let appeared: [DiagnosticSummary]
    /// Diagnostics of the old version that the new one no longer has.
    public let disappeared: [DiagnosticSummary]

    /// Whether the two versions mean the same.
    public var isEmpty: Bool { changes.isEmpty && appeared.isEmpty && disappeared.isEmpty }

    /// Compares two compiled versions.
    public init(old: Compilation, new: Compilation) {
        var builder = DiffBuilder(old: old.pacte, new: new.pacte)
        builder.compare()
        changes = builder.changes
        budget = (old.pacte.totalBudget, new.pacte.totalBudget)
        func summaries(_ compilation: Compilation) -> [DiagnosticSummary] {
            compilation.diagnostics.map { DiagnosticSummary(code: $0.code, severity: $0.severity, message: $0.message) }
        }
        let before = summaries(old), after = summaries(new)
        appeared = PacteDiff.subtracting(after, before)
        disappeared = PacteDiff.subtracting(before, after)
    }

    /// `a` minus `b`, as multisets, keeping `a`'s order.
    private static func subtracting(_ a: [DiagnosticSummary], _ b: [DiagnosticSummary]) -> [DiagnosticSummary] {
        var remaining: [DiagnosticSummary: Int] = [:]
        for item in b { remaining[item, default: 0] += 1 }
        return a.filter { item in
            if let count = remaining[item], count > 0 {
                remaining[item] = count - 1
                return false
            }
            return true
        }
    }
}

/// Walks both models side by side.
private struct DiffBuilder {
    let old: Pacte
    let new: Pacte
    let names: Names
    var changes: [PacteDiff.Change] = []

    init(old: Pacte, new: Pacte) {
        self.old = old
        self.new = new
        names = Names(old: old, new: new)
    }

    mutating func compare() {
        // The closures below read names while `self` records changes.
        let names = self.names
        header()
        vision()
        charter()
        entities(old.signatories, new.signatories, section: .signataire, id: \.id, title: \.name) { a, b in
            [("collège", a.college.value?.rawValue, b.college.value?.rawValue),
             ("représentant", names.old(a.representative.value), names.new(b.representative.value))]
        }
        entities(old.persons, new.persons, section: .personne, id: \.id, title: \.name) { a, b in
            [("genre", a.gender.value?.rawValue, b.gender.value?.rawValue),
             ("rôle", a.role.value?.rawValue, b.role.value?.rawValue),
             ("structure", names.old(a.organization.value), names.new(b.organization.value)),
             ("jeune", a.isYoung.value.map { $0 ? "oui" : "non" }, b.isYoung.value.map { $0 ? "oui" : "non" })]
        }
        entities(old.objectives, new.objectives, section: .objectif, id: \.id, title: \.title) { a, b in
            [("priorité", names.old(a.priority.value), names.new(b.priority.value)),
             ("indicateur", a.indicator.value, b.indicator.value),
             ("cible", a.target.value, b.target.value)]
        }
        entities(old.actions, new.actions, section: .action, id: \.id, title: \.title) { a, b in
            [("objectif", names.old(a.objective.value), names.new(b.objective.value)),
             ("description", a.description.value, b.description.value),
             ("pilote", names.old(a.lead.value), names.new(b.lead.value)),
             ("participation", a.participation.value?.rawValue, b.participation.value?.rawValue),
             ("calendrier", a.calendar.value.map(DiffBuilder.range), b.calendar.value.map(DiffBuilder.range))]
        }
        // Budgets with their difference, partners as who joined and who left.
        let oldActions = Dictionary(old.actions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for action in new.actions {
            guard let previous = oldActions[action.id] else { continue }
            if previous.budget.value != action.budget.value {
                let delta = (action.budget.value ?? 0) - (previous.budget.value ?? 0)
                record(.changed, .action, id: action.id, title: action.title, field: "budget",
                       old: previous.budget.value.map(DiffBuilder.money), new: action.budget.value.map(DiffBuilder.money), delta: delta)
            }
            membership(.action, id: action.id, title: action.title, field: "partenaires", previous.partners.value, action.partners.value)
        }
        spaces()
        funding()
        entities(old.waivers.filter { $0.code != nil }, new.waivers.filter { $0.code != nil }, section: .dérogation,
                 id: { $0.code!.rawValue }, title: \.reason) { a, b in
            [("raison", a.reason, b.reason)]
        }
    }

    static func money(_ cents: Cents) -> String { Typography.money(cents, .fr).replacingNoBreakSpaces() }

    static func range(_ range: DateRange) -> String { "\(range.lowerBound.description)..\(range.upperBound.description)" }


    mutating func record(_ kind: PacteDiff.Change.Kind, _ section: KindID, id: String?, title: String?, field: String? = nil,
                         old: String? = nil, new: String? = nil, delta: Cents? = nil) {
        changes.append(PacteDiff.Change(kind: kind, section: section, id: id, title: title, field: field, old: old, new: new, delta: delta))
    }

    mutating func fields(_ section: KindID, id: String?, title: String?, _ pairs: [(String, String?, String?)]) {
        for (field, before, after) in pairs where before != after {
            record(.changed, section, id: id, title: title, field: field, old: before, new: after)
        }
    }

    mutating func entities<T>(
        _ before: [T], _ after: [T], section: KindID, id: (T) -> String, title: (T) -> String?,
        fields compare: (T, T) -> [(String, String?, String?)]
    ) {
        let afterIDs = Set(after.map(id))
        var beforeByID: [String: T] = [:]
        for item in before where beforeByID[id(item)] == nil { beforeByID[id(item)] = item }
        // In file order: what was removed is told where it stood, after
        // the declaration that preceded it and is still there.
        var removedAfter: [String?: [T]] = [:]
        var survivor: String?
        for item in before {
            if afterIDs.contains(id(item)) { survivor = id(item) } else { removedAfter[survivor, default: []].append(item) }
        }
        func recordRemovals(after survivor: String?) {
            for item in removedAfter.removeValue(forKey: survivor) ?? [] { record(.removed, section, id: id(item), title: title(item)) }
        }
        recordRemovals(after: nil)
        for item in after {
            guard let previous = beforeByID[id(item)] else {
                record(.added, section, id: id(item), title: title(item))
                continue
            }
            var pairs = compare(previous, item)
            if title(previous) != title(item) { pairs.insert(("titre", title(previous), title(item)), at: 0) }
            fields(section, id: id(item), title: title(item), pairs)
            recordRemovals(after: id(item))
        }
    }

    mutating func header() {
        fields(.pacte, id: nil, title: new.title, [
            ("titre", old.title, new.title),
            ("territoire", old.territory.value, new.territory.value),
            ("échelon", old.level.value?.rawValue, new.level.value?.rawValue),
            ("forme", old.form.value?.rawValue, new.form.value?.rawValue),
            ("période", old.period.value.map { "\($0.lowerBound)..\($0.upperBound)" }, new.period.value.map { "\($0.lowerBound)..\($0.upperBound)" }),
            ("langue", old.language.value?.rawValue, new.language.value?.rawValue),
            ("adoption", old.adoption.value?.description, new.adoption.value?.description),
        ])
    }

    mutating func vision() {
        fields(.vision, id: nil, title: nil, [
            ("horizon", old.vision?.horizon.value.map(String.init), new.vision?.horizon.value.map(String.init)),
            ("texte", old.vision?.text.value, new.vision?.text.value),
        ])
        entities(old.vision?.priorities ?? [], new.vision?.priorities ?? [], section: .priorité, id: \.id, title: \.title) { a, b in
            [("texte", a.text.value, b.text.value)]
        }
    }

    mutating func charter() {
        commitments(old.charter?.commitments ?? [], new.charter?.commitments ?? [], section: .charte)
    }

    /// Commitments have no id unless given one: compare them by their text.
    mutating func commitments(_ before: [Commitment], _ after: [Commitment], section: KindID, owner: String? = nil) {
        func key(_ commitment: Commitment) -> String { (commitment.party.value?.rawValue ?? "") + "|" + (commitment.text ?? "") }
        let afterKeys = Set(after.map(key)), beforeKeys = Set(before.map(key))
        for commitment in before where !afterKeys.contains(key(commitment)) {
            record(.removed, section, id: owner, title: commitment.text, field: "engagement", old: commitment.text)
        }
        for commitment in after where !beforeKeys.contains(key(commitment)) {
            record(.added, section, id: owner, title: commitment.text, field: "engagement", new: commitment.text)
        }
    }

    mutating func spaces() {
        let oldByID = Dictionary(old.spaces.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newIDs = Set(new.spaces.map(\.id))
        for space in old.spaces where !newIDs.contains(space.id) { record(.removed, .espace, id: space.id, title: space.name) }
        for space in new.spaces {
            guard let previous = oldByID[space.id] else {
                record(.added, .espace, id: space.id, title: space.name)
                continue
            }
            let before = old.parity(of: previous), after = new.parity(of: space)
            func parity(_ count: ParityCount) -> String {
                "\(count.women) F, \(count.men) H, écart \(count.gap) (tolérance \(count.tolerance))" + (count.isReached ? "" : ", non atteinte")
            }
            let pairs: [(String, String?, String?)] = [
                ("titre", previous.name, space.name),
                ("type", previous.effectiveType.rawValue, space.effectiveType.rawValue),
                ("missions", previous.missions.value, space.missions.value),
                ("siège-jeunesse", oldName(previous.youthSeat.value), newName(space.youthSeat.value)),
                ("présidence", oldName(previous.presidency.value), newName(space.presidency.value)),
                ("parité", parity(before), parity(after)),
                ("appui", previous.support.value, space.support.value),
            ]
            fields(.espace, id: space.id, title: space.name, pairs)
            membership(.espace, id: space.id, title: space.name, field: "membres", previous.members.value, space.members.value)
            let a = previous.governance, b = space.governance
            participants(space, field: "ordre-du-jour", a?.agenda.value, b?.agenda.value)
            participants(space, field: "participants", a?.participants.value, b?.participants.value)
            fields(.espace, id: space.id, title: space.name, [("décision", a?.decision.value?.rawValue, b?.decision.value?.rawValue)])
            participants(space, field: "votants", a?.voters.value, b?.voters.value)
            fields(.espace, id: space.id, title: space.name, [
                ("majorité", a?.majority.value?.description, b?.majority.value?.description),
                ("quorum", a?.quorum.value.map { "\($0.description) %" }, b?.quorum.value.map { "\($0.description) %" }),
                ("retour", a?.feedback.value?.rawValue, b?.feedback.value?.rawValue),
            ])
            participants(space, field: "pilotes", a?.leads.value, b?.leads.value)
            fields(.espace, id: space.id, title: space.name, [("fréquence", a?.frequency.value?.rawValue, b?.frequency.value?.rawValue)])
            commitments(previous.commitments, space.commitments, section: .espace, owner: space.id)
        }
    }

    /// A list compared as who left and who joined, one change each, by name.
    mutating func membership(_ section: KindID, id: String, title: String?, field: String, _ before: [String]?, _ after: [String]?) {
        let a = before ?? [], b = after ?? []
        let kept = Set(a).intersection(b)
        for left in a where !kept.contains(left) { record(.removed, section, id: id, title: title, field: field, old: oldName(left)) }
        for joined in b where !kept.contains(joined) { record(.added, section, id: id, title: title, field: field, new: newName(joined)) }
    }

    /// A governance list. `membres` follows the space's composition, whose
    /// changes are reported under `membres`: moving between `membres` and a
    /// list of names is one change, not one line per person.
    mutating func participants(_ space: Space, field: String, _ before: Participants?, _ after: Participants?) {
        let wasAll = before?.isAllMembers ?? false, isAll = after?.isAllMembers ?? false
        if wasAll && isAll { return }
        if wasAll || isAll {
            func shown(_ list: Participants?, _ names: (String?) -> String?) -> String? {
                guard let list else { return nil }
                return list.isAllMembers ? PacteDiff.allMembers : list.ids.compactMap(names).joined(separator: ", ")
            }
            record(.changed, .espace, id: space.id, title: space.name, field: field,
                   old: shown(before, oldName), new: shown(after, newName))
            return
        }
        membership(.espace, id: space.id, title: space.name, field: field, before?.ids, after?.ids)
    }

    func oldName(_ id: String?) -> String? { names.old(id) }

    func newName(_ id: String?) -> String? { names.new(id) }

    mutating func funding() {
        fields(.financement, id: nil, title: nil, [
            ("fonds-initiatives", old.funding?.initiativeFund.value.map(DiffBuilder.money), new.funding?.initiativeFund.value.map(DiffBuilder.money)),
            ("conventions", old.funding?.agreements.value?.rawValue, new.funding?.agreements.value?.rawValue),
        ])
        commitments(old.funding?.commitments ?? [], new.funding?.commitments ?? [], section: .financement)
    }
}

/// What the ids of either version name, as readers know them: a person's
/// or signatory's name, an objective's or priority's title.
private struct Names {
    private let oldNames: [String: String]
    private let newNames: [String: String]

    init(old: Pacte, new: Pacte) {
        oldNames = Names.table(old)
        newNames = Names.table(new)
    }

    /// The name of an id of the old version.
    func old(_ id: String?) -> String? { id.map { oldNames[$0] ?? newNames[$0] ?? $0 } }

    /// The name of an id of the new version.
    func new(_ id: String?) -> String? { id.map { newNames[$0] ?? oldNames[$0] ?? $0 } }

    /// Ids are unique across a file, whatever their kind: one table holds them all.
    private static func table(_ pacte: Pacte) -> [String: String] {
        var names: [String: String] = [:]
        for priority in pacte.vision?.priorities ?? [] { names[priority.id] = priority.title }
        for objective in pacte.objectives { names[objective.id] = objective.title }
        for signatory in pacte.signatories { names[signatory.id] = signatory.name }
        for person in pacte.persons { names[person.id] = person.name }
        return names
    }
}

private extension String {
    /// Plain spaces for terminals and JSON.
    func replacingNoBreakSpaces() -> String {
        String(map { $0 == "\u{00A0}" ? " " : $0 })
    }
}
