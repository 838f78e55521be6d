import PacteCore

/// Did-you-mean: the closest known names to a misspelt one, ranked by edit
/// distance, at most four, as Elm and rustc do.
public enum Suggestions {
    /// The most candidates compared with a misspelt name.
    public static let maxCandidates = 2_000

    /// The candidates within reach of `name`, closest first.
    public static func closest(to name: String, among candidates: [String], limit: Int = 4) -> [String] {
        // A real pacte names a few hundred things; past a few thousand the
        // file is generated or broken, and suggestions would cost seconds.
        guard candidates.count <= maxCandidates else { return [] }
        let target = Array(SchemaName.fold(name).lowercased().unicodeScalars)
        var scored: [(distance: Int, order: Int, name: String)] = []
        // One set of buffers for every candidate: a broken file may ask
        // for thousands of suggestions.
        var folded: [Unicode.Scalar] = []
        var rows = DistanceRows()
        for (order, candidate) in candidates.enumerated() {
            folded.removeAll(keepingCapacity: true)
            folded.append(contentsOf: SchemaName.fold(candidate).lowercased().unicodeScalars)
            let threshold = max(1, min(target.count, folded.count) / 3)
            guard abs(folded.count - target.count) <= threshold + 1 else { continue }
            let distance = rows.editDistance(target, folded)
            // A candidate that merely extends the name (`partenaire` → `partenaires`) is close too.
            if distance <= threshold || (distance <= 2 && (folded.starts(with: target) || target.starts(with: folded))),
               !scored.contains(where: { $0.name == candidate }) {
                scored.append((distance, order, candidate))
            }
        }
        scored.sort { ($0.distance, $0.order) < ($1.distance, $1.order) }
        return scored.prefix(limit).map(\.name)
    }

    /// The three rows of the distance table, kept from one candidate to the next.
    private struct DistanceRows {
        var previousPrevious: [Int] = []
        var previous: [Int] = []
        var current: [Int] = []

        /// Optimal string alignment distance: insertions, deletions,
        /// substitutions and transpositions of adjacent scalars each cost one.
        mutating func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
            if a.isEmpty { return b.count }
            if b.isEmpty { return a.count }
            previousPrevious.removeAll(keepingCapacity: true)
            previousPrevious.append(contentsOf: repeatElement(0, count: b.count + 1))
            current.removeAll(keepingCapacity: true)
            current.append(contentsOf: repeatElement(0, count: b.count + 1))
            previous.removeAll(keepingCapacity: true)
            previous.append(contentsOf: 0...b.count)
            for i in 1...a.count {
                current[0] = i
                for j in 1...b.count {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                        value = min(value, previousPrevious[j - 2] + 1)
                    }
                    current[j] = value
                }
                swap(&previousPrevious, &previous)
                swap(&previous, &current)
            }
            return previous[b.count]
        }
    }

    /// « vouliez-vous dire `a` ou `b` ? », the help line of every did-you-mean.
    public static func didYouMean(_ suggestions: [String]) -> LocalizedText {
        LocalizedText(fr: "vouliez-vous dire \(list(suggestions, in: .fr)) ?", en: "did you mean \(list(suggestions, in: .en))?")
    }

    /// The did-you-mean of `suggestions`, some of which may be English
    /// aliases: the French help names what they stand for in French (what
    /// `fmt` writes), the English help names them as found.
    public static func didYouMean(_ suggestions: [String], inFrench french: (String) -> String) -> LocalizedText {
        let inFrench = inFrench(suggestions, french)
        // In English, one value once: `cooperation` or `coopération`, whichever came first.
        var seen: Set<String> = []
        let english = suggestions.filter { seen.insert(french($0)).inserted }
        return LocalizedText(fr: "vouliez-vous dire \(list(inFrench, in: .fr)) ?", en: "did you mean \(list(english, in: .en))?")
    }

    /// `suggestions` in French, each once, in their order.
    public static func inFrench(_ suggestions: [String], _ french: (String) -> String) -> [String] {
        var seen: Set<String> = []
        return suggestions.map(french).filter { seen.insert($0).inserted }
    }

    /// `a`, `a` ou `b`, `a`, `b` ou `c`: a list for a help line.
    public static func list(_ names: [String], in language: Language) -> String {
        let quoted = names.map { "`\($0)`" }
        guard quoted.count > 1 else { return quoted.first ?? "" }
        let conjunction = language == .fr ? " ou " : " or "
        return quoted.dropLast().joined(separator: ", ") + conjunction + quoted.last!
    }
}
