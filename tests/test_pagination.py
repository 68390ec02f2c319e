"""Pagination end to end: the golden `pagination` package against a loopback server, sync and async, every kind.

Each scenario scripts the server's pages and checks the items the pager yields (typed), the requests the server
received (the paging value filled in, every other argument repeated) and where iteration stops.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest

from generator.pipeline import generate_files
from generator.render import write_tree
from tests.golden_cases import GOLDEN
from tests.loopback import LoopbackServer, Recorded, Reply


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    folder = tmp_path_factory.mktemp("pages")
    files, _ = generate_files(GOLDEN / "pagination" / "spec.yaml")
    write_tree(folder / "wire_pagination", files)
    sys.path.insert(0, str(folder))
    yield importlib.import_module("wire_pagination")
    sys.path.remove(str(folder))


def _query(sent: Recorded) -> list[tuple[str, str]]:
    return parse_qsl(urlsplit(sent.path).query, keep_blank_values=True)


def _link(url: str, query: str) -> Reply:
    """A page of issues whose Link header points at `url?query`."""
    reply = Reply.json([{"number": 1}, {"number": 2}])
    reply.headers = {**reply.headers, "Link": f'<{url}?{query}>; rel="next", <{url}?page=9>; rel="last"'}
    return reply


@dataclass
class Scenario:
    group: str
    method: str  # the pager method
    route: tuple[str, str]
    pages: Callable[[str], list[Reply]]  # from the server's base URL (+ /v1)
    kwargs: dict[str, Any]
    items: list[Any]  # what iteration yields, as `key` sees each item
    sent: list[Any]  # what each request carried, as `seen` reads it
    key: Callable[[Any], Any] = lambda item: item.id
    seen: Callable[[Recorded], Any] = _query
    model: str = ""  # the item class, when items are objects


SCENARIOS = {
    "speakeasy-cursor": Scenario(
        "agents", "list_pages", ("GET", "/v1/agents"),
        lambda url: [Reply.json({"data": [{"id": "a1"}, {"id": "a2"}], "next_page_token": "t2"}),
                     Reply.json({"data": [{"id": "a3"}], "next_page_token": "t3"}),
                     Reply.json({"data": [{"id": "a4"}], "next_page_token": None})],
        {"page_size": 2, "name": "bo"}, ["a1", "a2", "a3", "a4"],
        [[("page_size", "2"), ("name", "bo")],
         [("page_token", "t2"), ("page_size", "2"), ("name", "bo")],
         [("page_token", "t3"), ("page_size", "2"), ("name", "bo")]],
        model="Agent",
    ),
    "speakeasy-offset": Scenario(
        "organizations", "list_pages", ("GET", "/v1/organizations"),
        lambda url: [Reply.json({"organizations": [{"id": 1}, {"id": 2}]}),
                     Reply.json({"organizations": [{"id": 3}]}),
                     Reply.json({"organizations": []})],
        {"limit": 2, "q": "x"}, [1, 2, 3],
        [[("limit", "2"), ("q", "x")], [("offset", "2"), ("limit", "2"), ("q", "x")],
         [("offset", "3"), ("limit", "2"), ("q", "x")]],
        model="Organization",
    ),
    "speakeasy-page-num-pages": Scenario(
        "documents", "list_pages", ("GET", "/v1/documents"),
        lambda url: [Reply.json({"result": {"documents": [{"title": "d1"}]}, "num_pages": 2}),
                     Reply.json({"result": {"documents": [{"title": "d2"}]}, "num_pages": 2})],
        {"x_tenant": "t-1"}, ["d1", "d2"],
        [("t-1", []), ("t-1", [("page", "2")])],
        key=lambda item: item.title, seen=lambda sent: (sent.headers.get("x-tenant"), _query(sent)),
        model="Document",
    ),
    "pyclient-link": Scenario(
        "issues", "list_pages", ("GET", "/v1/repos/oc%20to/issues"),
        lambda url: [_link(f"{url}/repos/oc%20to/issues", "per_page=2&state=open&page=2"),
                     Reply.json([{"number": 3}])],
        {"owner": "oc to", "per_page": 2, "state": "open"}, [1, 2, 3],
        [[("per_page", "2"), ("state", "open")], [("per_page", "2"), ("state", "open"), ("page", "2")]],
        key=lambda item: item.number, model="Issue",
    ),
    "fern-cursor-in-body": Scenario(
        "search", "search_pages", ("POST", "/v1/search"),
        lambda url: [Reply.json({"hits": [{"id": "h1"}], "next": {"cursor": "c2"}}),
                     Reply.json({"hits": [{"id": "h2"}], "next": {}})],
        {"query": "cats", "limit": 1}, ["h1", "h2"],
        [{"query": "cats", "limit": 1}, {"query": "cats", "limit": 1, "cursor": "c2"}],
        seen=lambda sent: sent.json(), model="Hit",
    ),
    "fern-offset-has-more": Scenario(
        "events", "list_pages", ("GET", "/v1/events"),
        lambda url: [Reply.json({"events": ["e1", "e2"], "has_more": True}),
                     Reply.json({"events": ["e3"], "has_more": False})],
        {"kind": "k"}, ["e1", "e2", "e3"],
        [[("kind", "k")], [("page", "2"), ("kind", "k")]],
        key=lambda item: item,
    ),
    "fern-offset-step": Scenario(
        "events", "list_logs_pages", ("GET", "/v1/logs"),
        lambda url: [Reply.json({"lines": [{"text": "l1"}, {"text": "l2"}]}), Reply.json({"lines": []})],
        {"offset": 10, "size": 2}, ["l1", "l2"],
        [[("offset", "10"), ("size", "2")], [("offset", "12"), ("size", "2")]],
        key=lambda item: item.text, model="LogLine",
    ),
}


def _script(server: LoopbackServer, scenario: Scenario) -> None:
    pages = scenario.pages(server.url + "/v1")
    pages.append(Reply.json({"detail": "no more pages were scripted"}, 599))  # a request past the end fails
    server.routes[scenario.route] = pages


def _check(pkg: ModuleType, server: LoopbackServer, scenario: Scenario, items: list[Any]) -> None:
    if scenario.model:
        assert all(type(item) is getattr(pkg.models, scenario.model) for item in items)
    assert [scenario.key(item) for item in items] == scenario.items
    assert [scenario.seen(sent) for sent in server.requests] == scenario.sent


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_sync_iteration_yields_every_item_across_pages(pkg: ModuleType, server: LoopbackServer, name: str) -> None:
    scenario = SCENARIOS[name]
    _script(server, scenario)
    with pkg.Client(base_url=server.url + "/v1") as client:
        items = list(getattr(getattr(client, scenario.group), scenario.method)(**scenario.kwargs))
    _check(pkg, server, scenario, items)


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_async_iteration_yields_every_item_across_pages(pkg: ModuleType, server: LoopbackServer, name: str) -> None:
    scenario = SCENARIOS[name]
    _script(server, scenario)

    async def main() -> list[Any]:
        async with pkg.AsyncClient(base_url=server.url + "/v1") as client:
            pager = getattr(getattr(client, scenario.group), scenario.method)(**scenario.kwargs)
            assert server.requests == []  # nothing is sent before the pager is awaited or iterated
            return [item async for item in pager]

    _check(pkg, server, scenario, asyncio.run(main()))


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_async_twin_of_the_sync_client_pages_too(pkg: ModuleType, server: LoopbackServer, name: str) -> None:
    scenario = SCENARIOS[name]
    _script(server, scenario)
    with pkg.Client(base_url=server.url + "/v1") as client:

        async def main() -> list[Any]:
            pager = getattr(getattr(client, scenario.group), scenario.method + "_async")(**scenario.kwargs)
            assert server.requests == []  # nothing is sent before the pager is awaited or iterated
            return [item async for item in pager]

        items = asyncio.run(main())
    _check(pkg, server, scenario, items)


def test_async_twin_pager_awaited_gives_the_first_page(pkg: ModuleType, server: LoopbackServer) -> None:
    _script(server, SCENARIOS["speakeasy-cursor"])
    with pkg.Client(base_url=server.url + "/v1") as client:

        async def main() -> Any:
            page = await client.agents.list_pages_async(page_size=2)
            return page, await page.next()

        first, second = asyncio.run(main())
    assert isinstance(first.response, pkg.models.AgentList) and first.response.next_page_token == "t2"
    assert second is not None and len(server.requests) == 2


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_sync_next_walks_pages_and_ends_with_none(pkg: ModuleType, server: LoopbackServer, name: str) -> None:
    scenario = SCENARIOS[name]
    _script(server, scenario)
    with pkg.Client(base_url=server.url + "/v1") as client:
        page = getattr(getattr(client, scenario.group), scenario.method)(**scenario.kwargs)
        assert len(server.requests) == 1  # the first page is fetched by the call
        collected = list(page.items)
        while (page := page.next()) is not None:
            collected.extend(page.items)
    _check(pkg, server, scenario, collected)


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_async_next_walks_pages_and_ends_with_none(pkg: ModuleType, server: LoopbackServer, name: str) -> None:
    scenario = SCENARIOS[name]
    _script(server, scenario)

    async def main() -> list[Any]:
        async with pkg.AsyncClient(base_url=server.url + "/v1") as client:
            page = await getattr(getattr(client, scenario.group), scenario.method)(**scenario.kwargs)
            collected = list(page.items)
            while (page := await page.next()) is not None:
                collected.extend(page.items)
            return collected

    _check(pkg, server, scenario, asyncio.run(main()))


def test_page_exposes_the_typed_response_and_headers(pkg: ModuleType, server: LoopbackServer) -> None:
    _script(server, SCENARIOS["speakeasy-cursor"])
    with pkg.Client(base_url=server.url + "/v1") as client:
        page = client.agents.list_pages(page_size=2)
        assert isinstance(page.response, pkg.models.AgentList)
        assert page.response.next_page_token == "t2"
        assert page.headers["content-type"] == "application/json"
        assert [agent.id for agent in page.items] == ["a1", "a2"]
        assert [agent.id for agent in page] == ["a1", "a2", "a3", "a4"]
        assert [agent.id for agent in page.items] == ["a1", "a2"]  # iterating leaves the page as it was


def test_plain_method_still_returns_the_first_response(pkg: ModuleType, server: LoopbackServer) -> None:
    server.routes[("GET", "/v1/agents")] = Reply.json({"data": [{"id": "a1"}], "next_page_token": "t2"})
    with pkg.Client(base_url=server.url + "/v1") as client:
        result = client.agents.list(page_size=1)
    assert isinstance(result, pkg.models.AgentList) and len(server.requests) == 1


def test_a_repeated_cursor_ends_iteration(pkg: ModuleType, server: LoopbackServer) -> None:
    server.routes[("GET", "/v1/agents")] = [
        Reply.json({"data": [{"id": "a1"}], "next_page_token": "same"}),
        Reply.json({"data": [{"id": "a2"}], "next_page_token": "other"}),
        Reply.json({"data": [{"id": "a3"}], "next_page_token": "same"}),  # a cycle: same → other → same
    ]
    with pkg.Client(base_url=server.url + "/v1") as client:
        assert [a.id for a in client.agents.list_pages()] == ["a1", "a2", "a3"]
    assert len(server.requests) == 3


def test_a_cursor_equal_to_the_one_given_ends_iteration(pkg: ModuleType, server: LoopbackServer) -> None:
    server.routes[("GET", "/v1/agents")] = Reply.json({"data": [{"id": "a1"}], "next_page_token": "start"})
    with pkg.Client(base_url=server.url + "/v1") as client:
        assert [a.id for a in client.agents.list_pages(page_token="start")] == ["a1"]
    assert len(server.requests) == 1


def test_an_empty_page_ends_a_cursor_iteration(pkg: ModuleType, server: LoopbackServer) -> None:
    server.routes[("GET", "/v1/agents")] = [Reply.json({"data": [], "next_page_token": f"t{n}"}) for n in range(3)]
    with pkg.Client(base_url=server.url + "/v1") as client:
        assert list(client.agents.list_pages()) == []
    assert len(server.requests) == 1


def test_a_repeated_link_ends_iteration(pkg: ModuleType, server: LoopbackServer) -> None:
    url = server.url + "/v1/repos/o/issues"
    server.routes[("GET", "/v1/repos/o/issues")] = [_link(url, "page=2"), _link(url, "page=2")]
    with pkg.Client(base_url=server.url + "/v1") as client:
        assert [i.number for i in client.issues.list_pages(owner="o")] == [1, 2, 1, 2]
    assert [_query(sent) for sent in server.requests] == [[], [("page", "2")]]


def test_async_repeated_cursor_ends_iteration(pkg: ModuleType, server: LoopbackServer) -> None:
    server.routes[("GET", "/v1/agents")] = Reply.json({"data": [{"id": "a1"}], "next_page_token": "same"})

    async def main() -> list[str]:
        async with pkg.AsyncClient(base_url=server.url + "/v1") as client:
            return [a.id async for a in client.agents.list_pages()]

    assert asyncio.run(main()) == ["a1", "a1"]
    assert [_query(sent) for sent in server.requests] == [[], [("page_token", "same")]]


def test_a_link_outside_the_base_url_is_not_followed(pkg: ModuleType, server: LoopbackServer) -> None:
    server.routes[("GET", "/v1/repos/o/issues")] = _link("http://elsewhere.invalid/v1/repos/o/issues", "page=2")
    with pkg.Client(base_url=server.url + "/v1") as client:
        page = client.issues.list_pages(owner="o")
        with pytest.raises(pkg.APIError, match="outside"):
            page.next()
    assert len(server.requests) == 1


def test_an_error_on_a_later_page_raises_typed(pkg: ModuleType, server: LoopbackServer) -> None:
    server.routes[("GET", "/v1/agents")] = [Reply.json({"data": [{"id": "a1"}], "next_page_token": "t2"}),
                                            Reply.json({"detail": "gone"}, 404)]
    with pkg.Client(base_url=server.url + "/v1", max_retries=0) as client:
        pager = iter(client.agents.list_pages())
        assert next(pager).id == "a1"
        with pytest.raises(pkg.NotFoundError):
            next(pager)


def test_results_that_are_not_a_list_are_a_validation_error(pkg: ModuleType, server: LoopbackServer) -> None:
    server.routes[("GET", "/v1/events")] = Reply.json({"events": {"not": "a list"}})
    with pkg.Client(base_url=server.url + "/v1") as client, pytest.raises(pkg.APIResponseValidationError):
        client.events.list_pages()


def test_sent_bodies_are_json(pkg: ModuleType, server: LoopbackServer) -> None:
    """The body of the next request is the first one with the cursor set, sent as JSON again."""
    _script(server, SCENARIOS["fern-cursor-in-body"])
    with pkg.Client(base_url=server.url + "/v1") as client:
        list(client.search.search_pages(query="q"))
    assert [json.loads(sent.body) for sent in server.requests] == [{"query": "q"}, {"query": "q", "cursor": "c2"}]
    assert all(sent.headers["content-type"] == "application/json" for sent in server.requests)


USER_CODE = """\
from wire_pagination import AsyncClient, Client


