"""Regenerate NotoSansSC-GB2312.otf: Noto Sans CJK SC Regular cut to the
characters charts can show (ASCII, Latin-1 punctuation, CJK punctuation,
full-width forms, and all 6,763 hanzi of GB 2312).

Usage (needs fonttools; the source is Debian's fonts-noto-cjk package):
    apt-get download fonts-noto-cjk && dpkg-deb -x fonts-noto-cjk_*.deb x
    python make_subset.py x/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
"""
import sys
from fontTools import subset
from fontTools.ttLib import TTCollection

SC_INDEX = 2  # Noto Sans CJK SC inside NotoSansCJK-Regular.ttc


def gb2312_chars():
    for hi in range(0xB0, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                yield bytes([hi, lo]).decode("gb2312")
            except UnicodeDecodeError:
                pass


def main(src, out="NotoSansSC-GB2312.otf"):
    font = TTCollection(src).fonts[SC_INDEX]
    chars = {chr(c) for c in range(0x20, 0x7F)}
    chars |= {chr(c) for c in range(0xA0, 0x100)}
    chars |= {chr(c) for c in range(0x3000, 0x3040)}  # CJK punctuation
    chars |= {chr(c) for c in range(0xFF00, 0xFFF0)}  # full-width forms
    chars |= set("—–‘’“”…·×÷≤≥±‰%")
    chars |= set(gb2312_chars())
    opts = subset.Options()
    opts.layout_features = []
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.hinting = False
    opts.desubroutinize = False
    s = subset.Subsetter(opts)
    s.populate(text="".join(sorted(chars)))
    s.subset(font)
    font.save(out)
    print(out, len(chars), "characters")


if __name__ == "__main__":
    main(*sys.argv[1:])
