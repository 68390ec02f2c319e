"""The pager method of a paginated operation: `<method>_pages(...)`, the same arguments as its plain method,
returning `_rt.SyncPage[Item, Response]` (async: `_rt.AsyncPager[...]`). It calls the runtime and nothing else."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from ..model.types import PageInput, Pagination

if TYPE_CHECKING:
    from .methods import MethodView

# Where a page input sits in the runtime's Request
_SLOTS = {"query": "query", "header": "headers", "cookie": "cookies", "body": "json"}


def pager_method(pagination: Pagination, plain: MethodView, item: str, item_decoder: str) -> MethodView:
    """The pager built from the operation's plain method (`plain`): same arguments and request, plus how to page.
    `item` is the annotation of one result, `item_decoder` the expression decoding one."""
    request, responses, *rest = plain.call_args
    summary = plain.doc.split("\n", 1)[0]
    doc = "\n".join([
        summary, "",
        "Page by page: iterate the result for every item across pages (fetched as needed), or call `.next()`.",
        f"Arguments as for `{plain.name}`; the pager fills in {_filled(pagination)}.",
    ])
    return dataclasses.replace(
        plain,
        name=pagination.method_name,
        returns=f"_rt.SyncPage[{item}, {plain.returns}]",
        async_returns=f"_rt.AsyncPager[{item}, {plain.returns}]",
        doc=doc,
        call="_rt.SyncPage.fetch",
        async_call="_rt.AsyncPager",
        awaits=False,
        call_args=["self._core", request, responses, paging_expr(pagination, item_decoder), *rest],
    )


def paging_expr(pagination: Pagination, item_decoder: str) -> str:
    """The `_rt.Paging(...)` describing how the operation pages."""
    parts = [repr(pagination.kind), item_decoder]
    if pagination.results:
        parts.append(f"results={pagination.results!r}")
    if pagination.cursor is not None:
        parts.append(f"cursor={_slot(pagination.cursor)}")
    if pagination.next_cursor:
        parts.append(f"next_cursor={pagination.next_cursor!r}")
    if pagination.has_more is not None:
        parts.append(f"has_more={pagination.has_more!r}")
    if pagination.num_pages is not None:
        parts.append(f"num_pages={pagination.num_pages!r}")
    if pagination.start:
        parts.append(f"start={pagination.start!r}")
    return f"_rt.Paging({', '.join(parts)})"


def _slot(page_input: PageInput) -> str:
    return repr((_SLOTS[page_input.location], page_input.wire))


def _filled(pagination: Pagination) -> str:
    if pagination.cursor is None:
        return "the URL of the `Link: rel=\"next\"` header"
    what = {"cursor": "the cursor", "offset": "the offset", "page": "the page number"}[pagination.kind]
    return f"`{pagination.cursor.name}` ({what})"
