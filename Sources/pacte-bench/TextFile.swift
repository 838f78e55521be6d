import Glibc

/// Writes the generated pactes with the C library rather than Foundation's
/// `String.write(to:atomically:)`: linked statically, that one brings in a
/// use of `mktemp` for which the linker warns, and the release build must
/// stay free of warnings.
enum TextFile {
    struct Failure: Error, CustomStringConvertible {
        let path: String
        var description: String { "cannot write \(path)" }
    }

    static func write(_ text: String, to path: String) throws {
        guard let file = fopen(path, "wb") else { throw Failure(path: path) }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        guard fclose(file) == 0, written == bytes.count else { throw Failure(path: path) }
    }
}
