/// Base64 decoding, for the fonts compiled into the binary as string
/// literals (`FontData`). Whitespace is skipped, so that the literal can be
/// wrapped; anything else outside the alphabet makes the decoding fail.
enum Base64 {
    private static let values: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (index, byte) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            table[Int(byte)] = UInt8(index)
        }
        for byte in [0x20, 0x0A, 0x0D, 0x09] as [UInt8] { table[Int(byte)] = 0xFE }
        table[Int(UInt8(ascii: "="))] = 0xFD
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
                    var accumulator: UInt32 = 0
                    var count = 0, out = 0, position = 0
                    var ended = false
                    let end = input.count
                    while position < end {
                        // Most of a line is whole quantums of four letters: decoded without a test per byte.
                        if count == 0 && position + 4 <= end {
                            let a = table[Int(input[position])], b = table[Int(input[position + 1])]
                            let c = table[Int(input[position + 2])], d = table[Int(input[position + 3])]
                            if (a | b | c | d) < 64 && !ended {
                                let quantum = UInt32(a) << 18 | UInt32(b) << 12 | UInt32(c) << 6 | UInt32(d)
                                buffer[out] = UInt8(truncatingIfNeeded: quantum >> 16)
                                buffer[out + 1] = UInt8(truncatingIfNeeded: quantum >> 8)
                                buffer[out + 2] = UInt8(truncatingIfNeeded: quantum)
                                out += 3
                                position += 4
                                continue
                            }
                        }
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
            return failed ? nil : output
        }
    }
}
