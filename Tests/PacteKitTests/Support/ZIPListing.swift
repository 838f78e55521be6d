/// The entries of a ZIP archive as its central directory lists them: enough
/// for the tests to check an office package's layout without unpacking it.
struct ZIPListing {
    struct Entry: Equatable {
        let name: String
        /// 0 stored, 8 deflated.
        let method: Int
        /// Where its local header starts.
        let offset: Int
        let compressedSize: Int
    }

    let entries: [Entry]

    /// Reads the end record, then the central directory; nil if either is missing.
    init?(_ bytes: [UInt8]) {
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        guard bytes.count >= 22 else { return nil }
        let end = bytes.count - 22
        guard u32(end) == 0x0605_4B50 else { return nil }
        let count = u16(end + 10), directory = u32(end + 16)
        var entries: [Entry] = []
        var position = directory
        for _ in 0..<count {
            guard position + 46 <= bytes.count, u32(position) == 0x0201_4B50 else { return nil }
            let nameLength = u16(position + 28), extra = u16(position + 30), comment = u16(position + 32)
            let name = String(decoding: bytes[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self)
            entries.append(Entry(name: name, method: u16(position + 10), offset: u32(position + 42), compressedSize: u32(position + 20)))
            position += 46 + nameLength + extra + comment
        }
        self.entries = entries
    }

    var names: [String] { entries.map(\.name) }
}