def sync(client: Client) -> None:
    for agent in client.agents.list_pages(page_size=5):
        reveal_type(agent)
    page = client.agents.list_pages()
    reveal_type(page.response)
    reveal_type(page.next())


async def run(client: AsyncClient) -> None:
    async for hit in client.search.search_pages(query="q"):
        reveal_type(hit)
    page = await client.search.search_pages(query="q")
    reveal_type(await page.next())
"""


def test_items_and_pages_are_typed_for_mypy(pkg: ModuleType, tmp_path: Path) -> None:
    folder = Path(pkg.__file__ or "").parent.parent
    (folder / "user_code.py").write_text(USER_CODE, encoding="utf-8")
    args = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(tmp_path), "user_code.py"]
    result = subprocess.run(args, cwd=folder, capture_output=True, text=True, timeout=600, check=False)
    revealed = re.findall(r'Revealed type is "([^"]+)"', result.stdout)
    pages, m = "wire_pagination._runtime._pagination", "wire_pagination.models"
    assert revealed == [
        f"{m}.Agent",
        f"{m}.AgentList",
        f"{pages}.SyncPage[{m}.Agent, {m}.AgentList] | None",
        f"{m}.Hit",
        f"{pages}.AsyncPage[{m}.Hit, {m}.SearchResponse] | None",
    ], result.stdout
