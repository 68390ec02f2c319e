"""The file plan: which template makes which file of the generated package; black formats each."""

from __future__ import annotations

from ..model.naming import snake_case
from ..model.types import Api
from .client import client_view, package_view
from .env import TEMPLATES, make_environment
from .formatting import format_sources
from .imports import CLIENT_IMPORTS, MODELS_IMPORTS, RESOURCE_IMPORTS, used_imports
from .methods import group_views
from .pyexpr import Expressions
from .readme import readme_file
from .text import docstring
from .views import models_view


def render_package(api: Api, package: str = "") -> dict[str, bytes]:
    """Every file of the package, by relative POSIX path; the same model always gives the same bytes.
    `package` is the import name (the output folder's name) that the README uses; by default one from the title."""
    env = make_environment()
    definitions = {d.name: d for d in api.definitions}
    resource_exprs = Expressions(definitions, prefix="_m.")
    groups = group_views(api, resource_exprs)  # first, so the union decoders they need are collected
    model_exprs = Expressions(definitions, prefix="", unions=resource_exprs.unions,
                              union_names=resource_exprs.union_names)
    models = models_view(api, model_exprs)
    sources: dict[str, str] = {
        "models.py": _render(env, "models.py.jinja", MODELS_IMPORTS, models=models, title_doc=docstring(models.title)),
        "_client.py": _render(env, "_client.py.jinja", CLIENT_IMPORTS, client=client_view(api, groups)),
        "__init__.py": _render(env, "__init__.py.jinja", (), package=package_view(api)),
        "resources/__init__.py": _RESOURCES_INIT,
    }
    for group in groups:
        sources[f"resources/{group.module}.py"] = _render(env, "resource.py.jinja", RESOURCE_IMPORTS, group=group)
    files = {path: text.encode("utf-8") for path, text in format_sources(sources).items()}
    files["README.md"] = readme_file(env, api, package or snake_case(api.title, "api") + "_client")
    files["py.typed"] = b""
    for runtime_file in sorted((TEMPLATES / "runtime").glob("*.py")):
        files[f"_runtime/{runtime_file.name}"] = runtime_file.read_bytes()
    return dict(sorted(files.items()))


_IMPORTS_MARK = "# -- imports --"
# No imports: `Client` imports each group's module on first use of its attribute, so the package imports fast.
_RESOURCES_INIT = '"""One module per group of operations, each imported on first use (generated; do not edit)."""\n'


def _render(env: object, template: str, candidates: tuple[str, ...], **context: object) -> str:
    assert hasattr(env, "get_template")
    tmpl = env.get_template(template)
    text = str(tmpl.render(imports=[_IMPORTS_MARK], **context))
    head, _, body = text.partition(_IMPORTS_MARK + "\n")
    imports = used_imports(candidates, body)
    if not imports:  # no block of imports: the blank lines around the mark are one gap, as black writes it
        return head.rstrip("\n") + "\n" + body
    return head + "".join(line + "\n" for line in imports) + body
