import Foundation
import Testing
@testable import PacteCore
@testable import PacteSyntax
@testable import PacteSchema
@testable import PacteSemantics
@testable import PacteDriver
@testable import PacteDocument
@testable import PacteJSON
@testable import PacteHTML
@testable import PacteMarkdown
@testable import PactePDF
@testable import PacteFormat
@testable import PacteDiff
@testable import PacteKit


/// The HTML on a phone: in a headless Chromium (Debian's `chromium`, which
/// `.ci/run` installs; without it this test fails, it never skips), each
/// example is laid out in a frame 360 CSS pixels wide and must not be wider
/// than its frame: tables reflow into one block per row under 480 px.
@Suite struct HTMLNarrowScreenTests {
    @Test("no example scrolls sideways on a 360 px screen, and its charts read there", arguments: Golden.examples())
    func fitsANarrowScreen(_ name: String) throws {
        let compilation = Compilation(source: try Golden.source("Examples/\(name)"))
        let html = HTMLBackend.render(DocumentBuilder.build(compilation.pacte))
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pacte-narrow-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data(html.utf8).write(to: directory.appendingPathComponent("pacte.html"))
        // A frame gives the page a 360 px viewport, narrower than a headless window may be.
        let frame = """
        <!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0">
        <iframe id="f" src="pacte.html" style="width:360px;height:800px;border:0"></iframe>
        <script>
        document.getElementById('f').addEventListener('load', function () {
          var page = this.contentDocument.documentElement;
          // The charts' words as drawn: the smallest line of text, in pixels, of the pictures shown.
          var words = Array.prototype.filter.call(page.querySelectorAll('figure.chart svg text'),
                                                  function (t) { return t.getClientRects().length > 0; });
          var smallest = words.reduce(function (m, t) { return Math.min(m, t.getBoundingClientRect().height); }, 999);
          var shown = Array.prototype.filter.call(page.querySelectorAll('figure.chart svg'),
                                                  function (s) { return s.getClientRects().length > 0; }).length;
          document.title = 'scroll=' + page.scrollWidth + ' client=' + page.clientWidth +
            ' charts=' + page.querySelectorAll('figure.chart').length + ' shown=' + shown + ' text=' + Math.floor(smallest);
        });
        </script></body></html>
        """
        try Data(frame.utf8).write(to: directory.appendingPathComponent("frame.html"))
        let result = try Tool.run("chromium", [
            "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files", "--virtual-time-budget=10000",
            "--user-data-dir=" + directory.appendingPathComponent("profile").path,
            "--dump-dom", directory.appendingPathComponent("frame.html").absoluteString,
        ])
        guard let title = result.output.range(of: #"scroll=(\d+) client=(\d+) charts=(\d+) shown=(\d+) text=(\d+)"#,
                                              options: .regularExpression) else {
            Issue.record("\(name): Chromium measured nothing: \(result.error.suffix(500))")
            return
        }
        let numbers = result.output[title].split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        #expect(numbers.count == 5 && numbers[0] <= numbers[1], "\(name): the page is \(numbers[0]) px wide in a \(numbers[1]) px screen")
        guard numbers.count == 5 else { return }
        // One picture per chart, laid out for the phone, whose labels read without zooming.
        #expect(numbers[2] >= 1 && numbers[3] == numbers[2], "\(name): \(numbers[3]) pictures shown for \(numbers[2]) charts")
        #expect(numbers[4] >= 9, "\(name): the charts' smallest text is \(numbers[4]) px high")
    }
}
