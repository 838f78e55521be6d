#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import PacteKit

/// `pacte build FILE [--to pdf|html|md|json|odt|docx] [-o OUT] [--no-figures]`: the format follows
/// `--to`, else the extension of `-o`, else PDF beside the input. A Markdown
/// file gets its charts' pictures beside it (`NAME.figure-1.svg`…).
enum BuildCommand {
    enum Target: String {
        case pdf, html, md, json, odt, docx

        /// The spellings `--to` and an output's extension may use: the documents', and `json`.
        static let spellings = DocumentFormat.spellings + ["json"]

        init?(spelling: String) {
            if spelling.lowercased() == "json" {
                self = .json
            } else if let format = DocumentFormat(spelling: spelling) {
                self.init(rawValue: format.rawValue)
            } else {
                return nil
            }
        }
    }

    static func run(_ arguments: [String]) throws(UsageError) -> Int32 {
        let parsed = try Arguments(arguments, valued: ["--to", "-o", "--output", "--lang", "--color"], flags: ["--no-figures"])
        let language = try parsed.language()
        let color: ColorSetting = try parsed.choice("--color", default: .auto)
        guard parsed.positionals.count == 1, let input = parsed.positionals.first else {
            throw UsageError(message: LocalizedText(fr: "indiquez un seul fichier à compiler", en: "give exactly one file to build"))
        }
        let output = parsed.value("-o") ?? parsed.value("--output")
        let target = try target(parsed.value("--to"), output: output)
        let source: SourceFile
        do throws(IOFailure) {
            source = SourceFile(path: input, bytes: try FileSystem.read(input))
        } catch {
            Terminal.err(Messages.ioError(error, language))
            return 2
        }
        let compilation = Compilation(source: source)
        let renderer = HumanDiagnosticRenderer(options: .init(color: Terminal.wantsColor(STDERR, setting: color), language: language))
        if !compilation.diagnostics.isEmpty {
            // Warnings are shown and the document is built; errors stop it.
            Terminal.err(renderer.render(FileReport(compilation)))
        }
        if compilation.hasErrors {
            Terminal.err(language == .fr ? "rien n’est écrit : corrigez d’abord les erreurs\n" : "nothing written: fix the errors first\n")
            return 1
        }
        let destination = output ?? (input == "-" ? "-" : replacingExtension(of: input, with: target.rawValue))
        let bytes: [UInt8]
        var pictures: [(name: String, bytes: [UInt8])] = []
        switch target {
        case .json:
            bytes = Array(JSONBackend.render(compilation.pacte).utf8)
        case .pdf, .html, .md, .odt, .docx:
            let format = DocumentFormat(rawValue: target.rawValue)!
            let document = DocumentBuilder.build(compilation.pacte, options: .init(figures: !parsed.has("--no-figures")))
            guard let rendered = render(format, document, creationDate: compilation.pacte.adoption.value ?? sourceDateEpoch(),
                                        pictureName: destination == "-" ? nil : baseName(of: destination), language) else {
                return 2
            }
            bytes = rendered.bytes
            pictures = rendered.pictures
            warnSubstitutions(rendered.substituted, language)
        }
        // The pictures first: the Markdown that links them is written last.
        for picture in pictures {
            let status = write(picture.bytes, to: directory(of: destination) + picture.name, inputs: [input], language: language)
            if status != 0 { return status }
        }
        return write(bytes, to: destination, inputs: [input], language: language)
    }

