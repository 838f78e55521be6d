import PacteKit

/// The texts the command line itself prints: usage and I/O errors.
enum Messages {
    static let version = "0.1.0"

    static func ioError(_ failure: IOFailure, _ language: Language) -> String {
        (language == .fr ? "erreur : " : "error: ") + failure.message.text(in: language) + "\n"
    }

    static func usageError(_ failure: UsageError, _ language: Language) -> String {
        (language == .fr ? "erreur : " : "error: ") + failure.message.text(in: language) + "\n"
            + (language == .fr ? "Pour l’aide : `pacte --help`\n" : "For help: `pacte --help`\n")
    }

    static func usage(_ language: Language) -> String {
        switch language {
        case .fr:
            """
            pacte \(version) — compilateur de pactes de coopération pour les transitions

            Usage :
              pacte check   FICHIER|DOSSIER|- ...  [--format human|json|sarif|github] [--strict]
                            [--stdin-filename NOM]
              pacte build   FICHIER [--to pdf|html|md|json|odt|docx] [-o SORTIE] [--no-figures]
              pacte fmt     FICHIER|DOSSIER|- ... [--check | --write] [--fix]
              pacte init    [-o FICHIER] [--territoire NOM] [--échelon ÉCHELON] [--forme FORME]
              pacte diff    ANCIEN NOUVEAU [--format human|json] [--to md|html|pdf|odt|docx -o SORTIE [--numéro N]]
              pacte explain [CODE]
              pacte hook    install [--force]
              pacte lsp
              pacte dump    FICHIER

            Commandes :
              check     vérifie des pactes et affiche les problèmes, avec leur ligne
              build     écrit le document à signer (PDF par défaut, HTML, Markdown, ODT, DOCX) ou le JSON
              fmt       met un pacte en forme canonique
              init      écrit un pacte de départ à compléter
              diff      compare deux versions d’un pacte par leur sens (ou en fait un avenant)
              explain   explique un code de diagnostic (sans code : la liste)
              hook      installe un hook git qui vérifie les pactes avant chaque commit
              lsp       serveur de langage pour les éditeurs (LSP, sur l’entrée et la sortie standard)
              dump      affiche l’arbre syntaxique d’un fichier, pour déboguer

            Option de build :
              --no-figures              sans les graphiques (calendrier, budget) : les tableaux seuls

            Options communes :
              --lang fr|en              langue des messages (sinon d’après LANG)
              --color auto|always|never couleurs (jamais avec NO_COLOR)

            Codes de sortie : 0 aucun problème bloquant, 1 erreurs trouvées, 2 erreur d’usage ou d’accès aux fichiers.

            """
        case .en:
            """
            pacte \(version) — compiler for cooperation pacts for the transitions

            Usage:
              pacte check   FILE|DIR|- ...  [--format human|json|sarif|github] [--strict]
                            [--stdin-filename NAME]
              pacte build   FILE [--to pdf|html|md|json|odt|docx] [-o OUT] [--no-figures]
              pacte fmt     FILE|DIR|- ... [--check | --write] [--fix]
              pacte init    [-o FILE] [--territoire NAME] [--échelon LEVEL] [--forme FORM]
              pacte diff    OLD NEW [--format human|json] [--to md|html|pdf|odt|docx -o OUT [--number N]]
              pacte explain [CODE]
              pacte hook    install [--force]
              pacte lsp
              pacte dump    FILE

            Commands:
              check     checks pactes and prints their problems, with their line
              build     writes the document to sign (PDF by default, HTML, Markdown, ODT, DOCX) or JSON
              fmt       puts a pacte in canonical form
              init      writes a starter pacte to fill in
              diff      compares two versions of a pacte by meaning (or writes an amendment)
              explain   explains a diagnostic code (without a code: the list)
              hook      installs a git hook that checks pactes before each commit
              lsp       language server for editors (LSP, on standard input and output)
              dump      prints a file's syntax tree, for debugging

            Build option:
              --no-figures              without the charts (timeline, budget): the tables alone

            Common options:
              --lang fr|en              language of messages (else from LANG)
              --color auto|always|never colours (never with NO_COLOR)

            Exit codes: 0 no blocking problem, 1 errors found, 2 usage or file access error.

            """
        }
    }
}
