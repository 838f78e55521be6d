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

    /// What `readableMembers(of:_:)` answers, `value` of each member
    /// gathered in place rather than the members copied: for the rules
    /// that only count. Nil when the question is unanswerable.
    func readMembers<T, Result>(of space: Space, _ field: KeyPath<Person, Field<T>>, into result: Result,
                                _ gather: (inout Result, T?) -> Void) -> Result? {
        var result = result
        let readable = forEachMember(of: space) { person in
            let value = person[keyPath: field]
            guard value.isAbsent || value.value != nil else { return false }
            gather(&result, value.value)
            return true
        }
        return readable ? result : nil
    }
}
