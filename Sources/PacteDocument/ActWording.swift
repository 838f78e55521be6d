import PacteCore
import PacteSchema
import PacteSemantics

/// The phrases of the act (DESIGN §6.2) that depend on who signs, shared
/// by the pact and its avenant: the « Vu … » lines, the parties, the
/// capacity of a representative agreed with their gender, the signature
/// page, the majority of a vote in words.
package struct ActWording {
    let pacte: Pacte
    let language: Language

    /// The wording of `pacte`'s act, in `language`.
    package init(pacte: Pacte, language: Language) {
        self.pacte = pacte
        self.language = language
    }

    /// What the act is that the « Vu la délibération … » lines authorise to sign.
    package enum Instrument {
        case pacte, amendment
    }

    private func label(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }
    private func typeset(_ text: String) -> String { Typography.apply(text, language) }
    private var labels: Labels { Labels(language: language) }

    private func signatoryName(_ signatory: Signatory) -> String { typeset(signatory.name ?? signatory.id) }

    // MARK: - Preamble

    /// « Vu le code général des collectivités territoriales, notamment son
    /// article L2143-2 », from the form's law; the code alone where the form
    /// has no article but a collectivity signs.
    package func lawCitation() -> String? {
        if let basis = pacte.legalBasis, pacte.level.value == basis.requiredLevel {
            return label("Vu le code général des collectivités territoriales, notamment son article \(basis.article)",
                         "Having regard to the French local government code (CGCT), in particular Article \(basis.article) thereof")
        }
        guard pacte.signatories.contains(where: { $0.college.value == .collectivité }) else { return nil }
        return label("Vu le code général des collectivités territoriales", "Having regard to the French local government code (CGCT)")
    }

    /// « Vu la délibération n° 2026-011 du 26 février 2026 du conseil
    /// municipal de la Commune de … autorisant la Maire à signer le présent
    /// pacte ».
    package func citation(of deliberation: Deliberation, by signatory: Signatory, signing instrument: Instrument) -> String {
        let body = DeliberatingBody.name(of: deliberation, by: signatory, level: pacte.level.value).text(in: language)
        let number = deliberation.number.map { label(" n°\u{00A0}\(typeset($0))", " no.\u{00A0}\(typeset($0))") } ?? ""
        let date = deliberation.date.value.map { label(" du \(Typography.date($0, .fr))", " of \(Typography.date($0, .en))") } ?? ""
        return citation(number: number, date: date, body: body, by: signatory, signing: instrument)
    }

    /// « Vu la délibération n° …… du …… du conseil municipal de la Commune
    /// de … autorisant la maire à signer le présent pacte », to complete by
    /// hand where the file names no deliberation of a collectivity.
    package func blankCitation(by signatory: Signatory) -> String {
        let blank = "\u{2026}\u{2026}\u{2026}"
        return citation(number: label(" n°\u{00A0}\(blank)", " no.\u{00A0}\(blank)"), date: label(" du \(blank)", " of \(blank)"),
                        body: DeliberatingBody.name(of: signatory, level: pacte.level.value).text(in: language), by: signatory, signing: .pacte)
    }

    /// The sentence of a deliberation's visa, its number and date as written.
    private func citation(number: String, date: String, body: String, by signatory: Signatory, signing instrument: Instrument) -> String {
        let signer = capacity(of: signatory).map(inSentence) ?? label("son représentant", "its representative")
        let act = instrument == .pacte ? label("le présent pacte", "this pact") : label("le présent avenant", "this amendment")
        return label(
            "Vu la délibération\(number)\(date) \(FrenchArticles.of(body)) \(FrenchArticles.of(signatoryName(signatory))) autorisant \(signer) à signer \(act)",
            "Having regard to deliberation\(number)\(date) of the \(body) of \(organisation(signatoryName(signatory))) authorising \(signer) to sign \(act)")
    }

    /// A capacity inside a sentence: « la maire », « son coprésident »; in
    /// the signature box it heads its line and keeps its capital.
    func inSentence(_ capacity: String) -> String {
        guard language == .fr else { return capacity }
        var words = capacity.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for index in words.indices where words[index].count > 1 && words[index] != words[index].uppercased() {
            words[index] = words[index].prefix(1).lowercased() + words[index].dropFirst()
        }
        return words.joined(separator: " ").replacingApostropheCapital()
    }

    /// The act's own `visas`, each a « Vu … » line however it is written.
    package func extraCitations() -> [String] {
        (pacte.act?.citations.value ?? []).compactMap { visa in
            var text = typeset(visa.trimmingBlanks)
            while let last = text.last, [";", ".", ",", "\u{00A0}", " "].contains(last) { text.removeLast() }
            let opening = label("Vu ", "Having regard to ")
            // A visa written with its « Vu » keeps it, capitalised; one that is only « Vu » says nothing.
            guard !text.isEmpty, text.lowercased() != opening.lowercased().trimmingBlanks else { return nil }
            if text.lowercased().hasPrefix(opening.lowercased()) {
                text = opening + text.dropFirst(opening.count)
            } else {
                text = opening + text
            }
            return text
        }
    }

    /// The « Vu … » lines, each ending in « ; », the parties, then « Il est
    /// convenu ce qui suit : ».
    package func opening(citations: [String]) -> [Block] {
        var blocks = citations.map { Block.paragraph(Paragraph(.body, [.text($0 + label("\u{00A0};", ";"))])) }
        let parties = pacte.signatories.map(party)
        if !parties.isEmpty {
            blocks.append(.paragraph(Paragraph(.intro, [.text(label("Les signataires sont\u{00A0}:", "The signatories are:"))])))
            blocks.append(.list(List(.bulleted, parties.enumerated().map { index, text in
                [.text(text + (index == parties.count - 1 ? "." : label("\u{00A0};", ";")))]
            })))
        }
        blocks.append(.paragraph(Paragraph(.intro, [.text(label("Il est convenu ce qui suit\u{00A0}:", "It is agreed as follows:"))])))
        return blocks
    }

    /// « la Commune de …, représentée par sa Maire, Gwenaëlle Le Roux ».
    package func party(_ signatory: Signatory) -> String {
        let organisation = organisation(signatoryName(signatory))
        guard let person = representative(of: signatory), let capacity = possessiveCapacity(of: signatory) else {
            return organisation
        }
        let represented = language == .en ? "represented by" : (FrenchArticles.isFeminine(signatoryName(signatory)) ? "représentée par" : "représenté par")
        return "\(organisation), \(represented) \(inSentence(capacity)), \(typeset(person.name ?? person.id))"
    }

    // MARK: - Signature page

    /// « Fait à …, le …, en trois exemplaires originaux. », then a box per
    /// signatory: « Pour la Commune de …, », « la Maire, », the name.
    package func signaturePage() -> SignaturePage? {
        guard !pacte.signatories.isEmpty else { return nil }
        let blank = "\u{2026}\u{2026}\u{2026}\u{2026}\u{2026}\u{2026}"
        let place = pacte.act?.place.value.map(typeset) ?? blank
        let date = pacte.act?.date.value.map { Typography.date($0, language) } ?? blank
        let copies = pacte.act?.copies.value.flatMap { $0 > 0 ? $0 : nil } ?? pacte.signatories.count
        let originals = labels.count(copies, ("exemplaire original", "original copy"), ("exemplaires originaux", "original copies"), feminine: false)
        return SignaturePage(
            Heading(level: 2, label("Signatures", "Signatures"), anchor: "signatures"),
            statement: label("Fait à \(place), le \(date), en \(originals).", "Done at \(place) on \(date), in \(originals)."),
            signatures: pacte.signatories.map { signatory in
                let person = representative(of: signatory)
                // Without a representative, a capacity only where the file gives one.
                let capacity = person == nil && signatory.capacity.isAbsent ? nil : capacity(of: signatory)
                return SignatureBlock(
                    signatory: signatory.id,
                    organisation: signatoryName(signatory),
                    onBehalf: label("Pour \(organisation(signatoryName(signatory))),", "For \(organisation(signatoryName(signatory))),"),
                    capacity: capacity.map { $0 + (person == nil ? "" : ",") },
                    representative: person.map { typeset($0.name ?? $0.id) },
                    nameLine: capacity == nil ? label("Nom et qualité\u{00A0}:", "Name and capacity:") : label("Nom\u{00A0}:", "Name:"),
                    signatureLabel: label("Signature et cachet", "Signature and stamp"))
            })
    }

    // MARK: - Names and capacities

    /// An organisation's name with its article: « la Commune de … »,
    /// « l’Association … »; in English, the name as written.
    package func organisation(_ name: String) -> String {
        if language == .fr { return FrenchArticles.the(name) }
        // English names an organisation with « the »: “the Commune de Kerhuel”.
        return name.lowercased().hasPrefix("the ") ? name : "the " + name
    }

    /// The capacity a signatory's representative signs in, without
    /// article: the `qualité` as written, else « Maire » for a commune and
    /// « Présidente » or « Président » elsewhere, agreed with the
    /// representative's gender; both forms where it is not known.
    func capacityTitle(of signatory: Signatory) -> String? {
        if let written = signatory.capacity.value?.trimmingBlanks, !written.isEmpty { return typeset(written) }
        let gender = representative(of: signatory)?.gender.value
        let isMayor = signatory.college.value == .collectivité
            && (DeliberatingBody.levelNamed(signatory.name) ?? pacte.level.value) == .commune
        if language == .en { return isMayor ? "Mayor" : "President" }
        if isMayor { return "Maire" }
        switch gender {
        case .femme?: return "Présidente"
        case .homme?: return "Président"
        default: return "Présidente ou Président"
        }
    }

    /// The capacity with its article: « la Maire », « le Président »,
    /// « l’Adjointe au maire »; “the Mayor”. Where the gender is not known,
    /// both articles (« la ou le Maire »).
    func capacity(of signatory: Signatory) -> String? {
        guard let title = capacityTitle(of: signatory) else { return nil }
        if language == .en { return "the " + title }
        if title == "Présidente ou Président" { return "la Présidente ou le Président" }
        if FrenchArticles.startsWithVowel(title) { return "l’" + title }
        switch representative(of: signatory)?.gender.value {
        case .femme?: return "la " + title
        case .homme?: return "le " + title
        default: return FrenchArticles.isFeminine(title) ? "la " + title : "la ou le " + title
        }
    }

    /// « sa Maire », « son Président », for « représentée par … ».
    func possessiveCapacity(of signatory: Signatory) -> String? {
        guard let capacity = capacity(of: signatory) else { return nil }
        if language == .en { return "its " + capacity.dropFirst(4) }
        if capacity == "la Présidente ou le Président" { return "sa Présidente ou son Président" }
        if capacity.hasPrefix("la ou le ") { return "sa ou son " + capacity.dropFirst(9) }
        if capacity.hasPrefix("la ") { return "sa " + capacity.dropFirst(3) }
        if capacity.hasPrefix("le ") { return "son " + capacity.dropFirst(3) }
        return "son " + capacity.dropFirst(2)
    }

    /// The person named as a signatory's representative.
    func representative(of signatory: Signatory) -> Person? {
        signatory.representative.value.flatMap(pacte.person)
    }

    // MARK: - Votes

    /// « à la majorité des deux tiers des votants », “by a majority of
    /// two thirds of those voting”.
    func majority(_ ratio: Ratio) -> String {
        switch ratio {
        case .fraction(let numerator, let denominator):
            if numerator * 2 == denominator { return label("à la majorité des votants", "by a majority of those voting") }
            if let fraction = fractionInWords(numerator, denominator) {
                return label("à la majorité \(FrenchArticles.of(fraction.fr)) des votants", "by a majority of \(fraction.en) of those voting")
            }
            return label("à la majorité de \(numerator)/\(denominator) des votants", "by a majority of \(numerator)/\(denominator) of those voting")
        case .percent(let share):
            return label("à la majorité de \(share.description.replacingDot(","))\u{00A0}% des votants",
                         "by a majority of \(share.description)% of those voting")
        }
    }

    /// « les deux tiers », “two thirds”, for the denominators a writer spells.
    private func fractionInWords(_ numerator: Int64, _ denominator: Int64) -> (fr: String, en: String)? {
        let numbers = ["", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
        let numbersEn = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
        let parts: [Int64: (String, String, String, String)] = [
            3: ("tiers", "tiers", "third", "thirds"), 4: ("quart", "quarts", "quarter", "quarters"),
            5: ("cinquième", "cinquièmes", "fifth", "fifths"), 10: ("dixième", "dixièmes", "tenth", "tenths"),
        ]
        guard let part = parts[denominator], numerator > 1, numerator < min(denominator, 10) else { return nil }
        return ("les " + numbers[Int(numerator)] + " " + part.1, numbersEn[Int(numerator)] + " " + part.3)
    }
}

private extension String {
    /// « l’Adjointe » → « l’adjointe », once the words are lowered.
    func replacingApostropheCapital() -> String {
        var result = "", previous: Character?
        for character in self {
            result.append(previous == "’" && result.count >= 2 ? Character(character.lowercased()) : character)
            previous = character
        }
        return result
    }
}
