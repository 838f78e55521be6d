import PacteCore
import PacteSyntax
import PacteSchema

/// P0311 — a placeholder is left in a string or text: four dots or more,
/// a value made only of dots or `…`, `TODO`, or `À COMPLÉTER` (any case,
/// with or without accents). An ellipsis inside prose is not one. The
/// `à-compléter` left where a value or id is expected is reported as
/// P0311 too, by the value converter, which knows what may go there.
struct P0311Placeholder: ValidationRule {
    static let explanation = Explanation(
        code: .placeholder,
        title: text("texte provisoire oublié", "placeholder left in the text"),
        checks: text(
            "Cherche dans chaque titre, chaîne et texte du pacte : quatre points ou plus (`....`), une valeur faite seulement de points ou de `…`, `TODO` ou `À COMPLÉTER` (en majuscules ou non, avec ou sans accents). Des points de suspension dans une phrase ne comptent pas. Là où l’on attend une valeur ou un identifiant, `à-compléter` (que laissent `pacte init` et les corrections proposées) est signalé de même, avec ce qu’on peut y mettre.",
            "Looks in every title, string and text of the pacte for four dots or more (`....`), a value made only of dots or `…`, `TODO` or `À COMPLÉTER` (any case, with or without accents). An ellipsis inside a sentence does not count. Where a value or an id is expected, `à-compléter` (left by `pacte init` and by the suggested fixes) is reported the same way, with what may go there."),
        rationale: text(
            "Un pacte se signe : un « À COMPLÉTER » imprimé dans le document signé fait désordre et laisse un engagement en blanc. `pacte init` en sème exprès pour que `pacte check` liste ce qui reste à écrire.",
            "A pacte is signed: an “À COMPLÉTER” printed in the signed document looks careless and leaves a commitment blank. `pacte init` plants them on purpose so that `pacte check` lists what remains to be written."),
        failing: """
            objectif haies "Replanter .... km de haies" {
              indicateur: "À COMPLÉTER"
            }
            """,
        fixed: """
            objectif haies "Replanter 12 km de haies" {
              indicateur: "kilomètres de haies plantées"
            }
            """)

    func check(_ context: ValidationContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        context.pacte.forEachWrittenText { written in
            guard let found = P0311Placeholder.placeholder(in: written.text) else { return }
            diagnostics.append(diagnostic(
                at: written.span,
                text("texte provisoire laissé dans \(written.place) : « \(found) »", "placeholder left in \(written.place): “\(found)”"),
                label: text("à remplacer par le texte définitif", "to be replaced by the final text"),
                help: text("écrivez le texte définitif à la place de « \(found) »", "write the final text instead of “\(found)”")))
        }
        return diagnostics
    }

    /// The placeholder a text holds, as written, if any.
    static func placeholder(in text: String) -> String? {
        guard mayHoldPlaceholder(text) else { return nil }
        let trimmed = text.trimmingBlanks
        if !trimmed.isEmpty, trimmed.allSatisfy({ $0 == "." || $0 == "…" }) { return trimmed }
        let scalars = Array(text.unicodeScalars)
        let folded = Array(SchemaName.fold(text).uppercased().unicodeScalars)
        // Folding maps each scalar to one (or, for œ and æ, two) scalars:
        // find in the folded text, then report the words as written.
        if let range = find(Array("....".unicodeScalars), in: scalars, wholeWord: false) { return String(String.UnicodeScalarView(scalars[range])) }
        for marker in ["TODO", "A COMPLETER", "A_COMPLETER", "A-COMPLETER"] {
            if let range = find(Array(marker.unicodeScalars), in: folded, wholeWord: true) {
                return folded.count == scalars.count ? String(String.UnicodeScalarView(scalars[range])) : marker
            }
        }
        return nil
    }

    /// A cheap scan of the bytes that rules out most texts: a placeholder
    /// needs dots, `…`, `todo` or `compl` in any case.
    private static func mayHoldPlaceholder(_ text: String) -> Bool {
        var text = text
        // Native strings are contiguous UTF-8: scan the buffer, not the view.
        return text.withUTF8(mayHoldPlaceholder(utf8:))
    }

