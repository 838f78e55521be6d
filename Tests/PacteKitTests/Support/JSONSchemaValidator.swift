import Foundation

/// A small JSON Schema (draft 2020-12) validator, so that the tests can check
/// `pacte build --to json` output against `Grammar/pacte.schema.json` without
/// an external tool.
///
/// It implements the subset a hand-written schema of a JSON document needs:
/// `type`, `properties`, `required`, `additionalProperties`, `items`, `enum`,
/// `const`, `$ref` (`#` and `#/$defs/Name` only), `$defs`, `allOf`, `anyOf`,
/// `oneOf`, `minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum`,
/// `minItems`, `maxItems`, `minLength`, `maxLength`, `pattern` and
/// `uniqueItems`, plus the boolean schemas `true` and `false`. The annotations
/// `$schema`, `$id`, `title`, `description`, `examples`, `default` and
/// `$comment` are ignored. Any other keyword makes ``init(schemaData:)``
/// throw, so that a schema cannot rely on a keyword this validator would
/// silently skip.
///
/// Limits: numbers are compared as `Double` (integers beyond 2⁵³ lose
/// precision), and `pattern` uses `NSRegularExpression` (ICU syntax, which
/// agrees with ECMA-262 on the usual constructs).
struct JSONSchemaValidator: Sendable {
    /// A schema the validator refuses: not JSON values it understands, a
    /// malformed keyword value, an unsupported keyword, or a `$ref` that does
    /// not resolve.
    struct SchemaError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    private let root: Value

    /// Parses and checks a schema.
    ///
    /// - Throws: the `JSONSerialization` error when `schemaData` is not JSON,
    ///   or a ``SchemaError`` naming the schema location (`#/…`) at fault.
    init(schemaData: Data) throws {
        root = try Value(parsing: schemaData)
        try check(root, at: "#")
    }

    /// Validates a JSON document (any JSON value, not only an object).
    ///
    /// - Returns: one message per failure, each starting with the JSON pointer
    ///   of the failing location (`(root)` for the document itself), as in
    ///   `/spaces/0/parity/gap: expected integer, found string`. An empty list
    ///   means the document is valid. The order is stable: within a schema,
    ///   keywords and property names are visited in alphabetical order.
    /// - Throws: the `JSONSerialization` error when `instanceData` is not JSON.
    func validate(_ instanceData: Data) throws -> [String] {
        errors(in: try Value(parsing: instanceData), against: root, at: "")
    }

    // MARK: - Checking the schema

    private static let typeNames: Set<String> = ["object", "array", "string", "number", "integer", "boolean", "null"]
    private static let keywords: Set<String> = [
        "type", "properties", "required", "additionalProperties", "items", "enum", "const", "$ref", "$defs", "allOf", "anyOf",
        "oneOf", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minItems", "maxItems", "minLength", "maxLength",
        "pattern", "uniqueItems",
    ]
    private static let annotations: Set<String> = ["$schema", "$id", "title", "description", "examples", "default", "$comment"]

    private func check(_ schema: Value, at path: String) throws {
        guard case .object(let keywords) = schema else {
            guard case .bool = schema else { throw SchemaError("\(path): a schema must be an object or a boolean") }
            return
        }
        for (key, value) in keywords.sorted(by: { $0.key < $1.key }) {
            let here = path + "/" + Self.escape(key)
            let valid: Bool
            switch (key, value) {
            case ("type", .string), ("type", .array):
                valid = !value.strings.isEmpty && value.strings.allSatisfy(Self.typeNames.contains)
                    && value.strings.count == (value.array?.count ?? 1)
            case ("properties", .object(let schemas)), ("$defs", .object(let schemas)):
                for (name, sub) in schemas { try check(sub, at: here + "/" + Self.escape(name)) }
                valid = true
            case ("additionalProperties", _), ("items", _):
                try check(value, at: here)
                valid = true
            case ("allOf", .array(let schemas)), ("anyOf", .array(let schemas)), ("oneOf", .array(let schemas)):
                for (index, sub) in schemas.enumerated() { try check(sub, at: "\(here)/\(index)") }
                valid = !schemas.isEmpty
            case ("required", .array(let names)):
                valid = value.strings.count == names.count
            case ("enum", .array), ("const", _), ("uniqueItems", .bool):
                valid = true
            case ("$ref", .string(let ref)):
                valid = resolve(ref) != nil
            case ("minimum", .number), ("maximum", .number), ("exclusiveMinimum", .number), ("exclusiveMaximum", .number):
                valid = true
            case ("minItems", .number(let n)), ("maxItems", .number(let n)), ("minLength", .number(let n)), ("maxLength", .number(let n)):
                valid = n >= 0 && n == n.rounded()
            case ("pattern", .string(let pattern)):
                valid = (try? NSRegularExpression(pattern: pattern)) != nil
            case _ where Self.annotations.contains(key):
                valid = true
            default:
                guard Self.keywords.contains(key) else { throw SchemaError("\(here): unsupported keyword \"\(key)\"") }
                valid = false // a supported keyword with a value of the wrong kind
            }
            if !valid { throw SchemaError("\(here): invalid value \(value.text)") }
        }
    }

