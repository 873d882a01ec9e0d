#!/usr/bin/python3
"""Every relative link of the documentation resolves.

Reads README.md and doc/*.md and checks each Markdown link and image outside
code (inline `[text](target)`, `![alt](target)`): the file or directory it
names exists, and a `#anchor` (in the same document or in another .md file)
is one of that document's headings, made into an anchor as GitHub makes it:
the heading's text without its Markdown, in small letters, every character
that is not a letter, digit, space, hyphen or underscore dropped, spaces made
hyphens, and a repeated heading numbered -1, -2, ...  Links to other sites
(http:, https:, mailto:) are not followed.

Without FILE arguments it also checks the README as the landing page: at
most 400 lines, and it and doc/architecture.md link every doc/*.md file.

Usage: links.py [FILE...]   (default: README.md and doc/*.md)
TAP lines, one per document; exits 1 if a link is dead.
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "oracle"))
from examples import ROOT, documents  # noqa: E402
from tap import Tap  # noqa: E402
FENCE = re.compile(r"^\s*(```|~~~)")
CODE_SPAN = re.compile(r"(`+)(.+?)\1")
LINK = re.compile(r"!?\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\(\s*<?([^()\s>]*(?:\([^()\s]*\)[^()\s>]*)*)>?"
                  r"(?:\s+\"[^\"]*\")?\s*\)")
HEADING = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
HTML_ANCHOR = re.compile(r"<a\s+(?:name|id)=\"([^\"]+)\"")
EXTERNAL = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)


def prose_lines(text):
    """(number, line) of the lines outside fenced code blocks."""
    inside = False
    for n, line in enumerate(text.split("\n"), 1):
        if FENCE.match(line):
            inside = not inside
            continue
        if not inside:
            yield n, line


def slug(heading):
    """GitHub's anchor for a heading's source text."""
    text = CODE_SPAN.sub(lambda m: m.group(2), heading)
    text = LINK.sub(lambda m: m.group(1), text)
    text = re.sub(r"<[^>]+>", "", text)                 # inline HTML
    text = re.sub(r"(\*+|(?<!\w)_+|_+(?!\w))", "", text)  # emphasis markers
    text = text.strip().lower()
    text = "".join(c for c in text if c.isalnum() or c in " -_")
    return text.replace(" ", "-")


_anchors = {}


def anchors(path):
    """The anchors of a Markdown file: its headings' and HTML ones."""
    if path not in _anchors:
        found, seen = set(), {}
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for _, line in prose_lines(text):
            m = HEADING.match(line)
            if m:
                s = slug(m.group(2))
                n = seen.get(s, 0)
                seen[s] = n + 1
                found.add(s if n == 0 else f"{s}-{n}")
            found.update(HTML_ANCHOR.findall(line))
        _anchors[path] = found
    return _anchors[path]


def dead_links(doc):
    """(line, target, why) for every link of doc that does not resolve."""
    path = os.path.join(ROOT, doc)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    dead = []
    for n, line in prose_lines(text):
        # a code span holds no link, but keep the brackets around one
        line = CODE_SPAN.sub(lambda m: "x" * len(m.group(0)), line)
        for m in LINK.finditer(line):
            target = m.group(2)
            if not target or EXTERNAL.match(target):
                continue
            file, _, anchor = target.partition("#")
            where = os.path.normpath(os.path.join(os.path.dirname(path), file)) if file else path
            if not os.path.exists(where):
                dead.append((n, target, "no such file"))
            elif anchor:
                if not where.endswith(".md"):
                    dead.append((n, target, "an anchor in a file that is not Markdown"))
                elif anchor not in anchors(where):
                    dead.append((n, target, f"no heading #{anchor} in "
                                 + os.path.relpath(where, ROOT)))
    return dead



def linked_files(doc):
    """The files doc links to, as paths relative to ROOT."""
    path = os.path.join(ROOT, doc)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    found = set()
    for _, line in prose_lines(text):
        line = CODE_SPAN.sub(lambda m: "x" * len(m.group(0)), line)
        for m in LINK.finditer(line):
            file = m.group(2).partition("#")[0]
            if file and not EXTERNAL.match(file):
                found.add(os.path.relpath(os.path.normpath(
                    os.path.join(os.path.dirname(path), file)), ROOT))
    return found


def main():
    tap = Tap()
    for doc in sys.argv[1:] or documents():
        dead = dead_links(doc)
        tap.check(not dead, f"{doc}: every relative link and anchor resolves",
                  "; ".join(f"line {n}: ({t}) {why}" for n, t, why in dead))
    if not sys.argv[1:]:
        with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
            lines = f.read().count("\n")
        tap.check(lines <= 400, "README.md is a landing page of at most 400 lines",
                  f"{lines} lines")
        for doc in ("README.md", "doc/architecture.md"):
            missing = sorted(set(documents()[1:]) - linked_files(doc) - {doc})
            tap.check(not missing, f"{doc} links every doc/*.md file",
                      "not linked: " + ", ".join(missing))
    print(f"# {tap.passed} passed, {tap.failed} failed")
    return 1 if tap.failed else 0


if __name__ == "__main__":
    sys.exit(main())
