import PacteCore
import PacteSchema
import PacteSemantics

/// JSON keys come from the schema table: a property's English alias in
/// camel case (`youth-seat` → `youthSeat`). Nothing here spells them twice.
enum JSONKeys {
    static func key(_ kind: KindID, _ property: String) -> String {
        guard let key = keys[kind]?[property] else {
            preconditionFailure("no property `\(property)` in kind `\(kind)`")
        }
        return key
    }

    /// Every key, worked out once: the JSON of a large pacte asks for one
    /// for each member of each action.
    private static let keys: [KindID: [String: String]] = {
        var keys: [KindID: [String: String]] = [:]
        for kind in Schema.pacte.allKinds {
            for property in kind.properties where keys[kind.id]?[property.name] == nil {
                keys[kind.id, default: [:]][property.name] = camelCase(property.english)
            }
        }
        return keys
    }()

    /// The schema of a property of a kind; a kind such as `engagement`
    /// stands in several places, with properties in some of them.
    static func schema(_ kind: KindID, _ property: String) -> PropertySchema {
        let candidates = Schema.pacte.allKinds.filter { $0.id == kind }.flatMap(\.properties)
        guard let schema = candidates.first(where: { $0.name == property }) else {
            preconditionFailure("no property `\(property)` in kind `\(kind)`")
        }
        return schema
    }

    static func camelCase(_ name: String) -> String {
        var result = ""
        var upperNext = false
        for character in name {
            if character == "-" || character == "_" {
                upperNext = true
            } else if upperNext {
                result += character.uppercased()
                upperNext = false
            } else {
                result.append(character)
            }
        }
        return result
    }
}
