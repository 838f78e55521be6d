import PacteCore
import PacteSchema
import PacteSemantics

/// Writes `Grammar/pacte.schema.json`, the JSON Schema (draft 2020-12) of
/// what ``JSONBackend`` produces. Keys and enum values are read from the
/// schema table, so the two cannot drift apart; a test checks that the
/// committed file is the one this writes, and that every example validates.
public enum JSONSchemaGenerator {
    /// The schema as pretty-printed JSON text.
    public static func render() -> String {
        document().rendered(pretty: true) + "\n"
    }

    private static func enumValues(_ id: KindID, _ property: String) -> JSONValue {
        guard case .enumeration(let enumeration) = JSONKeys.schema(id, property).type else {
            preconditionFailure("\(property) is not an enumeration")
        }
        return .array(enumeration.values.map(JSONValue.string))
    }

    // MARK: - Building blocks

    private static func ref(_ name: String) -> JSONValue { .object([("$ref", .string("#/$defs/\(name)"))]) }

    private static func type(_ name: String) -> JSONValue { .object([("type", .string(name))]) }

    private static func nullable(_ schema: JSONValue) -> JSONValue {
        .object([("anyOf", .array([schema, type("null")]))])
    }

    private static func oneOfEnum(_ values: JSONValue, nullable isNullable: Bool = true) -> JSONValue {
        let schema = JSONValue.object([("enum", values)])
        return isNullable ? nullable(schema) : schema
    }

    private static func object(_ properties: [(String, JSONValue)], description: String? = nil) -> JSONValue {
        var members: [(String, JSONValue)] = [("type", .string("object"))]
        if let description { members.append(("description", .string(description))) }
        members.append(("properties", .object(properties)))
        members.append(("required", .array(properties.map { .string($0.0) })))
        members.append(("additionalProperties", .bool(false)))
        return .object(members)
    }

    private static func array(of items: JSONValue) -> JSONValue {
        .object([("type", .string("array")), ("items", items)])
    }

    private static func key(_ id: KindID, _ property: String) -> String { JSONKeys.key(id, property) }

    // MARK: - The document

