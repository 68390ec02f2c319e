"""`make golden`: rewrite every expected tree under tests/golden from the current generator."""

from __future__ import annotations

from tests.golden_cases import cases, rewrite

if __name__ == "__main__":
    for case in cases():
        rewrite(case)
        print(f"rewrote tests/golden/{case}/expected")
    print("review with `git diff tests/golden` before committing")
