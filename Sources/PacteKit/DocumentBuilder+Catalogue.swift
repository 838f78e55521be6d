extension DocumentBuilder {
    /// The document of a pacte, in its `langue`, its waivers named after
    /// the rules of the code catalogue; `options` says whether it has its charts.
    public static func build(_ pacte: Pacte, options: Options = Options()) -> Document {
        build(pacte, options: options, ruleTitle: { CodeCatalogue.explanation(for: $0)?.title })
    }
}
