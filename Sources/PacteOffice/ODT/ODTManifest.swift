/// `META-INF/manifest.xml` of the ODT package: the package's media type
/// and version, and each part it holds (the charts' SVG pictures included).
enum ODTManifest {
    static func write(parts: [String], pictures: [String] = []) -> [UInt8] {
        var xml = XMLWriter()
        xml.start("manifest:manifest", [ODTNamespaces.manifest, ("manifest:version", "1.3")])
        xml.newline()
        xml.empty("manifest:file-entry", [
            ("manifest:full-path", "/"), ("manifest:version", "1.3"), ("manifest:media-type", ODTBackend.mediaType),
        ])
        for part in parts {
            xml.newline()
            xml.empty("manifest:file-entry", [("manifest:full-path", part), ("manifest:media-type", "text/xml")])
        }
        for picture in pictures {
            xml.newline()
            xml.empty("manifest:file-entry", [("manifest:full-path", picture), ("manifest:media-type", "image/svg+xml")])
        }
        xml.newline()
        xml.end()
        return xml.finish()
    }
}
