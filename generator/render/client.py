"""Views of the package root and the client classes: credentials, base URL, groups, exports."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model.types import Api, SecurityScheme
from .methods import GroupView
from .text import docstring

RUNTIME_EXPORTS = (
    "APIConnectionError", "APIError", "APIResponseValidationError", "APIStatusError", "APIStreamError",
    "APITimeoutError", "AuthenticationError", "BadRequestError", "ConflictError", "FieldDecodeError",
    "InternalServerError",
    "NotFoundError", "PermissionDeniedError", "RateLimitError", "UnprocessableEntityError",
    "AsyncStream", "RequestOptions", "ResponseCapture", "ServerSentEvent", "Stream", "UNSET", "Unset",
    "capture_response",
)


@dataclass
class ClientView:
    title_doc: str
    doc: str
    base_url: str  # repr()
    env_var: str  # repr(), or "" when the API has no credential
    auth_params: str
    auth_lines: list[str]
    auth_call: str
    credential_args: list[str]
    credential_lines: list[str]
    arg_docs: list[str]
    groups: list[GroupView] = field(default_factory=list)
    twin_arg_docs: list[str] = field(default_factory=lambda: [
        "async_http_client: The httpx.AsyncClient the `*_async` methods use (one event loop only); it is not",
        "    closed by this client. By default each event loop gets its own, closed with the loop or the client.",
    ])


@dataclass
class PackageView:
    doc: str
    runtime_exports: list[str]
    exports: list[str]


def client_view(api: Api, groups: list[GroupView]) -> ClientView:
    scheme = api.security[0] if api.security else None
    base_url = api.servers[0].url if api.servers else "http://localhost"
    view = ClientView(
        title_doc=docstring(api.title), doc=docstring(f"Client for {api.title}."), base_url=repr(base_url),
        env_var="", auth_params="", auth_lines=["return _rt.Auth()"], auth_call="", credential_args=[],
        credential_lines=[], arg_docs=[], groups=[group for group in groups if not group.parent],
    )
    if scheme is not None:
        _credentials(view, scheme)
    view.arg_docs += [
        "base_url: Where the API is served; defaults to the spec's first server.",
        "timeout: Seconds (or an httpx.Timeout) per request; overridable per call.",
        "max_retries: Retries on connection errors, 408, 409, 429 and 5xx; overridable per call.",
        "default_headers: Headers sent with every request.",
        "http_client: Your own httpx client (proxies, transports); it is not closed by this client.",
    ]
    return view


def _credentials(view: ClientView, scheme: SecurityScheme) -> None:
    view.env_var = repr(scheme.env_var)
    if scheme.kind == "basic":
        view.credential_args = ["username: str | None = None", "password: str | None = None"]
        view.auth_params = "username: str | None, password: str | None"
        view.auth_lines = [
            "if username is None or password is None:",
            "    return _rt.Auth()",
            "return _rt.Auth(headers={'Authorization': _rt.basic_auth(username, password)})",
        ]
        view.auth_call = "username, password"
        view.arg_docs.append("username, password: HTTP basic credentials.")
        return
    view.credential_args = ["api_key: str | None = None"]
    view.credential_lines = ["if api_key is None:", "    api_key = os.environ.get(API_KEY_ENV_VAR)"]
    view.auth_params = "api_key: str | None"
    view.auth_call = "api_key"
    value = 'f"Bearer {api_key}"' if scheme.kind == "bearer" else "api_key"
    part = {"header": "headers", "query": "query", "cookie": "cookies"}[scheme.location]
    name = "Authorization" if scheme.kind == "bearer" else scheme.param_name
    view.auth_lines = ["if not api_key:", "    return _rt.Auth()", f"return _rt.Auth({part}={{{name!r}: {value}}})"]
    view.arg_docs.append(f"api_key: The API key; defaults to the environment variable {docstring(scheme.env_var)}.")


def package_view(api: Api) -> PackageView:
    doc = api.title + (f"\n\n{api.description}" if api.description else "")
    exports = sorted(["AsyncClient", "Client", "models", *RUNTIME_EXPORTS], key=isort_key)
    return PackageView(docstring(doc), sorted(RUNTIME_EXPORTS, key=isort_key), exports)


def isort_key(name: str) -> tuple[int, str]:
    """The order ruff's isort and RUF022 expect: CONSTANTS, then Classes, then the rest."""
    if name.isupper() and len(name) > 1:
        return (0, name)
    return (1, name) if name[:1].isupper() else (2, name)
