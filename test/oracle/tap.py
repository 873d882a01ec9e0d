"""Numbered "ok N - what" / "not ok N - what: detail" lines and their counts,
shared by the oracle programs."""


class Tap:
    def __init__(self):
        self.passed = self.failed = 0

    def check(self, ok, what, detail=""):
        if ok:
            self.passed += 1
            print(f"ok {self.passed + self.failed} - {what}")
        else:
            self.failed += 1
            print(f"not ok {self.passed + self.failed} - {what}"
                  + (f": {detail}" if detail else ""))
        return ok
