#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import PacteKit

/// An I/O failure, reported with exit code 2; never a diagnostic about a pacte.
struct IOFailure: Error {
    let message: LocalizedText
}

/// File access with POSIX calls: reading, walking folders and atomic writes.
enum FileSystem {
    static func describeErrno(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

    static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    static func exists(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0
    }

    /// Reads a whole file, or standard input for `-`.
    static func read(_ path: String) throws(IOFailure) -> [UInt8] {
        let descriptor = path == "-" ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let reason = describeErrno(errno)
            throw IOFailure(message: LocalizedText(fr: "impossible de lire `\(path)` : \(reason)", en: "cannot read `\(path)`: \(reason)"))
        }
        defer { if descriptor != STDIN_FILENO { close(descriptor) } }
        if path != "-", isDirectory(path) {
            throw IOFailure(message: LocalizedText(fr: "`\(path)` est un dossier", en: "`\(path)` is a folder"))
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                let reason = describeErrno(errno)
                throw IOFailure(message: LocalizedText(fr: "impossible de lire `\(path)` : \(reason)", en: "cannot read `\(path)`: \(reason)"))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return bytes
    }

    /// Every `.pacte` file below a folder, sorted, skipping hidden folders
    /// (`.git`, `.build`).
    static func pacteFiles(under directory: String) throws(IOFailure) -> [String] {
        guard let handle = opendir(directory) else {
            let reason = describeErrno(errno)
            throw IOFailure(message: LocalizedText(fr: "impossible de lire le dossier `\(directory)` : \(reason)",
                                                   en: "cannot read folder `\(directory)`: \(reason)"))
        }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { buffer in
                String(decoding: buffer.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }
            names.append(name)
        }
        closedir(handle)
        var files: [String] = []
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        for name in names.sorted() {
            let path = prefix + name
            if isDirectory(path) {
                files += try pacteFiles(under: path)
            } else if name.hasSuffix(".pacte") {
                files.append(path)
            }
        }
        return files
    }

    /// The current working directory.
    static func currentDirectory() -> String {
        guard let path = getcwd(nil, 0) else { return "." }
        defer { free(path) }
        return String(cString: path)
    }

    /// The absolute path of the running `pacte`, for the git hook to call.
    static func currentExecutable() -> String? {
        canonical("/proc/self/exe")
    }

    /// Creates a folder (and its parents) if it does not exist.
    static func makeDirectory(_ path: String) throws(IOFailure) {
        if isDirectory(path) { return }
        if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
            try makeDirectory(String(path[..<slash]))
        }
        if mkdir(path, 0o755) != 0 && errno != EEXIST {
            let reason = describeErrno(errno)
            throw IOFailure(message: LocalizedText(fr: "impossible de créer `\(path)` : \(reason)", en: "cannot create `\(path)`: \(reason)"))
        }
    }

    /// The canonical path of an existing file, to tell whether two paths are the same file.
    static func canonical(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Writes a file atomically: a temporary file beside it, flushed, then
    /// renamed over it; an existing file keeps its permissions. On failure
    /// nothing is left behind.
    static func writeAtomically(_ bytes: [UInt8], to path: String, mode requestedMode: mode_t? = nil) throws(IOFailure) {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let temporary = (directory.isEmpty ? "" : directory + "/") + ".\(name).\(getpid()).tmp"
        var mode: mode_t = 0o644
        var status = stat()
        if let requestedMode {
            mode = requestedMode
        } else if stat(path, &status) == 0 {
            mode = status.st_mode & 0o7777
        } else {
            let mask = umask(0)
            umask(mask)
            mode = 0o666 & ~mask
        }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else {
            let reason = describeErrno(errno)
            throw IOFailure(message: LocalizedText(fr: "impossible d’écrire `\(path)` : \(reason)", en: "cannot write `\(path)`: \(reason)"))
        }
        var offset = 0
        var failure: Int32 = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                failure = errno
                break
            }
            offset += written
        }
        if failure == 0, fchmod(descriptor, mode) != 0 { failure = errno }
        if failure == 0, fsync(descriptor) != 0 { failure = errno }
        close(descriptor)
        if failure == 0, rename(temporary, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            let reason = describeErrno(failure)
            throw IOFailure(message: LocalizedText(fr: "impossible d’écrire `\(path)` : \(reason)", en: "cannot write `\(path)`: \(reason)"))
        }
    }
}
