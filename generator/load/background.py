"""openapi-spec-validator in a forked child process, while the parent goes on reading, modelling, rendering.

On a machine with two cores a cold run then costs about the longer of the two instead of their sum. On a cold
cache the child is started before the spec is read, by the command line even before it imports the model builder
and the renderer (`early_validation`): it imports the validator (~0.1 CPU-seconds: jsonschema, referencing,
jsonschema-path; pydantic only when configured, see validator_settings.py) while the parent imports those and
reads the spec, then waits for the spec to validate (marshalled through a pipe by a writer thread of the
parent, so the parent never waits for the child's imports). It only computes the validator's events
(validator_cache.py), plain data sent back as JSON; the parent turns them into findings itself, so they are the
same findings, at the same places, as when the validator runs in-process.
Where `fork` is not available, or the child fails, the validator runs in-process.
"""

from __future__ import annotations

import json
import marshal
import os
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .validator_cache import Event, events_may_be_cached, validator_events


class BackgroundValidation:
    """A child process that imports the validator at construction and validates the one spec it is given."""

    def __init__(self) -> None:
        task_read, task_write = os.pipe()
        result_read, result_write = os.pipe()
        self._args: tuple[Any, str, str] | None = None
        self._pid: int | None = os.fork()
        if self._pid == 0:  # the child: never returns
            os.close(task_write)
            os.close(result_read)
            _child(task_read, result_write)
        os.close(task_read)
        os.close(result_write)
        self._task: int | None = task_write
        self._result: int | None = result_read
        self._writer: threading.Thread | None = None

    def start(self, spec: Any, family: str, root_path: Path) -> None:
        """Send the spec to validate; when it cannot be sent, `events()` runs the validator in-process."""
        self._args = (spec, family, root_path.as_uri())
        task, self._task = self._task, None
        if task is None:
            return
        try:  # marshal: the spec is plain JSON data, which it writes three times as fast as pickle
            data = marshal.dumps(self._args)
        except (ValueError, RecursionError):
            data = b""  # the child reads no task and exits with an error: the parent validates itself
        # The child may still be importing the validator: a spec larger than the pipe's buffer would block the
        # parent until the child reads, so a thread writes it while the parent goes on modelling and rendering.
        self._writer = threading.Thread(target=_write_task, args=(task, data), daemon=True)
        self._writer.start()

    def events(self) -> list[Event]:
        """Wait for the child; its events, or the validator's run in-process when the child gave none."""
        if self._args is None:
            raise RuntimeError("events() before start()")
        self._join_writer()
        chunks = []
        result, self._result = self._result, None
        if result is not None:
            with os.fdopen(result, "rb") as pipe:
                while chunk := pipe.read(1 << 16):
                    chunks.append(chunk)
        if self._reap() == 0:
            try:
                return list(json.loads(b"".join(chunks)))
            except ValueError:
                pass
        return validator_events(*self._args)

    def cancel(self) -> None:
        """Stop the child (its events are not needed: no spec to validate, or they are in the cache)."""
        for fd in (self._task, self._result):
            if fd is not None:
                os.close(fd)
        self._task = self._result = None
        if self._pid is not None:
            os.kill(self._pid, signal.SIGKILL)
            self._reap()
        self._join_writer()  # the child is gone: the writer's write fails and it ends

    def _join_writer(self) -> None:
        writer, self._writer = self._writer, None
        if writer is not None:
            writer.join()

    def _reap(self) -> int | None:
        """Wait for the child to end: its exit code (None when it was reaped before)."""
        pid, self._pid = self._pid, None
        if pid is None:
            return None
        _, status = os.waitpid(pid, 0)
        return os.waitstatus_to_exitcode(status)


def early_validation(validate: bool) -> BackgroundValidation | None:
    """A validator child started now, before the parent imports the model builder and the renderer, so that the
    validator's imports overlap those and the reading of the spec: when the validator is to run in the background
    and the cache cannot hold its findings. Given to `load_spec`, which uses or stops it."""
    if validate and can_fork() and not events_may_be_cached():
        return BackgroundValidation()
    return None


def can_fork() -> bool:
    """Only where fork is the usual way to start a process (Linux): elsewhere it is unsafe or missing."""
    return sys.platform.startswith("linux") and hasattr(os, "fork")


def _child(task: int, result: int) -> None:
    code = 1
    try:
        close_other_files(task, result)
        from . import spec_validator  # noqa: F401 - the import that takes long, done while the parent reads

        with os.fdopen(task, "rb") as pipe:
            size = int.from_bytes(pipe.read(_SIZE_BYTES), "big")
            spec, family, base_uri = marshal.loads(pipe.read(size))
        _send(result, validator_events(spec, family, base_uri, split=in_child))
        code = 0
    finally:
        os._exit(code)


_SIZE_BYTES = 8  # the task's length, sent first: the child reads that much (not to the pipe's end, which a
# process forked by the parent while the writer runs would keep open)


def _write_task(task: int, data: bytes) -> None:
    """Send the marshalled task (after its length) to the child, then close the pipe (in the writer thread)."""
    try:
        with os.fdopen(task, "wb") as pipe:
            pipe.write(len(data).to_bytes(_SIZE_BYTES, "big") + data)
    except OSError:
        pass  # the child is gone: the parent validates itself


def in_child(work: Callable[[], Any]) -> Callable[[], Any]:
    """Start `work()` in a forked child; what is returned waits for it: its result (JSON data), None if it failed.

    The validator's first pass runs so beside its walk, on the machine's second core when the parent has left
    it free (the parent's rendering done, the validator is what the run waits for)."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        code = 1
        try:
            os.close(read)
            _send(write, work())
            code = 0
        finally:
            os._exit(code)
    os.close(write)

    def result() -> Any:
        with os.fdopen(read, "rb") as pipe:
            data = pipe.read()
        _, status = os.waitpid(pid, 0)
        try:
            return json.loads(data) if os.waitstatus_to_exitcode(status) == 0 else None
        except ValueError:
            return None

    return result


def _send(write: int, data: Any) -> None:
    with os.fdopen(write, "wb") as pipe:
        pipe.write(json.dumps(data, allow_nan=False).encode())


def close_other_files(*kept: int) -> None:
    """Close the pipes inherited from the parent (another child's), so that their readers see them end."""
    try:
        names = os.listdir("/proc/self/fd")
    except OSError:
        return
    for name in names:
        if name.isdigit() and int(name) > 2 and int(name) not in kept:
            try:
                os.close(int(name))
            except OSError:
                pass  # the folder's own descriptor, already closed
