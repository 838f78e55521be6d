extension DocumentBuilder {
    /// The document of a pacte, in its `langue`, its waivers named after
    /// the rules of the code catalogue.
    public static func build(_ pacte: Pacte) -> Document {
        build(pacte, ruleTitle: { CodeCatalogue.explanation(for: $0)?.title })
    }
}
