#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import PacteKit

/// `pacte hook install [--force]`: a plain `.git/hooks/pre-commit` that
/// checks the staged `.pacte` files, for those who do not use the
/// pre-commit framework.
enum HookCommand {
    static func run(_ arguments: [String]) throws(UsageError) -> Int32 {
        let parsed = try Arguments(arguments, valued: ["--lang"], flags: ["--force"])
        let language = try parsed.language()
        guard parsed.positionals == ["install"] else {
            throw UsageError(message: LocalizedText(fr: "usage : `pacte hook install [--force]`", en: "usage: `pacte hook install [--force]`"))
        }
        guard let hooks = hooksDirectory() else {
            Terminal.err(Messages.ioError(IOFailure(message: LocalizedText(
                fr: "pas de dépôt git ici : lancez la commande dans un dépôt (`git init`)",
                en: "no git repository here: run the command inside a repository (`git init`)")), language))
            return 2
        }
        let path = hooks + "/pre-commit"
        if FileSystem.exists(path), !parsed.has("--force") {
            Terminal.err(Messages.ioError(IOFailure(message: LocalizedText(
                fr: "`\(path)` existe déjà ; relancez avec `--force` pour le remplacer, ou ajoutez-y la ligne de `pacte check`",
                en: "`\(path)` already exists; run again with `--force` to replace it, or add the `pacte check` line to it")), language))
            return 2
        }
        do throws(IOFailure) {
            try FileSystem.makeDirectory(hooks)
            try FileSystem.writeAtomically(Array(script(language).utf8), to: path, mode: 0o755)
        } catch {
            Terminal.err(Messages.ioError(error, language))
            return 2
        }
        Terminal.err(language == .fr
            ? "hook installé : \(path)\nchaque commit vérifiera les fichiers .pacte indexés\n"
            : "hook installed: \(path)\nevery commit will check the staged .pacte files\n")
        return 0
    }

    /// The hook: check the staged version of each staged `.pacte` file, so
    /// that what is committed is what was checked. Its messages are in the
    /// language of the install (`--lang`), and it says so when the file on
    /// disk differs from the staged version it checked: the usual surprise
    /// is a fix saved but not added.
    static func script(_ language: Language) -> String {
        let binary = FileSystem.currentExecutable() ?? "pacte"
        let text = HookTexts(language)
        return """
        #!/bin/sh
        # \(text.installed)
        # \(text.skip)
        if [ -z "${PACTE:-}" ]; then PACTE=\(shellQuoted(binary)); fi
        command -v "$PACTE" >/dev/null 2>&1 || PACTE=pacte
        if ! command -v "$PACTE" >/dev/null 2>&1; then
          echo \(shellQuoted(text.notFound)) >&2
          exit 1
        fi
        # quotePath off: accented file names come through as written.
        git -c core.quotePath=false diff --cached --name-only --diff-filter=ACMR -- '*.pacte' | {
          status=0
          while IFS= read -r file; do
            if ! git show ":$file" | "$PACTE" check --lang \(language.rawValue) --stdin-filename "$file" -; then
              status=1
              if ! git diff --quiet -- "$file" 2>/dev/null; then
                printf \(shellQuoted(text.stagedDiffers + "\n")) "$file" "$file" >&2
              fi
            fi
          done
          if [ "$status" -ne 0 ]; then
            echo \(shellQuoted(text.refused)) >&2
          fi
          exit $status
        }

        """
    }

    private static func shellQuoted(_ text: String) -> String {
        "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }

    /// `.git/hooks` of the repository holding the current folder, following
    /// a `.git` file (worktrees, submodules) to the real git folder.
    static func hooksDirectory() -> String? {
        var directory = FileSystem.currentDirectory()
        while true {
            let candidate = directory + "/.git"
            if FileSystem.isDirectory(candidate) { return candidate + "/hooks" }
            if FileSystem.exists(candidate), let bytes = try? FileSystem.read(candidate) {
                let text = String(decoding: bytes, as: UTF8.self)
                if text.hasPrefix("gitdir: ") {
                    var gitDirectory = String(text.dropFirst(8).prefix { $0 != "\n" && $0 != "\r" })
                    if !gitDirectory.hasPrefix("/") { gitDirectory = directory + "/" + gitDirectory }
                    // A worktree's hooks are those of the main repository (`commondir`).
                    if let common = try? FileSystem.read(gitDirectory + "/commondir") {
                        var commonDirectory = String(decoding: common, as: UTF8.self).trimmingLineEnd
                        if !commonDirectory.hasPrefix("/") { commonDirectory = gitDirectory + "/" + commonDirectory }
                        return commonDirectory + "/hooks"
                    }
                    return gitDirectory + "/hooks"
                }
            }
            guard let slash = directory.lastIndex(of: "/"), directory != "/" else { return nil }
            directory = slash == directory.startIndex ? "/" : String(directory[..<slash])
        }
    }
}

/// What the installed hook says, in the language of the install.
private struct HookTexts {
    let installed, skip, notFound, stagedDiffers, refused: String

    init(_ language: Language) {
        switch language {
        case .fr:
            installed = "Installé par `pacte hook install` : vérifie les fichiers .pacte indexés avant chaque commit."
            skip = "Pour passer outre une fois : `git commit --no-verify`."
            notFound = "pacte introuvable : installez-le ou indiquez son chemin dans la variable PACTE"
            stagedDiffers = "note : c’est la version indexée de « %s » qui a été vérifiée ; le fichier sur le disque en diffère : pensez à `git add %s` après l’avoir corrigé"
            refused = "commit refusé : corrigez les erreurs ci-dessus, indexez le fichier (`git add`), puis recommencez"
        case .en:
            installed = "Installed by `pacte hook install`: checks the staged .pacte files before each commit."
            skip = "To skip it once: `git commit --no-verify`."
            notFound = "pacte not found: install it or give its path in the PACTE variable"
            stagedDiffers = "note: the staged version of “%s” was checked; the file on disk differs from it: remember `git add %s` once it is fixed"
            refused = "commit refused: fix the errors above, stage the file (`git add`), then try again"
        }
    }
}

private extension String {
    var trimmingLineEnd: String { String(prefix { $0 != "\n" && $0 != "\r" }) }
}
