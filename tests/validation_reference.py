"""The load stage's findings (openapi-spec-validator's and our own checks) on every corpus spec, as reference data.

tests/validation_reference.json holds them as captured from the generator before validation was made faster;
tests/test_validation_reference.py checks that today's findings are exactly those: none lost, none invented,
each at the same place. Rewrite the file only when a change of findings is intended and reviewed:

    python -m tests.validation_reference --write
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from generator.load import load_spec
from tests.corpus_support import CORPUS, corpus_specs

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = Path(__file__).with_name("validation_reference.json")


def reference_specs() -> dict[str, Path]:
    """Every corpus spec by a short name (folder, or folder/file where a folder holds several), plus ours."""
    specs = {spec.name: spec.path for spec in corpus_specs()}
    history = CORPUS / "mistral-history"
    if history.is_dir():
        for path in sorted(history.glob("*.yaml")):
            specs[f"mistral-history/{path.name}"] = path
    return specs


def load_findings(path: Path) -> list[str]:
    """The findings of loading and validating `path` in-process, each rendered, with the corpus folder as `<corpus>`."""
    document = load_spec(path, validate=True)
    return [f.render().replace(str(CORPUS), "<corpus>") for f in document.findings.items]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", action="store_true", help="rewrite tests/validation_reference.json")
    parser.add_argument("names", nargs="*", help="only these specs (printed, not written)")
    args = parser.parse_args()
    os.environ["PYCLIENT_GEN_CACHE"] = "off"
    specs = reference_specs()
    chosen = args.names or sorted(specs)
    found = {name: load_findings(specs[name]) for name in chosen}
    if args.write and not args.names:
        REFERENCE.write_text(json.dumps(found, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    else:
        print(json.dumps(found, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
