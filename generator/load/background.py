"""openapi-spec-validator in a forked child process, while the parent goes on modelling, rendering, formatting.

On a machine with two cores a cold run then costs about the longer of the two instead of their sum (the
validator's import and run are ~0.3 s on a small spec). The child only computes the validator's events
(validator_cache.py), plain data sent back through a pipe; the parent turns them into findings itself, so
they are the same findings, at the same places, as when the validator runs in-process. Where `fork` is not
available, or the child fails, the validator runs in-process instead.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from .validator_cache import Event, validator_events


class BackgroundValidation:
    """The validator's events for one spec, computed by a child process started at construction."""

    def __init__(self, spec: Any, family: str, root_path: Path) -> None:
        self._args = (spec, family, root_path.as_uri())
        read, write = os.pipe()
        self._pid = os.fork()
        if self._pid == 0:  # the child: never returns
            os.close(read)
            _child(write, *self._args)
        os.close(write)
        self._read = read

    def events(self) -> list[Event]:
        """Wait for the child; its events, or the validator's run in-process when the child gave none."""
        chunks = []
        with os.fdopen(self._read, "rb") as pipe:
            while chunk := pipe.read(1 << 16):
                chunks.append(chunk)
        _, status = os.waitpid(self._pid, 0)
        try:
            if os.waitstatus_to_exitcode(status) == 0:
                return list(json.loads(b"".join(chunks)))
        except ValueError:
            pass
        return validator_events(*self._args)


def can_fork() -> bool:
    """Only where fork is the usual way to start a process (Linux): elsewhere it is unsafe or missing."""
    return sys.platform.startswith("linux") and hasattr(os, "fork")


def _child(write: int, spec: Any, family: str, base_uri: str) -> None:
    code = 1
    try:
        data = json.dumps(validator_events(spec, family, base_uri), allow_nan=False).encode()
        with os.fdopen(write, "wb") as pipe:
            pipe.write(data)
        code = 0
    finally:
        os._exit(code)
