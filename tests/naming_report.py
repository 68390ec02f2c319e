"""`make naming-report`: our call paths for mistral-full (no overlay) against the official `mistralai` SDK's.

The SDK's generated methods carry their HTTP method and path in their source (`method="POST", path="/v1/..."`),
so its call paths are read from the installed package's files with `ast` (nothing is imported), starting at the
`Mistral` class and following the annotated sub-SDK attributes. Operations are matched by HTTP method + path.
The SDK is looked for in `.venv-sdk/` (gitignored; `make naming-report` installs `mistralai==3.7.*` there).
Prints one clear line and exits 0 when the SDK or the corpus is absent.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

from generator.model.types import call_text
from generator.pipeline import Options, build_model

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT.parent / "shared" / "corpus" / "mistral-full" / "openapi-public-doc.yaml"
SDK_VENV = ROOT / ".venv-sdk"


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
    """(METHOD, path) of the request a generated SDK method builds."""
    for call in ast.walk(function):
        if isinstance(call, ast.Call):
            found = {k.arg: k.value.value for k in call.keywords
                     if k.arg in ("method", "path") and isinstance(k.value, ast.Constant)}
            if isinstance(found.get("method"), str) and isinstance(found.get("path"), str):
                return str(found["method"]).upper(), str(found["path"])
    return None


def sdk_call_paths(folder: Path) -> dict[tuple[str, str], str]:
    """(METHOD, path) → `client.a.b.method` for every method the SDK reaches from `Mistral`."""
    classes = _classes(folder)
    out: dict[tuple[str, str], str] = {}
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
                    out.setdefault(route, f"{prefix}.{node.name}")
    return out


def our_call_paths(spec: Path) -> dict[tuple[str, str], str]:
    api = build_model(spec, Options(validate=False)).api
    out: dict[tuple[str, str], str] = {}
    for group in api.groups:
        for op in group.operations:
            out.setdefault((op.http_method, op.path), call_text(op))
    return out


def main() -> int:
    folder = sdk_folder()
    if not SPEC.is_file():
        print(f"naming-report: skipped, the corpus spec {SPEC} is absent")
        return 0
    if folder is None:
        print(f"naming-report: skipped, mistralai is not installed in {SDK_VENV} (make naming-report installs it)")
        return 0
    theirs, ours = sdk_call_paths(folder), our_call_paths(SPEC)
    shared = sorted(theirs.keys() & ours.keys())
    same = [key for key in shared if theirs[key] == ours[key]]
    print(f"mistral-full, no overlay: {len(same)} of {len(shared)} operations ({100 * len(same) / max(1, len(shared)):.0f} %) "
          f"have the official SDK's call path ({len(ours)} operations in the spec, {len(theirs)} SDK methods)")
    print("differences (ours | mistralai):")
    for key in shared:
        if theirs[key] != ours[key]:
            print(f"  {key[0]:6} {key[1]}\n         {ours[key]} | {theirs[key]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