    /// The schema a local reference points to: `#` or `#/$defs/Name`.
    private func resolve(_ ref: String) -> Value? {
        if ref == "#" { return root }
        let prefix = "#/$defs/"
        guard ref.hasPrefix(prefix), case .object(let top) = root, case .object(let defs)? = top["$defs"],
              let token = String(ref.dropFirst(prefix.count)).removingPercentEncoding, !token.contains("/")
        else { return nil }
        return defs[token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")]
    }

    // MARK: - Validating an instance

    /// The failures of `instance`, found at `pointer`, against `schema`.
    /// `references` holds the `$ref`s followed since the last step into the
    /// instance, to report a cycle instead of recursing forever.
    private func errors(in instance: Value, against schema: Value, at pointer: String, references: Set<String> = []) -> [String] {
        guard case .object(let keywords) = schema else {
            return schema == .bool(false) ? [Self.message(pointer, "not allowed here")] : []
        }
        var errors: [String] = []
        func fail(_ message: String) { errors.append(Self.message(pointer, message)) }
        func child(_ token: String) -> String { pointer + "/" + Self.escape(token) }

        for (key, value) in keywords.sorted(by: { $0.key < $1.key }) {
            switch (key, value, instance) {
            case ("type", _, _) where !value.strings.contains(where: instance.hasType):
                fail("expected \(value.strings.joined(separator: " or ")), found \(instance.typeName)")
            case ("properties", .object(let schemas), .object(let members)):
                for (name, sub) in schemas.sorted(by: { $0.key < $1.key }) {
                    if let member = members[name] { errors += self.errors(in: member, against: sub, at: child(name)) }
                }
            case ("required", _, .object(let members)):
                for name in value.strings where members[name] == nil { fail("missing required property \(Self.quote(name))") }
            case ("additionalProperties", _, .object(let members)):
                let declared = keywords["properties"]?.object ?? [:]
                for (name, member) in members.sorted(by: { $0.key < $1.key }) where declared[name] == nil {
                    if value == .bool(false) {
                        errors.append(Self.message(child(name), "unexpected property"))
                    } else {
                        errors += self.errors(in: member, against: value, at: child(name))
                    }
                }
            case ("items", _, .array(let elements)):
                for (index, element) in elements.enumerated() {
                    errors += self.errors(in: element, against: value, at: child(String(index)))
                }
            case ("enum", .array(let options), _) where !options.contains(instance):
                fail("\(instance.text) is not one of \(value.text)")
            case ("const", _, _) where value != instance:
                fail("expected \(value.text), found \(instance.text)")
            case ("$ref", .string(let ref), _):
                if references.contains(ref) {
                    fail("$ref cycle through \(Self.quote(ref)) in the schema")
                } else if let target = resolve(ref) {
                    errors += self.errors(in: instance, against: target, at: pointer, references: references.union([ref]))
                }
            case ("allOf", .array(let schemas), _):
                for sub in schemas { errors += self.errors(in: instance, against: sub, at: pointer, references: references) }
            case ("anyOf", .array(let schemas), _), ("oneOf", .array(let schemas), _):
                let results = schemas.map { self.errors(in: instance, against: $0, at: pointer, references: references) }
                let matches = results.filter(\.isEmpty).count
                if matches == 0 {
                    let reasons = results.enumerated().map { "(#\($0.offset)) " + $0.element.joined(separator: "; ") }
                    fail("matches none of the \(key) alternatives: " + reasons.joined(separator: " "))
                } else if key == "oneOf" && matches > 1 {
                    fail("matches \(matches) of the oneOf alternatives, expected exactly one")
                }
            case ("minimum", .number(let limit), .number(let number)) where number < limit:
                fail("\(instance.text) is less than the minimum \(value.text)")
            case ("maximum", .number(let limit), .number(let number)) where number > limit:
                fail("\(instance.text) is greater than the maximum \(value.text)")
            case ("exclusiveMinimum", .number(let limit), .number(let number)) where number <= limit:
                fail("\(instance.text) is not greater than \(value.text)")
            case ("exclusiveMaximum", .number(let limit), .number(let number)) where number >= limit:
                fail("\(instance.text) is not less than \(value.text)")
            case ("minItems", .number(let limit), .array(let elements)) where Double(elements.count) < limit:
                fail("expected at least \(value.text) items, found \(elements.count)")
            case ("maxItems", .number(let limit), .array(let elements)) where Double(elements.count) > limit:
                fail("expected at most \(value.text) items, found \(elements.count)")
            case ("minLength", .number(let limit), .string(let string)) where Double(string.unicodeScalars.count) < limit:
                fail("expected at least \(value.text) characters, found \(string.unicodeScalars.count)")
            case ("maxLength", .number(let limit), .string(let string)) where Double(string.unicodeScalars.count) > limit:
                fail("expected at most \(value.text) characters, found \(string.unicodeScalars.count)")
            case ("pattern", .string(let pattern), .string(let string)) where !Self.search(pattern, in: string):
                fail("\(instance.text) does not match the pattern \(Self.quote(pattern))")
            case ("uniqueItems", .bool(true), .array(let elements)):
                if let (first, second) = Self.firstDuplicate(in: elements) { fail("items \(first) and \(second) are equal") }
            default:
                break
            }
        }
        return errors
    }

    private static func message(_ pointer: String, _ text: String) -> String {
        (pointer.isEmpty ? "(root)" : pointer) + ": " + text
    }

    /// Escapes a JSON pointer reference token (RFC 6901).
    private static func escape(_ token: String) -> String {
        token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    private static func quote(_ string: String) -> String { Value.string(string).text }

    /// Whether `pattern` matches anywhere in `string`: JSON Schema patterns are not anchored.
    private static func search(_ pattern: String, in string: String) -> Bool {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return false }
        return regex.firstMatch(in: string, range: NSRange(string.startIndex..., in: string)) != nil
    }

    private static func firstDuplicate(in elements: [Value]) -> (Int, Int)? {
        for second in elements.indices {
            if let first = elements[..<second].firstIndex(of: elements[second]) { return (first, second) }
        }
        return nil
    }

    // MARK: - JSON values

    /// A parsed JSON value, with booleans kept apart from numbers.
    private enum Value: Equatable, Sendable {
        case null, bool(Bool), number(Double), string(String), array([Value]), object([String: Value])

        init(parsing data: Data) throws {
            try self.init(foundation: JSONSerialization.jsonObject(with: data, options: .fragmentsAllowed))
        }

        init(foundation value: Any) throws {
            switch value {
            case is NSNull:
                self = .null
            // Foundation returns booleans as NSNumber, and on Linux `is Bool` also holds
            // for the numbers 0 and 1: only the Objective-C type code ("c") tells them apart.
            case let number as NSNumber:
                self = String(cString: number.objCType) == "c" ? .bool(number.boolValue) : .number(number.doubleValue)
            case let string as String:
                self = .string(string)
            case let array as [Any]:
                self = .array(try array.map(Value.init(foundation:)))
            case let object as [String: Any]:
                self = .object(try object.mapValues(Value.init(foundation:)))
            default:
                throw SchemaError("unexpected value \(value) from JSONSerialization")
            }
        }

        var array: [Value]? { if case .array(let elements) = self { elements } else { nil } }
        var object: [String: Value]? { if case .object(let members) = self { members } else { nil } }

        /// The strings of a string or of an array (its string elements).
        var strings: [String] {
            switch self {
            case .string(let string): [string]
            case .array(let elements): elements.compactMap { if case .string(let string) = $0 { string } else { nil } }
            default: []
            }
        }

        /// The JSON Schema type, `integer` for a number without fractional part.
        var typeName: String {
            switch self {
            case .null: "null"
            case .bool: "boolean"
            case .number(let number): number.isFinite && number == number.rounded() ? "integer" : "number"
            case .string: "string"
            case .array: "array"
            case .object: "object"
            }
        }

        func hasType(_ name: String) -> Bool {
            name == typeName || (name == "number" && typeName == "integer")
        }

        /// Compact JSON text, for messages.
        var text: String {
            switch self {
            case .null: return "null"
            case .bool(let bool): return String(bool)
            case .number(let number):
                return typeName == "integer" && abs(number) < 1e15 ? String(Int64(number)) : String(number)
            case .string(let string):
                let escaped = string.unicodeScalars.map { scalar -> String in
                    switch scalar {
                    case "\"": "\\\""
                    case "\\": "\\\\"
                    case "\n": "\\n"
                    case _ where scalar.value < 0x20: String(format: "\\u%04x", scalar.value)
                    default: String(scalar)
                    }
                }
                return "\"" + escaped.joined() + "\""
            case .array(let elements):
                return "[" + elements.map(\.text).joined(separator: ",") + "]"
            case .object(let members):
                return "{" + members.sorted(by: { $0.key < $1.key }).map { Value.string($0.key).text + ":" + $0.value.text }
                    .joined(separator: ",") + "}"
            }
        }
    }
}
