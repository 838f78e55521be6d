/// A decimal number as written, kept exact: `3.5` is 35 with scale 1.
///
/// Money, percentages and plain numbers share it; no binary floating point
/// ever touches a budget.
public struct DecimalNumber: Hashable, Sendable, Comparable {
    /// The digits, without the decimal point.
    public var significand: Int64
    /// How many of the digits are after the decimal point.
    public var scale: Int

    /// Creates a number from its digits and scale.
    public init(significand: Int64, scale: Int = 0) {
        self.significand = significand
        self.scale = scale
    }

    /// The value if it is a whole number.
    public var integerValue: Int64? {
        var value = significand
        for _ in 0..<scale {
            if value % 10 != 0 { return nil }
            value /= 10
        }
        return value
    }

    /// The value rescaled to `scale` fractional digits, or nil if that loses
    /// digits or overflows.
    public func rescaled(to newScale: Int) -> Int64? {
        var value = significand
        var current = scale
        while current < newScale {
            let (product, overflow) = value.multipliedReportingOverflow(by: 10)
            if overflow { return nil }
            value = product
            current += 1
        }
        while current > newScale {
            if value % 10 != 0 { return nil }
            value /= 10
            current -= 1
        }
        return value
    }

    /// The plain decimal spelling, such as `3.5` or `24000`, with trailing
    /// fractional zeros removed.
    public var description: String {
        if significand == 0 { return "0" }
        var digits = String(significand.magnitude)
        var scale = scale
        while scale > 0, digits.count > 1, digits.hasSuffix("0") {
            digits.removeLast()
            scale -= 1
        }
        if scale == 0 { return (significand < 0 ? "-" : "") + digits }
        while digits.count <= scale { digits = "0" + digits }
        let split = digits.index(digits.endIndex, offsetBy: -scale)
        return (significand < 0 ? "-" : "") + digits[..<split] + "." + digits[split...]
    }

    public static func < (lhs: DecimalNumber, rhs: DecimalNumber) -> Bool {
        let scale = max(lhs.scale, rhs.scale)
        guard let left = lhs.rescaled(to: scale), let right = rhs.rescaled(to: scale) else {
            return lhs.significand < rhs.significand
        }
        return left < right
    }
}
