/// A unified diff of two texts (`diff -u`), for `pacte fmt --check`.
/// Myers' algorithm: time grows with the size of the change, not the
/// product of the sizes, so a large file with a small change is quick.
public enum UnifiedDiff {
    /// An edit of one line.
    enum Edit: Equatable {
        case keep(Int, Int)
        case delete(Int)
        case insert(Int)
    }

    /// The diff, empty when the texts are equal.
    public static func render(old: String, new: String, oldName: String, newName: String, context: Int = 3) -> String {
        let a = lines(old), b = lines(new)
        let edits = diff(a, b)
        guard edits.contains(where: { if case .keep = $0 { false } else { true } }) else { return "" }
        var output = "--- \(oldName)\n+++ \(newName)\n"
        var index = 0
        while index < edits.count {
            // Find the next change, then grow a hunk around it.
            guard let change = edits[index...].firstIndex(where: { if case .keep = $0 { false } else { true } }) else { break }
            let start = max(index, change - context)
            var end = change
            var lastChange = change
            while end < edits.count {
                if case .keep = edits[end] {
                    if end - lastChange > context * 2 { break }
                } else {
                    lastChange = end
                }
                end += 1
            }
            end = min(edits.count, lastChange + context + 1)
            let hunk = edits[start..<end]
            let oldStart = hunk.compactMap { edit -> Int? in
                switch edit { case .keep(let i, _), .delete(let i): i; case .insert: nil }
            }.first ?? oldLineBefore(edits, start)
            let newStart = hunk.compactMap { edit -> Int? in
                switch edit { case .keep(_, let j), .insert(let j): j; case .delete: nil }
            }.first ?? newLineBefore(edits, start)
            let oldCount = hunk.filter { if case .insert = $0 { false } else { true } }.count
            let newCount = hunk.filter { if case .delete = $0 { false } else { true } }.count
            output += "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n"
            for edit in hunk {
                switch edit {
                case .keep(let i, _): output += " " + a[i] + "\n"
                case .delete(let i): output += "-" + a[i] + "\n"
                case .insert(let j): output += "+" + b[j] + "\n"
                }
            }
            index = end
        }
        return output
    }

    private static func range(_ start: Int, _ count: Int) -> String {
        count == 0 ? "\(start),0" : count == 1 ? "\(start + 1)" : "\(start + 1),\(count)"
    }

    private static func oldLineBefore(_ edits: [Edit], _ index: Int) -> Int {
        var line = 0
        for edit in edits[..<index] { if case .insert = edit {} else { line += 1 } }
        return line
    }

    private static func newLineBefore(_ edits: [Edit], _ index: Int) -> Int {
        var line = 0
        for edit in edits[..<index] { if case .delete = edit {} else { line += 1 } }
        return line
    }

    static func lines(_ text: String) -> [String] {
        var result = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if result.last == "" { result.removeLast() }
        return result
    }

    /// The shortest edit script from `a` to `b` (Myers, 1986).
    static func diff(_ a: [String], _ b: [String]) -> [Edit] {
        let n = a.count, m = b.count
        let maximum = n + m
        var frontier = [Int](repeating: 0, count: 2 * maximum + 2)
        var trace: [[Int]] = []
        let offset = maximum + 1
        var found = false
        for d in 0...maximum {
            trace.append(frontier)
            for k in stride(from: -d, through: d, by: 2) {
                var x = (k == -d || (k != d && frontier[offset + k - 1] < frontier[offset + k + 1]))
                    ? frontier[offset + k + 1] : frontier[offset + k - 1] + 1
                var y = x - k
                while x < n && y < m && a[x] == b[y] { x += 1; y += 1 }
                frontier[offset + k] = x
                if x >= n && y >= m { found = true; break }
            }
            if found { break }
        }
        // Walk back through the frontiers to recover the edits.
        var edits: [Edit] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let v = trace[d]
            let k = x - y
            let previousK = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? k + 1 : k - 1
            let previousX = v[offset + previousK]
            let previousY = previousX - previousK
            while x > previousX && y > previousY {
                x -= 1; y -= 1
                edits.append(.keep(x, y))
            }
            if d > 0 {
                if x == previousX { edits.append(.insert(previousY)) } else { edits.append(.delete(previousX)) }
            }
            x = previousX; y = previousY
        }
        return edits.reversed()
    }
}
