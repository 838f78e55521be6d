import PacteSchema

/// A colour of the charts, as sRGB components 0–255.
public struct FigureColour: Hashable, Sendable {
    public let red: UInt8, green: UInt8, blue: UInt8

    /// A colour from its components.
    public init(_ red: UInt8, _ green: UInt8, _ blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// `#rrggbb`, for SVG and CSS.
    public var hex: String {
        let digits = Array("0123456789abcdef")
        return "#" + [red, green, blue].map { String([digits[Int($0 >> 4)], digits[Int($0 & 15)]]) }.joined()
    }

    /// The WCAG 2 relative luminance, 0 (black) to 1 (white).
    public var luminance: Double {
        func linear(_ component: UInt8) -> Double {
            let value = Double(component) / 255
            return value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// The WCAG 2 contrast ratio with `other`, 1 to 21.
    public func contrast(with other: FigureColour) -> Double {
        let (a, b) = (luminance, other.luminance)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// The grey a black-and-white printer gives this colour (its luminance, as a colour).
    public var grey: Double { luminance }
}

/// `x` to the power `y` for the luminance, without Foundation (which no
/// library target imports): exp(y·ln x) by series, exact enough for a
/// contrast ratio.
private func pow(_ x: Double, _ y: Double) -> Double {
    guard x > 0 else { return 0 }
    return exponential(y * logarithm(x))
}

private func logarithm(_ x: Double) -> Double {
    // ln x = 2·atanh((x−1)/(x+1)), for x in (0, ∞); converges fast near 1.
    var value = x, shift = 0.0
    while value > 2 { value /= 2.718281828459045; shift += 1 }
    while value < 0.5 { value *= 2.718281828459045; shift -= 1 }
    let t = (value - 1) / (value + 1), t2 = t * t
    var term = t, sum = 0.0, n = 1.0
    for _ in 0..<40 {
        sum += term / n
        term *= t2
        n += 2
    }
    return 2 * sum + shift
}

private func exponential(_ x: Double) -> Double {
    var sum = 1.0, term = 1.0
    for n in 1..<60 {
        term *= x / Double(n)
        sum += term
    }
    return sum
}

/// How a bar is filled: a colour, solid or with a white stripe along its
/// middle, so that six participation levels stay apart in grey-scale with
/// three luminances.
public struct BarStyle: Hashable, Sendable {
    /// The bar's colour; none for a hollow bar (no level given).
    public var fill: FigureColour?
    /// Whether a white stripe runs along the bar's middle.
    public var striped: Bool
}

/// The charts' colours, in one place. Three blues a printer gives as
/// three clearly different greys (luminance about 0.28, 0.11 and 0.03),
/// each at least 3:1 against white (WCAG 2.1, 1.4.11, for graphics); text
/// in ink and a muted grey at least 4.5:1 (1.4.3); the tints behind
/// (the area past the period, the grid) are decoration only.
public enum FigurePalette {
    /// Text, bars' outlines.
    public static let ink = FigureColour(0x1d, 0x23, 0x2a)
    /// Secondary text: the axis's months, « calendrier non fixé ».
    public static let muted = FigureColour(0x4f, 0x58, 0x63)
    /// The lightest bar.
    public static let light = FigureColour(0x6a, 0x93, 0xbd)
    /// The middle bar, and the budget's bars.
    public static let middle = FigureColour(0x2f, 0x61, 0x90)
    /// The darkest bar.
    public static let dark = FigureColour(0x16, 0x32, 0x4f)
    /// The grid: year lines, row rules.
    public static let grid = FigureColour(0xd3, 0xd9, 0xdf)
    /// The area past the pacte's period.
    public static let outside = FigureColour(0xe9, 0xec, 0xef)
    /// Paper.
    public static let white = FigureColour(0xff, 0xff, 0xff)

    /// The colours drawn as bars, which must stand out from the paper.
    public static let bars = [light, middle, dark]
    /// The colours text is set in.
    public static let text = [ink, muted]

    /// The bar of a participation level: the further civil society takes
    /// part, the darker; each second level striped.
    public static func style(of level: ParticipationLevel?) -> BarStyle {
        switch level {
        case .information?: BarStyle(fill: light, striped: false)
        case .consultation?: BarStyle(fill: light, striped: true)
        case .concertation?: BarStyle(fill: middle, striped: false)
        case .coConstruction?: BarStyle(fill: middle, striped: true)
        case .coopération?: BarStyle(fill: dark, striped: false)
        case .négociation?: BarStyle(fill: dark, striped: true)
        case nil: BarStyle(fill: nil, striped: false)
        }
    }

    /// The budget's bars: the plan's solid, the funding's striped.
    public static func budgetStyle(funding: Bool) -> BarStyle {
        funding ? BarStyle(fill: dark, striped: true) : BarStyle(fill: middle, striped: false)
    }
}
