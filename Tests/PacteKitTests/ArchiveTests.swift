import Foundation
import Testing
@testable import PacteArchive

/// The ZIP writer and its DEFLATE, read back by Python's `zipfile` and
/// `zlib` (CPython's own C zlib), not by a decoder of ours.
@Suite struct ArchiveTests {
    static func python(_ script: String, _ files: [URL]) throws -> CommandResult {
        try CommandRunner.runProgram("/usr/bin/env", ["python3", "-c", script] + files.map(\.path))
    }

    /// Texts that exercise the encoder: nothing, one byte, markup, French
    /// prose, a byte repeated past the window, and noise that does not compress.
    static func samples() -> [[UInt8]] {
        var generator = SplitMix(seed: 2026)
        let noise = (0..<70_000).map { _ in UInt8(generator.next(upTo: 256)) }
        let prose = String(repeating: "Les habitants de Lannévez-sur-Aber plantent des haies bocagères ; « c’hoari » en breton. ", count: 900)
        let markup = (0..<3_000).map { "<text:p text:style-name=\"Corps\">Action n° \($0) — \($0 * 7 % 1000) €</text:p>\n" }.joined()
        return [[], [0x41], Array(markup.utf8), Array(prose.utf8), [UInt8](repeating: 0x20, count: 100_000), noise,
                Array((0..<300).map { UInt8($0 % 7) })]
    }

    @Test func deflateIsReadBackByZlib() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { CommandRunner.remove(directory) }
        var files: [URL] = []
        for (index, sample) in Self.samples().enumerated() {
            let raw = directory.appendingPathComponent("\(index).raw"), compressed = directory.appendingPathComponent("\(index).deflate")
            try Data(sample).write(to: raw)
            try Data(Deflate.compress(sample)).write(to: compressed)
            files += [raw, compressed]
        }
        let result = try Self.python("""
            import sys, zlib
            paths = sys.argv[1:]
            for raw, packed in zip(paths[0::2], paths[1::2]):
                original, data = open(raw, 'rb').read(), open(packed, 'rb').read()
                assert zlib.decompress(data, -15) == original, raw
            print('ok')
            """, files)
        #expect(result.stdout == "ok\n", "\(result.stderr)")
        // Markup and prose compress as they should with fixed codes.
        let markup = Self.samples()[2], prose = Self.samples()[3]
        #expect(Deflate.compress(markup).count * 5 < markup.count)
        #expect(Deflate.compress(prose).count * 20 < prose.count)
    }

    @Test func anArchiveIsReadBackByZipfile() throws {
        var writer = ZIPWriter()
        try writer.add("mimetype", Array("application/vnd.oasis.opendocument.text".utf8), method: .stored)
        let samples = Self.samples()
        for (index, sample) in samples.enumerated() { try writer.add("dossier/entrée-\(index).bin", sample) }
        let archive = try writer.finish()
        #expect(try writer.finish() == archive, "the same entries give the same bytes")
        // ODF: `mimetype` first, stored, its content right after a 38-byte header (offset 30 + 8).
        #expect(Array(archive[30..<38]) == Array("mimetype".utf8))
        #expect(Array(archive[38..<(38 + 39)]) == Array("application/vnd.oasis.opendocument.text".utf8))
        let directory = try CommandRunner.temporaryDirectory()
        defer { CommandRunner.remove(directory) }
        let file = directory.appendingPathComponent("a.zip")
        try Data(archive).write(to: file)
        var originals: [URL] = []
        for (index, sample) in samples.enumerated() {
            let url = directory.appendingPathComponent("\(index).raw")
            try Data(sample).write(to: url)
            originals.append(url)
        }
        let result = try Self.python("""
            import sys, zipfile
            archive = zipfile.ZipFile(sys.argv[1])
            assert archive.testzip() is None
            infos = archive.infolist()
            assert infos[0].filename == 'mimetype' and infos[0].compress_type == zipfile.ZIP_STORED
            for index, raw in enumerate(sys.argv[2:]):
                info = infos[index + 1]
                assert info.filename == 'dossier/entrée-%d.bin' % index, info.filename
                assert not info.flag_bits & 8, 'no data descriptor'
                assert archive.read(info) == open(raw, 'rb').read()
            print(len(infos), infos[1].date_time, infos[6].compress_type)
            """, [file] + originals)
        // Noise does not compress, so it is stored.
        #expect(result.stdout == "8 (1980, 1, 1, 0, 0, 0) 0\n", "\(result.stderr)")
    }

    @Test func whatZIP64WouldNeedIsRefused() {
        var writer = ZIPWriter()
        #expect(throws: ZIPError.invalidName("")) { try writer.add("", []) }
        for index in 0..<Int(UInt16.max) { try? writer.add("f\(index)", []) }
        #expect(throws: ZIPError.tooManyEntries) { try writer.add("one-too-many", []) }
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
    }
}
