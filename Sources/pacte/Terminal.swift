#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import PacteKit

/// Standard streams and the environment, without Foundation so that the
/// command starts fast in hooks.
enum Terminal {
    static func write(_ text: String, to descriptor: Int32) {
        write(Array(text.utf8), to: descriptor)
    }

    static func write(_ bytes: [UInt8], to descriptor: Int32) {
        var bytes = bytes
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }

    static func out(_ text: String) { write(text, to: STDOUT_FILENO) }
    static func out(_ bytes: [UInt8]) { write(bytes, to: STDOUT_FILENO) }
    static func err(_ text: String) { write(text, to: STDERR_FILENO) }

    static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        return String(cString: value)
    }

    /// Colours only on a terminal, never with `NO_COLOR` or a dumb terminal.
    static func wantsColor(_ descriptor: Int32, setting: ColorSetting) -> Bool {
        // NO_COLOR wins over everything, even `--color always` (DESIGN §4).
        if let noColor = environment("NO_COLOR"), !noColor.isEmpty { return false }
        switch setting {
        case .always: return true
        case .never: return false
        case .auto: return environment("TERM") != "dumb" && isatty(descriptor) == 1
        }
    }

    /// English when the locale asks for it (`LC_ALL`, `LC_MESSAGES`, `LANG`), French otherwise.
    static func defaultLanguage() -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment(name), !value.isEmpty {
                return value.hasPrefix("en") ? .en : .fr
            }
        }
        return .fr
    }
}

/// `--color auto|always|never`.
enum ColorSetting: String {
    case auto, always, never
}
