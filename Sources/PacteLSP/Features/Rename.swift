import PacteCore
import PacteSchema

/// `textDocument/prepareRename` and `textDocument/rename` of an id: the
/// declaration and every reference change together. A new name that is
/// not a valid id, or that another declaration already holds (ids are
/// unique in a file), is refused with a message in the client's language.
extension LanguageServer {
    func prepareRename(_ params: JSONValue?) throws(ResponseError) -> JSONValue {
        guard let document = try document(params) else { return .null }
        let analysis = document.analysis
        // Only a declared id can be renamed: renaming an unresolved
        // reference would rename nothing else.
        guard let id = try id(at: params, in: analysis), analysis.index.definitions[id.name] != nil else { return .null }
        return .object([("range", analysis.converter(unit).range(id.span)), ("placeholder", .string(id.name))])
    }

    func rename(_ params: JSONValue?) throws(ResponseError) -> JSONValue {
        guard let document = try document(params) else { return .null }
        guard let newName = params?["newName"]?.string else { throw .invalidParams("`rename` needs `newName`") }
        let analysis = document.analysis
        guard let id = try id(at: params, in: analysis), analysis.index.definitions[id.name] != nil else {
            throw .requestFailed(language == .fr ? "il n’y a pas d’id à renommer ici" : "there is no id to rename here")
        }
        guard LanguageServer.isValidID(newName) else {
            throw .requestFailed(language == .fr
                ? "« \(newName) » n’est pas un id valide : une lettre, puis des lettres, des chiffres, `-` ou `_`"
                : "“\(newName)” is not a valid id: a letter, then letters, digits, `-` or `_`")
        }
        if newName == id.name { return .object([("changes", .object([(document.uri, .array([]))]))]) }
        if let taken = analysis.index.definitions[newName] {
            throw .requestFailed(language == .fr
                ? "l’id `\(newName)` est déjà pris par \(taken.kind.name) `\(newName)`"
                : "the id `\(newName)` is already taken by \(taken.kind.name) `\(newName)`")
        }
        if newName == "membres" || newName == "members" {
            throw .requestFailed(language == .fr
                ? "`\(newName)` désigne les membres d’un espace dans une gouvernance : choisissez un autre id"
                : "`\(newName)` stands for a space’s members in a governance: choose another id")
        }
        let converter = analysis.converter(unit)
        let edits: [JSONValue] = analysis.index.occurrences(of: id.name).map {
            .object([("range", converter.range($0)), ("newText", .string(newName))])
        }
        return .object([("changes", .object([(document.uri, .array(edits))]))])
    }

    /// The lexer's rule for names: a letter, then letters, digits, marks, `-` and `_`.
    static func isValidID(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.properties.isAlphabetic else { return false }
        return name.unicodeScalars.dropFirst().allSatisfy { scalar in
            if scalar == "-" || scalar == "_" || scalar.properties.isAlphabetic { return true }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber: return true
            default: return false
            }
        }
    }
}
