import Foundation
import Testing

/// The JSON Schema validator the tests use to check `pacte build --to json` output.
@Suite("JSONSchemaValidator")
struct JSONSchemaValidatorTests {
    /// One keyword: a schema, an instance it accepts, one it rejects, and the expected message.
    struct Case: Sendable, CustomTestStringConvertible {
        let keyword: String
        let schema: String
        let valid: String
        let invalid: String
        let error: String
        var testDescription: String { keyword }
    }

    static let cases: [Case] = [
        Case(keyword: "type", schema: #"{"type": "string"}"#, valid: #""a""#, invalid: "1", error: "(root): expected string, found integer"),
        Case(keyword: "type (array)", schema: #"{"type": ["string", "null"]}"#, valid: "null", invalid: "1.5",
             error: "(root): expected string or null, found number"),
        Case(keyword: "type integer", schema: #"{"type": "integer"}"#, valid: "1.0", invalid: "1.5", error: "(root): expected integer, found number"),
        Case(keyword: "type number", schema: #"{"type": "number"}"#, valid: "3", invalid: #""3""#, error: "(root): expected number, found string"),
        Case(keyword: "type object", schema: #"{"type": "object"}"#, valid: "{}", invalid: "[]", error: "(root): expected object, found array"),
        Case(keyword: "type array", schema: #"{"type": "array"}"#, valid: "[]", invalid: "{}", error: "(root): expected array, found object"),
        Case(keyword: "type null", schema: #"{"type": "null"}"#, valid: "null", invalid: "0", error: "(root): expected null, found integer"),
        Case(keyword: "properties", schema: #"{"properties": {"a": {"type": "integer"}}}"#, valid: #"{"a": 1, "b": "x"}"#,
             invalid: #"{"a": "x"}"#, error: "/a: expected integer, found string"),
        Case(keyword: "required", schema: #"{"required": ["a"]}"#, valid: #"{"a": null}"#, invalid: #"{"b": 1}"#,
             error: #"(root): missing required property "a""#),
        Case(keyword: "additionalProperties (schema)", schema: #"{"properties": {"a": {}}, "additionalProperties": {"type": "boolean"}}"#,
             valid: #"{"a": 1, "b": true}"#, invalid: #"{"a": 1, "b": 1}"#, error: "/b: expected boolean, found integer"),
        Case(keyword: "items", schema: #"{"items": {"type": "string"}}"#, valid: #"["a", "b"]"#, invalid: #"["a", 2]"#,
             error: "/1: expected string, found integer"),
        Case(keyword: "enum", schema: #"{"enum": ["a", 1, null]}"#, valid: "1.0", invalid: #""b""#, error: #"(root): "b" is not one of ["a",1,null]"#),
        Case(keyword: "const", schema: #"{"const": {"x": [1, true]}}"#, valid: #"{"x": [1, true]}"#, invalid: #"{"x": [1, 1]}"#,
             error: #"(root): expected {"x":[1,true]}, found {"x":[1,1]}"#),
        Case(keyword: "$ref", schema: ##"{"$defs": {"id": {"type": "string"}}, "items": {"$ref": "#/$defs/id"}}"##,
             valid: #"["a"]"#, invalid: "[true]", error: "/0: expected string, found boolean"),
        Case(keyword: "$ref #", schema: ##"{"type": ["object", "integer"], "additionalProperties": {"$ref": "#"}}"##,
             valid: #"{"a": {"b": 1}}"#, invalid: #"{"a": {"b": "x"}}"#, error: "/a/b: expected object or integer, found string"),
        Case(keyword: "allOf", schema: #"{"allOf": [{"type": "number"}, {"minimum": 2}]}"#, valid: "2", invalid: "1",
             error: "(root): 1 is less than the minimum 2"),
        Case(keyword: "anyOf", schema: #"{"anyOf": [{"type": "string"}, {"type": "null"}]}"#, valid: #""a""#, invalid: "false",
             error: "(root): matches none of the anyOf alternatives: (#0) (root): expected string, found boolean (#1) (root): expected null, found boolean"),
        Case(keyword: "oneOf", schema: #"{"oneOf": [{"type": "integer"}, {"type": "string"}]}"#, valid: "7", invalid: "[]",
             error: "(root): matches none of the oneOf alternatives: (#0) (root): expected integer, found array (#1) (root): expected string, found array"),
        Case(keyword: "oneOf (several match)", schema: #"{"oneOf": [{"type": "integer"}, {"type": "number"}]}"#, valid: "1.5", invalid: "1",
             error: "(root): matches 2 of the oneOf alternatives, expected exactly one"),
        Case(keyword: "minimum", schema: #"{"minimum": 0}"#, valid: "0", invalid: "-0.5", error: "(root): -0.5 is less than the minimum 0"),
        Case(keyword: "maximum", schema: #"{"maximum": 100}"#, valid: "100", invalid: "100.5", error: "(root): 100.5 is greater than the maximum 100"),
        Case(keyword: "exclusiveMinimum", schema: #"{"exclusiveMinimum": 0}"#, valid: "0.1", invalid: "0", error: "(root): 0 is not greater than 0"),
        Case(keyword: "exclusiveMaximum", schema: #"{"exclusiveMaximum": 1}"#, valid: "0.9", invalid: "1", error: "(root): 1 is not less than 1"),
        Case(keyword: "minItems", schema: #"{"minItems": 1}"#, valid: "[0]", invalid: "[]", error: "(root): expected at least 1 items, found 0"),
        Case(keyword: "maxItems", schema: #"{"maxItems": 1}"#, valid: "[0]", invalid: "[0, 1]", error: "(root): expected at most 1 items, found 2"),
        Case(keyword: "minLength", schema: #"{"minLength": 2}"#, valid: #""é😀""#, invalid: #""é""#, error: "(root): expected at least 2 characters, found 1"),
        Case(keyword: "maxLength", schema: #"{"maxLength": 1}"#, valid: #""😀""#, invalid: #""ab""#, error: "(root): expected at most 1 characters, found 2"),
        Case(keyword: "pattern", schema: #"{"pattern": "[0-9]{4}"}"#, valid: #""en 2024 !""#, invalid: #""en 24""#,
             error: #"(root): "en 24" does not match the pattern "[0-9]{4}""#),
        Case(keyword: "pattern (anchored)", schema: #"{"pattern": "^P03[0-9]{2}$"}"#, valid: #""P0312""#, invalid: #""xP0312""#,
             error: #"(root): "xP0312" does not match the pattern "^P03[0-9]{2}$""#),
        Case(keyword: "uniqueItems", schema: #"{"uniqueItems": true}"#, valid: "[1, true, \"1\", [1]]", invalid: "[[1], 2, [1.0]]",
             error: "(root): items 0 and 2 are equal"),
        Case(keyword: "false schema", schema: #"{"items": false}"#, valid: "[]", invalid: "[1]", error: "/0: not allowed here"),
    ]

    private func errors(_ schema: String, _ instance: String) throws -> [String] {
        try JSONSchemaValidator(schemaData: Data(schema.utf8)).validate(Data(instance.utf8))
    }

    @Test("each keyword accepts and rejects", arguments: cases)
    func keyword(_ check: Case) throws {
        #expect(try errors(check.schema, check.valid) == [])
        #expect(try errors(check.schema, check.invalid) == [check.error])
    }

    @Test("keywords only constrain the types they apply to")
    func otherTypesPass() throws {
        let schema = #"{"minimum": 5, "minLength": 5, "minItems": 5, "required": ["a"], "pattern": "x", "properties": {"b": false}}"#
        #expect(try errors(schema, "1") == ["(root): 1 is less than the minimum 5"])
        #expect(try errors(schema, "[]") == ["(root): expected at least 5 items, found 0"])
        #expect(try errors(schema, "true") == [])
        #expect(try errors(schema, "null") == [])
        #expect(try errors(schema, #""xxxx""#) == ["(root): expected at least 5 characters, found 4"])
        #expect(try errors(schema, #"{"b": 1}"#) == ["/b: not allowed here", #"(root): missing required property "a""#])
    }

    @Test("booleans are not numbers, and numbers are not booleans")
    func booleansAndNumbers() throws {
        #expect(try errors(#"{"type": "integer"}"#, "true") == ["(root): expected integer, found boolean"])
        #expect(try errors(#"{"type": "number"}"#, "false") == ["(root): expected number, found boolean"])
        #expect(try errors(#"{"type": "boolean"}"#, "1") == ["(root): expected boolean, found integer"])
        #expect(try errors(#"{"type": "boolean"}"#, "0") == ["(root): expected boolean, found integer"])
        #expect(try errors(#"{"type": "boolean"}"#, "true") == [])
        #expect(try errors(#"{"type": "integer"}"#, "1") == [])
        #expect(try errors(#"{"const": 1}"#, "true") == ["(root): expected 1, found true"])
        #expect(try errors(#"{"const": false}"#, "0") == ["(root): expected false, found 0"])
        #expect(try errors(#"{"enum": [0, 1]}"#, "[true, false]").count == 1)
        #expect(try errors(#"{"items": {"enum": [true]}}"#, "[true, 1]") == ["/1: 1 is not one of [true]"])
        #expect(try errors(#"{"minimum": 2}"#, "true") == [], "minimum applies to numbers only")
    }

    @Test("nested $ref reports the instance location")
    func nestedReferences() throws {
        let schema = #"""
        {
          "$defs": {
            "count": {"type": "integer", "minimum": 0},
            "parity": {"type": "object", "properties": {"gap": {"$ref": "#/$defs/count"}}},
            "space": {"properties": {"parity": {"$ref": "#/$defs/parity"}}}
          },
          "properties": {"spaces": {"items": {"$ref": "#/$defs/space"}}}
        }
        """#
        #expect(try errors(schema, #"{"spaces": [{"parity": {"gap": 0}}]}"#) == [])
        #expect(try errors(schema, #"{"spaces": [{"parity": {"gap": 0}}, {"parity": {"gap": "2"}}]}"#)
            == ["/spaces/1/parity/gap: expected integer, found string"])
        #expect(try errors(schema, #"{"spaces": [{"parity": {"gap": -1}}]}"#) == ["/spaces/0/parity/gap: -1 is less than the minimum 0"])
        #expect(try errors(schema, #"{"spaces": [{"parity": []}]}"#) == ["/spaces/0/parity: expected object, found array"])
    }

    @Test("additionalProperties false names each unexpected property")
    func closedObjects() throws {
        let schema = #"{"properties": {"a": {"type": "integer"}}, "required": ["a"], "additionalProperties": false}"#
        #expect(try errors(schema, #"{"a": 1}"#) == [])
        #expect(try errors(schema, #"{"a": 1, "z": 2, "b/c~": 3}"#) == ["/b~1c~0: unexpected property", "/z: unexpected property"])
        #expect(try errors(schema, #"{"b": 2}"#) == ["/b: unexpected property", #"(root): missing required property "a""#])
    }

    @Test("a document may collect several errors, in a stable order")
    func severalErrors() throws {
        let schema = #"{"type": "object", "properties": {"a": {"type": "string"}, "b": {"minLength": 3}}, "required": ["c"]}"#
        #expect(try errors(schema, #"{"a": 1, "b": "x"}"#) == [
            "/a: expected string, found integer",
            "/b: expected at least 3 characters, found 1",
            #"(root): missing required property "c""#,
        ])
    }

    @Test("unknown keywords and malformed schemas are refused", arguments: [
        #"{"minProperties": 1}"#,
        #"{"properties": {"a": {"patternProperties": {}}}}"#,
        #"{"$defs": {"a": {"format": "date"}}}"#,
        #"{"items": {"prefixItems": []}}"#,
        #"{"anyOf": [{"type": "string"}, {"contains": {}}]}"#,
        #"{"type": "text"}"#,
        #"{"type": ["string", 1]}"#,
        #"{"required": "a"}"#,
        #"{"minItems": -1}"#,
        #"{"minLength": 1.5}"#,
        #"{"pattern": "("}"#,
        #"{"oneOf": []}"#,
        ##"{"$ref": "#/$defs/missing"}"##,
        #"{"$ref": "other.json#/$defs/a"}"#,
        #"{"items": 3}"#,
        "[]",
    ])
    func refusals(_ schema: String) {
        #expect(throws: (any Error).self) { try JSONSchemaValidator(schemaData: Data(schema.utf8)) }
    }

    @Test("the refusal names the keyword and where it is")
    func refusalMessage() {
        #expect {
            try JSONSchemaValidator(schemaData: Data(#"{"properties": {"a/b": {"format": "date"}}}"#.utf8))
        } throws: { error in
            String(describing: error) == #"#/properties/a~1b/format: unsupported keyword "format""#
        }
    }

    @Test("annotations are accepted and ignored")
    func annotations() throws {
        let schema = #"""
        {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://x.invalid/s.json", "title": "t",
         "description": "d", "$comment": "c", "examples": [1], "default": {"minProperties": 1}, "type": "integer"}
        """#
        #expect(try errors(schema, "1") == [])
        #expect(try errors(schema, "\"1\"") == ["(root): expected integer, found string"])
    }

    @Test("a $ref cycle that never enters the instance is reported, not followed forever")
    func referenceCycle() throws {
        #expect(try errors(##"{"$defs": {"a": {"$ref": "#/$defs/a"}}, "$ref": "#/$defs/a"}"##, "1")
            == [##"(root): $ref cycle through "#/$defs/a" in the schema"##])
    }

    @Test("invalid JSON throws")
    func invalidJSON() throws {
        #expect(throws: (any Error).self) { try JSONSchemaValidator(schemaData: Data("{".utf8)) }
        let validator = try JSONSchemaValidator(schemaData: Data("true".utf8))
        #expect(throws: (any Error).self) { try validator.validate(Data("[1,".utf8)) }
        #expect(try validator.validate(Data("\"fragment\"".utf8)) == [])
    }
}
