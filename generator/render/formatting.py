"""black, in-process: modules are cut at top-level definitions; each piece is formatted once.

Cutting is safe because the templates separate top-level definitions by two blank lines, which is what
black itself puts there (tests/test_formatting.py pins piecewise == whole-file). Pieces already formatted
in an earlier run come from a cache (keyed by black's version, mode and the piece's text), so regenerating
after a small spec change formats only what changed; the rest is formatted in parallel processes.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from contextlib import closing
from functools import cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..cache import CACHE_ENV, KeyValueStore, cache_folder, installed_version

if TYPE_CHECKING:
    from .stability import StabilityOracle

# black is imported on first use only (~0.15 s): a run whose pieces all come from the cache never imports it.
LINE_LENGTH = 88
TARGET_VERSION = "PY310"
CHUNK_CHARS = 1  # cut at every top-level definition (best cache reuse)
PARALLEL_CHARS = 1_000_000  # below this much unformatted text, a process pool costs more than it saves
SHARED_CHARS = 200_000  # from this much text to format, a forked child shares the work (shared_work.py)
SHARED_CHUNKS = 32  # runs of pieces the two processes claim in turn
_DEFINITION_STARTS = ("@", "class ", "def ", "async def ")
__all__ = ["CACHE_ENV", "FormatCache", "FormattingError", "default_cache_path", "format_source", "format_sources",
           "split_top_level"]


def __getattr__(name: str) -> Any:
    """`BLACK_MODE`, made on first use (it needs black)."""
    if name == "BLACK_MODE":
        return black_mode()
    raise AttributeError(name)


@cache
def black_mode() -> Any:
    import black

    return black.Mode(line_length=LINE_LENGTH, target_versions={black.mode.TargetVersion[TARGET_VERSION]})


# black.format_str formats twice whenever the first pass changes anything (a guard for trailing commas that the
# first pass adds and that then change its choice of optional parentheses). Our pieces always change, so that
# doubles the cost; one pass gives the same bytes on every generated piece we have compared (pinned by
# tests/test_formatting.py: every piece of the Mistral models against black.format_str, and every golden file
# stable under black.format_str), at half the time.
@cache
def _format_once() -> Callable[..., str]:
    import black

    once: Callable[..., str] = getattr(black, "_format_str_once", black.format_str)
    return once


class FormattingError(Exception):
    """Generated source that black cannot parse: a generator bug, never a spec problem."""


def format_source(source: str) -> str:
    """One piece formatted by black, in a single pass (see _format_once)."""
    return _format_once()(source, mode=black_mode())


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
    """Where formatted pieces are kept: black.sqlite3 in the cache folder (generator/cache.py)."""
    folder = cache_folder()
    return None if folder is None else folder / "black.sqlite3"


class FormatCache(KeyValueStore):
    """Formatted pieces by the hash of their input; a cache that cannot be opened is simply not used."""

    def __init__(self, path: Path | None) -> None:
        super().__init__(path, "piece")

    @staticmethod
    def key(piece: str) -> str:
        return hashlib.sha256(_key_salt() + piece.encode("utf-8", "surrogatepass")).hexdigest()


@cache
def _key_salt() -> bytes:
    """black's version and our mode and single pass: what else decides the formatted text of a piece."""
    return f"black {installed_version('black', 'black')}|{LINE_LENGTH}|{TARGET_VERSION}|once|".encode()


def format_sources(sources: dict[str, str], workers: int | None = None,
                   cache_path: Path | None | str = "default") -> dict[str, str]:
    """Every source formatted by black; the same bytes whatever the cache or the number of workers."""
    path = default_cache_path() if cache_path == "default" else cache_path
    jobs = [(name, piece) for name, text in sources.items() for piece in split_top_level(text)]
    keys = [FormatCache.key(piece) for _, piece in jobs]
    with closing(FormatCache(Path(path) if path else None)) as cache:
        known = cache.get_many(sorted(set(keys)))
        # in the order of the sources (not of the keys): neighbouring pieces are alike, so each process of
        # shared_work sees fewer shapes, skeletons and statements that the other one also works out
        missing = list({key: piece for key, (_, piece) in zip(keys, jobs, strict=True) if key not in known}.items())
        try:
            fresh = dict(zip([k for k, _ in missing], _format_all([p for _, p in missing], workers), strict=True))
        except _invalid_input():
            return {name: _format_whole(name, text) for name, text in sources.items()}
        cache.put_many(fresh)
    done = {**known, **fresh}
    out: dict[str, list[str]] = {name: [] for name in sources}
    for (name, _), key in zip(jobs, keys, strict=True):
        out[name].append(done[key])
    return {name: "\n\n".join(parts) for name, parts in out.items()}


