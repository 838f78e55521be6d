import PacteCore
import PacteSyntax
import PacteSchema
import PacteSemantics

/// The explanation pages of the front-end codes (P01xx syntax, P02xx schema).
/// Completeness rules (P03xx) keep theirs in their own rule file.
///
/// Each snippet is a fragment of a pacte; apart from the P0205 ones, which
/// show the `pacte` declaration itself, they leave it out to stay short.
enum FrontEndExplanations {
    static let all: [Explanation] = [
        // MARK: - P01xx: reading the text

        Explanation(
            code: .unexpectedCharacter,
            title: text("caractère inattendu", "unexpected character"),
            checks: text(
                "Un caractère qui n’a pas sa place dans un pacte hors d’une chaîne entre guillemets : `@`, `$`, `=`, `+`, des guillemets typographiques « » ou “ ”, une apostrophe, un `€` ou un `%` qui ne suit pas un nombre. Le caractère est signalé puis ignoré, et la lecture continue.",
                "A character that has no place in a pacte outside a quoted string: `@`, `$`, `=`, `+`, curly quotes « » or “ ”, an apostrophe, a `€` or `%` that does not follow a number. The character is reported, then skipped, and reading goes on."),
            rationale: text(
                "Ces caractères arrivent souvent par un copier-coller depuis un traitement de texte, un courriel ou une messagerie. Le compilateur préfère s’arrêter sur eux plutôt que de deviner ce que vous vouliez écrire.",
                "Such characters often come in with a copy and paste from a word processor, an email or a chat. The compiler would rather stop on them than guess what you meant."),
            failing: """
                signataire mairie "Commune de Kerbihan" {
                  collège: collectivité
                  représentant: @soazig
                }
                personne soazig "Soazig Le Gall" { genre: femme; rôle: élu }
                """,
            fixed: """
                signataire mairie "Commune de Kerbihan" {
                  collège: collectivité
                  représentant: soazig
                }
                personne soazig "Soazig Le Gall" { genre: femme; rôle: élu }
                """),

        Explanation(
            code: .unterminatedString,
            title: text("chaîne ou bloc de texte non terminé", "unterminated string or text block"),
            checks: text(
                "Une chaîne ouverte par `\"` qui n’est pas refermée sur la même ligne, ou un bloc de texte ouvert par `\"\"\"` sans ligne de fermeture ne contenant que `\"\"\"`.",
                "A string opened with `\"` that is not closed on the same line, or a text block opened with `\"\"\"` with no closing line holding only `\"\"\"`."),
            rationale: text(
                "Sans guillemet de fermeture, on ne sait plus où s’arrête le texte : la suite du fichier risquerait d’être lue comme faisant partie du titre. Pour un texte de plusieurs lignes, utilisez un bloc `\"\"\"`.",
                "Without a closing quote, nobody can tell where the text stops: the rest of the file could be read as part of the title. For text over several lines, use a `\"\"\"` block."),
            failing: """
                vision {
                  horizon: 2040
                  priorité bocage "Un bocage replanté et entretenu
                  priorité rivieres "Des rivières propres de la source à la mer"
                }
                """,
            fixed: """
                vision {
                  horizon: 2040
                  priorité bocage "Un bocage replanté et entretenu"
                  priorité rivieres "Des rivières propres de la source à la mer"
                }
                """),

        Explanation(
            code: .unexpectedToken,
            title: text("élément inattendu ou manquant", "unexpected or missing element"),
            checks: text(
                "Le texte ne suit pas la forme attendue : `:` oublié après le nom d’une propriété, valeur manquante après `:`, chiffres mal groupés comme dans `80 00 €`, texte en trop après une valeur, propriété écrite hors de tout bloc, `}` sans `{`.",
                "The text does not follow the expected shape: a `:` forgotten after a property’s name, a value missing after `:`, digits wrongly grouped as in `80 00 €`, extra text after a value, a property written outside any block, a `}` without a `{`."),
            rationale: text(
                "Une propriété s’écrit toujours `nom: valeur`, une par ligne (ou séparées par `;`). Cette forme stricte permet de relire les modifications ligne par ligne ; dans un nombre, une espace ne sépare que des groupes de trois chiffres (`8 000 €`), pour qu’un montant ne soit jamais compris comme deux nombres.",
                "A property is always written `name: value`, one per line (or separated by `;`). This strict shape makes changes easy to review line by line; inside a number, a space only separates groups of three digits (`8 000 €`), so that an amount is never read as two numbers."),
            failing: """
                objectif compost "Composter les biodéchets de la commune"

                action composteurs "Composteurs de quartier" {
                  objectif compost
                  budget: 8 000 €
                }
                """,
            fixed: """
                objectif compost "Composter les biodéchets de la commune"

                action composteurs "Composteurs de quartier" {
                  objectif: compost
                  budget: 8 000 €
                }
                """),

        Explanation(
            code: .unclosedDelimiter,
            title: text("accolade ou crochet non fermé", "unclosed brace or bracket"),
            checks: text(
                "Un bloc ouvert par `{` n’a pas de `}`, ou une liste ouverte par `[` n’a pas de `]`. Le code pointe vers l’ouverture restée sans fermeture.",
                "A block opened with `{` has no `}`, or a list opened with `[` has no `]`. The code points at the opening left without its closing."),
            rationale: text(
                "Tant qu’un bloc reste ouvert, tout ce qui suit semble en faire partie : un signataire pourrait se retrouver rangé dans un autre. Le compilateur repère l’oubli et reprend la lecture à la déclaration suivante.",
                "While a block stays open, everything after it seems to belong to it: one signatory could end up inside another. The compiler spots the omission and resumes reading at the next declaration."),
            failing: """
                signataire mairie "Commune de Kerbihan" {
                  collège: collectivité

                signataire amap "AMAP du Lenn" {
                  collège: association
                }
                """,
            fixed: """
                signataire mairie "Commune de Kerbihan" {
                  collège: collectivité
                }

                signataire amap "AMAP du Lenn" {
                  collège: association
                }
                """),

        // P0105 cannot be shown with a real invalid byte in a Swift string:
        // `failing` is the text as an editor shows it, with `�` marking the
        // bytes that are not UTF-8.
        Explanation(
            code: .invalidUTF8,
            title: text("encodage UTF-8 invalide", "invalid UTF-8 encoding"),
            checks: text(
                "Le fichier contient des octets qui ne sont pas de l’UTF-8, le plus souvent parce qu’il a été enregistré en Latin-1 (ISO-8859-1) ou en Windows-1252 : chaque lettre accentuée devient alors un octet invalide, que les éditeurs affichent `�`. Le diagnostic donne la position de l’octet dans le fichier.",
                "The file holds bytes that are not UTF-8, most often because it was saved as Latin-1 (ISO-8859-1) or Windows-1252: every accented letter then becomes an invalid byte, which editors show as `�`. The diagnostic gives the byte’s position in the file."),
            rationale: text(
                "Un pacte breton est plein d’accents et de noms propres : mal encodés, ils seraient imprimés de travers dans le document signé. Enregistrez le fichier en UTF-8, ce que proposent tous les éditeurs dans « Enregistrer sous ».",
                "A Breton pacte is full of accents and proper names: badly encoded, they would print garbled in the signed document. Save the file as UTF-8, which every editor offers in “Save as”."),
            failing: """
                signataire cercle "Cercle celtique de Pont-Kerl\u{FFFD}o" {
                  coll\u{FFFD}ge: culturel
                }
                """,
            fixed: """
                signataire cercle "Cercle celtique de Pont-Kerléo" {
                  collège: culturel
                }
                """),

        Explanation(
            code: .overLimit,
            title: text("limite dépassée", "input over a limit"),
            checks: text(
                "Le fichier dépasse une des limites du compilateur : plus de 32 niveaux de `{ }` et `[ ]` imbriqués, plus de 16 Mo, ou une liste de plus de 10 000 éléments. Ce qui dépasse n’est pas lu.",
                "The file goes past one of the compiler’s limits: more than 32 levels of nested `{ }` and `[ ]`, more than 16 MB, or a list of more than 10,000 items. What goes past is not read."),
            rationale: text(
                "Un vrai pacte n’imbrique que trois niveaux et tient en quelques kilo-octets. Un fichier qui dépasse ces limites est presque toujours une erreur (mauvais fichier, texte généré par un programme défaillant) ; les limites empêchent qu’il bloque un contrôle automatique.",
                "A real pacte nests only three levels deep and fits in a few kilobytes. A file past these limits is almost always a mistake (the wrong file, text generated by a faulty program); the limits keep it from stalling an automatic check."),
            failing: """
                signataire amap "AMAP du Lenn" { collège: association }
                objectif compost "Composter les biodéchets de la commune"

                action composteurs "Composteurs de quartier" {
                  objectif: compost
                  partenaires: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[amap]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
                }
                """,
            fixed: """
                signataire amap "AMAP du Lenn" { collège: association }
                objectif compost "Composter les biodéchets de la commune"

                action composteurs "Composteurs de quartier" {
                  objectif: compost
                  partenaires: [amap]
                }
                """),

        Explanation(
            code: .invalidLiteral,
            title: text("date, nombre ou texte mal écrit", "malformed date, number or text"),
            checks: text(
                "Une valeur est mal formée : date qui n’existe pas (`2026-13`, `2026-02-30`), nombre collé à des lettres (`12km`), `_` mal placé, montant à plus de deux décimales, fraction de dénominateur nul, échappement inconnu dans une chaîne, ou ligne d’un bloc `\"\"\"` moins indentée que sa fermeture.",
                "A value is malformed: a date that does not exist (`2026-13`, `2026-02-30`), a number glued to letters (`12km`), a misplaced `_`, an amount with more than two decimals, a fraction with a zero denominator, an unknown escape in a string, or a line of a `\"\"\"` block indented less than its closing line."),
            rationale: text(
                "Les dates et les montants figurent dans le document signé et servent au calcul des calendriers et des budgets : une date impossible ou un nombre douteux ne doit pas y entrer en silence.",
                "Dates and amounts appear in the signed document and feed the calendar and budget checks: an impossible date or a dubious number must not slip in silently."),
            failing: """
                pacte "Pacte des transitions de Kerbihan" {
                  territoire: "Commune de Kerbihan"
                  échelon: commune
                  forme: commission-extra-municipale
                  période: 2026..2031
                  adoption: 2026-02-30
                }
                """,
            fixed: """
                pacte "Pacte des transitions de Kerbihan" {
                  territoire: "Commune de Kerbihan"
                  échelon: commune
                  forme: commission-extra-municipale
                  période: 2026..2031
                  adoption: 2026-03-02
                }
                """),

        // MARK: - P02xx: what the schema allows

        Explanation(
            code: .unknownName,
            title: text("déclaration ou propriété inconnue", "unknown declaration or property"),
            checks: text(
                "Un nom de déclaration ou de propriété que le pacte ne connaît pas à cet endroit, souvent à cause d’une faute de frappe ou d’un pluriel en trop. Le message propose les noms les plus proches.",
                "A declaration or property name the pacte does not know in that place, often because of a typo or an extra plural. The message suggests the closest names."),
            rationale: text(
                "Une propriété mal orthographiée serait simplement ignorée : l’indicateur que vous avez soigneusement rédigé manquerait au document imprimé sans que personne le remarque. Les accents, eux, sont facultatifs : `periode` vaut `période`.",
                "A misspelt property would simply be ignored: the indicator you wrote with care would be missing from the printed document without anyone noticing. Accents, on the other hand, are optional: `periode` is the same as `période`."),
            failing: """
                objectif compost "Composter les biodéchets de la commune" {
                  indicateurs: "tonnes de biodéchets compostées chaque année"
                  cible: "120 tonnes en 2030"
                }
                """,
            fixed: """
                objectif compost "Composter les biodéchets de la commune" {
                  indicateur: "tonnes de biodéchets compostées chaque année"
                  cible: "120 tonnes en 2030"
                }
                """),

        Explanation(
            code: .wrongType,
            title: text("valeur du mauvais type", "value of the wrong type"),
            checks: text(
                "La valeur n’est pas du type que la propriété attend : un nombre sans `€` pour un budget, un texte sans guillemets, une valeur de liste entre guillemets, une personne là où un signataire est attendu, un pourcentage au-delà de 100 %.",
                "The value is not of the type the property expects: a number without `€` for a budget, text without quotes, a list value in quotes, a person where a signatory is expected, a percentage above 100%."),
            rationale: text(
                "Chaque propriété a un sens précis : un budget est un montant en euros, un pilote est une structure signataire et non une personne. Vérifier le type évite qu’un document signé affiche « 8000 » sans unité ou confie une action à la mauvaise partie.",
                "Each property has a precise meaning: a budget is an amount in euros, a lead is a signatory organisation, not a person. Checking the type keeps a signed document from showing “8000” with no unit, or from handing an action to the wrong party."),
            failing: """
                objectif compost "Composter les biodéchets de la commune"

                action composteurs "Composteurs de quartier" {
                  objectif: compost
                  budget: 8_000
                }
                """,
            fixed: """
                objectif compost "Composter les biodéchets de la commune"

                action composteurs "Composteurs de quartier" {
                  objectif: compost
                  budget: 8_000 €
                }
                """),

        Explanation(
            code: .duplicateID,
            title: text("identifiant en double", "duplicate id"),
            checks: text(
                "Deux déclarations portent le même identifiant, même si elles sont de types différents (une personne et un signataire, par exemple), ou deux dérogations visent le même code. L’erreur est signalée à la seconde, avec un renvoi vers la première.",
                "Two declarations carry the same id, even when they are of different kinds (a person and a signatory, for instance), or two waivers name the same code. The error is reported at the second, with a note at the first."),
            rationale: text(
                "Les identifiants servent à désigner : `pilotes: [yann]` doit renvoyer à une seule personne. Avec deux Yann dans le pacte, on ne saurait pas lequel pilote ; donnez à chacun un identifiant distinct.",
                "Ids are how things are referred to: `pilotes: [yann]` must point to a single person. With two Yanns in the pacte, nobody could tell which one leads; give each one a distinct id."),
            failing: """
                personne yann "Yann Le Goff" { genre: homme; rôle: élu }
                personne yann "Yann Kerhervé" { genre: homme; rôle: habitant }
                """,
            fixed: """
                personne yann-legoff "Yann Le Goff" { genre: homme; rôle: élu }
                personne yann-kerherve "Yann Kerhervé" { genre: homme; rôle: habitant }
                """),

        Explanation(
            code: .unresolvedReference,
            title: text("référence introuvable", "unresolved reference"),
            checks: text(
                "Une propriété désigne un identifiant qui n’est déclaré nulle part dans le fichier : pilote, partenaire, membre, représentant, objectif ou priorité. La déclaration peut se trouver plus bas dans le fichier, mais elle doit exister ; le message propose les identifiants les plus proches.",
                "A property names an id that is declared nowhere in the file: a lead, partner, member, representative, objective or priority. The declaration may come further down the file, but it must exist; the message suggests the closest ids."),
            rationale: text(
                "Le document imprimé remplace chaque identifiant par le nom complet de la structure ou de la personne. Une référence qui ne mène nulle part laisserait une action sans pilote identifiable, ou un siège attribué à quelqu’un qui n’existe pas.",
                "The printed document replaces each id with the full name of the organisation or person. A reference that leads nowhere would leave an action without an identifiable lead, or a seat given to someone who does not exist."),
            failing: """
                signataire amap "AMAP du Lenn" { collège: association }
                objectif compost "Composter les biodéchets de la commune"

                action composteurs "Composteurs de quartier" {
                  objectif: compost
                  pilote: lamap
                }
                """,
            fixed: """
                signataire amap "AMAP du Lenn" { collège: association }
                objectif compost "Composter les biodéchets de la commune"

                action composteurs "Composteurs de quartier" {
                  objectif: compost
                  pilote: amap
                }
                """),

        Explanation(
            code: .missingRequired,
            title: text("propriété ou déclaration obligatoire manquante", "missing required property or declaration"),
            checks: text(
                "Il manque un élément sans lequel le pacte ne tient pas : la déclaration `pacte` elle-même, une de ses propriétés `territoire`, `échelon`, `forme` ou `période`, le `collège` d’un signataire, l’`objectif` d’une action, les `membres` ou le bloc `gouvernance` d’un espace, l’identifiant ou le titre d’une déclaration qui en exige un, ou le code et la raison d’une dérogation.",
                "Something the pacte cannot stand without is missing: the `pacte` declaration itself, one of its `territoire`, `échelon`, `forme` or `période` properties, a signatory’s `collège`, an action’s `objectif`, a space’s `membres` or `gouvernance` block, the id or title of a declaration that requires one, or a waiver’s code or reason."),
            rationale: text(
                "Ces éléments fondent le document : sans période, on ne sait pas sur quelles années s’engagent les signataires ; sans collège, on ne peut pas vérifier que la collectivité et la société civile sont toutes deux présentes.",
                "These parts are the document’s foundation: without a period, nobody knows which years the signatories commit to; without a college, nobody can check that both the local government and civil society are present."),
            failing: """
                pacte "Pacte des transitions de Kerbihan" {
                  territoire: "Commune de Kerbihan"
                  échelon: commune
                  forme: commission-extra-municipale
                }
                """,
            fixed: """
                pacte "Pacte des transitions de Kerbihan" {
                  territoire: "Commune de Kerbihan"
                  échelon: commune
                  forme: commission-extra-municipale
                  période: 2026..2031
                }
                """),

        Explanation(
            code: .reversedRange,
            title: text("période inversée", "reversed range"),
            checks: text(
                "Une période `début..fin` commence après sa fin, comme `2031..2026` ou `2027-03..2026-10`. Une année en fin de période court jusqu’au 31 décembre, un mois jusqu’à son dernier jour.",
                "A `start..end` range starts after its end, as in `2031..2026` or `2027-03..2026-10`. A year at the end of a range lasts to 31 December, a month to its last day."),
            rationale: text(
                "Une période à l’envers est presque toujours une inversion de saisie. Laissée telle quelle, elle fausserait le calendrier imprimé et les contrôles qui vérifient que chaque action tient dans la durée du pacte.",
                "A backwards range is almost always a typing slip. Left as it is, it would distort the printed calendar and the checks that each action fits within the pacte’s period."),
            failing: """
                objectif compost "Composter les biodéchets de la commune"

                action composteurs "Composteurs de quartier" {
                  objectif: compost
                  calendrier: 2027-03..2026-10
                }
                """,
            fixed: """
                objectif compost "Composter les biodéchets de la commune"

                action composteurs "Composteurs de quartier" {
                  objectif: compost
                  calendrier: 2026-10..2027-03
                }
                """),

        Explanation(
            code: .unknownEnumValue,
            title: text("valeur inconnue", "unknown value"),
            checks: text(
                "Une propriété à valeurs fixées (`collège`, `échelon`, `forme`, `participation`, `décision`…) reçoit une valeur qui n’en fait pas partie ; le message propose la plus proche. Le code sert aussi pour une `dérogation` qui vise un code inconnu ou une règle qui ne se déroge pas.",
                "A property with a fixed set of values (`collège`, `échelon`, `forme`, `participation`, `décision`…) gets a value outside that set; the message suggests the closest one. The code is also used for a `dérogation` that names an unknown code or a rule that cannot be waived."),
            rationale: text(
                "Ces listes fixes permettent de compter les collèges, de vérifier la base légale ou le niveau de participation d’une action. Un mot voisin, comme « associatif » au lieu de « association », échapperait à tous ces contrôles.",
                "These fixed lists are what lets the compiler count colleges and check the legal basis or an action’s level of participation. A near miss, such as “associatif” instead of “association”, would escape all those checks."),
            failing: """
                signataire amap "AMAP du Lenn" {
                  collège: associatif
                }
                """,
            fixed: """
                signataire amap "AMAP du Lenn" {
                  collège: association
                }
                """),

        Explanation(
            code: .duplicateProperty,
            title: text("propriété donnée deux fois", "property given twice"),
            checks: text(
                "Une même propriété apparaît deux fois dans un bloc, éventuellement sous son nom français et son alias anglais, ou une déclaration unique (`pacte`, `vision`, `charte`, `financement`) est écrite deux fois. L’erreur est signalée à la seconde, avec un renvoi vers la première.",
                "The same property appears twice in a block, possibly under its French name and its English alias, or a one-off declaration (`pacte`, `vision`, `charte`, `financement`) is written twice. The error is reported at the second, with a note at the first."),
            rationale: text(
                "Deux valeurs pour un même budget, c’est deux lectures possibles d’un engagement signé. Le compilateur ne retient que la première et demande de trancher, pour que tout le monde signe le même chiffre.",
                "Two values for one budget means two ways to read a signed commitment. The compiler keeps only the first and asks you to settle it, so that everyone signs the same figure."),
            failing: """
                objectif compost "Composter les biodéchets de la commune"

                action composteurs "Composteurs de quartier" {
                  objectif: compost
                  budget: 8_000 €
                  participation: concertation
                  budget: 12_000 €
                }
                """,
            fixed: """
                objectif compost "Composter les biodéchets de la commune"

                action composteurs "Composteurs de quartier" {
                  objectif: compost
                  budget: 12_000 €
                  participation: concertation
                }
                """),
    ]
}