    /// A path's last component without its extension: `lannevez` for `out/lannevez.md`.
    static func baseName(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// The directory part of a path, with its final `/`; empty for a name alone.
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    /// Writes an output atomically, never over the input; `-` is standard output.
    static func write(_ bytes: [UInt8], to destination: String, inputs: [String], language: Language) -> Int32 {
        if destination == "-" {
            Terminal.out(bytes)
            return 0
        }
        let target = FileSystem.canonical(destination)
        if target != nil, inputs.contains(where: { $0 != "-" && FileSystem.canonical($0) == target }) {
            Terminal.err(Messages.ioError(IOFailure(message: LocalizedText(
                fr: "la sortie `\(destination)` écraserait le fichier source", en: "the output `\(destination)` would overwrite the input")), language))
            return 2
        }
        do throws(IOFailure) {
            try FileSystem.writeAtomically(bytes, to: destination)
        } catch {
            Terminal.err(Messages.ioError(error, language))
            return 2
        }
        Terminal.err(language == .fr ? "écrit : \(destination)\n" : "written: \(destination)\n")
        return 0
    }

    /// The document in `format`; none, and the error said, for an office
    /// package past what ZIP holds without ZIP64.
    static func render(_ format: DocumentFormat, _ document: Document, creationDate: CalendarDate?, pictureName: String? = nil,
                       _ language: Language) -> (bytes: [UInt8], substituted: [String], pictures: [(name: String, bytes: [UInt8])])? {
        do throws(ZIPError) {
            return try format.render(document, creationDate: creationDate, pictureName: pictureName)
        } catch {
            Terminal.err(Messages.ioError(IOFailure(message: LocalizedText(
                fr: "le document dépasse ce qu’un fichier ZIP peut contenir sans ZIP64 (4 Gio, 65 535 parties)",
                en: "the document is larger than a ZIP file holds without ZIP64 (4 GiB, 65,535 parts)")), language))
            return nil
        }
    }

    /// The PDF's embedded fonts lack ideograms and emoji; say which were printed as « ? ».
    static func warnSubstitutions(_ characters: [String], _ language: Language) {
        guard !characters.isEmpty else { return }
        let listed = characters.prefix(20).joined(separator: " ")
        Terminal.err(language == .fr
            ? "warning: caractères absents des polices du PDF, imprimés « ? » (le texte extrait reste exact) : \(listed)\n"
            : "warning: characters missing from the PDF fonts, printed “?” (the extracted text stays exact): \(listed)\n")
    }

    /// The date for reproducible builds (reproducible-builds.org), when the pacte gives none.
    static func sourceDateEpoch() -> CalendarDate? {
        guard let text = Terminal.environment("SOURCE_DATE_EPOCH"), var seconds = time_t(text) else { return nil }
        var parts = tm()
        guard gmtime_r(&seconds, &parts) != nil else { return nil }
        return CalendarDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
    }

    /// The format follows `--to`, else the extension of `-o`, else PDF. An
    /// output whose extension names another format, or none that pacte
    /// writes, is refused: a PDF written as `pacte.docx` would open nowhere.
    private static func target(_ option: String?, output: String?) throws(UsageError) -> Target {
        var chosen: Target?
        if let option {
            guard let target = Target(spelling: option) else {
                throw UsageError.unknown(option, among: Target.spellings, fr: "format inconnu (pdf, html, md, json, odt ou docx)", en: "unknown format (pdf, html, md, json, odt or docx)")
            }
            chosen = target
        }
        guard let output, output != "-", let written = fileExtension(output) else { return chosen ?? .pdf }
        guard let implied = Target(spelling: written) else {
            throw UsageError(message: LocalizedText(
                fr: "pacte n’écrit pas de fichier `.\(written)` (`\(output)`) : choisissez une sortie en .pdf, .html, .md, .json, .odt ou .docx",
                en: "pacte does not write `.\(written)` files (`\(output)`): choose an output ending in .pdf, .html, .md, .json, .odt or .docx"))
        }
        if let chosen, chosen != implied {
            throw UsageError(message: LocalizedText(
                fr: "`--to \(chosen.rawValue)` et `-o \(output)` ne disent pas le même format : changez l’un ou l’autre",
                en: "`--to \(chosen.rawValue)` and `-o \(output)` name different formats: change one of them"))
        }
        return implied
    }

    /// The extension of a path's last component, lowercased, if it has one.
    static func fileExtension(_ path: String) -> String? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        let written = name[name.index(after: dot)...]
        return written.isEmpty ? nil : written.lowercased()
    }

    static func replacingExtension(of path: String, with newExtension: String) -> String {
        let slash = path.lastIndex(of: "/")
        if let dot = path.lastIndex(of: "."), slash.map({ dot > $0 }) ?? true {
            return String(path[..<dot]) + "." + newExtension
        }
        return path + "." + newExtension
    }
}
