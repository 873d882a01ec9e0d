"""The report checks' TAP lines ("ok - what" / "not ok - what" with up to ten
lines of detail) and the SVG helpers they share."""

results = []


def check(ok, what, detail=None):
    results.append(ok)
    print(("ok - " if ok else "not ok - ") + what)
    if not ok and detail:
        for line in str(detail).splitlines()[:10]:
            print("#   " + line)


def all_passed():
    """True when at least one check ran and none failed."""
    return bool(results) and all(results)


def local(tag):
    """An element's tag without its XML namespace."""
    return tag.rsplit("}", 1)[-1]
