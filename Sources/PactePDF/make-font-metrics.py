#!/usr/bin/env python3
"""Writes FontMetrics.swift from Adobe's core-14 AFM files.

The PDF backend measures text with the real glyph widths of the standard
fonts, so that lines wrap where a viewer will draw them. The widths come
from Adobe's AFM files for the 14 PDF core fonts, which Debian ships in
`python-matplotlib-data` (`apt-get install python-matplotlib-data`):

    python3 Sources/PacteKit/Backends/PDF/make-font-metrics.py \
        [/usr/share/matplotlib/mpl-data/fonts/pdfcorefonts]

The script keeps, for each font the backend uses, the advance width of each
WinAnsiEncoding code plus the ascender, descender and cap height, and
copies Adobe's copyright notices and permission paragraph into the
generated file, as that permission asks. Run it again only if the font
list changes; the output is deterministic.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUTPUT = os.path.join(HERE, "FontMetrics.swift")
DEFAULT_DIRECTORY = "/usr/share/matplotlib/mpl-data/fonts/pdfcorefonts"

# The fonts the backend uses, as (Swift name, PostScript FontName).
FONTS = [
    ("helvetica", "Helvetica"),
    ("helveticaBold", "Helvetica-Bold"),
    ("helveticaOblique", "Helvetica-Oblique"),
    ("helveticaBoldOblique", "Helvetica-BoldOblique"),
    ("timesRoman", "Times-Roman"),
    ("timesBold", "Times-Bold"),
    ("timesItalic", "Times-Italic"),
    ("timesBoldItalic", "Times-BoldItalic"),
]

# Adobe's permission paragraph for the core-14 AFM files (it travels with
# the files as their licence and must not be modified).
PERMISSION = """\
This file and the 14 PostScript(R) AFM files it accompanies may be used, copied,
and distributed for any purpose and without charge, with or without modification,
provided that all copyright notices are retained; that the AFM files are not
distributed without this file; that all modifications to this file or any of
the AFM files are prominently noted in the modified file(s); and that this
paragraph is not modified. Adobe Systems has no responsibility or obligation
to support the use of the AFM files."""

# WinAnsiEncoding (PDF 1.7, annex D.2): the glyph name of each code, None
# where the code has no glyph.
WIN_ANSI = [None] * 256
ASCII_NAMES = (
    "space exclam quotedbl numbersign dollar percent ampersand quotesingle "
    "parenleft parenright asterisk plus comma hyphen period slash "
    "zero one two three four five six seven eight nine colon semicolon "
    "less equal greater question at A B C D E F G H I J K L M N O P Q R S T "
    "U V W X Y Z bracketleft backslash bracketright asciicircum underscore "
    "grave a b c d e f g h i j k l m n o p q r s t u v w x y z braceleft bar "
    "braceright asciitilde"
).split()
for offset, name in enumerate(ASCII_NAMES):
    WIN_ANSI[0x20 + offset] = name
for code, name in {
    0x80: "Euro", 0x82: "quotesinglbase", 0x83: "florin", 0x84: "quotedblbase",
    0x85: "ellipsis", 0x86: "dagger", 0x87: "daggerdbl", 0x88: "circumflex",
    0x89: "perthousand", 0x8A: "Scaron", 0x8B: "guilsinglleft", 0x8C: "OE",
    0x8E: "Zcaron", 0x91: "quoteleft", 0x92: "quoteright", 0x93: "quotedblleft",
    0x94: "quotedblright", 0x95: "bullet", 0x96: "endash", 0x97: "emdash",
    0x98: "tilde", 0x99: "trademark", 0x9A: "scaron", 0x9B: "guilsinglright",
    0x9C: "oe", 0x9E: "zcaron", 0x9F: "Ydieresis",
}.items():
    WIN_ANSI[code] = name
LATIN1_NAMES = (
    "space exclamdown cent sterling currency yen brokenbar section dieresis "
    "copyright ordfeminine guillemotleft logicalnot hyphen registered macron "
    "degree plusminus twosuperior threesuperior acute mu paragraph "
    "periodcentered cedilla onesuperior ordmasculine guillemotright "
    "onequarter onehalf threequarters questiondown "
    "Agrave Aacute Acircumflex Atilde Adieresis Aring AE Ccedilla Egrave "
    "Eacute Ecircumflex Edieresis Igrave Iacute Icircumflex Idieresis Eth "
    "Ntilde Ograve Oacute Ocircumflex Otilde Odieresis multiply Oslash "
    "Ugrave Uacute Ucircumflex Udieresis Yacute Thorn germandbls "
    "agrave aacute acircumflex atilde adieresis aring ae ccedilla egrave "
    "eacute ecircumflex edieresis igrave iacute icircumflex idieresis eth "
    "ntilde ograve oacute ocircumflex otilde odieresis divide oslash "
    "ugrave uacute ucircumflex udieresis yacute thorn ydieresis"
).split()
# 0xA0 is the no-break space and 0xAD the soft hyphen: PDF draws them with
# the `space` and `hyphen` glyphs.
for offset, name in enumerate(LATIN1_NAMES):
    WIN_ANSI[0xA0 + offset] = name
assert len(LATIN1_NAMES) == 96


def read_afm(path):
    header = {}
    widths = {}
    notices = []
    in_metrics = False
    with open(path, encoding="latin-1") as afm:
        for raw in afm:
            line = raw.rstrip("\r\n")
            if line.startswith("StartCharMetrics"):
                in_metrics = True
                continue
            if line.startswith("EndCharMetrics"):
                in_metrics = False
                continue
            if in_metrics:
                fields = {}
                for part in line.split(";"):
                    words = part.split()
                    if len(words) >= 2:
                        fields[words[0]] = words[1]
                if "N" in fields and "WX" in fields:
                    widths[fields["N"]] = int(fields["WX"])
                continue
            key, _, value = line.partition(" ")
            if key in ("Comment", "Notice") and "Copyright" in value:
                notices.append(value.strip())
            elif key in ("FontName", "Ascender", "Descender", "CapHeight", "XHeight"):
                header[key] = value.strip()
    return header, widths, notices


def main():
    directory = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_DIRECTORY
    files = {}
    for name in sorted(os.listdir(directory)):
        if name.lower().endswith(".afm"):
            header, widths, notices = read_afm(os.path.join(directory, name))
            files[header.get("FontName")] = (name, header, widths, notices)

    all_notices = []
    entries = []
    for swift_name, font_name in FONTS:
        if font_name not in files:
            sys.exit(f"no AFM file with FontName {font_name} in {directory}")
        file_name, header, widths, notices = files[font_name]
        for notice in notices:
            if notice not in all_notices:
                all_notices.append(notice)
        table = []
        for code in range(256):
            glyph = WIN_ANSI[code]
            if glyph is None:
                table.append(0)
            elif glyph not in widths:
                sys.exit(f"{file_name}: no glyph {glyph} for code {code:#04x}")
            else:
                table.append(widths[glyph])
        rows = []
        for start in range(0, 256, 16):
            rows.append("            " + ", ".join(str(w) for w in table[start:start + 16]) + ",")
        entries.append(
            f"    /// {font_name}, from `{file_name}`.\n"
            f"    static let {swift_name} = FontMetrics(\n"
            f"        baseFont: \"{font_name}\",\n"
            f"        ascender: {int(header['Ascender'])}, descender: {int(header['Descender'])}, "
            f"capHeight: {int(header['CapHeight'])},\n"
            f"        widths: [\n" + "\n".join(rows) + "\n        ])\n")

    lines = []
    lines.append("// FontMetrics.swift — GENERATED by make-font-metrics.py; do not edit.")
    lines.append("//")
    lines.append("// Derived from Adobe's AFM files for the 14 PDF core fonts: this file keeps")
    lines.append("// only the advance widths of the WinAnsiEncoding codes and a few vertical")
    lines.append("// metrics (a modification of the AFM files, noted here as the permission")
    lines.append("// below asks). The copyright notices of the AFM files used:")
    lines.append("//")
    for notice in all_notices:
        lines.append("//   " + notice)
    lines.append("//")
    lines.append("// Adobe's permission notice, unmodified:")
    lines.append("//")
    for line in PERMISSION.splitlines():
        lines.append("//   " + line)
    lines.append("")
    lines.append("/// The metrics of one standard font: widths in thousandths of an em,")
    lines.append("/// indexed by WinAnsiEncoding code (0 where the code has no glyph).")
    lines.append("struct FontMetrics: Sendable {")
    lines.append("    /// The PostScript name, as `/BaseFont`.")
    lines.append("    let baseFont: String")
    lines.append("    /// Height above the baseline, in thousandths of an em.")
    lines.append("    let ascender: Int")
    lines.append("    /// Depth below the baseline (negative), in thousandths of an em.")
    lines.append("    let descender: Int")
    lines.append("    /// Height of capital letters, in thousandths of an em.")
    lines.append("    let capHeight: Int")
    lines.append("    /// Advance width of each WinAnsi code, in thousandths of an em.")
    lines.append("    let widths: [Int]")
    lines.append("")
    lines.append("\n".join(entries).rstrip("\n"))
    lines.append("}")
    with open(OUTPUT, "w", encoding="utf-8", newline="\n") as out:
        out.write("\n".join(lines) + "\n")
    print(f"wrote {OUTPUT}")


if __name__ == "__main__":
    main()
