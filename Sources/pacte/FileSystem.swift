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
    /// A system error in words, French first: the system's own text is English.
    static func describeErrno(_ code: Int32) -> LocalizedText {
        let system = String(cString: strerror(code))
        switch code {
        case ENOENT: return LocalizedText(fr: "fichier ou dossier introuvable", en: "no such file or folder")
        case EACCES, EPERM: return LocalizedText(fr: "permission refusée", en: "permission denied")
        case EISDIR: return LocalizedText(fr: "c’est un dossier", en: "it is a folder")
        case ENOTDIR: return LocalizedText(fr: "un élément du chemin n’est pas un dossier", en: "a part of the path is not a folder")
        case ENOSPC: return LocalizedText(fr: "plus de place sur le disque", en: "no space left on the disk")
        case EROFS: return LocalizedText(fr: "système de fichiers en lecture seule", en: "read-only file system")
        default: return LocalizedText(fr: system, en: system)
        }
    }

    static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    static func exists(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0
    }

    /// Reads a whole file, or standard input for `-`, stopping one byte past
    /// `limit`: the front end then reports the size (P0106) without the
    /// command ever holding an endless stream in memory.
    static func read(_ path: String, limit: Int = Limits.standard.maxFileBytes) throws(IOFailure) -> [UInt8] {
        let descriptor = path == "-" ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let reason = describeErrno(errno)
            throw IOFailure(message: LocalizedText(fr: "impossible de lire `\(path)` : \(reason.fr)", en: "cannot read `\(path)`: \(reason.en)"))
        }
        defer { if descriptor != STDIN_FILENO { close(descriptor) } }
        if path != "-", isDirectory(path) {
            throw IOFailure(message: LocalizedText(fr: "`\(path)` est un dossier", en: "`\(path)` is a folder"))
        }
        // A regular file tells its size: read in one go into an array of
        // that size, rather than in chunks copied into a growing one.
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size > 0 {
            // Past the limit, as much as the reading in chunks below would
            // have read (one chunk more), so that P0106 names the same size.
            let size = min(Int(status.st_size), limit + (1 << 16))
            var failure: Int32 = 0
            var filled = 0
            let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                prepareForReading(UnsafeMutableRawBufferPointer(buffer))
                while filled < size {
                    let read = Glibc.read(descriptor, buffer.baseAddress! + filled, size - filled)
                    if read < 0, errno == EINTR { continue }
                    if read < 0 { failure = errno }
                    if read <= 0 { break }
                    filled += read
                }
                count = filled
            }
            if failure != 0 {
                let reason = describeErrno(failure)
                throw IOFailure(message: LocalizedText(fr: "impossible de lire `\(path)` : \(reason.fr)", en: "cannot read `\(path)`: \(reason.en)"))
            }
            // A file that grew since `fstat` (or past the limit) is read on in chunks.
            if filled < size || filled > limit { return bytes }
            return try readChunks(descriptor, path: path, limit: limit, into: bytes)
        }
        return try readChunks(descriptor, path: path, limit: limit, into: [])
    }

    /// Asks Linux to back a large buffer about to be read into with pages
    /// of 2 MiB: reading a 15 MB file otherwise took 3,700 page faults, one
    /// per 4 KiB page, and 13 ms rather than 5. Advice only: a kernel that
    /// takes none of it reads the same.
    private static func prepareForReading(_ buffer: UnsafeMutableRawBufferPointer) {
        #if os(Linux)
        let hugePage = 2 << 20
        guard let base = buffer.baseAddress, buffer.count >= 2 * hugePage else { return }
        let start = (Int(bitPattern: base) + hugePage - 1) & ~(hugePage - 1)
        let end = (Int(bitPattern: base) + buffer.count) & ~(hugePage - 1)
        guard end > start, let aligned = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(aligned, end - start, MADV_HUGEPAGE)
        #endif
    }

    /// Reads what is left of `descriptor` in chunks, appended to `bytes`:
    /// standard input, a pipe, or a file longer than it said.
    private static func readChunks(_ descriptor: Int32, path: String, limit: Int, into bytes: [UInt8]) throws(IOFailure) -> [UInt8] {
        var bytes = bytes
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count <= limit {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                let reason = describeErrno(errno)
                throw IOFailure(message: LocalizedText(fr: "impossible de lire `\(path)` : \(reason.fr)", en: "cannot read `\(path)`: \(reason.en)"))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return bytes
    }

    /// The files named on the command line, folders expanded to the `.pacte`
    /// files below them; a folder holding none is a failure, as a typo in a
    /// hook's path must not pass for a clean check.
    static func expand(_ arguments: [String]) -> (paths: [String], failures: [IOFailure]) {
        var paths: [String] = []
        var failures: [IOFailure] = []
        for argument in arguments {
            guard argument != "-", isDirectory(argument) else {
                paths.append(argument)
                continue
            }
            do throws(IOFailure) {
                let found = try pacteFiles(under: argument)
                if found.isEmpty {
                    failures.append(IOFailure(message: LocalizedText(fr: "aucun fichier .pacte dans `\(argument)`", en: "no .pacte file in `\(argument)`")))
                }
                paths += found
            } catch {
                failures.append(error)
            }
        }
        return (paths, failures)
    }

    /// Every `.pacte` file below a folder, sorted, skipping hidden folders
    /// (`.git`, `.build`).
    static func pacteFiles(under directory: String) throws(IOFailure) -> [String] {
        var visited: Set<[UInt64]> = []
        return try pacteFiles(under: directory, visited: &visited)
    }

    /// The walk, remembering each folder by device and inode so that a
    /// symbolic link back up the tree is not followed round and round.
    private static func pacteFiles(under directory: String, visited: inout Set<[UInt64]>) throws(IOFailure) -> [String] {
        var status = stat()
        if stat(directory, &status) == 0 {
            guard visited.insert([UInt64(status.st_dev), UInt64(status.st_ino)]).inserted else { return [] }
        }
        guard let handle = opendir(directory) else {
            let reason = describeErrno(errno)
            throw IOFailure(message: LocalizedText(fr: "impossible de lire le dossier `\(directory)` : \(reason.fr)",
                                                   en: "cannot read folder `\(directory)`: \(reason.en)"))
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
                files += try pacteFiles(under: path, visited: &visited)
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
            throw IOFailure(message: LocalizedText(fr: "impossible de créer `\(path)` : \(reason.fr)", en: "cannot create `\(path)`: \(reason.en)"))
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
    static func writeAtomically(_ bytes: [UInt8], to requestedPath: String, mode requestedMode: mode_t? = nil) throws(IOFailure) {
        // Through a symbolic link, write the file it points to and keep the link.
        let path = exists(requestedPath) ? canonical(requestedPath) ?? requestedPath : requestedPath
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
            throw IOFailure(message: LocalizedText(fr: "impossible d’écrire `\(path)` : \(reason.fr)", en: "cannot write `\(path)`: \(reason.en)"))
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
            throw IOFailure(message: LocalizedText(fr: "impossible d’écrire `\(path)` : \(reason.fr)", en: "cannot write `\(path)`: \(reason.en)"))
        }
    }
}
