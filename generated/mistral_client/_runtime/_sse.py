"""Server-sent events: an incremental WHATWG decoder and the Stream / AsyncStream iterators over it."""

from __future__ import annotations

import contextlib
import json
import sys
from codecs import utf_8_decode as _utf8_decode
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, Generic, TypeVar

import httpx

from ._errors import (
    APIError,
    APIResponseValidationError,
    APIStreamError,
    APITimeoutError,
    describe,
    redact,
    request_of,
    server_message,
)

if TYPE_CHECKING:
    import asyncio  # imported where it is used, so that a sync-only program never loads it

__all__ = ["MAX_EVENT_SIZE", "AsyncStream", "EventTooLarge", "SSEDecoder", "ServerSentEvent", "Stream"]

T = TypeVar("T")


@dataclass(slots=True)
class ServerSentEvent:
    """One dispatched event. `event` is None when the stream named no type; `id`/`retry` are the last seen."""

    event: str | None = None
    data: str = ""
    id: str | None = None
    retry: int | None = None

    def json(self) -> Any:
        return json.loads(self.data)


MAX_EVENT_SIZE: Final = 16 * 1024 * 1024  # characters one event (or one unfinished line) may hold


class EventTooLarge(ValueError):
    """An event grew past the decoder's `max_event_size` (a server sending a line that never ends)."""


class SSEDecoder:
    """Incremental event-stream parser: feed byte chunks, get complete events.

    Lines may end in LF, CR or CRLF (also when CR and LF arrive in different chunks); a leading BOM is
    dropped; `data` lines are joined with "\\n"; comments and unknown fields are ignored. Invalid UTF-8
    raises UnicodeDecodeError. Unlike the WHATWG text, `flush()` dispatches a last event that lacks its
    terminating blank line (servers that close right after the last `data:` line are common).
    """

    __slots__ = ("_at_start", "_data", "_event", "_held", "_pending", "_skip_lf", "_tail", "_tail_size",
                 "last_event_id", "max_event_size", "retry")

    def __init__(self, max_event_size: int = MAX_EVENT_SIZE) -> None:
        self._pending = b""  # the start of a UTF-8 sequence that the next chunk completes
        self._at_start = True  # no text decoded yet: a BOM may come
        self._tail: list[str] = []  # text of the current, incomplete line
        self._tail_size = 0
        self._skip_lf = False  # the previous chunk ended in CR: a leading LF belongs to it
        self._data: list[str] = []
        self._held = 0  # characters of the field lines of the event being read
        self._event: str | None = None
        self.last_event_id: str | None = None
        self.retry: int | None = None
        self.max_event_size = max_event_size

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        text = self._to_text(chunk, final=False)
        if self._skip_lf or "\r" in text:
            text = self._normalize(text)
        if "\n" not in text:
            if text:
                self._tail.append(text)
                self._tail_size += len(text)
                self._check_size()
            return []
        if self._tail:
            self._tail.append(text)
            text = "".join(self._tail)
            self._tail = []
        lines = text.split("\n")
        last = lines.pop()
        self._tail_size = len(last)
        if last:
            self._tail.append(last)
        events = self._lines(lines)
        self._check_size()
        return events

    def _check_size(self) -> None:
        if self._held + self._tail_size > self.max_event_size:
            raise EventTooLarge(f"an event is larger than {self.max_event_size} characters")

    def flush(self) -> list[ServerSentEvent]:
        """End of stream: finish the last line and dispatch pending data, then reset for reuse."""
        text = self._normalize(self._to_text(b"", final=True))
        rest = "".join(self._tail) + text
        self._tail = []
        self._tail_size = 0
        self._at_start = True
        self._skip_lf = False
        return self._lines([*rest.split("\n"), ""])

    def _to_text(self, chunk: bytes, *, final: bool) -> str:
        """UTF-8 across chunk boundaries (what an incremental decoder does, without its Python-level layers)."""
        if self._pending:
            chunk = self._pending + chunk
            self._pending = b""
        text, used = _utf8_decode(chunk, "strict", final)
        if used != len(chunk):
            self._pending = chunk[used:]
        if self._at_start and text:
            self._at_start = False
            if text[0] == "\ufeff":
                text = text[1:]
        return text

    def _normalize(self, text: str) -> str:
        if self._skip_lf and text:
            self._skip_lf = False
            if text[0] == "\n":
                text = text[1:]
        if "\r" in text:
            self._skip_lf = text[-1] == "\r"
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def _lines(self, lines: list[str]) -> list[ServerSentEvent]:
        events: list[ServerSentEvent] = []
        data = self._data
        held = self._held
        for line in lines:
            if not line:
                if data:
                    events.append(ServerSentEvent(self._event, "\n".join(data), self.last_event_id, self.retry))
                    data.clear()
                self._event = None
                held = 0
            elif line[:6] == "data: ":
                data.append(line[6:])
                held += len(line)
            elif line[0] != ":":
                self._field(line)
                held += len(line)
        self._held = held
        return events

    def _field(self, line: str) -> None:
        name, _, value = line.partition(":")
        if value[:1] == " ":
            value = value[1:]
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value or None
        elif name == "id":
            if "\0" not in value:
                self.last_event_id = value
        elif name == "retry" and value.isascii() and value.isdigit():
            self.retry = int(value)


