/// The hash of an id for ``IDTable``: a keyed multiply-and-fold of its
/// bytes, as Go's and Zig's tables hash short keys, where the standard
/// library's SipHash cost some two hundred instructions an id, a few per
/// cent of resolving a large pacte.
///
/// Keyed by a secret drawn at random for each process, so that a file
/// cannot be written to make its ids collide; and ``IDTable`` draws a
/// new secret if a search ever runs long.
///
/// Only ASCII is hashed so. Swift's `==` holds `é` and `e` followed by a
/// combining accent for one string, which their bytes are not: an id with
/// any byte past ASCII is hashed by the standard library, which hashes
/// such strings alike. No ASCII string equals a string that is not.
struct IDHash: Sendable {
    private let secret: (UInt64, UInt64)

    /// The process's secret, drawn once: a table made for a list of ids
    /// must not cost a system call.
    private static let processSecret = drawSecret()

    /// A hash keyed by the process's secret.
    init() {
        secret = IDHash.processSecret
    }

    /// A hash keyed by a secret of its own, for a table whose ids collided.
    static func withNewSecret() -> IDHash {
        IDHash(secret: drawSecret())
    }

    private init(secret: (UInt64, UInt64)) {
        self.secret = secret
    }

    private static func drawSecret() -> (UInt64, UInt64) {
        var generator = SystemRandomNumberGenerator()
        // Odd, so that no multiplication by a part of the secret is by zero.
        return (generator.next() | 1, generator.next() | 1)
    }

    /// The hash of `id`.
    func callAsFunction(_ id: String) -> Int {
        let ascii = id.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            guard let base = bytes.baseAddress else { return mixed(0, 0, count: 0) }
            return hashIfASCII(base, count: bytes.count)
        }
        if let ascii, let hash = ascii { return hash }
        return id.hashValue
    }

    /// The hash of the bytes at `base`, or nil if one of them is past ASCII.
    private func hashIfASCII(_ base: UnsafePointer<UInt8>, count: Int) -> Int? {
        let raw = UnsafeRawPointer(base)
        var state = secret.0 ^ UInt64(count)
        var highBits: UInt64 = 0
        var offset = 0
        // Sixteen bytes at a time, then the last (up to) sixteen, read as
        // two words that may overlap what came before.
        while count - offset > 16 {
            let first = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            let second = raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)
            highBits |= first | second
            state = fold(first ^ secret.1, second ^ state)
            offset += 16
        }
        let rest = count - offset
        var first: UInt64 = 0, second: UInt64 = 0
        if rest >= 8 {
            first = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            second = raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        } else if rest >= 4 {
            first = UInt64(raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
            second = UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
        } else if rest > 0 {
            // One to three bytes: the first, the middle and the last.
            first = UInt64(base[offset]) << 16 | UInt64(base[offset + rest / 2]) << 8 | UInt64(base[count - 1])
        }
        highBits |= first | second
        guard highBits & 0x8080_8080_8080_8080 == 0 else { return nil }
        return mixed(first ^ state, second ^ secret.1, count: count)
    }

    private func mixed(_ first: UInt64, _ second: UInt64, count: Int) -> Int {
        Int(truncatingIfNeeded: fold(fold(first, second) ^ secret.0, UInt64(count) ^ secret.1))
    }

    /// The two halves of the full product, folded into one word.
    private func fold(_ first: UInt64, _ second: UInt64) -> UInt64 {
        let product = first.multipliedFullWidth(by: second)
        return product.high ^ product.low
    }
}
