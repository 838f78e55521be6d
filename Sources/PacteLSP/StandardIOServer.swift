#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `pacte lsp`: the language server on standard input and output.
///
/// Standard output carries protocol messages and nothing else; the library
/// never prints, and the server logs through `window/logMessage`.
public enum StandardIOServer {
    /// Serves until `exit` or the end of the input; returns the exit code
    /// (0 after `shutdown` then `exit`, 1 otherwise, as LSP asks).
    public static func run(version: String, input: Int32 = 0, output: Int32 = 1) -> Int32 {
        // A client that goes away must end the server with an error on
        // write, not a signal.
        signal(SIGPIPE, SIG_IGN)
        let server = LanguageServer(version: version)
        var reader = MessageReader()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var endOfInput = false
        while !endOfInput {
            // Wait for bytes, then take all that are already there, so that
            // a `$/cancelRequest` written just after its request, or a run
            // of keystrokes, is seen before the first is handled.
            var waitForData = true
            while true {
                if !waitForData, !isReadable(input) { break }
                let count = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
                if count < 0, errno == EINTR { continue }
                if count <= 0 { endOfInput = true; break }
                reader.append(chunk[0..<count])
                waitForData = false
            }
            let frames = reader.takeFrames()
            guard !frames.isEmpty else { continue }
            for body in server.handle(frames) {
                guard write(all: MessageReader.frame(body), to: output) else { return server.exitCodeAtEndOfInput }
            }
            if let code = server.exitCode { return code }
        }
        return server.exitCodeAtEndOfInput
    }

    /// Whether a read would not wait.
    private static func isReadable(_ descriptor: Int32) -> Bool {
        var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        while true {
            let ready = poll(&entry, 1, 0)
            if ready < 0, errno == EINTR { continue }
            return ready > 0
        }
    }

    /// Writes every byte, through short writes and interruptions.
    private static func write(all bytes: [UInt8], to descriptor: Int32) -> Bool {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { raw in
                Glibc.write(descriptor, raw.baseAddress! + written, raw.count - written)
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return false }
            written += count
        }
        return true
    }
}
