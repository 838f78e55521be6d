/// CRC-32 as ZIP and PNG compute it (ISO 3309, polynomial 0xEDB88320,
/// reflected), a byte at a time from a table built once.
public struct CRC32: Sendable {
    /// The checksum of the bytes seen so far.
    public private(set) var value: UInt32 = 0

    /// A checksum of nothing yet.
    public init() {}

    /// The checksum of `bytes`.
    public static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc = CRC32()
        crc.update(bytes)
        return crc.value
    }

    /// Takes more bytes into the checksum.
    public mutating func update(_ bytes: [UInt8]) {
        var crc = ~value
        for byte in bytes {
            crc = CRC32.table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
        }
        value = ~crc
    }

    private static let table: [UInt32] = (0..<256).map { index in
        var crc = UInt32(index)
        for _ in 0..<8 { crc = crc & 1 != 0 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
        return crc
    }
}
