"""Build the growth-test inputs: a spec once (1×) and twice over (2×), both written the same way (JSON).

    python benchmarks/make_growth_spec.py SPEC OUTDIR   →   OUTDIR/<folder>_1x.json, OUTDIR/<folder>_2x.json

The 2× spec holds every component (of every section: schemas, parameters, responses, ...) twice: once under
its own key and once under `twin_<key>`, and every path twice: once as is and once under `/twin<path>` with
`operationId` prefixed by `Twin`. Inside the copies every local `$ref` to a component is rewritten to the
copy's key, so the copies form a second, independent graph of the same shape (nothing is shared, so the
generator cannot deduplicate). Both files are written by json.dumps, so that reading them costs the same per
byte (PyYAML re-dumping a YAML spec changes its style and parse speed, which is not the generator's growth).
Runs with the project's venv (PyYAML, to read a YAML spec).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

PREFIX = "twin_"


def load(path: Path) -> Any:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json" or text.lstrip().startswith("{"):
        return json.loads(text)
    import yaml

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _renamed_ref(ref: str, sections: dict[str, set[str]]) -> str:
    parts = ref.split("/")
    if len(parts) >= 4 and parts[0] == "#" and parts[1] == "components" and parts[3] in sections.get(parts[2], ()):
        parts[3] = PREFIX + parts[3]
        return "/".join(parts)
    return ref


def twin(value: Any, sections: dict[str, set[str]]) -> Any:
    """A deep copy of `value` in which every local component $ref points at the twin component."""
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if key == "$ref" and isinstance(item, str):
                out[key] = _renamed_ref(item, sections)
            elif key == "mapping" and isinstance(item, dict):  # discriminator mappings hold refs as values
                out[key] = {k: _renamed_ref(v, sections) if isinstance(v, str) else v for k, v in item.items()}
            else:
                out[key] = twin(item, sections)
        return out
    if isinstance(value, list):
        return [twin(item, sections) for item in value]
    return value


def doubled(spec: dict[str, Any]) -> dict[str, Any]:
    components = spec.get("components") or {}
    sections = {name: set(items) for name, items in components.items() if isinstance(items, dict)}
    for name, keys in sections.items():
        clash = {PREFIX + k for k in keys} & keys
        if clash:
            raise SystemExit(f"{name}: renamed keys already exist: {sorted(clash)[:5]}")
    new_components: dict[str, Any] = {}
    for name, items in components.items():
        if not isinstance(items, dict) or name == "securitySchemes":  # one set of credentials is enough
            new_components[name] = items
            continue
        section = dict(items)
        section.update({PREFIX + key: twin(item, sections) for key, item in items.items()})
        new_components[name] = section
    paths = dict(spec.get("paths") or {})
    for path, item in (spec.get("paths") or {}).items():
        copy = twin(item, sections)
        for operation in copy.values():
            if isinstance(operation, dict) and isinstance(operation.get("operationId"), str):
                operation["operationId"] = "Twin" + operation["operationId"]
        paths["/twin" + path] = copy
    out = dict(spec)
    out["components"] = new_components
    out["paths"] = paths
    return out


def main() -> None:
    spec_path, out_dir = Path(sys.argv[1]), Path(sys.argv[2])
    out_dir.mkdir(parents=True, exist_ok=True)
    spec = load(spec_path)
    stem = spec_path.parent.name.replace("-", "_")
    info = {}
    for key, data in (("1x", spec), ("2x", doubled(spec))):
        path = out_dir / f"{stem}_{key}.json"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        info[key], info[f"{key}_bytes"] = str(path), path.stat().st_size
    print(json.dumps(info))


if __name__ == "__main__":
    main()
