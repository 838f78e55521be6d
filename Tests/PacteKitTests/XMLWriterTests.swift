import Foundation
import Testing
@testable import PacteOffice

/// Hostile titles through the XML writer, parsed back by expat (CPython's
/// XML parser): the file stays well-formed and the text comes back.
@Suite struct XMLWriterTests {
    static let hostile = [
        "Pacte <b>gras</b> & « Co-construction »",
        "fin de section ]]> et <![CDATA[ ouverte",
        "guillemets \" et apostrophe ' dans un attribut",
        "contrôles \u{0}\u{1}\u{8}\u{B}\u{C}\u{1B}[2J\u{1F} et \u{FFFE}",
        "bidi \u{202E}renversé\u{202C} \u{2066}isolé\u{2069}",
        "tab\tligne\nretour\r fin",
        "Ŵ œ ’ 𝄞 Kenavo c’hoari",
    ]

    @Test func hostileStringsKeepTheFileWellFormed() throws {
        var writer = XMLWriter()
        writer.start("document", [("xmlns", "urn:pacte:test")])
        for title in Self.hostile {
            writer.element("titre", [("texte", title)], text: title)
        }
        let bytes = writer.finish()
        let directory = try CommandRunner.temporaryDirectory()
        defer { CommandRunner.remove(directory) }
        let file = directory.appendingPathComponent("hostile.xml")
        try Data(bytes).write(to: file)
        let result = try CommandRunner.runProgram("/usr/bin/env", ["python3", "-c", """
            import sys, json, xml.dom.minidom
            document = xml.dom.minidom.parse(sys.argv[1])
            out = []
            for node in document.getElementsByTagName('titre'):
                text = ''.join(child.data for child in node.childNodes)
                out.append([node.getAttribute('texte'), text])
            print(json.dumps(out))
            """, file.path])
        #expect(result.status == 0, "\(result.stderr)")
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String]])
        #expect(parsed.count == Self.hostile.count)
        for (title, pair) in zip(Self.hostile, parsed) {
            // What XML 1.0 cannot hold comes back as U+FFFD; all else as written.
            let expected = String(String.UnicodeScalarView(title.unicodeScalars.map {
                ($0.value < 0x20 && ![0x09, 0x0A, 0x0D].contains($0.value)) || $0.value == 0xFFFE ? "\u{FFFD}" : $0
            }))
            #expect(pair[0] == expected, "attribute of \(title)")
            #expect(pair[1] == expected, "text of \(title)")
        }
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!text.contains("]]>"))
        #expect(text.contains("&#x202E;"))
    }

    @Test func plainStringsAreWrittenAsThey() {
        #expect(XMLWriter.escaped("Lannévez-sur-Aber", inAttribute: true) == "Lannévez-sur-Aber")
        #expect(XMLWriter.escaped("a < b & c", inAttribute: false) == "a &lt; b &amp; c")
    }
}