LAST_RUN: dict[str, int] = {}  # the StabilityOracle's counts of the last run (for benchmarks and tests)


def _format_all(pieces: list[str], workers: int | None) -> list[str]:
    """black's text of each piece; black runs only on what it may change (stability.py) unless `workers` is set."""
    if workers is None:
        return _format_stable_first(pieces, os.cpu_count() or 1)
    workers = workers or os.cpu_count() or 1
    if workers > 1 and sum(map(len, pieces)) >= PARALLEL_CHARS:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=workers) as pool:
            return list(pool.map(format_source, pieces, chunksize=max(1, len(pieces) // (workers * 8))))
    return [format_source(piece) for piece in pieces]


def _format_stable_first(pieces: list[str], workers: int) -> list[str]:
    if not pieces:  # everything came from the cache: black is not even imported
        return []
    from .stability import StabilityOracle

    oracle = StabilityOracle(format_source, format_many=partial(_format_many, workers=workers))
    if workers > 1 and sum(map(len, pieces)) >= SHARED_CHARS:
        from .shared_work import map_shared

        done = map_shared(partial(_format_chunk, oracle), _chunks_of(pieces, SHARED_CHUNKS))
    else:
        done = [_format_chunk(oracle, pieces)]
    LAST_RUN.clear()
    for _, counts in done:
        for name, count in counts.items():
            LAST_RUN[name] = LAST_RUN.get(name, 0) + count
    return [piece for formatted, _ in done for piece in formatted]


def _format_chunk(oracle: StabilityOracle, pieces: list[str]) -> tuple[list[str], dict[str, int]]:
    """The pieces as black formats them, and what the oracle counted on the way (for LAST_RUN)."""
    before = oracle.counts()
    out = oracle.format_pieces(pieces, normalize=_normalize_string_quotes)
    return out, {name: count - before[name] for name, count in oracle.counts().items()}


def _chunks_of(pieces: list[str], count: int) -> list[list[str]]:
    """The pieces in order, cut into runs of about 1/count of their length, the last runs shorter (each at most a
    third of what is left, at least an eighth of the others): the run that the parent does again at the end of
    map_shared (the one the child is still working on) is a short one."""
    total = sum(map(len, pieces))
    size = total / count
    chunks: list[list[str]] = []
    done = length = 0  # the length of the pieces in chunks before the last, in the last
    wanted = 0.0
    for piece in pieces:
        if not chunks or length >= wanted:
            done += length
            wanted, length = max(min(size, (total - done) / 3), size / 8), 0
            chunks.append([])
        chunks[-1].append(piece)
        length += len(piece)
    return chunks


def _normalize_string_quotes(literal: str) -> str:
    """The literal quoted as black quotes it: by quotes.py, by black itself where quotes.py does not decide."""
    from .quotes import normalize_string_quotes

    normal = normalize_string_quotes(literal)
    if normal is None:
        from black.strings import normalize_string_quotes as black_normalize

        normal = black_normalize(literal)
    return normal


def _format_many(texts: list[str], workers: int) -> list[str | None]:
    """black's text of each (None where it cannot parse it), in parallel processes when there is much of it."""
    if workers > 1 and len(texts) > 1 and sum(map(len, texts)) >= PARALLEL_CHARS:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=workers) as pool:
            return list(pool.map(_format_or_none, texts, chunksize=max(1, len(texts) // (workers * 8))))
    return [_format_or_none(text) for text in texts]


def _format_or_none(text: str) -> str | None:
    try:
        return format_source(text)
    except _invalid_input():
        return None


def _format_whole(path: str, source: str) -> str:
    try:
        return format_source(source)
    except _invalid_input() as exc:
        raise FormattingError(f"generated {path} is not valid Python: {exc}") from exc


def _invalid_input() -> type[Exception]:
    import black.parsing

    return black.parsing.InvalidInput
