#!/usr/bin/python3
"""Country shapes for bin/egov-report's world map, from Natural Earth.

Reads the text extract.R writes from Natural Earth's 1:50m admin-0 countries
and tiny countries (public domain; Debian's r-cran-rnaturalearthdata), and
writes countries.tsv: one line per ISO3 code, "ISO3 <tab> Natural Earth's
name <tab> SVG path data",
in the Equal Earth projection, in a frame 860 wide (MAP_HEIGHT high),
simplified (Douglas-Peucker, 0.35 px) and rounded to 0.1 px.  Antarctica is
left out.  A country too small to see at that scale (or known only as a
tiny country's point) also gets a dot of radius 2.6 px at its place, in the
same path, so that every country has a visible fill.

    Rscript data/naturalearth/extract.R > /tmp/ne50.txt
    /usr/bin/python3 data/naturalearth/convert.py /tmp/ne50.txt > data/naturalearth/countries.tsv
"""
import math
import sys

WIDTH = 860.0
TOLERANCE = 0.35        # px, Douglas-Peucker
MIN_RING = 0.8          # px, rings whose box is smaller in both directions go
DOT_BELOW = 4.0         # px, countries smaller than this get a dot
DOT_RADIUS = 2.6

A1, A2, A3, A4 = 1.340264, -0.081106, 0.000893, 0.003796
M = math.sqrt(3) / 2


def equal_earth(lon, lat):
    """Šavrič, Patterson, Jenny (2018), on the unit sphere."""
    lam, phi = math.radians(lon), math.radians(lat)
    t = math.asin(M * math.sin(phi))
    t2, t6 = t * t, t ** 6
    x = lam * math.cos(t) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)))
    y = t * (A1 + A2 * t2 + t6 * (A3 + A4 * t2))
    return x, y


# the frame: x from -pi .. pi at the equator edge; y from the north pole to
# 60 S (Antarctica is left out, so the south is cut there)
X_MAX = equal_earth(180, 0)[0]
Y_TOP = equal_earth(0, 90)[1]
Y_BOTTOM = equal_earth(0, -60)[1]
SCALE = WIDTH / (2 * X_MAX)
MAP_HEIGHT = round((Y_TOP - Y_BOTTOM) * SCALE, 1)


def to_px(lon, lat):
    x, y = equal_earth(lon, lat)
    return (x + X_MAX) * SCALE, (Y_TOP - y) * SCALE


def simplify(points, tol):
    """Douglas-Peucker on a closed ring (first point kept), iterative."""
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        ax, ay = points[a]
        bx, by = points[b]
        dx, dy = bx - ax, by - ay
        norm = math.hypot(dx, dy)
        best, idx = -1.0, None
        for i in range(a + 1, b):
            px, py = points[i]
            d = (abs(dy * (px - ax) - dx * (py - ay)) / norm if norm > 0
                 else math.hypot(px - ax, py - ay))
            if d > best:
                best, idx = d, i
        if idx is not None and best > tol:
            keep[idx] = True
            stack += [(a, idx), (idx, b)]
    return [p for p, k in zip(points, keep) if k]


def fmt(v):
    s = f"{v:.1f}"
    return s[:-2] if s.endswith(".0") else s


def main():
    names = {}      # iso3 -> Natural Earth's name (the first seen)
    rings = {}      # iso3 -> [(hole, [(x, y)...])]
    points = {}     # iso3 -> (x, y)
    for line in open(sys.argv[1], encoding="utf-8"):
        iso3, name, kind, coords = line.rstrip("\n").split("\t")
        if iso3 == "ATA" or not iso3.isalpha():
            continue
        names.setdefault(iso3, name)
        pts = [to_px(*map(float, c.split(","))) for c in coords.split()]
        if kind == "P":
            points[iso3] = pts[0]
        else:
            rings.setdefault(iso3, []).append((kind == "1", pts))
    print(f"# map {WIDTH:g} x {MAP_HEIGHT:g}", file=sys.stderr)
    for iso3 in sorted(set(rings) | set(points)):
        parts = []
        xs, ys = [], []
        biggest = None
        for hole, pts in rings.get(iso3, []):
            bx = max(p[0] for p in pts) - min(p[0] for p in pts)
            by = max(p[1] for p in pts) - min(p[1] for p in pts)
            if biggest is None or bx * by > biggest[0]:
                biggest = (bx * by, pts)
            if bx < MIN_RING and by < MIN_RING:
                continue
            s = simplify(pts, TOLERANCE)
            if len(s) < 4:
                continue
            xs += [p[0] for p in s]
            ys += [p[1] for p in s]
            parts.append("M" + " ".join(f"{fmt(x)},{fmt(y)}" for x, y in s[:-1]) + "Z")
        small = not xs or max(max(xs) - min(xs), max(ys) - min(ys)) < DOT_BELOW
        if small:
            if iso3 in points:
                cx, cy = points[iso3]
            else:
                pts = biggest[1]
                cx = sum(p[0] for p in pts) / len(pts)
                cy = sum(p[1] for p in pts) / len(pts)
            r = DOT_RADIUS
            parts.append(f"M{fmt(cx - r)},{fmt(cy)}a{r},{r} 0 1,0 {2 * r:g},0"
                         f"a{r},{r} 0 1,0 {-2 * r:g},0Z")
        print(f"{iso3}\t{names[iso3]}\t{''.join(parts)}")


if __name__ == "__main__":
    main()