class _Marker:
    __slots__ = ()


_END: Final = _Marker()  # the stream is over
_DRAIN_LIMIT: Final = 65536  # after [DONE], read at most this much more so the connection can be reused


def _whole(sse: ServerSentEvent, data: Any) -> dict[str, Any]:
    """The whole event as a spec that models it ({event, data, id}) sees it: the decoded `data`, and the event's
    name and id when the stream sent them."""
    whole: dict[str, Any] = {"data": data}
    if sse.event is not None:
        whole["event"] = sse.event
    if sse.id is not None:
        whole["id"] = sse.id
    return whole


class _StreamBase(Generic[T]):
    """What Stream and AsyncStream share: turning decoded events into items or errors."""

    response: httpx.Response
    current_event: ServerSentEvent | None

    def __init__(
        self,
        response: httpx.Response,
        decode: Callable[[Any], T],
        *,
        require_done: bool = True,
        whole_event: bool = False,
        secrets: Iterable[str] = (),
    ) -> None:
        self.response = response
        self.current_event = None
        self._whole_event = whole_event
        self._decode = decode
        self._require_done = require_done
        self._secrets = tuple(secrets)
        self._decoder = SSEDecoder()
        self._events: deque[ServerSentEvent] = deque()
        self._at_eof = False
        self._closed = False
        self._done = False
        self._start()

    def _start(self) -> None:
        raise NotImplementedError

    def _waiting(self) -> bool:
        """True while bytes must be read before `_take` can answer."""
        return not self._events and not self._at_eof and not self._closed

    def _take(self) -> T | _Marker:
        """The next item from the decoded events, or `_END`; called once `_waiting()` is false."""
        if self._closed:
            return _END
        if self._events:
            sse = self._events.popleft()
            self.current_event = sse
            data = sse.data
            if data == "[DONE]" or data.strip() == "[DONE]":
                self._done = True
                return _END
            return self._item(sse)
        if self._require_done:
            raise self._stream_error("stream ended before [DONE]", None)
        return _END

    def _feed(self, chunk: bytes) -> None:
        try:
            self._events.extend(self._decoder.feed(chunk))
        except UnicodeDecodeError as exc:
            raise self._bad_bytes(exc, chunk) from exc
        except EventTooLarge as exc:
            raise APIStreamError(self._msg(str(exc)), response=self.response) from exc

    def _undecodable(self, exc: httpx.DecodingError) -> APIResponseValidationError:
        return APIResponseValidationError(
            self._msg(f"stream body cannot be decoded: {type(exc).__name__}: {exc}"), response=self.response
        )

    def _end_of_body(self) -> None:
        self._at_eof = True
        try:
            self._events.extend(self._decoder.flush())
        except UnicodeDecodeError as exc:
            raise self._bad_bytes(exc, b"") from exc

    def _item(self, sse: ServerSentEvent) -> T:
        data = sse.data
        if sse.event == "error":
            raise self._stream_error("error event in stream", sse, _loads_or_none(data))
        try:
            obj = _loads(data)
        except ValueError as exc:
            raise APIResponseValidationError(
                self._msg(f"invalid JSON in stream event: {exc}"), response=self.response, text=data
            ) from exc
        if type(obj) is dict and (obj.get("error") is not None or obj.get("object") == "error"):
            raise self._stream_error("error in stream", sse, obj)
        try:
            return self._decode(_whole(sse, obj) if self._whole_event else obj)
        except (KeyError, TypeError, ValueError) as exc:
            raise APIResponseValidationError(
                self._msg(f"stream event does not decode: {exc!r}"), response=self.response, text=data, body=obj
            ) from exc

    def _stream_error(self, what: str, sse: ServerSentEvent | None, body: Any = None) -> APIStreamError:
        data = "" if sse is None else sse.data
        detail = f": {server_message(body, data)}" if sse is not None else ""
        return APIStreamError(self._msg(what + detail), response=self.response, body=body, data=data, event=sse)

    def _transport_error(self, exc: httpx.TransportError) -> APIError:
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(self._msg("stream timed out"), request=request_of(self.response))
        what = "stream ended before [DONE]" if self._require_done else "stream broken before its end"
        return APIStreamError(self._msg(f"{what}: {type(exc).__name__}: {exc}"), response=self.response)

    def _bad_bytes(self, exc: UnicodeDecodeError, chunk: bytes) -> APIResponseValidationError:
        raw = chunk.decode("utf-8", "replace")
        message = self._msg(f"invalid UTF-8 in stream: {exc}")
        return APIResponseValidationError(message, response=self.response, text=raw)

    def _msg(self, text: str) -> str:
        return redact(f"{text} ({describe(request_of(self.response))})", self._secrets)


