"""Pagination: the page objects a generated `<method>_pages(...)` returns, and how the next request is made.

A page holds one response: its decoded `response`, its `items`, and `next()` for the following page (None at
the end). Iterating a page yields its items and those of every following page, fetched lazily. The next
request is the first one with one value changed (cursor, offset or page number; or the URL of a `Link:
<...>; rel="next"` header), so every other argument repeats as given. A server that sends a cursor or link
already followed, an empty page, or `has_more: false` ends the iteration, which is bounded in that sense.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterator,
    Mapping,
)
from dataclasses import dataclass
from typing import Any, Generic, Literal, TypeAlias, TypeVar
from urllib.parse import parse_qsl, urljoin, urlsplit

import httpx

from ._core import AsyncCore, SyncCore
from ._errors import APIError
from ._request import Request, RequestOptions, Returns
from ._response import ErrorDecoders
from ._types import Unset

__all__ = ["AsyncPage", "AsyncPager", "Paging", "SyncPage", "next_link"]

ItemT = TypeVar("ItemT")  # the item type
R = TypeVar("R")
C = TypeVar("C", SyncCore, AsyncCore)

PageKind: TypeAlias = Literal["cursor", "offset", "page", "link"]
Slot: TypeAlias = tuple[Literal["query", "headers", "cookies", "json"], str]  # where a value sits in a Request
JsonPath: TypeAlias = tuple[str | int, ...]  # keys and indexes into a JSON body; () is the body itself


@dataclass(frozen=True, slots=True)
class Paging(Generic[ItemT]):
    """How an operation pages (generated from its pagination extension).

    `cursor` is the request value the pager fills in: the cursor, the offset or the page number. `has_more`
    and `num_pages` locate an optional "more pages" flag and page count in the body; `start` is the offset or
    page number of a first request that does not send one. A page shorter than the page size asked for does
    not end the iteration (servers cap page sizes); an empty page does."""

    kind: PageKind
    item: Callable[[Any], ItemT]
    results: JsonPath = ()
    cursor: Slot | None = None
    next_cursor: JsonPath = ()
    has_more: JsonPath | None = None
    num_pages: JsonPath | None = None
    start: int = 0


@dataclass(frozen=True, slots=True)
class _Parsed(Generic[ItemT, R]):
    raw: Any
    response: R
    items: list[ItemT]


def _walk(data: Any, path: JsonPath) -> Any:
    """The value at `path`, or None where the body has nothing there."""
    for key in path:
        if isinstance(key, int) and isinstance(data, list) and -len(data) <= key < len(data):
            data = data[key]
        elif isinstance(key, str) and isinstance(data, dict):
            data = data.get(key)
        else:
            return None
        if data is None:
            return None
    return data


def _parse_page(paging: Paging[ItemT], decode: Callable[[Any], R] | None) -> Callable[[Any], _Parsed[ItemT, R]]:
    """A decoder keeping the parsed JSON beside the decoded response and its decoded items."""

    def parse(data: Any) -> _Parsed[ItemT, R]:
        found = _walk(data, paging.results)
        if found is not None and not isinstance(found, list):
            raise TypeError(f"the page's results are a {type(found).__name__}, not a list")
        response: Any = data if decode is None else decode(data)
        return _Parsed(data, response, [paging.item(value) for value in found or ()])

    return parse


@dataclass(frozen=True, slots=True)
class _Call(Generic[ItemT, R]):
    """Everything needed to fetch one page; the next page's call differs only in `req`."""

    req: Request
    responses: Mapping[str, Returns[_Parsed[ItemT, R]]]
    paging: Paging[ItemT]
    errors: ErrorDecoders | None
    options: RequestOptions | None

    @classmethod
    def first(
        cls,
        req: Request,
        responses: Mapping[str, Returns[R]],
        paging: Paging[ItemT],
        errors: ErrorDecoders | None,
        options: RequestOptions | None,
    ) -> tuple[_Call[ItemT, R], frozenset[str]]:
        """The call fetching the first page, and the cursor it sends as the first one seen."""
        wrapped = {status: Returns(r.kind, _parse_page(paging, r.decode)) for status, r in responses.items()}
        seen = frozenset({_marker(_slot_value(req, paging.cursor))}) if paging.cursor is not None else frozenset()
        return cls(req, wrapped, paging, errors, options), seen


