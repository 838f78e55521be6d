/// A length on the page, in twips (a twentieth of a point, 1/1440 inch):
/// the unit DOCX counts in, and fine enough that a millimetre rounds to
/// it within 0.01 mm. Both writers take their geometry from the same
/// integers, so an ODT and a DOCX page are laid out alike, and no float is
/// ever printed: the same document gives the same bytes on every machine.
public struct Length: Hashable, Comparable, Sendable {
    /// The length in twips.
    public var twips: Int

    /// A length of `twips`.
    public init(twips: Int) { self.twips = twips }

    /// A length in points (a point is 20 twips).
    public static func points(_ points: Int) -> Length { Length(twips: points * 20) }

    /// A length in half points, as font sizes are often given (11.5 pt = 23).
    public static func halfPoints(_ halfPoints: Int) -> Length { Length(twips: halfPoints * 10) }

    /// A length in millimetres, rounded to the nearest twip (1 mm = 1440 / 25.4 twips).
    public static func millimetres(_ millimetres: Int) -> Length {
        Length(twips: (millimetres * 14_400 * 2 + 254) / (254 * 2))
    }

    /// Whether `lhs` is shorter.
    public static func < (lhs: Length, rhs: Length) -> Bool { lhs.twips < rhs.twips }
    /// The two lengths end to end.
    public static func + (lhs: Length, rhs: Length) -> Length { Length(twips: lhs.twips + rhs.twips) }
    /// What is left of `lhs` once `rhs` is taken.
    public static func - (lhs: Length, rhs: Length) -> Length { Length(twips: lhs.twips - rhs.twips) }

    /// The length in half points, rounded: DOCX font sizes (`w:sz`).
    public var halfPoints: Int { (twips + 5) / 10 }

    /// The length in eighths of a point, rounded: DOCX border widths.
    public var eighthPoints: Int { (twips * 2 + 2) / 5 }

    /// The length as ODF writes it, in points with at most two decimals:
    /// `56.7pt`, `11pt`, `0.5pt`.
    public var odf: String {
        let sign = twips < 0 ? "-" : ""
        let magnitude = twips.magnitude
        // A twip is 0.05 pt: the remainder in twentieths, as hundredths.
        let whole = magnitude / 20, hundredths = (magnitude % 20) * 5
        guard hundredths != 0 else { return "\(sign)\(whole)pt" }
        let decimals = hundredths % 10 == 0 ? "\(hundredths / 10)" : (hundredths < 10 ? "0\(hundredths)" : "\(hundredths)")
        return "\(sign)\(whole).\(decimals)pt"
    }
}