    static func document() -> JSONValue {
        let nullableString = nullable(type("string"))
        let definitions: [(String, JSONValue)] = [
            ("id", .object([("type", .string("string")), ("minLength", .int(1)), ("description", .string("The id of a declaration, as written in the file."))])),
            ("ids", array(of: ref("id"))),
            ("date", .object([
                ("type", .string("string")),
                ("pattern", .string("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")),
                ("description", .string("An ISO date at the precision written: year, month or day.")),
            ])),
            ("money", .object([("type", .string("number")), ("minimum", .int(0)), ("description", .string("An amount in euros."))])),
            ("commitment", object([("id", nullable(ref("id"))), ("text", nullableString)])),
            ("sideCommitment", object([
                ("id", nullable(ref("id"))), ("text", nullableString), (key(.engagement, "par"), oneOfEnum(enumValues(.engagement, "par"))),
            ])),
            ("ratio", .object([("oneOf", .array([
                object([("numerator", type("integer")), ("denominator", type("integer"))]),
                object([("percent", .object([("type", .string("number")), ("minimum", .int(0)), ("maximum", .int(100))]))]),
            ]))])),
        ]
        let pacteProperties: [(String, JSONValue)] = [
            ("formatVersion", .object([("const", .int(JSONBackend.formatVersion))])),
            ("title", nullableString),
            (key(.pacte, "territoire"), nullableString),
            (key(.pacte, "échelon"), oneOfEnum(enumValues(.pacte, "échelon"))),
            (key(.pacte, "forme"), oneOfEnum(enumValues(.pacte, "forme"))),
            ("legalBasis", nullable(object([
                ("article", type("string")), ("code", type("string")), ("citation", type("string")),
                ("requiredLevel", oneOfEnum(enumValues(.pacte, "échelon"), nullable: false)),
            ], description: "The article of law the legal form rests on (computed)."))),
            (key(.pacte, "période"), nullable(object([("start", type("integer")), ("end", type("integer"))]))),
            (key(.pacte, "langue"), oneOfEnum(enumValues(.pacte, "langue"), nullable: false)),
            (key(.pacte, "adoption"), nullable(ref("date"))),
            ("vision", nullable(object([
                (key(.vision, "horizon"), nullable(type("integer"))),
                (key(.vision, "texte"), nullableString),
                ("priorities", array(of: object([("id", ref("id")), ("title", nullableString), (key(.priorité, "texte"), nullableString)]))),
            ]))),
            ("charter", nullable(object([("commitments", array(of: ref("commitment")))]))),
            ("signatories", array(of: object([
                ("id", ref("id")), ("name", nullableString),
                (key(.signataire, "collège"), oneOfEnum(enumValues(.signataire, "collège"))),
                (key(.signataire, "représentant"), nullable(ref("id"))),
                (key(.signataire, "qualité"), nullableString),
                ("deliberations", array(of: object([
                    ("number", nullableString),
                    (key(.délibération, "date"), nullable(ref("date"))),
                    (key(.délibération, "organe"), nullableString),
                ]))),
            ]))),
            ("act", nullable(object([
                (key(.acte, "lieu"), nullableString),
                (key(.acte, "date"), nullable(ref("date"))),
                (key(.acte, "exemplaires"), nullable(.object([("type", .string("integer")), ("minimum", .int(0))]))),
                (key(.acte, "visas"), array(of: type("string"))),
                (key(.acte, "révision"), nullableString),
            ], description: "The pacte as an act to sign, when the file declares `acte`."))),
            ("persons", array(of: object([
                ("id", ref("id")), ("name", nullableString),
                (key(.personne, "genre"), oneOfEnum(enumValues(.personne, "genre"))),
                (key(.personne, "rôle"), oneOfEnum(enumValues(.personne, "rôle"))),
                (key(.personne, "structure"), nullable(ref("id"))),
                (key(.personne, "jeune"), type("boolean")),
            ]))),
            ("objectives", array(of: object([
                ("id", ref("id")), ("title", nullableString),
                (key(.objectif, "priorité"), nullable(ref("id"))),
                (key(.objectif, "indicateur"), nullableString),
                (key(.objectif, "cible"), nullableString),
                ("actions", ref("ids")),
                ("budgetTotal", ref("money")),
            ]))),
            ("actions", array(of: object([
                ("id", ref("id")), ("title", nullableString),
                (key(.action, "objectif"), nullable(ref("id"))),
                (key(.action, "description"), nullableString),
                (key(.action, "pilote"), nullable(ref("id"))),
                (key(.action, "partenaires"), ref("ids")),
                (key(.action, "budget"), nullable(ref("money"))),
                (key(.action, "participation"), oneOfEnum(enumValues(.action, "participation"))),
                (key(.action, "calendrier"), nullable(object([("start", ref("date")), ("end", ref("date"))]))),
            ]))),
            ("spaces", array(of: spaceSchema())),
            ("funding", nullable(object([
                (key(.financement, "fonds-initiatives"), nullable(ref("money"))),
                (key(.financement, "conventions"), oneOfEnum(enumValues(.financement, "conventions"))),
                ("commitments", array(of: ref("sideCommitment"))),
            ]))),
            ("waivers", array(of: object([
                ("code", nullable(.object([("type", .string("string")), ("pattern", .string("^P03[0-9]{2}$"))]))),
                ("reason", nullableString),
            ]))),
            ("budget", object([
                ("total", ref("money")),
                ("byObjective", array(of: object([("objective", ref("id")), ("total", ref("money"))]))),
            ], description: "Budget totals, overall and per objective (computed).")),
        ]
        var root: [(String, JSONValue)] = [
            ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            ("$id", .string("https://pacte.invalid/schema/pacte-\(JSONBackend.formatVersion).json")),
            ("title", .string("Pacte de coopération pour les transitions — resolved model")),
            ("description", .string("Written by `pacte build --to json`; generated from the schema table by `JSONSchemaGenerator`, do not edit by hand.")),
        ]
        if case .object(let members) = object(pacteProperties) { root += members }
        root.append(("$defs", .object(definitions)))
        return .object(root)
    }

    private static func spaceSchema() -> JSONValue {
        let nullableString = nullable(type("string"))
        let nullableIDs = nullable(ref("ids"))
        let governance = object([
            (key(.gouvernance, "ordre-du-jour"), nullableIDs),
            (key(.gouvernance, "participants"), nullableIDs),
            (key(.gouvernance, "décision"), oneOfEnum(enumValues(.gouvernance, "décision"))),
            (key(.gouvernance, "votants"), nullableIDs),
            (key(.gouvernance, "majorité"), nullable(ref("ratio"))),
            (key(.gouvernance, "quorum"), nullable(.object([("type", .string("number")), ("minimum", .int(0)), ("maximum", .int(100))]))),
            (key(.gouvernance, "retour"), oneOfEnum(enumValues(.gouvernance, "retour"))),
            (key(.gouvernance, "pilotes"), nullableIDs),
            (key(.gouvernance, "fréquence"), oneOfEnum(enumValues(.gouvernance, "fréquence"))),
        ])
        let count = JSONValue.object([("type", .string("integer")), ("minimum", .int(0))])
        return object([
            ("id", ref("id")), ("name", nullableString),
            (key(.espace, "type"), oneOfEnum(enumValues(.espace, "type"), nullable: false)),
            (key(.espace, "missions"), nullableString),
            (key(.espace, "membres"), ref("ids")),
            (key(.espace, "siège-jeunesse"), nullable(ref("id"))),
            (key(.espace, "présidence"), nullable(ref("id"))),
            (key(.espace, "parité"), object([
                ("tolerance", count), ("women", count), ("men", count), ("other", count), ("unspecified", count), ("gap", count),
                ("reached", type("boolean")),
            ], description: "Gender counts of the members and whether |women − men| ≤ tolerance (computed).")),
            (key(.espace, "appui"), nullableString),
            ("governance", nullable(governance)),
            ("commitments", array(of: ref("sideCommitment"))),
        ])
    }
}
