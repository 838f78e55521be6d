import PacteCore
import PacteSchema

/// The assembly whose deliberation authorises a signatory to sign, when
/// the `délibération` does not name its `organe` (DESIGN §6.2): the
/// council of the collectivity's level, or a board of directors.
public enum DeliberatingBody {
    /// The body, without article: « conseil municipal », “municipal council”.
    ///
    /// A collectivity's level is read from its name first (« Commune de … »
    /// signing an intercommunal pacte has a municipal council), then from
    /// the pacte's `échelon`.
    public static func name(of signatory: Signatory, level: Level?) -> LocalizedText {
        guard signatory.college.value == .collectivité else {
            return LocalizedText(fr: "conseil d’administration", en: "board of directors")
        }
        switch levelNamed(signatory.name) ?? level {
        case .commune?: return LocalizedText(fr: "conseil municipal", en: "municipal council")
        case .intercommunalité?: return LocalizedText(fr: "conseil communautaire", en: "community council")
        case .pays?: return LocalizedText(fr: "comité syndical", en: "joint board")
        case .département?: return LocalizedText(fr: "conseil départemental", en: "departmental council")
        case .région?: return LocalizedText(fr: "conseil régional", en: "regional council")
        case nil: return LocalizedText(fr: "assemblée délibérante", en: "council")
        }
    }

    /// The body a deliberation names, else the default one.
    public static func name(of deliberation: Deliberation, by signatory: Signatory, level: Level?) -> LocalizedText {
        if let written = deliberation.body.value?.trimmingBlanks, !written.isEmpty {
            return LocalizedText(fr: written, en: written)
        }
        return name(of: signatory, level: level)
    }

    /// The level a collectivity's name says: « Commune de … », « Communauté
    /// de communes … », « Département du … ».
    static func levelNamed(_ name: String?) -> Level? {
        guard let name else { return nil }
        let folded = SchemaName.fold(name).lowercased()
        let starts: [(String, Level)] = [
            ("commune ", .commune), ("ville ", .commune), ("mairie ", .commune),
            ("communaute ", .intercommunalité), ("metropole ", .intercommunalité),
            ("pays ", .pays), ("pole d", .pays), ("petr ", .pays), ("syndicat ", .pays),
            ("departement ", .département), ("conseil departemental", .département),
            ("region ", .région), ("conseil regional", .région),
        ]
        return starts.first { folded.hasPrefix($0.0) }?.1
    }
}

/// French articles before a noun phrase, for generated sentences.
public enum FrenchArticles {
    /// « de » and the phrase, contracted as French writes it: « du conseil
    /// municipal », « de la commission permanente », « de l’assemblée
    /// générale »; a phrase that has its article keeps it (« le bureau »
    /// → « du bureau »).
    public static func of(_ phrase: String) -> String {
        let lower = phrase.lowercased()
        if lower.hasPrefix("le ") { return "du " + phrase.dropFirst(3) }
        if lower.hasPrefix("les ") { return "des " + phrase.dropFirst(4) }
        if lower.hasPrefix("la ") || lower.hasPrefix("l’") || lower.hasPrefix("l'") { return "de " + phrase }
        if let first = lower.unicodeScalars.first, startsWithVowelSound(first) { return "de l’" + phrase }
        let feminine = ["assemblée", "commission", "conférence", "délégation", "séance", "communauté", "direction", "réunion"]
        let firstWord = lower.split(separator: " ").first.map(String.init) ?? lower
        return feminine.contains(firstWord) ? "de la " + phrase : "du " + phrase
    }

    /// « le », « la » or « l’ » and the phrase, for the same phrases.
    public static func the(_ phrase: String) -> String {
        let lower = phrase.lowercased()
        if ["le ", "la ", "les ", "l’", "l'"].contains(where: lower.hasPrefix) { return phrase }
        if let first = lower.unicodeScalars.first, startsWithVowelSound(first) { return "l’" + phrase }
        let feminine = ["assemblée", "commission", "conférence", "délégation", "séance", "communauté", "direction", "réunion"]
        let firstWord = lower.split(separator: " ").first.map(String.init) ?? lower
        return (feminine.contains(firstWord) ? "la " : "le ") + phrase
    }

    private static func startsWithVowelSound(_ scalar: Unicode.Scalar) -> Bool {
        "aàâeéèêëiîïoôuùûyœ".unicodeScalars.contains(scalar)
    }
}
