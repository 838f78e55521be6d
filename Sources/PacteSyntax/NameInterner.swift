/// The names of a file as strings, each spelling made once while it is
/// met often: a pacte writes the same kinds, properties, values and ids
/// thousands of times, and making a `String` of a name's bytes, which
/// validates them as UTF-8 again, cost more than finding it here.
///
/// A cache rather than a table: one slot per hash, the last name wins,
/// so that its size is fixed and no file can make it slow. Only names of
/// up to sixteen bytes are kept, compared as two words.
struct NameInterner {
    private struct Slot {
        var low: UInt64 = 0
        var high: UInt64 = 0
        /// 0 for an empty slot: a name has at least one byte.
        var length = 0
        var name = ""
    }

    /// The top ten bits of a hash pick the slot.
    private static let slotCount = 1024
    private var slots = [Slot](repeating: Slot(), count: NameInterner.slotCount)

    /// The name written in `bytes[range]`, valid UTF-8 as the lexer read it.
    mutating func name(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        let length = range.count
        guard length > 0, length <= 16 else { return String(decoding: bytes[range], as: UTF8.self) }
        var words: (low: UInt64, high: UInt64) = (0, 0)
        bytes.withUnsafeBytes { buffer in
            withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: buffer[range])) }
        }
        let mixed = (words.low ^ (words.high &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(length)) &* 0xBF58_476D_1CE4_E5B9
        let index = Int(truncatingIfNeeded: mixed >> 54)
        let found: String? = slots.withUnsafeBufferPointer { slots in
            let slot = slots[index]
            return slot.length == length && slot.low == words.low && slot.high == words.high ? slot.name : nil
        }
        if let found { return found }
        let name = String(decoding: bytes[range], as: UTF8.self)
        slots[index] = Slot(low: words.low, high: words.high, length: length, name: name)
        return name
    }
}
