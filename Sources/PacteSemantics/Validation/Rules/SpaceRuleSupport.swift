import PacteCore
import PacteSyntax
import PacteSchema

extension Pacte {
    /// The members of a space, when the list and every member's `field`
    /// are readable; nil when a mistake already reported makes the
    /// question unanswerable.
    func readableMembers<T>(of space: Space, _ field: (Person) -> Field<T>) -> [Person]? {
        guard let ids = space.members.value else { return nil }
        let members = ids.compactMap(person)
        guard members.count == ids.count, !members.contains(where: { !field($0).isAbsent && field($0).value == nil }) else { return nil }
        return members
    }
}