    private static func mayHoldPlaceholder(utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        // A value made only of dots or `…` starts with one, after the
        // blanks that `trimmingBlanks` takes off (the no-break space too).
        var start = 0
        while start < utf8.count {
            let byte = utf8[start]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                start += 1
            } else if byte == 0xC2, start + 1 < utf8.count, utf8[start + 1] == 0xA0 {
                start += 2
            } else {
                break
            }
        }
        if start < utf8.count,
           utf8[start] == UInt8(ascii: ".") || (utf8[start] == 0xE2 && matchesEllipsis(utf8, at: start)) {
            return true
        }
        // Any other placeholder holds `..`, `todo` or `mpl` (of `compl`),
        // in any case: sixteen bytes at a time, the blocks that hold none
        // are passed over, and only the few others are read byte by byte.
        // French prose has a `d`, a `p` or a `.` in most blocks of sixteen
        // bytes, and reading each of its bytes took four times as long.
        guard let base = utf8.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        // Setting bit 5 lowercases ASCII letters; other bytes it changes
        // only raise a false alarm, which the byte check then dismisses.
        let lowercase = SIMD16<UInt8>(repeating: 0x20)
        // The block, and the block shifted by one, two and three bytes:
        // lane i of each holds the bytes i, i+1, i+2 and i+3 of a pattern.
        // A lane of a pattern's differences is zero where it starts.
        // Differences, not `.==`: its masks compiled lane by lane, and
        // the scan took ten times as long as reading byte by byte.
        func differences(at block: Int) -> SIMD16<UInt8> {
            let first = raw.loadUnaligned(fromByteOffset: block, as: SIMD16<UInt8>.self)
            let second = raw.loadUnaligned(fromByteOffset: block + 1, as: SIMD16<UInt8>.self)
            let third = raw.loadUnaligned(fromByteOffset: block + 2, as: SIMD16<UInt8>.self) | lowercase
            let fourth = raw.loadUnaligned(fromByteOffset: block + 3, as: SIMD16<UInt8>.self) | lowercase
            let firstLower = first | lowercase, secondLower = second | lowercase
            let dots = (first ^ SIMD16(repeating: UInt8(ascii: "."))) | (second ^ SIMD16(repeating: UInt8(ascii: ".")))
            let todo = (firstLower ^ SIMD16(repeating: UInt8(ascii: "t"))) | (secondLower ^ SIMD16(repeating: UInt8(ascii: "o")))
                | (third ^ SIMD16(repeating: UInt8(ascii: "d"))) | (fourth ^ SIMD16(repeating: UInt8(ascii: "o")))
            let mpl = (firstLower ^ SIMD16(repeating: UInt8(ascii: "m"))) | (secondLower ^ SIMD16(repeating: UInt8(ascii: "p")))
                | (third ^ SIMD16(repeating: UInt8(ascii: "l")))
            return pointwiseMin(pointwiseMin(dots, todo), mpl)
        }
        var block = 0
        // Two blocks at a time, their lanes folded into one before the
        // search for a zero lane, the longest step of a block.
        while block + 32 + 3 <= utf8.count {
            // The byte the check below looks for, in a pattern that starts
            // in these blocks, is at most 33 bytes on: the `d` of `todo`.
            if pointwiseMin(differences(at: block), differences(at: block + 16)).min() == 0,
               holdsPlaceholderByte(utf8, in: block..<min(block + 34, utf8.count)) { return true }
            block += 32
        }
        while block + 16 + 3 <= utf8.count {
            if differences(at: block).min() == 0,
               holdsPlaceholderByte(utf8, in: block..<min(block + 18, utf8.count)) { return true }
            block += 16
        }
        return holdsPlaceholderByte(utf8, in: block..<utf8.count)
    }

    /// Whether a byte in `range` is the `.` of `....`, the `d` of `todo`
    /// or the `p` of `compléter`, in any case.
    private static func holdsPlaceholderByte(_ utf8: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Bool {
        for index in range {
            switch utf8[index] {
            case UInt8(ascii: "."):
                if matches(utf8, at: index, "....") { return true }
            case UInt8(ascii: "d"), UInt8(ascii: "D"):
                if matches(utf8, at: index - 2, "todo") { return true }
            case UInt8(ascii: "p"), UInt8(ascii: "P"):
                // `compl`, an `e` with or without accents, then `t`:
                // `compléter`, not the `complexe` and `complémentaire` of
                // French prose, whose texts the full search then skips.
                if matches(utf8, at: index - 3, "compl"), startsWithET(utf8, at: index + 2) { return true }
            default:
                continue
            }
        }
        return false
    }

    /// Whether `…` (E2 80 A6) stands at `start`. Inside prose it is no
    /// placeholder: only a value made of nothing else is.
    private static func matchesEllipsis(_ utf8: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        start + 2 < utf8.count && utf8[start + 1] == 0x80 && utf8[start + 2] == 0xA6
    }

    /// Whether an `e`, then a `t`, stand at `start`, in any case, the `e`
    /// with any accent: any bytes past ASCII may stand after or for it
    /// (`é`, or `e` and combining marks, which folding drops).
    private static func startsWithET(_ utf8: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        var index = start
        if index < utf8.count, utf8[index] | 0x20 == UInt8(ascii: "e") { index += 1 }
        while index < utf8.count, utf8[index] >= 0x80 { index += 1 }
        return index < utf8.count && utf8[index] | 0x20 == UInt8(ascii: "t")
    }

    /// Whether `pattern`, lowercase ASCII, stands at `start`, in any case.
    private static func matches(_ utf8: UnsafeBufferPointer<UInt8>, at start: Int, _ pattern: StaticString) -> Bool {
        guard start >= 0, start + pattern.utf8CodeUnitCount <= utf8.count else { return false }
        let bytes = UnsafeBufferPointer(start: pattern.utf8Start, count: pattern.utf8CodeUnitCount)
        for (offset, expected) in bytes.enumerated() {
            let byte = utf8[start + offset]
            if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != expected { return false }
        }
        return true
    }

    private static func find(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], wholeWord: Bool) -> Range<Int>? {
        guard needle.count <= haystack.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start..<(start + needle.count)].elementsEqual(needle) {
            let end = start + needle.count
            if wholeWord {
                if start > 0, isWordScalar(haystack[start - 1]) { continue }
                if end < haystack.count, isWordScalar(haystack[end]) { continue }
            }
            return start..<end
        }
        return nil
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }
}
