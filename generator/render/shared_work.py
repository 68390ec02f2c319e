"""Independent tasks shared between this process and one forked child, on a machine with a second core.

Both processes claim tasks from one pipe that holds the tasks' numbers (a read of one byte from a pipe is atomic,
so each task is claimed once), so whichever process is free takes the next one and neither waits for the other
while work is left. The child sends each result back as soon as it has it (pickled, after the task's number and
the result's length). When no task is left to claim, the parent takes the results that have come and does the
tasks still missing itself (the one the child is working on, or all of the child's if it failed), so it never
waits on a child that the machine's other work slows down. Where a result comes from changes nothing: `work`
must give the same result for a task in either process (a pure function of the task, as formatting a piece is).
"""

from __future__ import annotations

import fcntl
import gc
import os
import pickle
import select
import signal
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import suppress
from typing import Any, TypeVar

from ..load.background import can_fork, close_other_files

Task = TypeVar("Task")
Result = TypeVar("Result")
MAX_TASKS = 255  # task numbers are single bytes
_PIPE_SIZE = 1 << 20  # Linux's default limit for an unprivileged process
_HEADER = 9  # a result's task number (1 byte), then its pickle's length (8 bytes)


def map_shared(work: Callable[[Task], Result], tasks: Sequence[Task]) -> list[Result]:
    """`work(task)` for every task, in order, done by this process and a forked child together."""
    if len(tasks) < 2 or len(tasks) > MAX_TASKS or not can_fork():
        return [work(task) for task in tasks]
    claims_read, claims_write = os.pipe()
    os.write(claims_write, bytes(range(len(tasks))))  # far below the pipe's buffer: never blocks
    os.close(claims_write)
    results_read, results_write = os.pipe()
    with suppress(OSError, AttributeError):  # a larger pipe (Linux): the child writes a result without waiting
        fcntl.fcntl(results_write, fcntl.F_SETPIPE_SZ, _PIPE_SIZE)
    with warnings.catch_warnings():  # Python >= 3.12 warns on fork with threads; the child runs no thread's code
        warnings.simplefilter("ignore", DeprecationWarning)
        pid = os.fork()
    if pid == 0:  # the child: never returns
        _child(work, tasks, claims_read, results_write)
    os.close(results_write)
    done: dict[int, Result] = {}
    child = _ChildResults(results_read)
    try:
        for index in _claims(claims_read):
            done[index] = work(tasks[index])
            done.update(child.arrived())  # so that the child seldom waits for room in the pipe
        for index in range(len(tasks)):
            done.update(child.arrived())
            if index not in done:
                done[index] = work(tasks[index])
    finally:
        os.close(claims_read)
        child.close()
        _stop(pid)
    return [done[index] for index in range(len(tasks))]


def _claims(claims: int) -> Iterator[int]:
    """The numbers of the tasks this process claims, one at a time, until none is left."""
    while claimed := os.read(claims, 1):
        yield claimed[0]


def _child(work: Callable[[Task], Result], tasks: Sequence[Task], claims: int, results: int) -> None:
    code = 1
    try:
        close_other_files(claims, results)
        gc.freeze()  # the parent's objects are never traversed here: no collection copies its memory page by page
        with os.fdopen(results, "wb", buffering=0) as pipe:
            for index in _claims(claims):
                data = pickle.dumps(work(tasks[index]), protocol=pickle.HIGHEST_PROTOCOL)
                pipe.write(bytes([index]) + len(data).to_bytes(_HEADER - 1, "big") + data)
        code = 0
    finally:
        os._exit(code)


class _ChildResults:
    """The results the child has sent so far, read without waiting for any that has not begun to come."""

    def __init__(self, results: int) -> None:
        self._results: int | None = results

    def arrived(self) -> dict[int, Any]:
        arrived: dict[int, Any] = {}
        while self._results is not None and select.select([self._results], [], [], 0)[0]:
            header = _read(self._results, _HEADER)
            size = int.from_bytes(header[1:], "big")
            data = _read(self._results, size) if len(header) == _HEADER else b""
            try:
                if len(data) < size or not data:
                    raise EOFError
                arrived[header[0]] = pickle.loads(data)
            except Exception:  # noqa: BLE001 - the child ended or failed: what is missing is done here
                self.close()
        return arrived

    def close(self) -> None:
        results, self._results = self._results, None
        if results is not None:
            os.close(results)


def _read(fd: int, size: int) -> bytes:
    """`size` bytes from the pipe, fewer where it ends first (the child stops writing only when it ends)."""
    parts = []
    while size > 0 and (part := os.read(fd, min(size, 1 << 20))):
        parts.append(part)
        size -= len(part)
    return b"".join(parts)


def _stop(pid: int) -> None:
    """The child is no longer needed (it may still be working on a task the parent has done): end and reap it."""
    with suppress(OSError):
        os.kill(pid, signal.SIGKILL)
    with suppress(ChildProcessError):
        os.waitpid(pid, 0)
