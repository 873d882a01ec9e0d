#!/usr/bin/python3
"""Checks a browser's screenshot of a bin/egov-report page: the expected
size, not blank (many colours, a good part not white) and the charts drawn
(enough pixels of the fills and strokes the page uses: the Okabe-Ito
palette).  Prints TAP lines.

    check_png.py FILE WIDTH HEIGHT
"""
import sys

from PIL import Image

# colour: (what, at least this many pixels of exactly this colour)
CHART_COLOURS = {
    (0x00, 0x72, 0xb2): ("Very High bars and map, OSI bars, Europe line", 20000),
    (0x56, 0xb4, 0xe9): ("High bars and map", 15000),
    (0xe6, 0x9f, 0x00): ("Middle bars and map, TII bars, Africa line", 15000),
    (0xd5, 0x5e, 0x00): ("Low bars and map, Oceania line", 1500),
    (0x00, 0x9e, 0x73): ("HCI bars and Asia line", 3000),
    (0xcc, 0x79, 0xa7): ("Americas line", 300),
    (0xe0, 0xe0, 0xe0): ("map: not in the survey", 1000),
}

results = []


def check(ok, what, detail=None):
    results.append(ok)
    print(("ok - " if ok else "not ok - ") + what + ("" if ok or detail is None else f" (got {detail})"))


def main():
    path, width, height = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    im = Image.open(path).convert("RGB")
    check(im.size == (width, height), f"screenshot is {width}x{height}", im.size)
    counts = im.getcolors(maxcolors=1 << 24)
    by_colour = {c: n for n, c in counts}
    total = width * height
    check(len(counts) >= 200, "screenshot has at least 200 distinct colours", len(counts))
    white = by_colour.get((255, 255, 255), 0)
    check(white / total <= 0.95, "at least 5 % of the screenshot is not white",
          f"{100 * (1 - white / total):.1f} %")
    for colour, (what, least) in CHART_COLOURS.items():
        n = by_colour.get(colour, 0)
        check(n >= least, f"{what} drawn (#{'%02x%02x%02x' % colour}: {least}+ pixels)", n)
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
