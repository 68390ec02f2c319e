"""`make naming-report`: our call paths for mistral-full (no overlay) against the official `mistralai` SDK's.

The SDK's generated methods carry their HTTP method and path in their source (`method="POST", path="/v1/..."`),
so its call paths are read from the installed package's files with `ast` (nothing is imported), starting at the
`Mistral` class and following the annotated sub-SDK attributes. Operations are matched by HTTP method + path.
The SDK is looked for in `.venv-sdk/` (gitignored; `make naming-report` installs `mistralai==3.7.*` there).
Prints one clear line and exits 0 when the SDK or the corpus is absent.

Then the same for the client `make generate` builds (specs/mistral-openapi.yaml + specs/mistral.overlay.yaml)
against the recorded official methods (tests/mistral/sdk_methods.json, matched by operation id): call path and
keyword argument names (every official keyword must be ours; `stream` is set by the complete/stream split).
"""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

from generator.model.types import Operation, call_text
from generator.pipeline import Options, build_model
from tests.corpus_path import CORPUS

ROOT = Path(__file__).resolve().parent.parent
SPEC = CORPUS / "mistral-full" / "openapi-public-doc.yaml"
SDK_VENV = ROOT / ".venv-sdk"
OUR_SPEC, OUR_OVERLAY = ROOT / "specs" / "mistral-openapi.yaml", ROOT / "specs" / "mistral.overlay.yaml"
SDK_METHODS = ROOT / "tests" / "mistral" / "sdk_methods.json"


def sdk_folder() -> Path | None:
    found = sorted(SDK_VENV.glob("lib/python*/site-packages/mistralai/client/sdk.py"))
    return found[0].parent if found else None


def _classes(folder: Path) -> dict[str, ast.ClassDef]:
    out: dict[str, ast.ClassDef] = {}
    for source in sorted(folder.glob("*.py")):
        for node in ast.parse(source.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef):
                out.setdefault(node.name, node)
    return out


def _annotation_name(node: ast.expr) -> str:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return node.id if isinstance(node, ast.Name) else ""


def _route(function: ast.FunctionDef) -> tuple[str, str] | None:
    """(METHOD, path) of the request a generated SDK method builds (a `#fragment` left out, as on the wire)."""
    for call in ast.walk(function):
        if isinstance(call, ast.Call):
            found = {k.arg: k.value.value for k in call.keywords
                     if k.arg in ("method", "path") and isinstance(k.value, ast.Constant)}
            if isinstance(found.get("method"), str) and isinstance(found.get("path"), str):
                return str(found["method"]).upper(), str(found["path"]).partition("#")[0]
    return None


Routes = dict[tuple[str, str], set[str]]


def sdk_call_paths(folder: Path) -> Routes:
    """(METHOD, path) → the call paths (`client.a.b.method`) the SDK reaches from `Mistral` for that route."""
    classes = _classes(folder)
    out: Routes = {}
    pending = [("client", "Mistral")]
    seen: set[str] = set()
    while pending:
        prefix, name = pending.pop(0)
        cls = classes.get(name)
        if cls is None or name in seen:
            continue
        seen.add(name)
        for node in cls.body:
            if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                child = _annotation_name(node.annotation)
                if child in classes and not node.target.id.startswith("_"):
                    pending.append((f"{prefix}.{node.target.id}", child))
            elif isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
                route = _route(node)
                if route is not None:
                    out.setdefault(route, set()).add(f"{prefix}.{node.name}")
    return out


def our_call_paths(spec: Path) -> Routes:
    """The same for the client we generate (streaming methods included; `#fragment` keys share their URL)."""
    api = build_model(spec, Options(validate=False)).api
    out: Routes = {}
    for group in api.groups:
        for op in group.operations:
            calls = out.setdefault((op.http_method, op.path), set())
            if op.stream is None or not op.stream.only:
                calls.add(call_text(op.group, op.method_name))
            if op.stream is not None:
                calls.add(call_text(op.group, op.stream.method_name))
    return out


def _keywords(op: Operation) -> set[str]:
    names = {p.name for p in op.parameters}
    if op.body is not None:
        names |= {f.name for f in op.body.fields} if op.body.fields else {op.body.argument}
    return names


def our_methods(spec: Path, overlays: tuple[Path, ...]) -> dict[str, tuple[set[str], set[str]]]:
    """operation id → (its call paths, its keyword argument names) in the client generated with `overlays`."""
    api = build_model(spec, Options(overlays=overlays, validate=False)).api
    out: dict[str, tuple[set[str], set[str]]] = {}
    for group in api.groups:
        for op in group.operations:
            calls = set() if op.stream is not None and op.stream.only else {call_text(op.group, op.method_name)}
            if op.stream is not None:
                calls.add(call_text(op.group, op.stream.method_name))
            out[op.operation_id] = (calls, _keywords(op))
    return out


def overlay_report() -> None:
    """Call paths and keyword names of the vendored client's spec + overlay against the recorded SDK methods."""
    ours = our_methods(OUR_SPEC, (OUR_OVERLAY,))
    shared = [m for m in json.loads(SDK_METHODS.read_text())["methods"] if m["operation_id"] in ours]
    paths_ok = [m for m in shared if m["call"] in ours[m["operation_id"]][0]]
    missing = {m["call"]: sorted({p["name"] for p in m["parameters"]} - {"stream"} - ours[m["operation_id"]][1])
               for m in shared}
    both_ok = [m for m in paths_ok if not missing[m["call"]]]
    print(f"{OUR_SPEC.name} + {OUR_OVERLAY.name}: of the {len(shared)} official methods whose operation the spec has, "
          f"{len(paths_ok)} have the official call path and {len(both_ok)} also every official keyword argument")
    for m in shared:
        calls = ours[m["operation_id"]][0]
        if m["call"] not in calls or missing[m["call"]]:
            print(f"  {m['call']}: ours {', '.join(sorted(calls))}; keywords we lack: {missing[m['call']] or '-'}")


def main() -> int:
    if OUR_SPEC.is_file() and SDK_METHODS.is_file():
        overlay_report()
    folder = sdk_folder()
    if not SPEC.is_file():
        print(f"naming-report: skipped, the corpus spec {SPEC} is absent")
        return 0
    if folder is None:
        print(f"naming-report: skipped, mistralai is not installed in {SDK_VENV} (make naming-report installs it)")
        return 0
    theirs, ours = sdk_call_paths(folder), our_call_paths(SPEC)
    shared = sorted(theirs.keys() & ours.keys())
    total = sum(len(theirs[key]) for key in shared)
    same = sum(len(theirs[key] & ours[key]) for key in shared)
    print(f"mistral-full, no overlay: {same} of {total} call paths ({100 * same / max(1, total):.0f} %) are the "
          f"official SDK's, over the {len(shared)} HTTP routes both have (methods matched by HTTP method + path)")
    print("differences (ours | mistralai):")
    for key in shared:
        if theirs[key] - ours[key]:
            print(f"  {key[0]:6} {key[1]}\n         {', '.join(sorted(ours[key] - theirs[key]))} | "
                  f"{', '.join(sorted(theirs[key] - ours[key]))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
