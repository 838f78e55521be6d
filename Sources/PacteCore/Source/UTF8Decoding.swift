/// Strict UTF-8 decoding of one scalar from a byte buffer: overlong forms,
/// surrogates and values past U+10FFFF are invalid, as the standard says.
package enum UTF8Decoding {
    /// The scalar starting at `index` and its length in bytes, or nil with
    /// the number of bytes to skip when the sequence is invalid.
    package static func scalar(in bytes: [UInt8], at index: Int) -> (scalar: Unicode.Scalar?, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length: Int
        var value: UInt32
        var minimum: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F); minimum = 0x80
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F); minimum = 0x800
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07); minimum = 0x10000
        default: return (nil, 1)
        }
        var consumed = 1
        while consumed < length {
            let position = index + consumed
            guard position < bytes.count, bytes[position] & 0xC0 == 0x80 else {
                return (nil, consumed)
            }
            value = value << 6 | UInt32(bytes[position] & 0x3F)
            consumed += 1
        }
        guard value >= minimum, value <= 0x10FFFF, let scalar = Unicode.Scalar(value) else {
            return (nil, length)
        }
        return (scalar, length)
    }
}
