/// A ZIP archive (APPNOTE 6.3), written in memory for ODF and OOXML
/// packages: entries in the order added, each stored or deflated, sizes
/// and CRC in the local header (no data descriptor), UTF-8 names flagged,
/// and one fixed date, so that the same entries give the same bytes.
///
/// ZIP64 is not written: an entry or an archive past 4 GiB, or more than
/// 65 535 entries, is refused with ``ZIPError``; a pacte's document is a
/// few hundred kilobytes.
public struct ZIPWriter: Sendable {
    /// How an entry's bytes are kept.
    public enum Method: UInt16, Sendable {
        /// As they are: what ODF requires of its `mimetype` entry.
        case stored = 0
        /// DEFLATE, unless that would make the entry larger, in which case it is stored.
        case deflated = 8
    }

    private var output: [UInt8] = []
    private var directory: [UInt8] = []
    private var entryCount = 0

    /// 1980-01-01 00:00, the first date MS-DOS time can say: no clock is read.
    private static let dosTime: UInt16 = 0
    private static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1

    /// An empty archive.
    public init() {}

    /// Adds an entry named `name` (a relative path with `/`).
    public mutating func add(_ name: String, _ bytes: [UInt8], method: Method = .deflated) throws(ZIPError) {
        let nameBytes = Array(name.utf8)
        guard !nameBytes.isEmpty, nameBytes.count <= Int(UInt16.max) else { throw .invalidName(name) }
        guard entryCount < Int(UInt16.max) else { throw .tooManyEntries }
        guard UInt64(bytes.count) < UInt64(UInt32.max) else { throw .tooLarge(name) }
        var stored = bytes
        var chosen = Method.stored
        // A few bytes cannot shrink: not worth the matcher's tables.
        if method == .deflated, bytes.count > 16 {
            let compressed = Deflate.compress(bytes)
            if compressed.count < bytes.count {
                stored = compressed
                chosen = .deflated
            }
        }
        let offset = output.count
        guard UInt64(offset) + UInt64(stored.count) + 30 + UInt64(nameBytes.count) < UInt64(UInt32.max) else { throw .tooLarge(name) }
        let crc = CRC32.checksum(bytes)
        // Bit 11: the name is UTF-8. No bit 3: sizes are in this header.
        let flags: UInt16 = nameBytes.contains { $0 >= 0x80 } ? 1 << 11 : 0
        let version: UInt16 = chosen == .deflated ? 20 : 10

        output.append(littleEndian: UInt32(0x0403_4B50))
        output.append(littleEndian: version)
        output.append(littleEndian: flags)
        output.append(littleEndian: chosen.rawValue)
        output.append(littleEndian: ZIPWriter.dosTime)
        output.append(littleEndian: ZIPWriter.dosDate)
        output.append(littleEndian: crc)
        output.append(littleEndian: UInt32(stored.count))
        output.append(littleEndian: UInt32(bytes.count))
        output.append(littleEndian: UInt16(nameBytes.count))
        output.append(littleEndian: UInt16(0))
        output += nameBytes
        output += stored

        directory.append(littleEndian: UInt32(0x0201_4B50))
        directory.append(littleEndian: UInt16(0x031E))  // made by: Unix, spec 3.0
        directory.append(littleEndian: version)
        directory.append(littleEndian: flags)
        directory.append(littleEndian: chosen.rawValue)
        directory.append(littleEndian: ZIPWriter.dosTime)
        directory.append(littleEndian: ZIPWriter.dosDate)
        directory.append(littleEndian: crc)
        directory.append(littleEndian: UInt32(stored.count))
        directory.append(littleEndian: UInt32(bytes.count))
        directory.append(littleEndian: UInt16(nameBytes.count))
        directory.append(littleEndian: UInt16(0))  // extra field
        directory.append(littleEndian: UInt16(0))  // comment
        directory.append(littleEndian: UInt16(0))  // disk
        directory.append(littleEndian: UInt16(0))  // internal attributes
        directory.append(littleEndian: UInt32(0o100644) << 16)  // a regular file, rw-r--r--
        directory.append(littleEndian: UInt32(offset))
        directory += nameBytes
        entryCount += 1
    }

    /// The archive's bytes: the entries, the central directory, its end record.
    public func finish() throws(ZIPError) -> [UInt8] {
        var bytes = output
        let directoryOffset = bytes.count
        guard UInt64(directoryOffset) + UInt64(directory.count) < UInt64(UInt32.max) else { throw .tooLarge("") }
        bytes += directory
        bytes.append(littleEndian: UInt32(0x0605_4B50))
        bytes.append(littleEndian: UInt16(0))
        bytes.append(littleEndian: UInt16(0))
        bytes.append(littleEndian: UInt16(entryCount))
        bytes.append(littleEndian: UInt16(entryCount))
        bytes.append(littleEndian: UInt32(directory.count))
        bytes.append(littleEndian: UInt32(directoryOffset))
        bytes.append(littleEndian: UInt16(0))
        return bytes
    }
}

/// Why an archive could not be written.
public enum ZIPError: Error, Equatable, Sendable {
    /// An empty name, or one longer than 65 535 bytes.
    case invalidName(String)
    /// An entry, or the whole archive, would pass 4 GiB, which needs ZIP64.
    case tooLarge(String)
    /// More than 65 535 entries, which needs ZIP64.
    case tooManyEntries
}

extension Array where Element == UInt8 {
    mutating func append<T: FixedWidthInteger>(littleEndian value: T) {
        var value = value.littleEndian
        Swift.withUnsafeBytes(of: &value) { append(contentsOf: $0) }
    }
}
