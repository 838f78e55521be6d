import PacteCore
import PacteDocument

/// MD5 (RFC 1321), only to derive the trailer's `/ID` from the file's
/// content: the PDF specification suggests an MD5 digest there, and a
/// digest instead of a random number keeps the output reproducible. Not
/// used for anything that needs a secure hash.
enum MD5 {
    private static let shifts: [UInt32] = [
        7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
        5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
        4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
        6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
    ]

    /// floor(abs(sin(i + 1)) × 2^32), as the RFC tabulates them.
    private static let constants: [UInt32] = [
        0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
        0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
        0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
        0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
        0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
        0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
        0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
        0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
    ]

    /// The 16-byte digest of `message`.
    static func digest(_ message: [UInt8]) -> [UInt8] {
        var state: (UInt32, UInt32, UInt32, UInt32) = (0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476)
        // The whole 64-byte blocks are read where they are; only the last
        // bytes are copied, with the padding. Padding a copy of the whole
        // message doubled the memory a PDF of megabytes took to finish.
        let whole = message.count / 64 * 64
        var tail = Array(message[whole...])
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        let bitLength = UInt64(message.count) &* 8
        for shift in stride(from: 0, to: 64, by: 8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }

        // The tables and the message read through their buffers, and each
        // block's words straight from its bytes: through a nested function
        // capturing an array of words and the state, a block cost twice as much.
        constants.withUnsafeBufferPointer { constants in
            shifts.withUnsafeBufferPointer { shifts in
                message.withUnsafeBytes { bytes in
                    for chunk in stride(from: 0, to: whole, by: 64) { process(bytes, at: chunk, &state, constants, shifts) }
                }
                tail.withUnsafeBytes { bytes in
                    for chunk in stride(from: 0, to: bytes.count, by: 64) { process(bytes, at: chunk, &state, constants, shifts) }
                }
            }
        }
        var digest: [UInt8] = []
        for word in [state.0, state.1, state.2, state.3] {
            for shift in stride(from: 0, to: 32, by: 8) { digest.append(UInt8(truncatingIfNeeded: word >> UInt32(shift))) }
        }
        return digest
    }

    /// Mixes the 64-byte block at `chunk` into `state`.
    private static func process(
        _ bytes: UnsafeRawBufferPointer, at chunk: Int, _ state: inout (UInt32, UInt32, UInt32, UInt32),
        _ constants: UnsafeBufferPointer<UInt32>, _ shifts: UnsafeBufferPointer<UInt32>
    ) {
        func word(_ index: Int) -> UInt32 {
            UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: chunk + 4 * index, as: UInt32.self))
        }
        var (a, b, c, d) = state
        // A loop a round, each with its function and its order of words.
        @inline(__always) func step(_ f: UInt32, _ round: Int, _ g: Int) {
            let sum = f &+ a &+ constants[round] &+ word(g)
            a = d
            d = c
            c = b
            b = b &+ (sum << shifts[round] | sum >> (32 - shifts[round]))
        }
        for round in 0..<16 { step((b & c) | (~b & d), round, round) }
        for round in 16..<32 { step((d & b) | (~d & c), round, (5 &* round &+ 1) & 15) }
        for round in 32..<48 { step(b ^ c ^ d, round, (3 &* round &+ 5) & 15) }
        for round in 48..<64 { step(c ^ (b | ~d), round, (7 &* round) & 15) }
        state = (state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d)
    }
}
