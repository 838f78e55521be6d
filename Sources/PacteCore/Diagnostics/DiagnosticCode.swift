/// The stable codes of DESIGN §4. A code keeps its meaning forever: tools,
/// waivers (`dérogation`) and people's habits depend on it.
public enum DiagnosticCode: String, Sendable, CaseIterable, Comparable {
    case unexpectedCharacter = "P0101"
    case unterminatedString = "P0102"
    case unexpectedToken = "P0103"
    case unclosedDelimiter = "P0104"
    case invalidUTF8 = "P0105"
    case overLimit = "P0106"
    case invalidLiteral = "P0107"

    case unknownName = "P0201"
    case wrongType = "P0202"
    case duplicateID = "P0203"
    case unresolvedReference = "P0204"
    case missingRequired = "P0205"
    case reversedRange = "P0206"
    case unknownEnumValue = "P0207"
    case duplicateProperty = "P0208"

    case parity = "P0301"
    case youthSeat = "P0302"
    case agendaSetter = "P0303"
    case decisionRule = "P0304"
    case participationLevel = "P0305"
    case actionCalendar = "P0306"
    case calendarOutsidePeriod = "P0307"
    case signatoryColleges = "P0308"
    case actionLead = "P0309"
    case actionBudget = "P0310"
    case placeholder = "P0311"
    case legalForm = "P0312"
    case spaceRoles = "P0313"
    case feedback = "P0314"
    case memberGender = "P0315"
    case objectiveWithoutAction = "P0316"
    case transversalLeads = "P0317"
    case votersNotMembers = "P0318"
    case unusedWaiver = "P0319"
    case youthSeatNotYoung = "P0320"
    case deliberationMissing = "P0321"
    case deliberationAfterAct = "P0322"
    case representativeMissing = "P0323"
    case missingPart = "P0324"
    case presidency = "P0325"
    case councillorExcluded = "P0326"
    case parityBound = "P0327"
    case municipalMandate = "P0328"

    /// The severity a diagnostic of this code has.
    public var severity: Severity {
        switch self {
        case .calendarOutsidePeriod, .actionBudget, .spaceRoles, .memberGender,
             .objectiveWithoutAction, .votersNotMembers, .unusedWaiver, .missingPart, .municipalMandate,
             .deliberationMissing, .representativeMissing:
            .warning
        default:
            .error
        }
    }

    /// Syntax codes (P01xx): the file cannot be read as written.
    public var isSyntax: Bool { rawValue.hasPrefix("P01") }

    /// Completeness rules (P03xx) may be silenced by a `dérogation`;
    /// syntax and schema errors may not, since the file would not mean anything.
    public var isWaivable: Bool { rawValue.hasPrefix("P03") }

    /// Finds a code from its spelling, such as `P0302` or `p0302`.
    public init?(spelling: String) {
        self.init(rawValue: spelling.uppercased())
    }

    public static func < (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
