import Testing
@testable import PacteCore

@Suite struct UnifiedDiffTests {
    /// Rebuilds both sides from an edit script, so that a test can check
    /// the script says exactly how to go from one to the other.
    static func apply(_ edits: [UnifiedDiff.Edit], _ a: [String], _ b: [String]) -> (old: [String], new: [String]) {
        var old: [String] = [], new: [String] = []
        for edit in edits {
            switch edit {
            case .keep(let i, let j):
                #expect(a[i] == b[j])
                old.append(a[i]); new.append(b[j])
            case .delete(let i): old.append(a[i])
            case .insert(let j): new.append(b[j])
            }
        }
        return (old, new)
    }

    /// The length of a longest common subsequence, the slow and sure way.
    static func lcs(_ a: [String], _ b: [String]) -> Int {
        var row = [Int](repeating: 0, count: b.count + 1)
        for i in a.indices {
            var diagonal = 0
            for j in b.indices {
                let above = row[j + 1]
                row[j + 1] = a[i] == b[j] ? diagonal + 1 : max(row[j], above)
                diagonal = above
            }
        }
        return row[b.count]
    }

    @Test func aSmallChange() {
        let diff = UnifiedDiff.render(old: "a\nb\nc\n", new: "a\nB\nc\nd\n", oldName: "x", newName: "x")
        #expect(diff == "--- x\n+++ x\n@@ -1,3 +1,4 @@\n a\n-b\n+B\n c\n+d\n")
        #expect(UnifiedDiff.render(old: "same\n", new: "same\n", oldName: "x", newName: "x").isEmpty)
    }

    @Test func hunksFarApartAreNumberedFromTheirOwnLines() {
        let old = (1...30).map { "ligne \($0)" }
        var new = old
        new[1] = "deux"
        new[25] = "vingt-six"
        new.insert("nouvelle", at: 28)
        let diff = UnifiedDiff.render(old: old.joined(separator: "\n") + "\n", new: new.joined(separator: "\n") + "\n", oldName: "a", newName: "b")
        let headers = diff.split(separator: "\n").filter { $0.hasPrefix("@@") }
        #expect(headers == ["@@ -1,5 +1,5 @@", "@@ -23,8 +23,9 @@"])
    }

    @Test func scriptsAreShortestOnRandomTexts() {
        var generator = SplitMix(seed: 42)
        for _ in 0..<300 {
            let a = (0..<generator.next(upTo: 14)).map { _ in ["a", "b", "c", "}", ""][generator.next(upTo: 5)] }
            let b = (0..<generator.next(upTo: 14)).map { _ in ["a", "b", "c", "}", "d"][generator.next(upTo: 5)] }
            let edits = UnifiedDiff.diff(a, b)
            let rebuilt = Self.apply(edits, a, b)
            #expect(rebuilt.old == a && rebuilt.new == b)
            let kept = edits.filter { if case .keep = $0 { true } else { false } }.count
            #expect(kept == Self.lcs(a, b), "\(a) → \(b)")
        }
    }

    @Test func pastTheWorkLimitTheDiffIsLongerButStillTrue() {
        var generator = SplitMix(seed: 7)
        let a = (0..<400).map { _ in String(generator.next(upTo: 6)) }
        let b = (0..<400).map { _ in String(generator.next(upTo: 6)) }
        let edits = UnifiedDiff.diff(a, b, workLimit: 1_000)
        let rebuilt = Self.apply(edits, a, b)
        #expect(rebuilt.old == a && rebuilt.new == b)
    }

    @Test func aFileReformattedEverywhereIsOneCheapPass() {
        // 40 000 lines, each changed (CR LF to LF): nothing in common, so no search at all.
        let old = (0..<40_000).map { "  propriété-\($0): \"valeur \($0)\"\r" }
        let new = old.map { String($0.dropLast()) }
        let edits = UnifiedDiff.diff(old, new, workLimit: 0)
        #expect(edits.count == 80_000)
        #expect(edits.prefix(40_000).allSatisfy { if case .delete = $0 { true } else { false } })
    }

    @Test func controlCharactersAreShownEscaped() {
        let diff = UnifiedDiff.render(old: "titre: \"a\u{1B}[2Jb\"\r\n", new: "titre: \"a\u{202E}b\"\n", oldName: "x", newName: "x")
        #expect(diff.contains("-titre: \"a\\u{1B}[2Jb\"\\u{D}\n"))
        #expect(diff.contains("+titre: \"a\\u{202E}b\"\n"))
        #expect(!diff.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E || $0.value == 0x0D })
    }
}

/// A small deterministic generator, so that a failing case comes back.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(upTo bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