_PARAM = r';\s*([^\s=;,]+)\s*(?:=\s*("(?:[^"\\]|\\.)*"|[^;,]*))?'  # ; name[=token or "quoted"]
_LINK = re.compile(r"<([^<>]*)>((?:\s*" + _PARAM + r")*)")


def next_link(header: str) -> str | None:
    """The target of the `rel="next"` link of an RFC 8288 `Link` header value, or None."""
    for match in _LINK.finditer(header):
        for param in re.finditer(_PARAM, match.group(2)):
            value = (param.group(2) or "").strip().strip('"')
            if param.group(1).lower() == "rel" and "next" in value.lower().split():
                return match.group(1).strip()
    return None


def _slot_value(req: Request, slot: Slot) -> Any:
    where, key = slot
    values = getattr(req, where)
    value = values.get(key) if isinstance(values, Mapping) else None
    return None if isinstance(value, Unset) else value


def _with_slot(req: Request, slot: Slot, value: Any) -> Request:
    where, key = slot
    values = getattr(req, where)
    changed: dict[str, Any] = {where: {**(values if isinstance(values, Mapping) else {}), key: value}}
    return dataclasses.replace(req, **changed)


def _marker(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)


class _PageBase(Generic[ItemT, R, C]):
    """What sync and async pages share: the data of one page, and the request for the next."""

    def __init__(
        self, core: C, call: _Call[ItemT, R], parsed: _Parsed[ItemT, R], http: httpx.Response, seen: frozenset[str]
    ) -> None:
        self._core: C = core
        self.items: list[ItemT] = parsed.items
        """The items of this page."""
        self.response: R = parsed.response
        """This page's decoded response."""
        self.headers: httpx.Headers = http.headers
        """This page's response headers."""
        self._call = call
        self._raw = parsed.raw
        self._url = str(http.request.url)
        self._seen = seen | {self._url}

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {len(self.items)} items>"

    def _next_call(self, base_url: str) -> tuple[_Call[ItemT, R], frozenset[str]] | None:
        """The call fetching the next page and the markers seen so far, or None after the last page."""
        paging = self._call.paging
        if not self.items or (paging.has_more is not None and _walk(self._raw, paging.has_more) is False):
            return None
        req = self._call.req
        if paging.kind == "link":
            return self._link_call(base_url)
        if paging.kind == "cursor":
            cursor = _walk(self._raw, paging.next_cursor)
            marker = _marker(cursor)
            if cursor is None or cursor == "" or marker in self._seen or paging.cursor is None:
                return None
            return dataclasses.replace(self._call, req=_with_slot(req, paging.cursor, cursor)), self._seen | {marker}
        position = self._next_position(req)
        if position is None or paging.cursor is None:
            return None
        return dataclasses.replace(self._call, req=_with_slot(req, paging.cursor, position)), self._seen

    def _next_position(self, req: Request) -> int | None:
        """The next offset or page number; None when this page shows it is the last."""
        paging = self._call.paging
        value = _slot_value(req, paging.cursor) if paging.cursor is not None else None
        current: int = value if isinstance(value, int) and not isinstance(value, bool) else paging.start
        if paging.kind == "offset":
            return current + len(self.items)
        pages = _walk(self._raw, paging.num_pages) if paging.num_pages is not None else None
        if isinstance(pages, int) and current + 1 > pages:
            return None
        return current + 1

    def _link_call(self, base_url: str) -> tuple[_Call[ItemT, R], frozenset[str]] | None:
        target = next_link(self.headers.get("link", ""))
        if target is None:
            return None
        url = urljoin(self._url, target)
        if url in self._seen:
            return None
        parts = urlsplit(url)
        path = f"{parts.scheme}://{parts.netloc}{parts.path}"
        if path != base_url and not path.startswith(base_url + "/"):
            raise APIError(f"the next page's link leads outside {base_url}; not followed: {path}")
        query: dict[str, list[str]] = {}
        for key, value in parse_qsl(parts.query, keep_blank_values=True):
            query.setdefault(key, []).append(value)
        req = dataclasses.replace(self._call.req, path=path[len(base_url):], query=query)
        return dataclasses.replace(self._call, req=req), self._seen


