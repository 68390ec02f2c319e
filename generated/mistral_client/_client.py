"""`Client` and `AsyncClient` for Mistral AI API.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from . import _runtime as _rt

if TYPE_CHECKING:
    from typing import Self

    from .resources import agents as _res_agents
    from .resources import audio as _res_audio
    from .resources import batch as _res_batch
    from .resources import beta as _res_beta
    from .resources import chat as _res_chat
    from .resources import classifiers as _res_classifiers
    from .resources import embeddings as _res_embeddings
    from .resources import events as _res_events
    from .resources import files as _res_files
    from .resources import fim as _res_fim
    from .resources import models as _res_models
    from .resources import ocr as _res_ocr
    from .resources import workflows as _res_workflows

__all__ = ["DEFAULT_BASE_URL", "AsyncClient", "Client"]

DEFAULT_BASE_URL = "https://api.mistral.ai"
API_KEY_ENV_VAR = "MISTRAL_API_KEY"


def _auth(api_key: str | None) -> _rt.Auth:
    if not api_key:
        return _rt.Auth()
    return _rt.Auth(headers={"Authorization": f"Bearer {api_key}"})


class Client:
    """Client for Mistral AI API.

    Args:
        api_key: The API key; defaults to the environment variable MISTRAL_API_KEY.
        base_url: Where the API is served; defaults to the spec's first server.
        timeout: Seconds (or an httpx.Timeout) per request; overridable per call.
        max_retries: Retries on connection errors, 408, 409, 429 and 5xx; overridable per call.
        default_headers: Headers sent with every request.
        http_client: Your own httpx client (proxies, transports); it is not closed by this client.
        async_http_client: The httpx.AsyncClient the `*_async` methods use (one event loop only); it is not
            closed by this client. By default each event loop gets its own, closed with the loop or the client.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = _rt.DEFAULT_TIMEOUT,
        max_retries: int = _rt.DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        async_http_client: httpx.AsyncClient | None = None,
    ) -> None:
        if api_key is None:
            api_key = os.environ.get(API_KEY_ENV_VAR)
        self._core = _rt.SyncCore(
            base_url=base_url or DEFAULT_BASE_URL,
            auth=_auth(api_key),
            headers=default_headers,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            async_http_client=async_http_client,
        )

    @cached_property
    def beta(self) -> _res_beta.Beta:
        """The `beta` operations; their module is imported on first use."""
        from .resources import beta as module

        return module.Beta(self._core)

    @cached_property
    def audio(self) -> _res_audio.Audio:
        """The `audio` operations; their module is imported on first use."""
        from .resources import audio as module

        return module.Audio(self._core)

    @cached_property
    def models(self) -> _res_models.Models:
        """The `models` operations; their module is imported on first use."""
        from .resources import models as module

        return module.Models(self._core)

    @cached_property
    def files(self) -> _res_files.Files:
        """The `files` operations; their module is imported on first use."""
        from .resources import files as module

        return module.Files(self._core)

    @cached_property
    def batch(self) -> _res_batch.Batch:
        """The `batch` operations; their module is imported on first use."""
        from .resources import batch as module

        return module.Batch(self._core)

    @cached_property
    def chat(self) -> _res_chat.Chat:
        """The `chat` operations; their module is imported on first use."""
        from .resources import chat as module

        return module.Chat(self._core)

    @cached_property
    def fim(self) -> _res_fim.Fim:
        """The `fim` operations; their module is imported on first use."""
        from .resources import fim as module

        return module.Fim(self._core)

    @cached_property
    def agents(self) -> _res_agents.Agents:
        """The `agents` operations; their module is imported on first use."""
        from .resources import agents as module

        return module.Agents(self._core)

    @cached_property
    def embeddings(self) -> _res_embeddings.Embeddings:
        """The `embeddings` operations; their module is imported on first use."""
        from .resources import embeddings as module

        return module.Embeddings(self._core)

    @cached_property
    def classifiers(self) -> _res_classifiers.Classifiers:
        """The `classifiers` operations; their module is imported on first use."""
        from .resources import classifiers as module

        return module.Classifiers(self._core)

    @cached_property
    def ocr(self) -> _res_ocr.Ocr:
        """The `ocr` operations; their module is imported on first use."""
        from .resources import ocr as module

        return module.Ocr(self._core)

    @cached_property
    def workflows(self) -> _res_workflows.Workflows:
        """The `workflows` operations; their module is imported on first use."""
        from .resources import workflows as module

        return module.Workflows(self._core)

    @cached_property
    def events(self) -> _res_events.Events:
        """The `events` operations; their module is imported on first use."""
        from .resources import events as module

        return module.Events(self._core)

    @property
    def base_url(self) -> str:
        """The URL every request path is appended to."""
        return self._core.base_url

    def __repr__(self) -> str:
        return f"Client(base_url={self.base_url!r})"

    def close(self) -> None:
        """Close the HTTP connections this client opened (a caller's `http_client` stays open), the async
        twins' too."""
        self._core.close()

    async def aclose(self) -> None:
        """`close()` from async code: the running event loop's async twin is closed by awaiting it."""
        await self._core.aclose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncClient:
    """Client for Mistral AI API.

    Args:
        api_key: The API key; defaults to the environment variable MISTRAL_API_KEY.
        base_url: Where the API is served; defaults to the spec's first server.
        timeout: Seconds (or an httpx.Timeout) per request; overridable per call.
        max_retries: Retries on connection errors, 408, 409, 429 and 5xx; overridable per call.
        default_headers: Headers sent with every request.
        http_client: Your own httpx client (proxies, transports); it is not closed by this client.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = _rt.DEFAULT_TIMEOUT,
        max_retries: int = _rt.DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        if api_key is None:
            api_key = os.environ.get(API_KEY_ENV_VAR)
        self._core = _rt.AsyncCore(
            base_url=base_url or DEFAULT_BASE_URL,
            auth=_auth(api_key),
            headers=default_headers,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
        )

    @cached_property
    def beta(self) -> _res_beta.AsyncBeta:
        """The `beta` operations; their module is imported on first use."""
        from .resources import beta as module

        return module.AsyncBeta(self._core)

    @cached_property
    def audio(self) -> _res_audio.AsyncAudio:
        """The `audio` operations; their module is imported on first use."""
        from .resources import audio as module

        return module.AsyncAudio(self._core)

    @cached_property
    def models(self) -> _res_models.AsyncModels:
        """The `models` operations; their module is imported on first use."""
        from .resources import models as module

        return module.AsyncModels(self._core)

    @cached_property
    def files(self) -> _res_files.AsyncFiles:
        """The `files` operations; their module is imported on first use."""
        from .resources import files as module

        return module.AsyncFiles(self._core)

    @cached_property
    def batch(self) -> _res_batch.AsyncBatch:
        """The `batch` operations; their module is imported on first use."""
        from .resources import batch as module

        return module.AsyncBatch(self._core)

    @cached_property
    def chat(self) -> _res_chat.AsyncChat:
        """The `chat` operations; their module is imported on first use."""
        from .resources import chat as module

        return module.AsyncChat(self._core)

    @cached_property
    def fim(self) -> _res_fim.AsyncFim:
        """The `fim` operations; their module is imported on first use."""
        from .resources import fim as module

        return module.AsyncFim(self._core)

    @cached_property
    def agents(self) -> _res_agents.AsyncAgents:
        """The `agents` operations; their module is imported on first use."""
        from .resources import agents as module

        return module.AsyncAgents(self._core)

    @cached_property
    def embeddings(self) -> _res_embeddings.AsyncEmbeddings:
        """The `embeddings` operations; their module is imported on first use."""
        from .resources import embeddings as module

        return module.AsyncEmbeddings(self._core)

    @cached_property
    def classifiers(self) -> _res_classifiers.AsyncClassifiers:
        """The `classifiers` operations; their module is imported on first use."""
        from .resources import classifiers as module

        return module.AsyncClassifiers(self._core)

    @cached_property
    def ocr(self) -> _res_ocr.AsyncOcr:
        """The `ocr` operations; their module is imported on first use."""
        from .resources import ocr as module

        return module.AsyncOcr(self._core)

    @cached_property
    def workflows(self) -> _res_workflows.AsyncWorkflows:
        """The `workflows` operations; their module is imported on first use."""
        from .resources import workflows as module

        return module.AsyncWorkflows(self._core)

    @cached_property
    def events(self) -> _res_events.AsyncEvents:
        """The `events` operations; their module is imported on first use."""
        from .resources import events as module

        return module.AsyncEvents(self._core)

    @property
    def base_url(self) -> str:
        """The URL every request path is appended to."""
        return self._core.base_url

    def __repr__(self) -> str:
        return f"AsyncClient(base_url={self.base_url!r})"

    async def aclose(self) -> None:
        """Close the HTTP connections this client opened (a caller's `http_client` stays open)."""
        await self._core.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
