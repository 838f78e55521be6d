/// The properties the fuzzer and the regression tests hold every input to:
/// the front end answers without crashing, and a file that formats comes
/// back from the formatter meaning the same and formatted for good.
public enum RoundTrip {
    /// A description of the first property `bytes` breaks, or nil.
    public static func verify(_ bytes: [UInt8]) -> String? {
        let source = SourceFile(path: "fuzz.pacte", bytes: bytes)
        let compilation = Compilation(source: source)
        for diagnostic in compilation.diagnostics where diagnostic.span.end > bytes.count || diagnostic.span.start < 0 {
            return "diagnostic \(diagnostic.code.rawValue) points outside the file"
        }
        _ = JSONBackend.render(compilation.pacte)
        guard case .formatted(let once) = Formatter.format(source) else { return nil }
        let formatted = SourceFile(path: "fuzz.pacte", text: once)
        guard case .formatted(let twice) = Formatter.format(formatted) else {
            return "the formatted text does not parse"
        }
        if once != twice { return "formatting is not idempotent" }
        let after = Compilation(source: formatted)
        if JSONBackend.render(compilation.pacte) != JSONBackend.render(after.pacte) { return "formatting changed the model" }
        // Positions move, and with them the order of diagnostics at one place.
        if compilation.diagnostics.map(\.code).sorted() != after.diagnostics.map(\.code).sorted() {
            return "formatting changed the diagnostics"
        }
        return nil
    }
}
