#!/usr/bin/python3
"""Checks the layout rules of bin/egov-report's charts in a page (or the DOM
a browser made of it) and prints TAP lines ("ok - ..." / "not ok - ...").

    check_layout.py FILE

- Labels never drawn over data: in every chart, no text of class "label"
  meets a data mark (class "mark": rect, circle, line, polyline, path, or a
  marker placed with translate()).  A text's box is estimated from its font
  size (0.62 em a character, 1 em high), which overestimates DejaVu Sans.
- A time axis in years: in every chart with edition labels (class "year")
  the labels' x is a linear function of the year (within 0.2 px), and no two
  of them overlap.
"""
import re
import sys
import xml.etree.ElementTree as ET
from tap_lines import check, results, local


def classes(el):
    return (el.get("class") or "").split()


def text_box(el):
    size = float(el.get("font-size") or 12)
    text = "".join(el.itertext()).strip()
    w = 0.62 * size * len(text)
    x, y = float(el.get("x")), float(el.get("y"))
    anchor = el.get("text-anchor") or "start"
    x0 = x - w / 2 if anchor == "middle" else x - w if anchor == "end" else x
    return (x0, y - 0.8 * size, x0 + w, y + 0.2 * size), text


def numbers(s):
    return [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", s)]


def mark_shapes(el):
    """A mark as boxes and segments."""
    tag = local(el.tag)
    boxes, segments = [], []
    m = re.match(r"translate\(([-\d.]+)[ ,]+([-\d.]+)\)", el.get("transform") or "")
    if m:
        x, y = float(m.group(1)), float(m.group(2))
        boxes.append((x - 5, y - 5, x + 5, y + 5))
    elif tag == "rect":
        x, y = float(el.get("x")), float(el.get("y"))
        boxes.append((x, y, x + float(el.get("width")), y + float(el.get("height"))))
    elif tag == "circle":
        x, y, r = float(el.get("cx")), float(el.get("cy")), float(el.get("r"))
        boxes.append((x - r, y - r, x + r, y + r))
    elif tag == "line":
        segments.append(tuple(float(el.get(a)) for a in ("x1", "y1", "x2", "y2")))
    elif tag in ("polyline", "path"):
        if tag == "polyline":
            runs = [numbers(el.get("points"))]
        else:   # M x,y L x,y ...: a new run at each M
            runs = [numbers(part) for part in re.split(r"M", el.get("d")) if part.strip()]
        for v in runs:
            pts = list(zip(v[0::2], v[1::2]))
            segments += [(a[0], a[1], b[0], b[1]) for a, b in zip(pts, pts[1:])]
            boxes += [(x - 1, y - 1, x + 1, y + 1) for x, y in pts]
    return boxes, segments


def overlaps(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def segment_meets(seg, box):
    x1, y1, x2, y2 = seg
    steps = int(max(abs(x2 - x1), abs(y2 - y1))) + 1
    for i in range(steps + 1):
        t = i / steps
        x, y = x1 + t * (x2 - x1), y1 + t * (y2 - y1)
        if box[0] <= x <= box[2] and box[1] <= y <= box[3]:
            return True
    return False


def main():
    raw = open(sys.argv[1], encoding="utf-8").read()
    svgs = re.findall(r"<svg\b.*?</svg>", raw, re.S)
    for n, svg in enumerate(svgs, 1):
        root = ET.fromstring(svg)
        name = root.get("aria-label") or f"chart {n}"
        labels = [text_box(el) for el in root.iter() if local(el.tag) == "text"
                  and "label" in classes(el)]
        marks = [mark_shapes(el) for el in root.iter() if "mark" in classes(el)]
        if labels:
            clashes = []
            for box, text in labels:
                for boxes, segments in marks:
                    if any(overlaps(box, b) for b in boxes) or \
                            any(segment_meets(s, box) for s in segments):
                        clashes.append(f"{text!r} at {box}")
                        break
            check(not clashes and marks,
                  f"{name}: {len(labels)} labels clear of {len(marks)} data marks", "\n".join(clashes))
        years = [(int("".join(el.itertext()).strip()), float(el.get("x")), text_box(el)[0])
                 for el in root.iter() if local(el.tag) == "text" and "year" in classes(el)]
        if len(years) >= 2:
            years.sort()
            (y0, x0, _), (y1, x1, _) = years[0], years[-1]
            slope = (x1 - x0) / (y1 - y0)
            off = [f"{y}: x {x}, want {x0 + slope * (y - y0):.1f}" for y, x, _ in years
                   if abs(x - (x0 + slope * (y - y0))) > 0.2]
            check(not off, f"{name}: the {len(years)} editions placed in proportion to their years "
                           f"({slope:.1f} px a year)", "\n".join(off))
            clash = [f"{a[0]} and {b[0]}" for i, a in enumerate(years) for b in years[i + 1:]
                     if overlaps(a[2], b[2])]
            check(not clash, f"{name}: edition labels do not overlap", "\n".join(clash))
    return 0 if all(results) and results else 1


if __name__ == "__main__":
    sys.exit(main())
