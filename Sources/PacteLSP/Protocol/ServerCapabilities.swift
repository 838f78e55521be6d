import PacteCore

/// What the server tells the client it can do, in `initialize`'s result.
enum ServerCapabilities {
    static func json(encoding: String) -> JSONValue {
        .object([
            ("positionEncoding", .string(encoding)),
            // Incremental sync: a keystroke sends one small change, not the file.
            ("textDocumentSync", .object([
                ("openClose", .bool(true)),
                ("change", .int(2)),
                ("save", .object([("includeText", .bool(false))])),
            ])),
            ("completionProvider", .object([
                ("triggerCharacters", .array([":", "[", ","].map(JSONValue.string))),
                ("resolveProvider", .bool(false)),
            ])),
            ("hoverProvider", .bool(true)),
            ("definitionProvider", .bool(true)),
            ("referencesProvider", .bool(true)),
            ("renameProvider", .object([("prepareProvider", .bool(true))])),
            ("documentFormattingProvider", .bool(true)),
            ("documentSymbolProvider", .bool(true)),
            ("foldingRangeProvider", .bool(true)),
            ("codeActionProvider", .object([("codeActionKinds", .array([.string("quickfix")]))])),
            ("semanticTokensProvider", .object([
                ("legend", .object([
                    ("tokenTypes", .array(LanguageServer.semanticTokenTypes.map(JSONValue.string))),
                    ("tokenModifiers", .array(LanguageServer.semanticTokenModifiers.map(JSONValue.string))),
                ])),
                ("full", .bool(true)),
            ])),
        ])
    }
}
