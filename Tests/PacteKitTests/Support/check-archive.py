"""Checks the archive properties of a PDF that pacte wrote, with pikepdf.

Used by the PDF tests: `python3 check-archive.py FILE.pdf SIGNATORIES`
(the signatories' ids, comma-separated). No PDF/A validator is packaged
for Debian or PyPI (veraPDF is neither), so this checks, object by object,
the PDF/A-2u and tagged-PDF rules a pacte's file can break: version,
XMP (PDF/A-2u identification, title, description, keywords, producer and
creation date in step with the Info dictionary), the sRGB output intent
and its ICC profile, /MarkInfo, /Lang, the structure tree and the parent
tree against every page's marked content, every font embedded as a
subset with a ToUnicode map, no use of glyph 0 (.notdef), every
annotation printable with an appearance, one /Sig field per signatory
lying on a box of at least 45 x 30 mm. Prints each failure; exit 1 if any.
"""
import re
import sys

import pikepdf

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def main():
    path, signatories = sys.argv[1], [s for s in sys.argv[2].split(",") if s] if len(sys.argv) > 2 else []
    pdf = pikepdf.open(path)
    root = pdf.Root
    check(pdf.pdf_version == "1.7", f"version {pdf.pdf_version}, not 1.7")
    check(bool(pdf.trailer.get("/ID")), "no /ID in the trailer")

    # XMP and Info in step.
    meta = pdf.open_metadata()
    info = pdf.docinfo
    check(meta.get("pdfaid:part") == "2", f"pdfaid:part {meta.get('pdfaid:part')}")
    check(meta.get("pdfaid:conformance") == "U", f"pdfaid:conformance {meta.get('pdfaid:conformance')}")
    check(meta.get("dc:title") == str(info.get("/Title")), "dc:title differs from /Title")
    check(meta.get("dc:description") == str(info.get("/Subject")), "dc:description differs from /Subject")
    check(meta.get("pdf:Keywords") == str(info.get("/Keywords")), "pdf:Keywords differs from /Keywords")
    check(meta.get("pdf:Producer") == str(info.get("/Producer")), "pdf:Producer differs from /Producer")
    check(meta.get("xmp:CreatorTool") == str(info.get("/Creator")), "xmp:CreatorTool differs from /Creator")
    if "/CreationDate" in info:
        digits = re.sub(r"\D", "", str(info["/CreationDate"]))
        check(re.sub(r"\D", "", str(meta.get("xmp:CreateDate", ""))) == digits, "xmp:CreateDate differs from /CreationDate")
    raw = root.Metadata.read_bytes()
    check(raw.startswith(b"<?xpacket begin=") and b"W5M0MpCehiHzreSzNTczkc9d" in raw, "no XMP packet header")
    check("/Filter" not in root.Metadata, "the metadata stream is compressed")

    # Output intent.
    intents = root.get("/OutputIntents", [])
    check(len(intents) == 1 and intents[0].S == "/GTS_PDFA1", "no GTS_PDFA1 output intent")
    if intents:
        profile = intents[0].DestOutputProfile
        icc = profile.read_bytes()
        check(int(profile.N) == 3, "the output profile is not RGB")
        check(icc[36:40] == b"acsp" and icc[12:20] == b"mntrRGB " and len(icc) == int.from_bytes(icc[0:4], "big"),
              "the ICC profile's header is wrong")
        check(icc[8] in (2, 4), "ICC profile version not 2 or 4")

    # Tagged PDF.
    check(bool(root.get("/MarkInfo")) and bool(root.MarkInfo.get("/Marked")), "not /Marked")
    check(str(root.get("/Lang", "")) in ("fr", "en"), "no /Lang")
    check(bool(root.get("/ViewerPreferences")) and bool(root.ViewerPreferences.get("/DisplayDocTitle")), "no DisplayDocTitle")
    tree = root.get("/StructTreeRoot")
    check(tree is not None, "no structure tree")
    roles = set()

    def walk(element, depth=0):
        if depth > 200 or not isinstance(element, pikepdf.Dictionary):
            return
        if "/S" in element:
            roles.add(str(element.S))
        kids = element.get("/K")
        if kids is None:
            return
        for kid in (kids if isinstance(kids, pikepdf.Array) else [kids]):
            if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") not in ("/MCR", "/OBJR"):
                walk(kid, depth + 1)

    if tree is not None:
        walk(tree)
        for role in ("/Document", "/H1", "/H2", "/P", "/Table", "/TR", "/TH", "/TD", "/L", "/LI"):
            check(role in roles, f"no {role} in the structure tree")
        if signatories:
            check("/Form" in roles, "no /Form element for the signature fields")
        parents = dict()
        nums = tree.ParentTree.Nums
        for index in range(0, len(nums), 2):
            parents[int(nums[index])] = nums[index + 1]

    # Pages: fonts, marked content against the parent tree, annotations.
    for number, page in enumerate(pdf.pages, 1):
        key = int(page.obj.get("/StructParents", -1))
        check(key in parents, f"page {number}: no parent tree entry")
        mcids = []
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op == "BDC" and isinstance(operands[1], pikepdf.Dictionary) and "/MCID" in operands[1]:
                mcids.append(int(operands[1].MCID))
            if op in ("Tj", "TJ"):
                strings = operands[0] if op == "TJ" else [operands[0]]
                for item in strings:
                    if isinstance(item, pikepdf.String):
                        data = bytes(item)
                        for i in range(0, len(data) - 1, 2):
                            check(data[i:i + 2] != b"\x00\x00", f"page {number}: glyph 0 (.notdef) drawn")
        check(mcids == list(range(len(mcids))), f"page {number}: MCIDs not 0, 1, 2…")
        if key in parents:
            check(len(parents[key]) == len(mcids), f"page {number}: {len(mcids)} MCIDs, {len(parents[key])} in the parent tree")
        for annotation in page.get("/Annots", []):
            check(int(annotation.get("/F", 0)) & 4 == 4, f"page {number}: an annotation is not printable")
            check("/AP" in annotation and "/N" in annotation.AP, f"page {number}: an annotation has no appearance")
            check("/StructParent" in annotation, f"page {number}: an annotation is not in the structure tree")
    for font in pdf.pages[0].Resources.Font.values():
        name = str(font.BaseFont)
        check(re.match(r"^/[A-Z]{6}\+", name) is not None, f"{name}: not a subset name")
        check("/ToUnicode" in font, f"{name}: no ToUnicode")
        descendant = font.DescendantFonts[0]
        check("/FontFile2" in descendant.FontDescriptor, f"{name}: not embedded")

    # Signature fields.
    fields = root.get("/AcroForm", {}).get("/Fields", [])
    names = [str(field.T) for field in fields]
    check(names == signatories, f"signature fields {names}, signatories {signatories}")
    check("/NeedAppearances" not in root.get("/AcroForm", {}), "NeedAppearances is set")
    for field in fields:
        check(field.FT == "/Sig", f"{field.T}: not a signature field")
        x1, y1, x2, y2 = [float(v) for v in field.Rect]
        check(x2 - x1 >= 127.5 and y2 - y1 >= 85.0, f"{field.T}: {x2 - x1:.1f} x {y2 - y1:.1f} pt, under 45 x 30 mm")

    for failure in failures:
        print(failure)
    print(f"{len(pdf.pages)} pages, {len(fields)} signature fields, roles: {' '.join(sorted(roles))}")
    return 1 if failures else 0


sys.exit(main())
