import PacteKit

/// `pacte dump FILE`: the syntax tree with its spans, for debugging the
/// parser and writing its golden tests.
enum DumpCommand {
    static func run(_ arguments: [String]) throws(UsageError) -> Int32 {
        let parsed = try Arguments(arguments, valued: ["--lang"], flags: [])
        let language = try parsed.language()
        guard parsed.positionals.count == 1, let input = parsed.positionals.first else {
            throw UsageError(message: LocalizedText(fr: "indiquez un seul fichier", en: "give exactly one file"))
        }
        do throws(IOFailure) {
            let source = SourceFile(path: input, bytes: try FileSystem.read(input))
            let (syntax, _) = Parser.parse(source)
            Terminal.out(SyntaxDump.render(syntax, source: source))
            return 0
        } catch {
            Terminal.err(Messages.ioError(error, language))
            return 2
        }
    }
}
