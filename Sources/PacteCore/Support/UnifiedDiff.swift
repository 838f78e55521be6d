/// A unified diff of two texts (`diff -u`), for `pacte fmt --check`.
///
/// Myers' algorithm in linear space (the middle-snake bisection that
/// diff-match-patch and GNU diff use), on lines interned as integers.
/// Lines found on one side only can belong to no common subsequence, so
/// they are set aside before the search, as GNU diff does: a file whose
/// every line was reformatted costs a pass, not the square of its length.
/// A search that would still cost more than ``workLimit`` steps gives up
/// on the part left and reports it as removed then added, which is a
/// correct diff, only a longer one.
public enum UnifiedDiff {
    /// An edit of one line.
    enum Edit: Equatable {
        case keep(Int, Int)
        case delete(Int)
        case insert(Int)
    }

    /// Steps of the search past which it stops looking for a shorter
    /// diff: about a second of work.
    static let workLimit = 50_000_000

    /// The diff, empty when the texts are equal. Control characters and
    /// bidirectional overrides in the lines are shown escaped, so that a
    /// line cannot drive the terminal it is printed on.
    public static func render(old: String, new: String, oldName: String, newName: String, context: Int = 3) -> String {
        let a = lines(old), b = lines(new)
        let edits = diff(a, b)
        guard edits.contains(where: { if case .keep = $0 { false } else { true } }) else { return "" }
        var output = "--- \(oldName.escapingControlCharacters)\n+++ \(newName.escapingControlCharacters)\n"
        // Line numbers before `edits[index]`, carried along rather than
        // counted again from the top for each hunk.
        var oldLine = 0, newLine = 0
        var index = 0
        func advance(to target: Int) {
            while index < target {
                switch edits[index] {
                case .keep: oldLine += 1; newLine += 1
                case .delete: oldLine += 1
                case .insert: newLine += 1
                }
                index += 1
            }
        }
        var next = 0
        while let change = edits[next...].firstIndex(where: { if case .keep = $0 { false } else { true } }) {
            // Grow a hunk around the change until two changes lie more than
            // twice the context apart.
            var lastChange = change
            var end = change
            while end < edits.count {
                if case .keep = edits[end] {
                    if end - lastChange > context * 2 { break }
                } else {
                    lastChange = end
                }
                end += 1
            }
            let start = max(next, change - context)
            end = min(edits.count, lastChange + context + 1)
            advance(to: start)
            var oldCount = 0, newCount = 0
            var body = ""
            for edit in edits[start..<end] {
                switch edit {
                case .keep(let i, _): body += " " + a[i].escapingControlCharacters + "\n"; oldCount += 1; newCount += 1
                case .delete(let i): body += "-" + a[i].escapingControlCharacters + "\n"; oldCount += 1
                case .insert(let j): body += "+" + b[j].escapingControlCharacters + "\n"; newCount += 1
                }
            }
            output += "@@ -\(range(oldLine, oldCount)) +\(range(newLine, newCount)) @@\n" + body
            advance(to: end)
            next = end
        }
        return output
    }

    private static func range(_ start: Int, _ count: Int) -> String {
        count == 0 ? "\(start),0" : count == 1 ? "\(start + 1)" : "\(start + 1),\(count)"
    }

    /// The lines of a text, split at each LF byte. Not at each `Character`:
    /// Swift takes CR LF as one, so a CR LF file would be a single line.
    /// The CR stays in its line, where the diff shows it escaped.
    static func lines(_ text: String) -> [String] {
        var result = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        if result.last == "" { result.removeLast() }
        return result
    }

    /// A shortest edit script from `a` to `b` (Myers, 1986), or a longer
    /// one where finding the shortest would cost more than `workLimit`.
    static func diff(_ a: [String], _ b: [String], workLimit: Int = workLimit) -> [Edit] {
        var ids: [String: Int32] = [:]
        func intern(_ line: String) -> Int32 {
            if let id = ids[line] { return id }
            let id = Int32(ids.count)
            ids[line] = id
            return id
        }
        let x = a.map(intern), y = b.map(intern)
        var inA = [Bool](repeating: false, count: ids.count), inB = inA
        for id in x { inA[Int(id)] = true }
        for id in y { inB[Int(id)] = true }
        // Only lines the other side also has can be kept.
        let keptA = x.indices.filter { inB[Int(x[$0])] }
        let keptB = y.indices.filter { inA[Int(y[$0])] }
        var search = Bisection(a: keptA.map { x[$0] }, b: keptB.map { y[$0] }, workLimit: workLimit)
        search.compare(0, search.a.count, 0, search.b.count)
        var edits: [Edit] = []
        edits.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        for (filteredI, filteredJ) in search.matches {
            let matchI = keptA[filteredI], matchJ = keptB[filteredJ]
            while i < matchI { edits.append(.delete(i)); i += 1 }
            while j < matchJ { edits.append(.insert(j)); j += 1 }
            edits.append(.keep(i, j))
            i += 1; j += 1
        }
        while i < a.count { edits.append(.delete(i)); i += 1 }
        while j < b.count { edits.append(.insert(j)); j += 1 }
        return edits
    }

