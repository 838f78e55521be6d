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
    public static func levelNamed(_ name: String?) -> Level? {
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

/// French articles before a noun phrase, for generated sentences about
/// the names a pacte gives (« la Commune de … », « l’Association … »).
/// The gender of a name is read from its first word; a name this table
/// does not know is taken as masculine, as French does for a name
/// standing alone (« le Café associatif Ar Vro »).
public enum FrenchArticles {
    /// « de » and the phrase, contracted as French writes it: « du conseil
    /// municipal », « de la commission permanente », « de l’assemblée
    /// générale »; a phrase that has its article keeps it (« le bureau »
    /// → « du bureau »).
    public static func of(_ phrase: String) -> String {
        let lower = phrase.lowercased()
        if lower.hasPrefix("le ") { return "du " + phrase.dropFirst(3) }
        if lower.hasPrefix("les ") { return "des " + phrase.dropFirst(4) }
        if hasArticle(lower) { return "de " + phrase }
        if startsWithVowel(lower) { return "de l’" + phrase }
        return (isFeminine(phrase) ? "de la " : "du ") + phrase
    }

    /// « le », « la » or « l’ » and the phrase, for the same phrases.
    public static func the(_ phrase: String) -> String {
        let lower = phrase.lowercased()
        if hasArticle(lower) { return phrase }
        if startsWithVowel(lower) { return "l’" + phrase }
        return (isFeminine(phrase) ? "la " : "le ") + phrase
    }

    /// « à » and the phrase, contracted: « à la Commune de … », « au Café … ».
    public static func to(_ phrase: String) -> String {
        let article = the(phrase)
        if article.hasPrefix("le ") { return "au " + article.dropFirst(3) }
        if article.hasPrefix("les ") { return "aux " + article.dropFirst(4) }
        return "à " + article
    }

    /// « par » and the phrase: « par la Commune de … », « par le Café … ».
    public static func by(_ phrase: String) -> String { "par " + the(phrase) }

    /// Whether the phrase's first noun is feminine, as far as the table knows.
    public static func isFeminine(_ phrase: String) -> Bool {
        var words = phrase.lowercased().split(separator: " ").map(String.init)
        if let first = words.first, ["le", "la", "les"].contains(first) { words.removeFirst() }
        guard var first = words.first else { return false }
        if first.hasPrefix("l’") || first.hasPrefix("l'") { first = String(first.dropFirst(2)) }
        return feminineNouns.contains(first)
    }

    private static let feminineNouns: Set<String> = [
        "assemblée", "commission", "conférence", "délégation", "séance", "communauté", "direction", "réunion",
        "commune", "ville", "mairie", "métropole", "région", "association", "fédération", "maison", "coopérative",
        "société", "chambre", "mutuelle", "amicale", "union", "ligue", "fondation", "entreprise", "école", "scop",
        "scic", "régie", "agence", "banque", "compagnie", "confédération", "épicerie", "ferme", "médiathèque",
        "bibliothèque", "structure", "collectivité", "intercommunalité", "présidente", "adjointe",
        "directrice", "trésorière", "vice-présidente", "co-présidente", "coprésidente", "déléguée", "conseillère",
    ]

    private static func hasArticle(_ lower: String) -> Bool {
        ["le ", "la ", "les ", "l’", "l'"].contains(where: lower.hasPrefix)
    }

    /// Whether French elides before the text: it starts with a vowel, in any case.
    public static func startsWithVowel(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first.map({ String($0).lowercased() })?.unicodeScalars.first else { return false }
        return "aàâeéèêëiîïoôuùûyœ".unicodeScalars.contains(first)
    }
}
