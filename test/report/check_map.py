#!/usr/bin/python3
"""Checks the world map of a bin/egov-report page (or the DOM a browser made
of it) and prints TAP lines ("ok - ..." / "not ok - ...").

    check_map.py FILE EXPECTED SHAPES

EXPECTED: one line per assessed country of the edition, "ISO3 <tab> fill"
(its EGDI group's colour).  SHAPES: data/naturalearth/countries.tsv.

- the map is an SVG of its own with one path per shape, each carrying
  data-iso3, a fill and a tooltip;
- every assessed country has exactly one path, filled with its group's
  colour, and non-empty path data;
- an area drawn apart that the UN counts under a Member State (Somaliland,
  Northern Cyprus, Kosovo, Ashmore and Cartier) has its Member State's fill,
  and a tooltip saying so;
- every other path is grey (#9e9e9e not assessed, #e0e0e0 not in the survey);
- the legend names the four groups and both greys, each with its swatch.
"""
import re
import sys
import xml.etree.ElementTree as ET
from tap_lines import check, results, local


GREYS = {"#9e9e9e": "not assessed in", "#e0e0e0": "not in the survey"}
GROUPS = {"#0072b2": "Very High", "#56b4e9": "High", "#e69f00": "Middle", "#d55e00": "Low"}
# Natural Earth's areas without an ISO 3166 / M49 code of their own, and the
# Member State a UN map colours them as
COUNTED_UNDER = {"SOL": "SOM", "CYN": "CYP", "KOS": "SRB", "ATC": "AUS"}


def main():
    page, expected_file, shapes_file = sys.argv[1:4]
    raw = open(page, encoding="utf-8").read()
    expected = dict(line.rstrip("\n").split("\t") for line in open(expected_file) if line.strip())
    shapes = [line.split("\t", 1)[0] for line in open(shapes_file, encoding="utf-8") if line.strip()]
    svgs = [ET.fromstring(s) for s in re.findall(r"<svg\b.*?</svg>", raw, re.S)]
    maps = [s for s in svgs if any("country" in (e.get("class") or "").split() for e in s.iter())]
    check(len(maps) == 1, "one SVG holds the world map", len(maps))
    if len(maps) != 1:
        return 1
    svg = maps[0]
    paths = [e for e in svg.iter() if local(e.tag) == "path"
             and "country" in (e.get("class") or "").split()]
    by_iso = {}
    for p in paths:
        by_iso.setdefault(p.get("data-iso3"), []).append(p)
    check(sorted(by_iso) == sorted(shapes) and all(len(v) == 1 for v in by_iso.values()),
          f"one path for each of the {len(shapes)} shapes",
          f"{len(paths)} paths, {len(by_iso)} codes")
    wrong = []
    for iso3, fill in expected.items():
        ps = by_iso.get(iso3, [])
        if len(ps) != 1:
            wrong.append(f"{iso3}: {len(ps)} paths")
        elif ps[0].get("fill", "").lower() != fill:
            wrong.append(f"{iso3}: fill {ps[0].get('fill')}, want {fill}")
        elif len(ps[0].get("d", "")) < 10 or not "".join(ps[0].itertext()).strip():
            wrong.append(f"{iso3}: no path data or no tooltip")
    check(not wrong and len(expected) > 100,
          f"every one of the {len(expected)} assessed countries drawn in its group's colour",
          "\n".join(wrong))
    wrong = []
    for area, member in COUNTED_UNDER.items():
        ps, ms = by_iso.get(area, []), by_iso.get(member, [])
        if len(ps) != 1 or len(ms) != 1:
            wrong.append(f"{area}: {len(ps)} paths, {member}: {len(ms)} paths")
            continue
        fill, want = ps[0].get("fill", "").lower(), ms[0].get("fill", "").lower()
        tip = "".join(ps[0].itertext())
        if fill != want or fill != expected.get(member, fill):
            wrong.append(f"{area}: fill {fill}, {member} has {want}")
        elif "(counted under " not in tip:
            wrong.append(f"{area}: tooltip {tip!r} does not say whom it is counted under")
    assessed = [a for a, m in COUNTED_UNDER.items() if m in expected]
    check(not wrong and assessed,
          f"the areas the UN counts under a Member State drawn in its colour ({len(assessed)} of "
          f"{len(COUNTED_UNDER)} assessed: {', '.join(assessed)})", "\n".join(wrong))
    others = [f"{p.get('data-iso3')}: {p.get('fill')}" for p in paths
              if p.get("data-iso3") not in expected and p.get("data-iso3") not in COUNTED_UNDER
              and p.get("fill", "").lower() not in GREYS]
    check(not others, "every other country drawn in grey (no data)", "\n".join(others))
    counts = {}
    for iso3, fill in expected.items():
        counts[fill] = counts.get(fill, 0) + 1
    check(set(counts) <= set(GROUPS), "only group colours for assessed countries", counts)
    legend = {}
    elements = list(svg.iter())
    for i, e in enumerate(elements):
        if local(e.tag) == "rect" and e.get("fill", "").lower() in {**GROUPS, **GREYS} \
                and i + 1 < len(elements) and local(elements[i + 1].tag) == "text":
            legend[e.get("fill").lower()] = "".join(elements[i + 1].itertext())
    missing = [f"{c} {w}" for c, w in {**GROUPS, **GREYS}.items()
               if c not in legend or not legend[c].startswith(w)]
    check(not missing, "the legend shows the four groups and the two greys with their swatches",
          "\n".join(missing) + f"\n{legend}")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
