/// Raw DEFLATE (RFC 1951), as ZIP stores it: LZ77 matches found through
/// hash chains, coded with the fixed Huffman tables of §3.2.6. The fixed
/// tables cost a few per cent of size against dynamic ones on XML, and
/// keep the encoder short enough to read whole; the output is the same
/// for the same input, byte for byte.
public enum Deflate {
    /// The compressed form of `bytes`, one final block.
    public static func compress(_ bytes: [UInt8]) -> [UInt8] {
        var output = BitWriter()
        output.reserve(bytes.count / 2 + 16)
        output.write(1, bits: 1)  // BFINAL: the only block
        output.write(1, bits: 2)  // BTYPE 01: fixed Huffman codes
        var matcher = Matcher(bytes)
        var position = 0
        while position < bytes.count {
            if let match = matcher.longestMatch(at: position) {
                output.writeLength(match.length)
                output.writeDistance(match.distance)
                for skipped in position..<(position + match.length) { matcher.insert(skipped) }
                position += match.length
            } else {
                output.writeLiteral(bytes[position])
                matcher.insert(position)
                position += 1
            }
        }
        output.writeLiteralOrLength(256)  // end of block
        return output.finish()
    }

    static let lengthBases: [Int] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtraBits: [Int] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBases: [Int] = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769,
                                       1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    static let distanceExtraBits: [Int] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    /// Finds earlier occurrences of the bytes ahead within the 32 KiB window.
    private struct Matcher {
        static let window = 32_768
        static let minimumLength = 3
        static let maximumLength = 258
        /// How many earlier positions to try: enough for markup, bounded
        /// so that a file of one repeated byte stays linear.
        static let chainLimit = 48

        let bytes: [UInt8]
        /// The last position whose three bytes hash to each slot, plus one (0: none).
        var head = [Int32](repeating: 0, count: 1 << 15)
        /// For each position in the window, the previous one with the same hash, plus one.
        var previous = [Int32](repeating: 0, count: window)

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        func hash(at position: Int) -> Int {
            let value = Int(bytes[position]) << 10 ^ Int(bytes[position + 1]) << 5 ^ Int(bytes[position + 2])
            return value & ((1 << 15) - 1)
        }

        mutating func insert(_ position: Int) {
            guard position + Matcher.minimumLength <= bytes.count else { return }
            let slot = hash(at: position)
            previous[position % Matcher.window] = head[slot]
            head[slot] = Int32(position + 1)
        }

        func longestMatch(at position: Int) -> (length: Int, distance: Int)? {
            guard position + Matcher.minimumLength <= bytes.count else { return nil }
            let limit = min(Matcher.maximumLength, bytes.count - position)
            var candidate = Int(head[hash(at: position)]) - 1
            var best: (length: Int, distance: Int)?
            var tries = 0
            while candidate >= 0, position - candidate <= Matcher.window, tries < Matcher.chainLimit {
                var length = 0
                while length < limit && bytes[candidate + length] == bytes[position + length] { length += 1 }
                if length >= Matcher.minimumLength, length > best?.length ?? 0 {
                    best = (length, position - candidate)
                    if length == limit { break }
                }
                let next = Int(previous[candidate % Matcher.window]) - 1
                // A slot reused by a later position, or a chain that loops: stop.
                guard next < candidate else { break }
                candidate = next
                tries += 1
            }
            return best
        }
    }

    /// Bits packed from the least significant end, as DEFLATE asks;
    /// Huffman codes are reversed before they are written.
    private struct BitWriter {
        var bytes: [UInt8] = []
        var buffer: UInt64 = 0
        var count = 0

        mutating func reserve(_ capacity: Int) { bytes.reserveCapacity(capacity) }

        mutating func write(_ value: Int, bits: Int) {
            buffer |= UInt64(value) << UInt64(count)
            count += bits
            while count >= 8 {
                bytes.append(UInt8(truncatingIfNeeded: buffer))
                buffer >>= 8
                count -= 8
            }
        }

        /// A Huffman code, most significant bit first.
        mutating func writeCode(_ code: Int, bits: Int) {
            var reversed = 0
            for bit in 0..<bits where code & (1 << bit) != 0 { reversed |= 1 << (bits - 1 - bit) }
            write(reversed, bits: bits)
        }

        /// A symbol of the fixed literal/length code (RFC 1951 §3.2.6).
        mutating func writeLiteralOrLength(_ symbol: Int) {
            switch symbol {
            case 0...143: writeCode(0x30 + symbol, bits: 8)
            case 144...255: writeCode(0x190 + symbol - 144, bits: 9)
            case 256...279: writeCode(symbol - 256, bits: 7)
            default: writeCode(0xC0 + symbol - 280, bits: 8)
            }
        }

        mutating func writeLiteral(_ byte: UInt8) { writeLiteralOrLength(Int(byte)) }

        mutating func writeLength(_ length: Int) {
            var index = Deflate.lengthBases.count - 1
            while Deflate.lengthBases[index] > length { index -= 1 }
            writeLiteralOrLength(257 + index)
            if Deflate.lengthExtraBits[index] > 0 { write(length - Deflate.lengthBases[index], bits: Deflate.lengthExtraBits[index]) }
        }

        mutating func writeDistance(_ distance: Int) {
            var index = Deflate.distanceBases.count - 1
            while Deflate.distanceBases[index] > distance { index -= 1 }
            writeCode(index, bits: 5)
            if Deflate.distanceExtraBits[index] > 0 { write(distance - Deflate.distanceBases[index], bits: Deflate.distanceExtraBits[index]) }
        }

        mutating func finish() -> [UInt8] {
            if count > 0 { bytes.append(UInt8(truncatingIfNeeded: buffer)) }
            buffer = 0
            count = 0
            return bytes
        }
    }
}
