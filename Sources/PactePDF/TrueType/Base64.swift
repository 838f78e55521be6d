/// Base64 decoding, for the fonts compiled into the binary as string
/// literals (`FontData`). Whitespace is skipped, so that the literal can be
/// wrapped; anything else outside the alphabet makes the decoding fail.
enum Base64 {
    private static let values: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (index, byte) in alphabet.utf8.enumerated() {
            table[Int(byte)] = UInt8(index)
        }
        for byte in [0x20, 0x0A, 0x0D, 0x09] as [UInt8] { table[Int(byte)] = 0xFE }
        table[Int(UInt8(ascii: "="))] = 0xFD
        return table
    }()

    private static let alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

    /// Four tables of 256, one for each place in a quantum, each letter's six
    /// bits already shifted to that place: a quantum is four look-ups or'ed
    /// together. Anything but a letter (whitespace and `=` too) sets bit 31,
    /// so that one comparison per quantum tells whether all four were letters.
    private static let quantumTables: [UInt32] = {
        var table = [UInt32](repeating: 1 << 31, count: 4 * 256)
        for (index, byte) in alphabet.utf8.enumerated() {
            for place in 0..<4 { table[place * 256 + Int(byte)] = UInt32(index) << (18 - 6 * place) }
        }
        return table
    }()

    /// The bytes `text` encodes, or nil if it is not base64.
    static func decode(_ text: String) -> [UInt8]? {
        var text = text
        return text.withUTF8 { input -> [UInt8]? in
            var failed = false
            // Written in place: appending byte by byte was the longest step of loading a font.
            let output = [UInt8](unsafeUninitializedCapacity: input.count / 4 * 3 + 3) { buffer, written in
                values.withUnsafeBufferPointer { table in
                    quantumTables.withUnsafeBufferPointer { quantums in
                        var accumulator: UInt32 = 0
                        var count = 0, out = 0, position = 0
                        var ended = false
                        let end = input.count
                        while position < end {
                            // Whole quantums, the rest of a line: no test per byte, no state.
                            if count == 0 && !ended {
                                while position + 4 <= end {
                                    let quantum = quantums[Int(input[position])] | quantums[256 + Int(input[position + 1])]
                                        | quantums[512 + Int(input[position + 2])] | quantums[768 + Int(input[position + 3])]
                                    guard quantum < 1 << 24 else { break }
                                    // Four bytes stored at once, the fourth overwritten by the next quantum
                                    // or left past `written`: the capacity has room, as three bytes come of four letters.
                                    UnsafeMutableRawPointer(buffer.baseAddress! + out).storeBytes(of: (quantum << 8).bigEndian, as: UInt32.self)
                                    out += 3
                                    position += 4
                                }
                                if position == end { break }
                            }
                            // A line's end, the padding, a bad letter, or a quantum split by them: byte by byte.
                            let value = table[Int(input[position])]
                            position += 1
                            if value == 0xFE { continue }
                            if value == 0xFD { ended = true; continue }
                            if value == 0xFF || ended { failed = true; break }
                            accumulator = accumulator << 6 | UInt32(value)
                            count += 1
                            if count == 4 {
                                buffer[out] = UInt8(truncatingIfNeeded: accumulator >> 16)
                                buffer[out + 1] = UInt8(truncatingIfNeeded: accumulator >> 8)
                                buffer[out + 2] = UInt8(truncatingIfNeeded: accumulator)
                                out += 3
                                accumulator = 0
                                count = 0
                            }
                        }
                        switch count {
                        case 0: break
                        case 2:
                            buffer[out] = UInt8(truncatingIfNeeded: accumulator >> 4)
                            out += 1
                        case 3:
                            buffer[out] = UInt8(truncatingIfNeeded: accumulator >> 10)
                            buffer[out + 1] = UInt8(truncatingIfNeeded: accumulator >> 2)
                            out += 2
                        default: failed = true
                        }
                        written = failed ? 0 : out
                    }
                }
            }
            return failed ? nil : output
        }
    }
}
