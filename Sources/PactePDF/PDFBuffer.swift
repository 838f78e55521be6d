import PacteCore
import PacteDocument

/// The bytes of a PDF file or content stream, with the few token kinds
/// the writer needs. Everything is appended to one `[UInt8]`, so writing
/// a large document stays linear.
struct PDFBuffer {
    /// What has been written so far.
    private(set) var bytes: [UInt8] = []

    /// The number of bytes written, for the cross-reference offsets.
    var count: Int { bytes.count }

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// Appends ASCII text (operators, keys, names the writer controls).
    mutating func write(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// Appends raw bytes.
    mutating func write(bytes more: [UInt8]) { bytes.append(contentsOf: more) }

    /// Appends one byte.
    mutating func write(byte: UInt8) { bytes.append(byte) }

    /// Appends an integer.
    mutating func write(_ value: Int) { write(String(value)) }

    /// Appends a real number with at most `decimals` digits after the point
    /// and no exponent, so that the same layout always gives the same bytes.
    mutating func write(_ value: Double, decimals: Int = 2) {
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        let clamped = value.isFinite ? min(max(value, -1e9), 1e9) : 0
        let scaled = Int((clamped * Double(scale)).rounded())
        if scaled < 0 { write(byte: 0x2D) }
        let magnitude = scaled.magnitude
        write(String(magnitude / UInt(scale)))
        var fraction = magnitude % UInt(scale)
        guard fraction != 0 else { return }
        var digits = decimals
        while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
        let text = String(fraction)
        write(byte: 0x2E)
        for _ in text.count..<digits { write(byte: 0x30) }
        write(text)
    }

    /// Appends WinAnsi bytes as a literal string, escaping what the syntax reserves.
    mutating func writeLiteral(_ text: some Sequence<UInt8>) {
        write(byte: 0x28)
        for byte in text {
            switch byte {
            case 0x28, 0x29, 0x5C: bytes.append(0x5C); bytes.append(byte)  // ( ) \
            case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])  // a raw CR would be read as a line end
            default: bytes.append(byte)
            }
        }
        write(byte: 0x29)
    }

    /// Appends a text string for the Info dictionary or an outline title:
    /// plain ASCII as a literal, anything else as UTF-16BE with its byte-order mark.
    mutating func writeTextString(_ text: String) {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            writeLiteral(Array(text.utf8))
            return
        }
        write("<FEFF")
        for unit in text.utf16 {
            writeHex(UInt8(unit >> 8))
            writeHex(UInt8(unit & 0xFF))
        }
        write(">")
    }

    /// Appends bytes in hexadecimal between angle brackets.
    mutating func writeHexString(_ data: [UInt8]) {
        write("<")
        for byte in data { writeHex(byte) }
        write(">")
    }

    private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)

    private mutating func writeHex(_ byte: UInt8) {
        bytes.append(Self.hexDigits[Int(byte >> 4)])
        bytes.append(Self.hexDigits[Int(byte & 0x0F)])
    }

    /// A PDF date as precise as the pacte's: `(D:2026)`, `(D:202603)`, `(D:20260314)`.
    mutating func writeDate(_ date: CalendarDate) {
        func padded(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        var text = "D:" + padded(min(max(date.year, 0), 9999), 4)
        if let month = date.month {
            text += padded(month, 2)
            if let day = date.day { text += padded(day, 2) }
        }
        writeLiteral(Array(text.utf8))
    }
}
