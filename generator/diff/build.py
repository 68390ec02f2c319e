"""The two models of a `diff`, built side by side: on Linux the old one in a forked child (the machine's second
core) while this process builds the new one, so a diff of two specs takes about as long as modelling one."""

from __future__ import annotations

import os
import pickle
from dataclasses import replace

from ..findings import Finding, SpecError
from ..load.background import can_fork
from ..model.types import Api
from ..options import Options
from ..pipeline import start_model
from .inputs import Source

# What building one model gives: the model, or the findings that stop it, or an internal error's text.
Outcome = tuple[Api | None, list[Finding], str]


def build_pair(old: Source, new: Source, options: Options) -> tuple[Api, Api]:
    """Both models; a bad spec on either side raises SpecError with every finding of both, old ones first."""
    child = _ForkedBuild(old, options) if can_fork() else None
    new_outcome = _build(new, options)
    old_outcome = child.outcome() if child is not None else None
    if old_outcome is None:
        old_outcome = _build(old, options)
    for _, _, internal in (old_outcome, new_outcome):
        if internal:
            raise RuntimeError(internal)
    old_api, old_errors, _ = old_outcome
    new_api, new_errors, _ = new_outcome
    if old_api is None or new_api is None:
        raise SpecError(old_errors + new_errors)
    return old_api, new_api


def _build(source: Source, options: Options) -> Outcome:
    try:
        built = start_model(source.spec, replace(options, overlays=source.overlays), background=True).complete()
    except SpecError as exc:
        return None, exc.findings, ""
    except Exception as exc:  # noqa: BLE001 - carried to the CLI's boundary, which reports it as an internal error
        return None, [], f"{type(exc).__name__}: {exc}"
    return built.api, [], ""


class _ForkedBuild:
    """One model built in a child process and sent back pickled through a pipe (parent and child run the same
    code); when the child fails in any way, `outcome()` is None and the caller builds the model itself."""

    def __init__(self, source: Source, options: Options) -> None:
        read, write = os.pipe()
        self._pid = os.fork()
        if self._pid == 0:  # the child: never returns
            os.close(read)
            _child(write, source, options)
        os.close(write)
        self._read = read

    def outcome(self) -> Outcome | None:
        chunks = []
        with os.fdopen(self._read, "rb") as pipe:
            while chunk := pipe.read(1 << 20):
                chunks.append(chunk)
        _, status = os.waitpid(self._pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            return None
        try:
            outcome: Outcome = pickle.loads(b"".join(chunks))
        except Exception:  # noqa: BLE001 - a truncated or unreadable answer: build in-process instead
            return None
        return outcome


def _child(write: int, source: Source, options: Options) -> None:
    code = 1
    try:
        data = pickle.dumps(_build(source, options), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(write, "wb") as pipe:
            pipe.write(data)
        code = 0
    finally:
        os._exit(code)
