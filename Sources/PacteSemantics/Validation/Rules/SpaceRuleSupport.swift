import PacteCore
import PacteSyntax
import PacteSchema

extension Pacte {
    /// `value` of each member of a space gathered into `result`, when the
    /// list and every member's `field` are readable; nil when a mistake
    /// already reported makes the question unanswerable. The members are
    /// read in place: the rules that count would otherwise copy each.
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