_raw_decode: Final = json.JSONDecoder().raw_decode


def _loads(data: str) -> Any:
    """`json.loads(data)`, without the cost of its wrapper (two regex scans for whitespace) in the usual case:
    a value with nothing around it. Anything else goes to json.loads, for the same result or error."""
    try:
        obj, end = _raw_decode(data)
    except ValueError:
        return json.loads(data)
    return obj if end == len(data) else json.loads(data)


def _loads_or_none(data: str) -> Any:
    try:
        return json.loads(data)
    except ValueError:
        return None


class Stream(_StreamBase[T], Iterator[T]):
    """Decoded items of an event stream. Closes its response at the end, on error, on `close()`/exit."""

    _chunks: Iterator[bytes]

    def _start(self) -> None:
        self._chunks = self.response.iter_bytes()

    def __iter__(self) -> Stream[T]:
        return self

    def __next__(self) -> T:
        try:
            while self._waiting():
                self._pull()
            item = self._take()
        except BaseException:
            self.close()
            raise
        if isinstance(item, _Marker):
            self._drain()
            self.close()
            raise StopIteration
        return item

    def _pull(self) -> None:
        try:
            chunk = next(self._chunks)
        except StopIteration:
            self._end_of_body()
        except httpx.TransportError as exc:
            raise self._transport_error(exc) from exc
        except httpx.DecodingError as exc:
            raise self._undecodable(exc) from exc
        else:
            self._feed(chunk)

    def _drain(self) -> None:
        """After [DONE], read the (normally empty) rest of the body so the connection goes back to the pool."""
        if not self._done or self._at_eof or self._closed:
            return
        budget = _DRAIN_LIMIT
        try:
            for chunk in self._chunks:
                budget -= len(chunk)
                if budget < 0:
                    return
        except (httpx.TransportError, httpx.StreamError):
            return

    def close(self) -> None:
        """Release the connection. Safe to call more than once."""
        if self._closed:
            return
        self._closed = True
        close_chunks = getattr(self._chunks, "close", None)
        try:
            if callable(close_chunks):
                close_chunks()
        finally:
            self.response.close()

    def __enter__(self) -> Stream[T]:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __del__(self) -> None:
        if not getattr(self, "_closed", True):
            with contextlib.suppress(Exception):
                self.close()


class AsyncStream(_StreamBase[T], AsyncIterator[T]):
    """Async twin of Stream: `async for`, `async with`, `await aclose()`."""

    _chunks: AsyncIterator[bytes]

    def _start(self) -> None:
        self._chunks = self.response.aiter_bytes()

    def __aiter__(self) -> AsyncStream[T]:
        return self

    async def __anext__(self) -> T:
        try:
            while self._waiting():
                await self._pull()
            item = self._take()
        except BaseException:
            await self.aclose()
            raise
        if isinstance(item, _Marker):
            await self._drain()
            await self.aclose()
            raise StopAsyncIteration
        return item

    async def _pull(self) -> None:
        try:
            chunk = await self._chunks.__anext__()
        except StopAsyncIteration:
            self._end_of_body()
        except httpx.TransportError as exc:
            raise self._transport_error(exc) from exc
        except httpx.DecodingError as exc:
            raise self._undecodable(exc) from exc
        else:
            self._feed(chunk)

    async def _drain(self) -> None:
        """After [DONE], read the (normally empty) rest of the body so the connection goes back to the pool."""
        if not self._done or self._at_eof or self._closed:
            return
        budget = _DRAIN_LIMIT
        try:
            async for chunk in self._chunks:
                budget -= len(chunk)
                if budget < 0:
                    return
        except (httpx.TransportError, httpx.StreamError):
            return

    async def aclose(self) -> None:
        """Release the connection. Safe to call more than once."""
        if self._closed:
            return
        self._closed = True
        close_chunks = getattr(self._chunks, "aclose", None)
        try:
            if callable(close_chunks):
                await close_chunks()
        finally:
            await self.response.aclose()

    async def close(self) -> None:
        """Same as `aclose()`."""
        await self.aclose()

    async def __aenter__(self) -> AsyncStream[T]:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __del__(self) -> None:
        if getattr(self, "_closed", True):
            return
        if "asyncio" not in sys.modules:  # no event loop can run without it; never import in a finalizer
            return
        import asyncio

        try:  # best effort: an abandoned stream still gives its connection back
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        task = loop.create_task(self.aclose())
        _PENDING_CLOSES.add(task)
        task.add_done_callback(_PENDING_CLOSES.discard)


_PENDING_CLOSES: set[asyncio.Task[None]] = set()