class SyncPage(_PageBase[ItemT, R, SyncCore]):
    """One page of a paginated operation. Iterate it for every item from here to the last page."""

    @classmethod
    def fetch(
        cls,
        core: SyncCore,
        req: Request,
        responses: Mapping[str, Returns[R]],
        paging: Paging[ItemT],
        errors: ErrorDecoders | None = None,
        options: RequestOptions | None = None,
    ) -> SyncPage[ItemT, R]:
        """Fetch the first page (what generated `<method>_pages(...)` methods call)."""
        return cls._get(core, *_Call.first(req, responses, paging, errors, options))

    @classmethod
    def _get(cls, core: SyncCore, call: _Call[ItemT, R], seen: frozenset[str]) -> SyncPage[ItemT, R]:
        parsed, http = core.exchange(call.req, call.responses, call.errors, call.options)
        return cls(core, call, parsed, http, seen)

    def next(self) -> SyncPage[ItemT, R] | None:
        """Fetch the next page; None when this one is the last. Each call sends a request."""
        following = self._next_call(self._core.base_url)
        return None if following is None else self._get(self._core, *following)

    def pages(self) -> Iterator[SyncPage[ItemT, R]]:
        """This page and every following one, each fetched when it is reached."""
        page: SyncPage[ItemT, R] | None = self
        while page is not None:
            yield page
            page = page.next()

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.pages():
            yield from page.items


class AsyncPage(_PageBase[ItemT, R, AsyncCore]):
    """Async twin of SyncPage: `await page.next()`, `async for item in page`."""

    @classmethod
    async def _get(cls, core: AsyncCore, call: _Call[ItemT, R], seen: frozenset[str]) -> AsyncPage[ItemT, R]:
        parsed, http = await core.exchange(call.req, call.responses, call.errors, call.options)
        return cls(core, call, parsed, http, seen)

    async def next(self) -> AsyncPage[ItemT, R] | None:
        """Fetch the next page; None when this one is the last. Each call sends a request."""
        following = self._next_call(self._core.base_url)
        return None if following is None else await self._get(self._core, *following)

    async def pages(self) -> AsyncIterator[AsyncPage[ItemT, R]]:
        """This page and every following one, each fetched when it is reached."""
        page: AsyncPage[ItemT, R] | None = self
        while page is not None:
            yield page
            page = await page.next()

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.pages():
            for item in page.items:
                yield item


class AsyncPager(Generic[ItemT, R]):
    """What an async `<method>_pages(...)` returns: `await` it for the first page, or `async for` over it for
    every item across pages. Nothing is sent before either. `core` may be a coroutine function giving the core
    (a sync client's async twin, see `SyncCore.async_twin`), called then."""

    def __init__(
        self,
        core: AsyncCore | Callable[[], Awaitable[AsyncCore]],
        req: Request,
        responses: Mapping[str, Returns[R]],
        paging: Paging[ItemT],
        errors: ErrorDecoders | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        self._core = core
        self._call, self._seen = _Call.first(req, responses, paging, errors, options)

    def __await__(self) -> Generator[Any, None, AsyncPage[ItemT, R]]:
        return self._first().__await__()

    async def _first(self) -> AsyncPage[ItemT, R]:
        core = self._core if isinstance(self._core, AsyncCore) else await self._core()
        return await AsyncPage._get(core, self._call, self._seen)

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        page = await self
        async for item in page:
            yield item
