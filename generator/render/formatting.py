"""black, in-process: large modules are cut at top-level definitions and formatted in parallel processes.

Cutting is safe because the templates separate top-level definitions by two blank lines, which is what
black itself puts there; a chunk that black rejects falls back to formatting its whole file.
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor

import black
import black.mode
import black.parsing

BLACK_MODE = black.Mode(line_length=88, target_versions={black.mode.TargetVersion.PY310})
CHUNK_CHARS = 200_000
PARALLEL_CHARS = 1_000_000  # below this, a process pool costs more than it saves


class FormattingError(Exception):
    """Generated source that black cannot parse: a generator bug, never a spec problem."""


def format_source(source: str) -> str:
    return black.format_str(source, mode=BLACK_MODE)


def split_top_level(source: str, size: int = CHUNK_CHARS) -> list[str]:
    """Pieces of `source`, each ending at a boundary between top-level definitions, about `size` long."""
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
        if outside_string and cut - start >= size and source[cut + 3:cut + 4] in ("@", "c", "d", "_"):
            pieces.append(source[start:cut + 1])
            start = cut + 3
    pieces.append(source[start:])
    return pieces


def format_sources(sources: dict[str, str], workers: int | None = None) -> dict[str, str]:
    """Every source formatted by black; the result is the same bytes whatever the number of workers."""
    jobs = [(path, piece) for path, text in sources.items() for piece in split_top_level(text)]
    total = sum(len(piece) for _, piece in jobs)
    workers = workers or min(len(jobs), os.cpu_count() or 1)
    try:
        if workers > 1 and total >= PARALLEL_CHARS:
            with ProcessPoolExecutor(max_workers=workers) as pool:
                formatted = list(pool.map(format_source, [piece for _, piece in jobs], chunksize=1))
        else:
            formatted = [format_source(piece) for _, piece in jobs]
    except black.parsing.InvalidInput:
        return {path: _format_whole(path, text) for path, text in sources.items()}
    out: dict[str, list[str]] = {path: [] for path in sources}
    for (path, _), text in zip(jobs, formatted, strict=True):
        out[path].append(text)
    return {path: "\n\n".join(parts) for path, parts in out.items()}


def _format_whole(path: str, source: str) -> str:
    try:
        return format_source(source)
    except black.parsing.InvalidInput as exc:
        raise FormattingError(f"generated {path} is not valid Python: {exc}") from exc
