/// The sRGB colour space (IEC 61966-2.1) as an ICC version 2 display
/// profile, for the PDF/A output intent: written here rather than copied,
/// so that nothing of unclear licence is in the binary. D50-adapted
/// (Bradford) primaries, the D50 white point, and sRGB's tone curve sampled
/// at 256 points — computed with arithmetic alone (no `pow`), so that the
/// bytes are the same on every machine.
enum SRGBProfile {
    static let bytes: [UInt8] = make()

    private static func make() -> [UInt8] {
        var tags: [(signature: String, data: [UInt8])] = []
        var description: [UInt8] = []
        let name = "sRGB IEC61966-2.1"
        description += Array("desc".utf8) + [0, 0, 0, 0]
        description += be32(name.utf8.count + 1) + Array(name.utf8) + [0]
        description += be32(0) + be32(0)  // no Unicode description
        description += [0, 0, 0] + [UInt8](repeating: 0, count: 67)  // no ScriptCode description
        tags.append(("desc", description))
        tags.append(("cprt", Array("text".utf8) + [0, 0, 0, 0] + Array("No copyright, use freely".utf8) + [0]))
        func xyz(_ x: Double, _ y: Double, _ z: Double) -> [UInt8] { Array("XYZ ".utf8) + [0, 0, 0, 0] + fixed(x) + fixed(y) + fixed(z) }
        tags.append(("wtpt", xyz(0.9642, 1.0, 0.8249)))
        tags.append(("rXYZ", xyz(0.436066, 0.222488, 0.013916)))
        tags.append(("gXYZ", xyz(0.385147, 0.716873, 0.097076)))
        tags.append(("bXYZ", xyz(0.143066, 0.060608, 0.714096)))
        let points = 256
        var curve = Array("curv".utf8) + [0, 0, 0, 0] + be32(points)
        for index in 0..<points {
            let value = linear(Double(index) / Double(points - 1))
            let scaled = Int((value * 65535).rounded())
            curve += [UInt8(scaled >> 8), UInt8(scaled & 0xFF)]
        }
        tags += [("rTRC", curve), ("gTRC", curve), ("bTRC", curve)]

        // The three curves are one block, which the tag table points at three times.
        var body: [UInt8] = []
        var table: [UInt8] = be32(tags.count)
        let dataStart = 128 + 4 + 12 * tags.count
        var curveOffset: Int?
        for tag in tags {
            var offset = dataStart + body.count
            if tag.signature.hasSuffix("TRC"), let curveOffset {
                offset = curveOffset
            } else {
                if tag.signature.hasSuffix("TRC") { curveOffset = offset }
                body += tag.data
                while body.count % 4 != 0 { body.append(0) }
            }
            table += Array(tag.signature.utf8) + be32(offset) + be32(tag.data.count)
        }
        let size = 128 + table.count + body.count
        var header = be32(size) + [UInt8](repeating: 0, count: 4)
        header += [0x02, 0x10, 0x00, 0x00]  // version 2.1
        header += Array("mntrRGB XYZ ".utf8)
        header += [0x07, 0xD0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0]  // 2000-01-01 00:00:00
        header += Array("acsp".utf8) + [UInt8](repeating: 0, count: 4 + 4 + 4 + 4 + 8)
        header += be32(0)  // perceptual
        header += fixed(0.9642) + fixed(1.0) + fixed(0.8249)
        header += [UInt8](repeating: 0, count: 128 - header.count)
        return header + table + body
    }

    /// sRGB's decoding: linear below 0.04045, then ((v + 0.055) / 1.055)^2.4.
    static func linear(_ value: Double) -> Double {
        guard value > 0.04045 else { return value / 12.92 }
        let base = (value + 0.055) / 1.055
        // base^2.4 = base² · (base^(1/5))²
        let fifthRoot = root(base, 5)
        return base * base * fifthRoot * fifthRoot
    }

    /// The `n`th root of `value` in (0, 1], by Newton's method.
    private static func root(_ value: Double, _ n: Int) -> Double {
        var estimate = 1.0
        for _ in 0..<60 {
            var power = 1.0
            for _ in 0..<(n - 1) { power *= estimate }
            let next = estimate - (power * estimate - value) / (Double(n) * power)
            // Newton's steps from above decrease until they cannot: stop there.
            if next >= estimate { break }
            estimate = next
        }
        return estimate
    }

    private static func be32(_ value: Int) -> [UInt8] {
        [UInt8(truncatingIfNeeded: value >> 24), UInt8(truncatingIfNeeded: value >> 16), UInt8(truncatingIfNeeded: value >> 8), UInt8(truncatingIfNeeded: value)]
    }

    /// s15Fixed16Number.
    private static func fixed(_ value: Double) -> [UInt8] { be32(Int((value * 65536).rounded())) }
}
