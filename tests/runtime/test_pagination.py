"""The pagination runtime on its own: Link header parsing, and pagers against a server that computes its pages
from the request (so the values the pager fills in decide what comes back)."""

from __future__ import annotations

import asyncio
from urllib.parse import parse_qs, urlsplit

import pytest
from _rt_under_test import AsyncCore, AsyncPager, Paging, Request, Returns, SyncCore, SyncPage, next_link

from ._support import Handler, LocalServer, reply

ITEMS = list(range(7))


@pytest.mark.parametrize(("header", "target"), [
    ('<https://a.test/x?page=2>; rel="next", <https://a.test/x?page=9>; rel="last"', "https://a.test/x?page=2"),
    ('<https://a.test/x?page=1>; rel="prev", <https://a.test/x?page=3>; rel="next"', "https://a.test/x?page=3"),
    ("<https://a.test/x?page=3>; rel=next", "https://a.test/x?page=3"),
    ('<https://a.test/x?page=3>; title="a, b; c"; rel="prefetch next"', "https://a.test/x?page=3"),
    ('<https://a.test/x?p=3>;REL="Next"', "https://a.test/x?p=3"),
    ('<https://a.test/x?page=9>; rel="last"', None),
    ('<https://a.test/x?page=9>; rel="nextish"', None),
    ("", None),
    ("garbage", None),
])
def test_next_link(header: str, target: str | None) -> None:
    assert next_link(header) == target


def _query(h: Handler) -> dict[str, str]:
    return {key: values[-1] for key, values in parse_qs(urlsplit(h.path).query).items()}


def offset_route(h: Handler) -> None:
    """Items from `offset`, at most `limit` (default 3) of them."""
    query = _query(h)
    start, limit = int(query.get("offset", 0)), int(query.get("limit", 3))
    reply(h, 200, {"page": {"items": ITEMS[start:start + limit]}})


def after_route(h: Handler) -> None:
    """Cursor pagination where the cursor is the last item seen (`$.items[-1]`)."""
    after = int(_query(h).get("after", -1))
    reply(h, 200, {"items": [i for i in ITEMS if i > after][:3]})


OFFSET: Paging[int] = Paging("offset", int, results=("page", "items"), cursor=("query", "offset"))
AFTER: Paging[int] = Paging("cursor", int, results=("items",), cursor=("query", "after"), next_cursor=("items", -1))


def test_offset_pager_reads_every_item_and_stops_at_the_empty_page(server: LocalServer) -> None:
    server.routes["/v1/items"] = offset_route
    with SyncCore(base_url=server.base_url, max_retries=0) as core:
        page = SyncPage.fetch(core, Request("GET", "/items", query={"limit": 3}), {"200": Returns("json")}, OFFSET)
        assert list(page) == ITEMS
        assert [p.items for p in page.pages()] == [[0, 1, 2], [3, 4, 5], [6], []]
    offsets = [parse_qs(urlsplit(r.path).query).get("offset") for r in server.requests]
    assert offsets[:4] == [None, ["3"], ["6"], ["7"]]


def test_cursor_from_the_last_item(server: LocalServer) -> None:
    server.routes["/v1/items"] = after_route
    with SyncCore(base_url=server.base_url, max_retries=0) as core:
        page = SyncPage.fetch(core, Request("GET", "/items"), {"200": Returns("json")}, AFTER)
        assert list(page) == ITEMS
        assert page.response == {"items": [0, 1, 2]}  # no decoder: the parsed JSON


def test_async_pager_is_lazy_then_iterates(server: LocalServer) -> None:
    server.routes["/v1/items"] = offset_route

    async def main() -> tuple[list[int], int, list[int]]:
        async with AsyncCore(base_url=server.base_url, max_retries=0) as core:
            pager = AsyncPager(core, Request("GET", "/items", query={"limit": 2}), {"200": Returns("json")}, OFFSET)
            await asyncio.sleep(0)
            before = len(server.requests)
            items = [item async for item in pager]
            first = await pager
            return items, before, first.items

    items, before, first = asyncio.run(main())
    assert (items, before, first) == (ITEMS, 0, [0, 1])


def test_page_numbers_start_where_the_operation_says(server: LocalServer) -> None:
    def route(h: Handler) -> None:
        page = int(_query(h).get("p", 0))
        reply(h, 200, [page] if page < 3 else [])

    server.routes["/v1/items"] = route
    paging: Paging[int] = Paging("page", int, cursor=("query", "p"), start=0)
    with SyncCore(base_url=server.base_url, max_retries=0) as core:
        assert list(SyncPage.fetch(core, Request("GET", "/items"), {"200": Returns("json")}, paging)) == [0, 1, 2]
