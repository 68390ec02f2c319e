"""black, in-process: modules are cut at top-level definitions; each piece is formatted once.

Cutting is safe because the templates separate top-level definitions by two blank lines, which is what
black itself puts there (tests/test_formatting.py pins piecewise == whole-file). Pieces already formatted
in an earlier run come from a cache (keyed by black's version, mode and the piece's text), so regenerating
after a small spec change formats only what changed; the rest is formatted in parallel processes.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from contextlib import closing
from pathlib import Path

import black
import black.mode
import black.parsing

BLACK_MODE = black.Mode(line_length=88, target_versions={black.mode.TargetVersion.PY310})
CHUNK_CHARS = 1  # cut at every top-level definition (best cache reuse)
PARALLEL_CHARS = 1_000_000  # below this much unformatted text, a process pool costs more than it saves
CACHE_ENV = "PYCLIENT_GEN_CACHE"
_DEFINITION_STARTS = ("@", "class ", "def ", "async def ")


# black.format_str formats twice whenever the first pass changes anything (a guard for trailing commas that the
# first pass adds and that then change its choice of optional parentheses). Our pieces always change, so that
# doubles the cost; one pass gives the same bytes on every generated piece we have compared (pinned by
# tests/test_formatting.py against black.format_str over the golden cases and the corpus), at half the time.
_FORMAT_ONCE: Callable[..., str] = getattr(black, "_format_str_once", black.format_str)


class FormattingError(Exception):
    """Generated source that black cannot parse: a generator bug, never a spec problem."""


def format_source(source: str) -> str:
    """One piece formatted by black, in a single pass (see _FORMAT_ONCE)."""
    return _FORMAT_ONCE(source, mode=BLACK_MODE)


def split_top_level(source: str, size: int = CHUNK_CHARS) -> list[str]:
    """Pieces of `source`, each ending at a boundary between top-level definitions, at least `size` long."""
    pieces: list[str] = []
    start = 0
    quotes = 0
    position = 0
    while True:
        cut = source.find("\n\n\n", position)
        if cut < 0:
            break
        quotes += source.count('"""', position, cut)
        position = cut + 3
        outside_string = quotes % 2 == 0
        if outside_string and cut - start >= size and source.startswith(_DEFINITION_STARTS, cut + 3):
            pieces.append(source[start:cut + 1])
            start = cut + 3
    pieces.append(source[start:])
    return pieces


def default_cache_path() -> Path | None:
    """Where formatted pieces are kept: $PYCLIENT_GEN_CACHE (a folder; "off" disables), else ~/.cache."""
    setting = os.environ.get(CACHE_ENV)
    if setting == "off":
        return None
    folder = Path(setting) if setting else Path.home() / ".cache" / "pyclient-generator"
    return folder / "black.sqlite3"


class FormatCache:
    """Formatted pieces by the hash of their input; a cache that cannot be opened is simply not used."""

    def __init__(self, path: Path | None) -> None:
        self._db: sqlite3.Connection | None = None
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(path), timeout=30)
            self._db.execute("CREATE TABLE IF NOT EXISTS piece (key TEXT PRIMARY KEY, text TEXT NOT NULL)")
        except (OSError, sqlite3.Error):
            self._db = None

    @staticmethod
    def key(piece: str) -> str:
        salt = f"{getattr(black, '__version__', '')}|{BLACK_MODE!r}|{_FORMAT_ONCE.__name__}|".encode()
        return hashlib.sha256(salt + piece.encode("utf-8", "surrogatepass")).hexdigest()

    def get_many(self, keys: list[str]) -> dict[str, str]:
        if self._db is None or not keys:
            return {}
        found: dict[str, str] = {}
        try:
            for start in range(0, len(keys), 500):
                batch = keys[start:start + 500]
                marks = ",".join("?" * len(batch))
                rows = self._db.execute(f"SELECT key, text FROM piece WHERE key IN ({marks})", batch)
                found.update(dict(rows.fetchall()))
        except sqlite3.Error:
            return {}
        return found

    def put_many(self, items: dict[str, str]) -> None:
        if self._db is None or not items:
            return
        try:
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO piece (key, text) VALUES (?, ?)", items.items())
        except sqlite3.Error:
            pass

    def close(self) -> None:
        if self._db is not None:
            self._db.close()


def format_sources(sources: dict[str, str], workers: int | None = None,
                   cache_path: Path | None | str = "default") -> dict[str, str]:
    """Every source formatted by black; the same bytes whatever the cache or the number of workers."""
    path = default_cache_path() if cache_path == "default" else cache_path
    jobs = [(name, piece) for name, text in sources.items() for piece in split_top_level(text)]
    keys = [FormatCache.key(piece) for _, piece in jobs]
    with closing(FormatCache(Path(path) if path else None)) as cache:
        known = cache.get_many(sorted(set(keys)))
        missing = sorted({key: piece for key, (_, piece) in zip(keys, jobs, strict=True) if key not in known}.items())
        try:
            fresh = dict(zip([k for k, _ in missing], _format_all([p for _, p in missing], workers), strict=True))
        except black.parsing.InvalidInput:
            return {name: _format_whole(name, text) for name, text in sources.items()}
        cache.put_many(fresh)
    done = {**known, **fresh}
    out: dict[str, list[str]] = {name: [] for name in sources}
    for (name, _), key in zip(jobs, keys, strict=True):
        out[name].append(done[key])
    return {name: "\n\n".join(parts) for name, parts in out.items()}


def _format_all(pieces: list[str], workers: int | None) -> list[str]:
    workers = workers or os.cpu_count() or 1
    if workers > 1 and sum(map(len, pieces)) >= PARALLEL_CHARS:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            return list(pool.map(format_source, pieces, chunksize=max(1, len(pieces) // (workers * 8))))
    return [format_source(piece) for piece in pieces]


def _format_whole(path: str, source: str) -> str:
    try:
        return format_source(source)
    except black.parsing.InvalidInput as exc:
        raise FormattingError(f"generated {path} is not valid Python: {exc}") from exc
