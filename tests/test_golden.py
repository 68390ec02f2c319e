"""Each golden spec generates exactly its expected tree, byte for byte (update: `make golden`)."""

from __future__ import annotations

import pytest

from tests.golden_cases import cases, expected, generated


@pytest.mark.parametrize("case", cases())
def test_generated_package_matches_golden_tree(case: str) -> None:
    want = expected(case)
    got = generated(case)
    assert sorted(got) == sorted(want), "files differ; run `make golden` and review the diff"
    for path in want:
        assert got[path].decode() == want[path].decode(), f"{case}/{path} differs; run `make golden` and review"