    /// The divide-and-conquer search: find the middle of a shortest path
    /// by running from both corners at once, split there, and go on in
    /// each half. Memory stays linear in the input.
    private struct Bisection {
        let a: [Int32]
        let b: [Int32]
        /// Pairs of equal lines, in order.
        var matches: [(Int, Int)] = []
        var workLeft: Int

        init(a: [Int32], b: [Int32], workLimit: Int) {
            self.a = a
            self.b = b
            workLeft = workLimit
        }

        mutating func compare(_ aLow: Int, _ aHigh: Int, _ bLow: Int, _ bHigh: Int) {
            var aLow = aLow, bLow = bLow, aHigh = aHigh, bHigh = bHigh
            while aLow < aHigh && bLow < bHigh && a[aLow] == b[bLow] {
                matches.append((aLow, bLow))
                aLow += 1; bLow += 1
            }
            var suffix = 0
            while aLow < aHigh && bLow < bHigh && a[aHigh - 1] == b[bHigh - 1] {
                aHigh -= 1; bHigh -= 1
                suffix += 1
            }
            // A split at a corner would make no progress; it cannot happen
            // once the common ends are off, but a loop must not hang on it.
            if aLow < aHigh && bLow < bHigh, let (x, y) = middle(aLow, aHigh, bLow, bHigh),
               (x, y) != (aLow, bLow), (x, y) != (aHigh, bHigh) {
                compare(aLow, x, bLow, y)
                compare(x, aHigh, y, bHigh)
            }
            for offset in 0..<suffix { matches.append((aHigh + offset, bHigh + offset)) }
        }

        /// A point on a shortest path through the box, or nil where the
        /// box has no line in common or the work allowed is spent.
        mutating func middle(_ aLow: Int, _ aHigh: Int, _ bLow: Int, _ bHigh: Int) -> (Int, Int)? {
            let n = aHigh - aLow, m = bHigh - bLow
            let maxD = (n + m + 1) / 2
            let offset = maxD
            let size = 2 * maxD + 2
            var forward = [Int](repeating: -1, count: size)
            var backward = [Int](repeating: -1, count: size)
            forward[offset + 1] = 0
            backward[offset + 1] = 0
            let delta = n - m
            let odd = delta & 1 != 0
            var k1Start = 0, k1End = 0, k2Start = 0, k2End = 0
            for d in 0..<maxD {
                workLeft -= 2 * d + 1
                if workLeft < 0 { return nil }
                for k1 in stride(from: -d + k1Start, through: d - k1End, by: 2) {
                    let index = offset + k1
                    var x = k1 == -d || (k1 != d && forward[index - 1] < forward[index + 1]) ? forward[index + 1] : forward[index - 1] + 1
                    var y = x - k1
                    let snakeStart = x
                    while x < n && y < m && a[aLow + x] == b[bLow + y] { x += 1; y += 1 }
                    workLeft -= x - snakeStart
                    forward[index] = x
                    if x > n {
                        k1End += 2
                    } else if y > m {
                        k1Start += 2
                    } else if odd {
                        let other = offset + delta - k1
                        if other >= 0 && other < size && backward[other] != -1 && x >= n - backward[other] {
                            return (aLow + x, bLow + y)
                        }
                    }
                }
                for k2 in stride(from: -d + k2Start, through: d - k2End, by: 2) {
                    let index = offset + k2
                    var x = k2 == -d || (k2 != d && backward[index - 1] < backward[index + 1]) ? backward[index + 1] : backward[index - 1] + 1
                    var y = x - k2
                    let snakeStart = x
                    while x < n && y < m && a[aHigh - 1 - x] == b[bHigh - 1 - y] { x += 1; y += 1 }
                    workLeft -= x - snakeStart
                    backward[index] = x
                    if x > n {
                        k2End += 2
                    } else if y > m {
                        k2Start += 2
                    } else if !odd {
                        let other = offset + delta - k2
                        if other >= 0 && other < size && forward[other] != -1 {
                            let x1 = forward[other]
                            let y1 = offset + x1 - other
                            if x1 >= n - x { return (aLow + x1, bLow + y1) }
                        }
                    }
                }
            }
            return nil
        }
    }
}
