#!/usr/bin/python3
"""Checks an HTML page written by bin/egov-report, or the DOM a browser made
of it, and prints one TAP line ("ok - ..." / "not ok - ...") per check.

    check_page.py FILE [--svg N] [--h2 HEADING]... [--text TEXT]...
                       [--absent TEXT]...

--svg N       the page holds N <svg> elements, each well-formed XML
--h2 HEADING  the <h2> headings are exactly these, in this order
--text TEXT   TEXT occurs in the page's text (entities decoded)
--absent TEXT TEXT occurs nowhere in the file as written (markup included)

Always checked: the page parses with every element closed in order; it
declares UTF-8; it loads nothing: no <script>, <link>, <img>, <iframe>,
<object>, <embed>, no src or href attribute, no url(…) or @import, no
http:, https: or protocol-relative // reference anywhere.
"""
import argparse
import html.parser
import re
import sys
import xml.etree.ElementTree as ET
from tap_lines import check, results


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
        "meta", "source", "track", "wbr"}
# SVG shapes written either as <x/> or <x>…</x>
SVG_EMPTY_OK = {"rect", "line", "circle", "polyline", "path"}
LOADING = {"script", "link", "img", "iframe", "object", "embed", "audio",
           "video", "source", "base"}

class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.errors = [], []
        self.h2, self.text, self.loading, self.attrs = [], [], [], []
        self.charset = None
        self._in_h2 = None

    def handle_starttag(self, tag, attrs):
        self._start(tag, attrs)
        if tag not in VOID:
            self.stack.append((tag, self.getpos()))

    def handle_startendtag(self, tag, attrs):
        self._start(tag, attrs)

    def _start(self, tag, attrs):
        if tag in LOADING:
            self.loading.append(tag)
        for name, value in attrs:
            if name in ("src", "href", "xlink:href", "srcset", "action", "data"):
                self.attrs.append(f"<{tag} {name}={value!r}>")
            if tag == "meta" and name == "charset":
                self.charset = (value or "").lower()
        if tag == "h2":
            self._in_h2 = []

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            if tag in SVG_EMPTY_OK and self.stack and self.stack[-1][0] == tag:
                self.stack.pop()
                return
            self.errors.append(f"</{tag}> at line {self.getpos()[0]} closes "
                               f"{self.stack[-1] if self.stack else 'nothing'}")
            return
        self.stack.pop()
        if tag == "h2" and self._in_h2 is not None:
            self.h2.append(" ".join("".join(self._in_h2).split()))
            self._in_h2 = None

    def handle_data(self, data):
        self.text.append(data)
        if self._in_h2 is not None:
            self._in_h2.append(data)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--svg", type=int)
    ap.add_argument("--h2", action="append", default=[])
    ap.add_argument("--text", action="append", default=[])
    ap.add_argument("--absent", action="append", default=[])
    args = ap.parse_args()

    raw = open(args.file, encoding="utf-8").read()
    page = Page()
    page.feed(raw)
    page.close()
    name = args.file.rsplit("/", 1)[-1]

    check(not page.errors and not page.stack, f"{name}: every element closed in order",
          "\n".join(page.errors + [f"unclosed <{t}> from line {p[0]}" for t, p in page.stack]))
    check(page.charset == "utf-8", f"{name}: declares charset utf-8", page.charset)
    check(not page.loading, f"{name}: no element that loads a resource", page.loading)
    check(not page.attrs, f"{name}: no src or href attribute", page.attrs)
    refs = re.findall(r".{0,30}(?:https?:|url\(|@import|[\"'(]//).{0,30}", raw, re.I)
    check(not refs, f"{name}: no http(s), url() or @import reference", "\n".join(refs))

    if args.svg is not None:
        svgs = re.findall(r"<svg\b.*?</svg>", raw, re.S)
        check(len(svgs) == args.svg, f"{name}: {args.svg} SVG charts", len(svgs))
        for i, svg in enumerate(svgs, 1):
            try:
                root = ET.fromstring(svg)
                ok = root.tag.endswith("svg") and len(root) > 10
                check(ok, f"{name}: SVG {i} is well-formed XML with content", len(root))
            except ET.ParseError as e:
                check(False, f"{name}: SVG {i} is well-formed XML with content", e)
    if args.h2:
        check(page.h2 == args.h2, f"{name}: headings {args.h2}", page.h2)
    text = "".join(page.text)
    for t in args.text:
        check(t in text, f"{name}: text {t!r}")
    for t in args.absent:
        check(t not in raw, f"{name}: nothing like {t!r}")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
