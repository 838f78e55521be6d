/// `pacte check --format sarif`: SARIF 2.1.0, for code-scanning tools. The
/// rule list is the caller's (the driver's code catalogue); columns count Unicode scalars
/// (`columnKind: unicodeCodePoints`).
public enum SARIFRenderer {
    /// The report as one SARIF log, whose rule list is `catalogue`.
    public static func render(_ reports: [FileReport], catalogue: [Explanation], language: Language, toolVersion: String) -> String {
        let ruleIndex = Dictionary(uniqueKeysWithValues: catalogue.enumerated().map { ($0.element.code, $0.offset) })
        let rules = catalogue.map { rule($0, language) }
        var results: [JSONValue] = []
        for report in reports {
            for diagnostic in report.diagnostics {
                results.append(result(diagnostic, report.source, ruleIndex[diagnostic.code], language))
            }
        }
        let driver = JSONValue.object([
            ("name", .string("pacte")),
            ("version", .string(toolVersion)),
            ("rules", .array(rules)),
        ])
        let run = JSONValue.object([
            ("tool", .object([("driver", driver)])),
            ("language", .string(language.rawValue)),
            ("columnKind", .string("unicodeCodePoints")),
            ("results", .array(results)),
        ])
        return JSONValue.object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([run])),
        ]).rendered(pretty: true) + "\n"
    }

    private static func rule(_ explanation: Explanation, _ language: Language) -> JSONValue {
        let code = explanation.code
        let help = explanation.checks.text(in: language) + "\n\n" + explanation.rationale.text(in: language)
        let markdown = help + "\n\n```\n" + explanation.failing + "\n```\n\n"
            + (language == .fr ? "Corrigé :" : "Fixed:") + "\n\n```\n" + explanation.fixed + "\n```"
        return .object([
            ("id", .string(code.rawValue)),
            ("name", .string(ruleName(code))),
            ("shortDescription", .object([("text", .string(explanation.title.text(in: language)))])),
            ("fullDescription", .object([("text", .string(explanation.checks.text(in: language)))])),
            ("help", .object([("text", .string(help)), ("markdown", .string(markdown))])),
            ("defaultConfiguration", .object([("level", .string(level(code.severity)))])),
        ])
    }

    /// `youthSeat` → `YouthSeat`: SARIF wants an identifier-like name.
    private static func ruleName(_ code: DiagnosticCode) -> String {
        let name = String(describing: code)
        return name.prefix(1).uppercased() + name.dropFirst()
    }

    private static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    private static func result(_ diagnostic: Diagnostic, _ source: SourceFile, _ index: Int?, _ language: Language) -> JSONValue {
        // Code-scanning tools show the message alone: it carries the notes and
        // the help, and links to the related locations by their ids.
        var message = diagnostic.message.text(in: language)
        let noteWord = language == .fr ? "note : " : "note: "
        for (offset, note) in diagnostic.notes.enumerated() {
            let text = note.message.text(in: language)
            message += "\n" + noteWord + (note.span == nil ? text : "[\(text)](\(offset + 1))")
        }
        if let help = diagnostic.help { message += "\n" + (language == .fr ? "aide : " : "help: ") + help.text(in: language) }
        var members: [(String, JSONValue)] = [("ruleId", .string(diagnostic.code.rawValue))]
        if let index { members.append(("ruleIndex", .int(index))) }
        members += [
            ("level", .string(level(diagnostic.severity))),
            ("message", .object([("text", .string(message))])),
            ("locations", .array([.object(
                [("physicalLocation", physicalLocation(diagnostic.span, source))]
                    + (diagnostic.label.map { [("message", JSONValue.object([("text", .string($0.text(in: language)))]))] } ?? [])
            )])),
        ]
        let related = diagnostic.notes.enumerated().compactMap { offset, note -> JSONValue? in
            guard let span = note.span else { return nil }
            return .object([
                ("id", .int(offset + 1)),
                ("physicalLocation", physicalLocation(span, source)),
                ("message", .object([("text", .string(note.message.text(in: language)))])),
            ])
        }
        if !related.isEmpty { members.append(("relatedLocations", .array(related))) }
        if !diagnostic.fixes.isEmpty {
            members.append(("fixes", .array(diagnostic.fixes.map { fix($0, source, language) })))
        }
        return .object(members)
    }

    /// A fix as SARIF §3.55 has it: a description and, for the one file,
    /// its replacements; an insertion deletes an empty region.
    private static func fix(_ fix: FixIt, _ source: SourceFile, _ language: Language) -> JSONValue {
        let replacements = fix.edits.map { edit in
            JSONValue.object([
                ("deletedRegion", region(edit.span, source)),
                ("insertedContent", .object([("text", .string(edit.replacement))])),
            ])
        }
        return .object([
            ("description", .object([("text", .string(fix.message.text(in: language)))])),
            ("artifactChanges", .array([.object([
                ("artifactLocation", artifactLocation(source)),
                ("replacements", .array(replacements)),
            ])])),
        ])
    }

    private static func artifactLocation(_ source: SourceFile) -> JSONValue {
        .object([("uri", .string(uri(normalized(source.path))))])
    }

    private static func region(_ span: Span, _ source: SourceFile) -> JSONValue {
        let start = source.location(of: span.start)
        let end = source.location(of: span.end)
        return .object([
            ("startLine", .int(start.line)),
            ("startColumn", .int(start.column)),
            ("endLine", .int(end.line)),
            ("endColumn", .int(end.column)),
        ])
    }

    private static func physicalLocation(_ span: Span, _ source: SourceFile) -> JSONValue {
        .object([
            ("artifactLocation", artifactLocation(source)),
            ("region", region(span, source)),
        ])
    }

    /// A path as a relative URI reference: unreserved characters and `/`
    /// kept, everything else percent-encoded byte by byte.
    static func uri(_ path: String) -> String {
        var encoded = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                encoded += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }

    /// `./a//b.pacte` → `a/b.pacte`: code-scanning tools resolve paths from the repository root.
    static func normalized(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) where part != "." {
            parts.append(part)
        }
        return (absolute ? "/" : "") + parts.joined(separator: "/")
    }
}
