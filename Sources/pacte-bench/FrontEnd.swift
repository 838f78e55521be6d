import Foundation
import PacteKit
import PacteSemantics
import PacteSyntax

/// The front end on pactes written like real ones: throughput of each
/// stage in this process, then `pacte check` in a fresh process as a
/// user runs it, with its peak memory per input byte, and the time of
/// the largest file over the one ten times smaller.
enum FrontEnd {
    struct Corpus {
        let name: String
        let text: String
    }

    /// The realistic pactes, typical to 15 MB, and the examples of the
    /// repository grown to 1.5 and 15 MB when the bench runs from it.
    static func corpus() -> [Corpus] {
        var corpus = [
            Corpus(name: "réaliste, typique", text: RealisticPacte.pacte(actions: 12)),
            Corpus(name: "réaliste, 150 ko", text: RealisticPacte.pacte(bytes: 150_000)),
            Corpus(name: "réaliste, 1,5 Mo", text: RealisticPacte.pacte(bytes: 1_500_000)),
            Corpus(name: "réaliste, 15 Mo", text: RealisticPacte.pacte(bytes: 15_000_000)),
        ]
        for example in ["penn-ar-ster", "plouzevel-jeunesse"] {
            guard let text = try? String(contentsOfFile: "Examples/\(example).pacte", encoding: .utf8) else { continue }
            corpus.append(Corpus(name: "\(example), 1,5 Mo", text: ScaledExample.scaled(text, to: 1_500_000)))
            corpus.append(Corpus(name: "\(example), 15 Mo", text: ScaledExample.scaled(text, to: 15_000_000)))
        }
        return corpus
    }

    /// File names for `--write`.
    static func fileName(_ corpus: Corpus) -> String {
        corpus.name.replacingOccurrences(of: ", ", with: "-").replacingOccurrences(of: " ", with: "")
            .replacingOccurrences(of: "é", with: "e").replacingOccurrences(of: "1,5", with: "1.5") + ".pacte"
    }

    static func run(freshProcess: Bool) throws {
        let corpus = corpus()
        let sources = corpus.map { SourceFile(path: $0.name, text: $0.text) }
        for source in sources {
            let diagnostics = Compilation(source: source).diagnostics
            if !diagnostics.isEmpty {
                print("attention : « \(source.path) » n’est pas propre (\(diagnostics.count) diagnostics, dont \(diagnostics[0].code.rawValue) : \(diagnostics[0].message.fr)) ; ses mesures ne valent rien")
            }
        }
        print("front end sur des pactes écrits comme les vrais (Mo/s : millions d’octets par seconde, le meilleur de plusieurs essais)\n")
        print(Bench.pad("fichier", 30) + Bench.pad("taille", 10) + ["lexer", "parser", "résolution", "validation", "check"].map { Bench.pad($0, 20) }.joined())
        var checkTimes: [String: Double] = [:]
        for source in sources {
            let repetitions = source.bytes.count > 5_000_000 ? 5 : source.bytes.count > 500_000 ? 10 : 30
            let lex = Bench.measure(repetitions: repetitions) { _ = Lexer.countTokens(source) }
            let parseWithLex = Bench.measure(repetitions: repetitions) { _ = Parser.parse(source) }
            var resolve = Double.infinity
            var validate = Double.infinity
            for _ in 0..<repetitions {
                let syntax = Parser.parse(source).syntax
                let clock = ContinuousClock()
                var model: (pacte: Pacte, diagnostics: [Diagnostic], droppedDeclarations: Int)?
                resolve = min(resolve, seconds(clock.measure { model = Resolver.model(syntax, source: source) }))
                let context = ValidationContext(pacte: model!.pacte, isPartial: false, source: source)
                validate = min(validate, seconds(clock.measure { _ = Validator.validate(context) }))
            }
            let check = Bench.measure(repetitions: repetitions) { _ = Compilation(source: source) }
            checkTimes[source.path] = check
            let cells = [lex, max(0, parseWithLex - lex), resolve, validate, check].map { time in
                Bench.pad(String(format: "%7.2f ms %6.0f Mo/s", time * 1000, Double(source.bytes.count) / time / 1e6), 20)
            }
            print(Bench.pad(source.path, 30) + Bench.pad(size(source.bytes.count), 10) + cells.joined())
        }
        if let small = checkTimes["réaliste, 1,5 Mo"], let large = checkTimes["réaliste, 15 Mo"] {
            print(String(format: "\ncheck, 15 Mo contre 1,5 Mo (entrée ×10) : temps ×%.1f", large / small))
        }
        if freshProcess { try self.freshProcess(corpus) }
    }

    /// `pacte check FILE` in a new process, and `pacte --version` beside it.
    static func freshProcess(_ corpus: [Corpus]) throws {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("pacte").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            print("\n(pas de binaire pacte à côté du banc : `swift build -c release` d’abord)")
            return
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pacte-front-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        print("\n`pacte check FICHIER` dans un nouveau processus (lecture, lexer, parser, résolution, validation, sortie)\n")
        print(Bench.pad("fichier", 30) + Bench.pad("taille", 10) + Bench.pad("temps", 12) + Bench.pad("débit", 12) + "mémoire au plus (octets par octet lu)")
        var times: [String: Double] = [:]
        for item in corpus {
            let path = directory.appendingPathComponent(fileName(item)).path
            try TextFile.write(item.text, to: path)
            let bytes = item.text.utf8.count
            let figures = Bench.measureInChild([binary, "check", path], repetitions: bytes > 5_000_000 ? 7 : 20)
            times[item.name] = figures.seconds
            print(Bench.pad(item.name, 30) + Bench.pad(size(bytes), 10) + Bench.pad(String(format: "%.2f ms", figures.seconds * 1000), 12)
                  + Bench.pad(String(format: "%.0f Mo/s", Double(bytes) / figures.seconds / 1e6), 12)
                  + String(format: "%.0f Mo (%.1f)", figures.megabytes, figures.megabytes * 1_048_576 / Double(bytes)))
        }
        if let small = times["réaliste, 1,5 Mo"], let large = times["réaliste, 15 Mo"] {
            print(String(format: "15 Mo contre 1,5 Mo, lancement compris : temps ×%.1f", large / small))
        }
        let version = Bench.measureInChild([binary, "--version"], repetitions: 50)
        let typical = directory.appendingPathComponent(fileName(corpus[0])).path
        let check = Bench.measureInChild([binary, "check", typical], repetitions: 50)
        print(String(format: "\npacte --version : %.2f ms ; pacte check d’un pacte typique (%@) : %.2f ms, soit ×%.2f",
                     version.seconds * 1000, size(corpus[0].text.utf8.count), check.seconds * 1000, check.seconds / version.seconds))
    }

    static func size(_ bytes: Int) -> String {
        bytes >= 1_000_000 ? String(format: "%.1f Mo", Double(bytes) / 1e6) : String(format: "%.0f ko", Double(bytes) / 1e3)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
