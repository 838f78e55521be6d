/// JSON keys come from the schema table: a property's English alias in
/// camel case (`youth-seat` → `youthSeat`). Nothing here spells them twice.
enum JSONKeys {
    static func key(_ kind: KindID, _ property: String) -> String {
        guard let schema = Schema.pacte.allKinds.first(where: { $0.id == kind }) else {
            preconditionFailure("no kind \(kind)")
        }
        return camelCase(schema[property: property].english)
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
