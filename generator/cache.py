"""The cache folder shared by every cache of the generator (black's pieces, Jinja bytecode, validator findings).

$PYCLIENT_GEN_CACHE names the folder ("off" disables every cache), else ~/.cache/pyclient-generator. A cache is
only ever a shortcut: a run gives the same bytes whatever the folder holds, and a folder that cannot be used is
simply not used.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

CACHE_ENV = "PYCLIENT_GEN_CACHE"


def cache_folder() -> Path | None:
    """The cache folder, or None when caching is off."""
    setting = os.environ.get(CACHE_ENV)
    if setting == "off":
        return None
    return Path(setting) if setting else Path.home() / ".cache" / "pyclient-generator"


class KeyValueStore:
    """Text values by text key in one sqlite table; every failure reads as a miss and writes nothing."""

    def __init__(self, path: Path | None, table: str) -> None:
        assert table.isidentifier()
        self._table = table
        self._db: sqlite3.Connection | None = None
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(path), timeout=30)
            self._db.execute(f"CREATE TABLE IF NOT EXISTS {table} (key TEXT PRIMARY KEY, text TEXT NOT NULL)")
        except (OSError, sqlite3.Error):
            self._db = None

    def get_many(self, keys: list[str]) -> dict[str, str]:
        if self._db is None or not keys:
            return {}
        found: dict[str, str] = {}
        try:
            for start in range(0, len(keys), 500):
                batch = keys[start:start + 500]
                marks = ",".join("?" * len(batch))
                rows = self._db.execute(f"SELECT key, text FROM {self._table} WHERE key IN ({marks})", batch)
                found.update(dict(rows.fetchall()))
        except sqlite3.Error:
            return {}
        return found

    def get(self, key: str) -> str | None:
        return self.get_many([key]).get(key)

    def put_many(self, items: dict[str, str]) -> None:
        if self._db is None or not items:
            return
        try:
            with self._db:
                self._db.executemany(f"INSERT OR REPLACE INTO {self._table} (key, text) VALUES (?, ?)", items.items())
        except sqlite3.Error:
            pass

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def installed_version(module: str, distribution: str) -> str:
    """The version of an installed distribution, read from its .dist-info folder name without importing it.

    (importlib.metadata takes ~50 ms to import, more than the lookups it would save.) When there is no
    .dist-info next to the module, the module file's size and modification time stand in for the version."""
    from importlib.util import find_spec

    spec = find_spec(module)
    origin = Path(spec.origin) if spec is not None and spec.origin else None
    if origin is None:
        return "absent"
    site = origin.parent.parent if spec is not None and spec.submodule_search_locations else origin.parent
    wanted = _normalized(distribution)
    try:
        for name in os.listdir(site):
            stem, dash, version = name.removesuffix(".dist-info").rpartition("-")
            if name.endswith(".dist-info") and dash and _normalized(stem) == wanted:
                return version
        stat = origin.stat()
    except OSError:
        return "unknown"
    return f"unknown-{stat.st_size}-{stat.st_mtime_ns}"


def _normalized(distribution: str) -> str:
    return distribution.lower().replace("-", "_").replace(".", "_")
